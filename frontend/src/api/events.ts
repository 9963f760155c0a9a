/**
 * Backend events, the only importer of the Wails runtime. Each subscribe
 * function returns its unsubscribe function; callers release it in `finally`.
 */
import { EventsOn } from '../../wailsjs/runtime/runtime'
import type { DemoProgress } from './types'

/** Event name emitted by System.LoadDemo (Go: api.DemoProgressEvent). */
export const DEMO_PROGRESS = 'demo:progress'

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && 'runtime' in window
}

function toProgress(v: unknown): DemoProgress {
  const o = (v ?? {}) as Record<string, unknown>
  return {
    stage: typeof o.stage === 'string' ? o.stage : '',
    done: typeof o.done === 'number' ? o.done : 0,
    total: typeof o.total === 'number' ? o.total : 0,
  }
}

/** Subscribes to demo-data progress. */
export function onDemoProgress(cb: (p: DemoProgress) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(DEMO_PROGRESS, (data: unknown) => cb(toProgress(data)))
  return typeof off === 'function' ? off : () => {}
}
