/**
 * Backend events, the only importer of the Wails runtime. Each subscribe
 * function returns its unsubscribe function; callers release it in `finally`.
 */
import { EventsOn } from '../../wailsjs/runtime/runtime'
import type { DemoProgress } from './types'
import type { ImportProgress } from './importTypes'
import { num, rec, str } from './coerce'
import { toRetagProgress, type RetagProgress } from './dashboard'

/** Event name emitted by System.LoadDemo (Go: api.DemoProgressEvent). */
export const DEMO_PROGRESS = 'demo:progress'

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && 'runtime' in window
}

function toProgress(v: unknown): DemoProgress {
  const o = rec(v)
  return { stage: str(o.stage), done: num(o.done), total: num(o.total) }
}

/** Subscribes to demo-data progress. */
export function onDemoProgress(cb: (p: DemoProgress) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(DEMO_PROGRESS, (data: unknown) => cb(toProgress(data)))
  return typeof off === 'function' ? off : () => {}
}

/** Event name emitted by Imports.DryRun / Imports.Import (contract: issue4). */
export const IMPORT_PROGRESS = 'import:progress'

/** Subscribes to import job progress (all jobs; filter by jobId). */
export function onImportProgress(cb: (p: ImportProgress) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(IMPORT_PROGRESS, (data: unknown) => {
    const o = rec(data)
    cb({ jobId: str(o.jobId), stage: str(o.stage), done: num(o.done), total: typeof o.total === 'number' ? o.total : -1 })
  })
  return typeof off === 'function' ? off : () => {}
}

/** Event name emitted while a saved codebook re-tags (Go: api.RetagEvent). */
export const RETAG_PROGRESS = 'themes:retag'

/** Subscribes to re-tagging progress after a codebook save. */
export function onRetagProgress(cb: (p: RetagProgress) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(RETAG_PROGRESS, (data: unknown) => cb(toRetagProgress(data)))
  return typeof off === 'function' ? off : () => {}
}
