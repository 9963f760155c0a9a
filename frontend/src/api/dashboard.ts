/**
 * Typed facade over the bound Go struct `api.Dashboard`: the satisfaction
 * dashboard's survey figures for a period and scope — headline NPS, CSAT
 * and CES with their intervals and the change against the previous period
 * (an arrow only when significant), the monthly trend and the segment
 * breakdowns. Every call rejects with an AppError.
 */
import { call } from './errors'
import { arr, bool, num, rec, str } from './coerce'
import { toCes, toCsat, toNps } from './normalize'
import type { CesResult, CsatResult, NpsResult } from './surveyTypes'
import * as Dashboard from '../../wailsjs/go/api/Dashboard'
import { api } from '../../wailsjs/go/models'

/** One group's metrics (a month, a channel, …); null when the scope has no such question. */
export interface MetricGroup {
  group: string
  nps: NpsResult | null
  csat: CsatResult | null
  ces: CesResult | null
}

/** A change against a baseline; direction "up"/"down" only when significant. */
export interface MetricChange {
  delta: number
  z: number
  significant: boolean
  direction: 'up' | 'down' | 'none' | string
  /** "" when tested; no_data, indicative (n < 30) or no_variance otherwise. */
  reason: string
}

export interface SurveyDashboard {
  from: string
  to: string
  previousFrom: string
  previousTo: string
  /** Whole months read from the monthly summaries (else from the answers). */
  summaries: boolean
  current: MetricGroup
  previous: MetricGroup
  npsChange: MetricChange | null
  csatChange: MetricChange | null
  /** One entry per month ("2026-10"), oldest first; months without answers have n = 0. */
  trend: MetricGroup[]
  breakdowns: { by: 'channel' | 'region' | 'product' | 'agent' | string; groups: MetricGroup[] }[]
}

export interface DashboardQuery {
  /** Calendar days, inclusive; "" = the month of now. */
  from: string
  to: string
  surveyIds: number[]
  /** Default 12, at most 24. */
  trendMonths: number
}

function toGroup(v: unknown): MetricGroup {
  const o = rec(v)
  return { group: str(o.group), nps: toNps(o.nps), csat: toCsat(o.csat), ces: toCes(o.ces) }
}

function toChange(v: unknown): MetricChange | null {
  if (v === null || v === undefined) return null
  const o = rec(v)
  return { delta: num(o.delta), z: num(o.z), significant: bool(o.significant), direction: str(o.direction), reason: str(o.reason) }
}

function toSurveyDashboard(v: unknown): SurveyDashboard {
  const o = rec(v)
  const h = rec(o.headline)
  return {
    from: str(o.from),
    to: str(o.to),
    previousFrom: str(o.previous_from),
    previousTo: str(o.previous_to),
    summaries: bool(o.summaries),
    current: toGroup(h.current),
    previous: toGroup(h.previous),
    npsChange: toChange(h.nps_change),
    csatChange: toChange(h.csat_change),
    trend: arr(o.trend).map(toGroup),
    breakdowns: arr(o.breakdowns).map((b) => ({ by: str(rec(b).by), groups: arr(rec(b).groups).map(toGroup) })),
  }
}

export const dashboardApi = {
  async surveys(q: DashboardQuery): Promise<SurveyDashboard> {
    return toSurveyDashboard(await call(() => Dashboard.Surveys(api.DashboardQuery.createFrom(q))))
  },
}
