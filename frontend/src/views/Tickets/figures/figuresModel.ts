/**
 * Pure logic of the SLA figures panel: how reliable a figure is (n = 0 →
 * no data, n < 30 → indicative only), the translated label of a backlog age
 * band, the rows of the breach tables (labels of empty keys, breach rate,
 * order) and the period line. Messages are returned as { key, params } so
 * the caller translates them (and re-translates on a language switch).
 */
import type { SlaAgeBucket, SlaAttainment, SlaBreachGroup, SlaDuration } from '@/api/ticketTypes'

/** A message key under the app's tree with its parameters. */
export interface Msg {
  key: string
  params: Record<string, string | number>
}

/** Below this n a figure is shown greyed as "indicative only" (as elsewhere in the product). */
export const INDICATIVE_N = 30

/** none: n = 0 (no figure); indicative: 0 < n < 30; ok: n ≥ 30. */
export type Reliability = 'none' | 'indicative' | 'ok'

export function reliability(n: number): Reliability {
  if (!(n > 0)) return 'none'
  return n < INDICATIVE_N ? 'indicative' : 'ok'
}

/** The attainment of kind, or an empty one when the backend sent none. */
export function attainmentOf(list: SlaAttainment[], kind: string): SlaAttainment {
  return list.find((a) => a.kind === kind) ?? { kind, met: 0, breached: 0, n: 0, percent: null }
}

/** The duration figure of kind, or an empty one. */
export function durationOf(list: SlaDuration[], kind: string): SlaDuration {
  return list.find((d) => d.kind === kind) ?? { kind, n: 0, medianMinutes: 0, p90Minutes: 0 }
}

/** The backend's band labels (backend/slaservice/figures.go) and their message keys. */
const bucketKeys: Record<string, string> = {
  '<1d': 'slaFigures.backlog.bucket.lt1',
  '1-3d': 'slaFigures.backlog.bucket.d1to3',
  '3-7d': 'slaFigures.backlog.bucket.d3to7',
  '7-30d': 'slaFigures.backlog.bucket.d7to30',
  '>=30d': 'slaFigures.backlog.bucket.ge30',
}

/**
 * The translated label of an age band: a known backend label maps to its
 * own message; an unknown one is described from its [minDays, maxDays)
 * bounds (maxDays 0 = no upper bound).
 */
export function bucketLabel(b: SlaAgeBucket): Msg {
  const key = bucketKeys[b.label]
  if (key) return { key, params: {} }
  if (b.maxDays <= 0) return { key: 'slaFigures.backlog.bucket.atLeast', params: { min: b.minDays } }
  if (b.minDays <= 0) return { key: 'slaFigures.backlog.bucket.under', params: { max: b.maxDays } }
  return { key: 'slaFigures.backlog.bucket.range', params: { min: b.minDays, max: b.maxDays } }
}

/** The three groupings of the breach tables. */
export type GroupKind = 'category' | 'handler' | 'priority'

/** One row of a breach table. */
export interface BreachRow {
  key: string
  tickets: number
  breached: number
  /** breached ÷ tickets × 100; null when tickets = 0. */
  rate: number | null
  /** The key stands for "no category" / "no handler". */
  empty: boolean
}

/** "P2" → 2; null for anything else. */
export function priorityNumber(key: string): number | null {
  const m = /^P(\d+)$/.exec(key)
  return m ? Number(m[1]) : null
}

/** The message key of a priority group ("P2" → sla.priority.p2), null when unknown. */
export function priorityMessageKey(key: string): string | null {
  const p = priorityNumber(key)
  return p !== null && p >= 1 && p <= 4 ? `sla.priority.p${p}` : null
}

/** Whether a group key means "none": "" for category, "" or "-" for handler. */
export function isEmptyKey(kind: GroupKind, key: string): boolean {
  const k = key.trim()
  return k === '' || (kind === 'handler' && k === '-')
}

/**
 * The rows of a breach table: priorities in priority order (P1 first);
 * categories and handlers by most breached, then highest breach rate,
 * then most tickets, then key.
 */
export function breachRows(groups: SlaBreachGroup[], kind: GroupKind): BreachRow[] {
  const rows = groups.map((g) => ({
    key: g.key,
    tickets: g.tickets,
    breached: g.breached,
    rate: g.tickets > 0 ? (100 * g.breached) / g.tickets : null,
    empty: isEmptyKey(kind, g.key),
  }))
  if (kind === 'priority') {
    const order = (k: string) => priorityNumber(k) ?? Number.MAX_SAFE_INTEGER
    return rows.sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key))
  }
  return rows.sort(
    (a, b) =>
      b.breached - a.breached ||
      (b.rate ?? -1) - (a.rate ?? -1) ||
      b.tickets - a.tickets ||
      a.key.localeCompare(b.key),
  )
}

/** The period line for [from, to] (days, "" = open end). */
export function periodMessage(from: string, to: string): Msg {
  if (from && to) return from === to ? { key: 'slaFigures.period.day', params: { day: from } } : { key: 'slaFigures.period.range', params: { from, to } }
  if (from) return { key: 'slaFigures.period.since', params: { from } }
  if (to) return { key: 'slaFigures.period.until', params: { to } }
  return { key: 'slaFigures.period.all', params: {} }
}

/** The total of open tickets in the backlog. */
export function backlogTotal(buckets: SlaAgeBucket[]): number {
  return buckets.reduce((s, b) => s + b.count, 0)
}
