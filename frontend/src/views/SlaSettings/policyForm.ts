/**
 * SLA policy editing logic: the editable form of a Go sla.Policy
 * (snake_case JSON) with every priority, target and pause list filled in,
 * the policy saved back from it (defaults left implicit: a pause entry only
 * where it differs from the default waiting categories), client-side
 * problems before saving (the server validates again), and the pieces of a
 * conditions summary. Pure functions.
 */
import { pausingCategories, slaKinds, statusCategories, type SlaKind, type SlaPolicy } from '@/api/ticketTypes'

export const priorityKeys = ['P1', 'P2', 'P3', 'P4'] as const
export type PriorityKey = (typeof priorityKeys)[number]
export type TargetMode = 'business' | 'calendar'

/** Status categories that can pause a target (done categories cannot). */
export const pausableCategories: readonly string[] = statusCategories.filter((c) => c !== 'resolved' && c !== 'closed')

export interface TargetCell {
  minutes: number | null
  mode: TargetMode
}

export interface EscalationRow {
  name: string
  offset: number | null
  notify: string
  targets: SlaKind[]
}

export interface PolicyForm {
  name: string
  version: number
  calendar: string
  priorities: number[]
  categories: string[]
  channels: string[]
  tiers: string[]
  targets: Record<PriorityKey, Record<SlaKind, TargetCell>>
  pause: Record<SlaKind, string[]>
  reopen: 'resume' | 'restart'
  warnings: number[]
  escalations: EscalationRow[]
}

/** Suggested starting targets (minutes) of a new policy, per priority: first response, next reply, resolution. */
const starter: Record<PriorityKey, [number, number, number]> = {
  P1: [30, 60, 480],
  P2: [60, 120, 960],
  P3: [240, 480, 1920],
  P4: [480, 960, 4800],
}

function cell(t: { minutes?: number; mode?: string } | undefined): TargetCell {
  return { minutes: t?.minutes ?? 0, mode: t?.mode === 'calendar' ? 'calendar' : 'business' }
}

/** The editable form of a stored policy. */
export function formFromPolicy(p: SlaPolicy): PolicyForm {
  const targets = {} as PolicyForm['targets']
  for (const pk of priorityKeys) {
    const ts = p.targets?.[pk]
    targets[pk] = {
      first_response: cell(ts?.first_response),
      next_reply: cell(ts?.next_reply),
      resolution: cell(ts?.resolution),
    }
  }
  const pause = {} as PolicyForm['pause']
  for (const k of slaKinds) pause[k] = [...(p.pause?.[k] ?? pausingCategories)]
  return {
    name: p.name ?? '',
    version: p.version ?? 0,
    calendar: p.calendar ?? '',
    priorities: [...(p.conditions?.priorities ?? [])],
    categories: [...(p.conditions?.categories ?? [])],
    channels: [...(p.conditions?.channels ?? [])],
    tiers: [...(p.conditions?.tiers ?? [])],
    targets,
    pause,
    reopen: p.reopen === 'restart' ? 'restart' : 'resume',
    warnings: [...(p.warnings ?? [75, 90])].sort((a, b) => a - b),
    escalations: (p.escalations ?? []).map((e) => ({
      name: e.name ?? '',
      offset: e.offset_minutes,
      notify: e.notify ?? '',
      targets: (e.targets ?? []).filter((k): k is SlaKind => (slaKinds as readonly string[]).includes(k)),
    })),
  }
}

/** A new policy on calendar: starter targets, default pausing and warnings. */
export function newPolicyForm(calendar: string): PolicyForm {
  const f = formFromPolicy({ name: '', version: 0, calendar, conditions: {}, targets: {} })
  for (const pk of priorityKeys) {
    const [fr, nr, res] = starter[pk]
    f.targets[pk] = {
      first_response: { minutes: fr, mode: 'business' },
      next_reply: { minutes: nr, mode: 'business' },
      resolution: { minutes: res, mode: 'business' },
    }
  }
  return f
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

/** The policy to save from a form. */
export function policyFromForm(f: PolicyForm): SlaPolicy {
  const targets: SlaPolicy['targets'] = {}
  for (const pk of priorityKeys) {
    const row = f.targets[pk]
    targets[pk] = {
      first_response: { minutes: Math.max(0, Math.round(row.first_response.minutes ?? 0)), mode: row.first_response.mode },
      next_reply: { minutes: Math.max(0, Math.round(row.next_reply.minutes ?? 0)), mode: row.next_reply.mode },
      resolution: { minutes: Math.max(0, Math.round(row.resolution.minutes ?? 0)), mode: row.resolution.mode },
    }
  }
  const pause: Record<string, string[]> = {}
  for (const k of slaKinds) if (!sameSet(f.pause[k], pausingCategories)) pause[k] = pausableCategories.filter((c) => f.pause[k].includes(c))
  const conditions: SlaPolicy['conditions'] = {}
  if (f.priorities.length > 0) conditions.priorities = [...f.priorities].sort((a, b) => a - b)
  if (f.categories.length > 0) conditions.categories = [...f.categories]
  if (f.channels.length > 0) conditions.channels = [...f.channels]
  const tiers = f.tiers.map((x) => x.trim()).filter((x) => x !== '')
  if (tiers.length > 0) conditions.tiers = tiers
  const out: SlaPolicy = {
    name: f.name.trim(),
    version: f.version,
    calendar: f.calendar,
    conditions,
    targets,
    reopen: f.reopen,
    warnings: [...new Set(f.warnings)].sort((a, b) => a - b),
    escalations: f.escalations.map((e) => ({
      ...(e.name.trim() ? { name: e.name.trim() } : {}),
      offset_minutes: Math.round(e.offset ?? 0),
      notify: e.notify.trim(),
      ...(e.targets.length > 0 ? { targets: [...e.targets] } : {}),
    })),
  }
  if (Object.keys(pause).length > 0) out.pause = pause
  return out
}

/** Problems found before saving, as message keys under slaSettings.policy.problem (with params). */
export function formProblems(f: PolicyForm): { key: string; params?: Record<string, string | number> }[] {
  const out: { key: string; params?: Record<string, string | number> }[] = []
  if (f.name.trim() === '') out.push({ key: 'name' })
  for (const pk of priorityKeys)
    for (const k of slaKinds) {
      const m = f.targets[pk][k].minutes
      if (m !== null && (m < 0 || !Number.isInteger(m))) out.push({ key: 'minutes', params: { priority: pk } })
    }
  for (const w of f.warnings) if (!Number.isInteger(w) || w <= 0 || w >= 100) out.push({ key: 'warning', params: { value: w } })
  f.escalations.forEach((e, i) => {
    if (e.notify.trim() === '') out.push({ key: 'notify', params: { n: i + 1 } })
    if (e.offset === null) out.push({ key: 'offset', params: { n: i + 1 } })
  })
  return out
}

/** Warning thresholds typed as text ("75", "90%") → whole numbers; non-numbers dropped. */
export function parseWarnings(values: readonly string[]): number[] {
  const out = values.map((v) => v.replace(/[%％\s]/g, '')).filter((v) => v !== '').map(Number).filter((n) => Number.isFinite(n))
  return [...new Set(out)].sort((a, b) => a - b)
}

/** The non-empty condition groups of a policy, for a summary line. */
export function conditionGroups(p: SlaPolicy): { key: 'priorities' | 'categories' | 'channels' | 'tiers'; values: string[] }[] {
  const c = p.conditions ?? {}
  const out: { key: 'priorities' | 'categories' | 'channels' | 'tiers'; values: string[] }[] = []
  if (c.priorities?.length) out.push({ key: 'priorities', values: c.priorities.map(String) })
  if (c.categories?.length) out.push({ key: 'categories', values: [...c.categories] })
  if (c.channels?.length) out.push({ key: 'channels', values: [...c.channels] })
  if (c.tiers?.length) out.push({ key: 'tiers', values: [...c.tiers] })
  return out
}
