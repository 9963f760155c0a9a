/**
 * Drill-down from the dashboard to the responses behind a figure: the
 * route query for /responses — the period's days, the segment value of a
 * breakdown row, and the surveys in scope (surveyId for one, surveyIds for
 * several).
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
  scopeSurveys(q, scope.surveyIds)
  return q
}

/** Adds the surveys in scope to a /responses query: surveyId for one, surveyIds=1,2 for several. */
export function scopeSurveys(q: Record<string, string>, surveyIds: number[]): void {
  if (surveyIds.length === 1) q.surveyId = String(surveyIds[0])
  else if (surveyIds.length > 1) q.surveyIds = surveyIds.join(',')
}

/** The /responses query for one month of the trend; null for a malformed key. */
export function monthDrillQuery(month: string, surveyIds: number[], scored = false): Record<string, string> | null {
  const d = monthDays(month)
  return d ? drillQuery({ ...d, surveyIds }, undefined, scored) : null
}
