/**
 * Drill-down from the dashboard to the responses behind a figure: the
 * route query for /responses — the period's days, the segment value of a
 * breakdown row, and the survey when exactly one survey is in scope (the
 * responses list filters by one survey at most).
 */
export const segments = ['channel', 'region', 'product', 'agent'] as const
export type Segment = (typeof segments)[number]

export function isSegment(v: string): v is Segment {
  return (segments as readonly string[]).includes(v)
}

export interface DrillScope {
  from: string
  to: string
  surveyIds: number[]
}

/** A month key "2026-02" → its first and last day; null when malformed. */
export function monthDays(key: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  if (mo < 1 || mo > 12) return null
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  const mm = String(mo).padStart(2, '0')
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` }
}

/**
 * The /responses query for the scope, optionally narrowed to one segment
 * value; `scored` (the figure's n is an NPS n) lists only the responses with
 * a valid NPS answer, so the list holds exactly the n behind the figure.
 */
export function drillQuery(scope: DrillScope, segment?: { by: Segment; value: string }, scored = false): Record<string, string> {
  const q: Record<string, string> = { from: scope.from, to: scope.to }
  if (scored) q.band = 'scored'
  if (segment && segment.value !== '') q[segment.by] = segment.value
  if (scope.surveyIds.length === 1) q.surveyId = String(scope.surveyIds[0])
  return q
}

/** The /responses query for one month of the trend; null for a malformed key. */
export function monthDrillQuery(month: string, surveyIds: number[], scored = false): Record<string, string> | null {
  const d = monthDays(month)
  return d ? drillQuery({ ...d, surveyIds }, undefined, scored) : null
}
