/**
 * Drill-down from the dashboard to the responses behind a figure: the
 * route query for /responses — the period's days, the segment value of a
 * breakdown row, and the survey when exactly one survey is in scope (the
 * responses list filters by one survey at most).
 */
import { monthDays } from '@/i18n/datetime'

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

export { monthDays } from '@/i18n/datetime'

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
