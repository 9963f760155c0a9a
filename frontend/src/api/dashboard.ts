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
import type { SlaFigures } from './ticketTypes'
import { toFigures } from './tickets'
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

/** Segment filters of the survey figures; empty values do not filter. */
export interface Segments {
  channel?: string
  region?: string
  product?: string
  agent?: string
  /** high, medium, low, or none (no tier / no customer). */
  tier?: string
}

export interface DashboardQuery {
  /** Calendar days, inclusive; "" = the month of now. */
  from: string
  to: string
  surveyIds: number[]
  /** Default 12, at most 24. */
  trendMonths: number
  /** Narrows the survey figures (read from the answers instead of the monthly summaries). */
  segments?: Segments
  /** Narrows the complaint figures to one ticket category; "none" = without a category; "" or absent = all. */
  category?: string
}

/** The kind of text a person tags with themes. */
export type ThemeTarget = 'response' | 'ticket'

/** A person's theme decisions on one text: theme key → true (added) or false (removed what the rules found). */
export type ThemeDecisions = Record<string, boolean>

/** The decisions of a Go map, dropping anything that is not a boolean. */
export function toDecisions(v: unknown): ThemeDecisions {
  const out: ThemeDecisions = {}
  for (const [k, d] of Object.entries(rec(v))) if (typeof d === 'boolean' && k !== '') out[k] = d
  return out
}

/** One month of the complaint trend. */
export interface ComplaintMonth {
  /** "2026-10" */
  month: string
  opened: number
  /** Tickets that reached resolved/closed in the month, each once. */
  resolved: number
  /** SLA figures of the tickets opened in the month. */
  sla: SlaFigures
}

/** The complaint part of the dashboard. */
export interface ComplaintDashboard {
  from: string
  to: string
  previousFrom: string
  previousTo: string
  /** Created in the period. */
  opened: number
  openedPrevious: number
  /** Reached resolved or closed in the period (each ticket once). */
  resolved: number
  resolvedPrevious: number
  /** Open now (any creation date). */
  backlog: number
  /** SLA figures of the tickets opened in the period (attainment, median/P90 first response and resolution…). */
  sla: SlaFigures
  /** trendMonths months ending with the period's month, oldest first. */
  trend: ComplaintMonth[]
  /** Heat map columns ("2026-10"), the same months as the trend. */
  months: string[]
  /** Tickets opened by category (key; "" = uncategorised) per month, categories by total. */
  heatmap: { category: string; counts: number[]; total: number }[]
}

function toComplaints(v: unknown): ComplaintDashboard {
  const o = rec(v)
  return {
    from: str(o.from),
    to: str(o.to),
    previousFrom: str(o.previousFrom),
    previousTo: str(o.previousTo),
    opened: num(o.opened),
    openedPrevious: num(o.openedPrevious),
    resolved: num(o.resolved),
    resolvedPrevious: num(o.resolvedPrevious),
    backlog: num(o.backlog),
    sla: toFigures(o.sla),
    trend: arr(o.trend).map((m) => {
      const x = rec(m)
      return { month: str(x.month), opened: num(x.opened), resolved: num(x.resolved), sla: toFigures(x.sla) }
    }),
    months: arr(o.months).map(str),
    heatmap: arr(o.heatmap).map((r) => {
      const x = rec(r)
      return { category: str(x.category), counts: arr(x.counts).map(num), total: num(x.total) }
    }),
  }
}

/** A theme of the codebook: keyword rules in Chinese and English. */
export interface Theme {
  key: string
  name: string
  nameEn: string
  /** Chinese rules match anywhere; Latin ones whole words ("refund*" = prefix). */
  keywords: string[]
  /** Texts containing one of these do not get the theme. */
  exclude: string[]
}

/** One theme's figures in the period. */
export interface ThemeFigure {
  key: string
  name: string
  nameEn: string
  /** Responses of the period mentioning the theme; share = % of responses with text. */
  mentions: number
  share: number
  /** NPS of responses mentioning the theme vs the others, with n. */
  npsWith: NpsResult | null
  npsWithout: NpsResult | null
  /** with − without, NPS points; null unless both have answers. */
  delta: number | null
  /** Mentions per month of ThemeDashboard.months. */
  counts: number[]
  /** Complaints opened in the period whose title or description has the theme. */
  ticketMentions: number
}

export interface ThemeDashboard {
  from: string
  to: string
  /** Responses of the period with free text. */
  texts: number
  /** Complaints opened in the period. */
  tickets: number
  months: string[]
  themes: ThemeFigure[]
  /** Frequent phrases; themes = [] means no theme covers it yet (a candidate rule). */
  phrases: { text: string; count: number; themes: string[] }[]
}

function toThemes(v: unknown): ThemeDashboard {
  const o = rec(v)
  return {
    from: str(o.from),
    to: str(o.to),
    texts: num(o.texts),
    tickets: num(o.tickets),
    months: arr(o.months).map(str),
    themes: arr(o.themes).map((x) => {
      const t = rec(x)
      const im = rec(t.impact)
      return {
        key: str(t.key),
        name: str(t.name),
        nameEn: str(t.name_en),
        mentions: num(t.mentions),
        share: num(t.share),
        npsWith: toNps(im.with),
        npsWithout: toNps(im.without),
        delta: typeof im.delta === 'number' ? im.delta : null,
        counts: arr(t.counts).map(num),
        ticketMentions: num(t.ticket_mentions),
      }
    }),
    phrases: arr(o.phrases).map((x) => {
      const p = rec(x)
      return { text: str(p.text), count: num(p.count), themes: arr(p.themes).map(str) }
    }),
  }
}

function toTheme(v: unknown): Theme {
  const t = rec(v)
  return { key: str(t.key), name: str(t.name), nameEn: str(t.name_en), keywords: arr(t.keywords).map(str), exclude: arr(t.exclude).map(str) }
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

/** Re-tagging after a codebook save (Go: api.RetagProgress). */
export interface RetagProgress {
  state: 'idle' | 'running' | 'done' | 'canceled' | 'failed' | string
  /** Responses and tickets read of those waiting. */
  done: number
  total: number
  /** Texts that got their themes. */
  tagged: number
  errorKey: string
  error: string
}

/** Normalises a RetagProgress from the backend (call or event). */
export function toRetagProgress(v: unknown): RetagProgress {
  const o = rec(v)
  return { state: str(o.state) || 'idle', done: num(o.done), total: num(o.total), tagged: num(o.tagged), errorKey: str(o.errorKey), error: str(o.error) }
}

export const dashboardApi = {
  async surveys(q: DashboardQuery): Promise<SurveyDashboard> {
    return toSurveyDashboard(await call(() => Dashboard.Surveys(api.DashboardQuery.createFrom(q))))
  },
  /** Verbatim themes of the period: mentions, NPS impact, monthly counts, frequent phrases. */
  async themes(q: DashboardQuery): Promise<ThemeDashboard> {
    return toThemes(await call(() => Dashboard.Themes(api.DashboardQuery.createFrom(q))))
  },
  /** The theme codebook (the starter one until edited). */
  async codebook(): Promise<Theme[]> {
    return arr(await call(() => Dashboard.Codebook())).map(toTheme)
  },
  /** Validates and stores the codebook; every comment and complaint is then re-tagged in the background (onRetagProgress). */
  async saveCodebook(cb: Theme[]): Promise<Theme[]> {
    const body = cb.map((t) => ({ key: t.key, name: t.name, name_en: t.nameEn, keywords: t.keywords, exclude: t.exclude }))
    return arr(await call(() => Dashboard.SaveCodebook(body as never))).map(toTheme)
  },
  /** Where re-tagging after the last codebook save stands. */
  async retagStatus(): Promise<RetagProgress> {
    return toRetagProgress(await call(() => Dashboard.RetagStatus()))
  },
  /** Stops re-tagging; the rest is tagged when theme figures are next read. */
  async cancelRetag(): Promise<void> {
    await call(() => Dashboard.CancelRetag())
  },
  /** A person's decisions on one response: theme key → true adds, false removes. */
  async setResponseThemes(responseId: number, decisions: ThemeDecisions): Promise<void> {
    await call(() => Dashboard.SetResponseThemes(responseId, decisions))
  },
  /** A person's decisions on one complaint (its title and description), as for a response. */
  async setTicketThemes(ticketId: number, decisions: ThemeDecisions): Promise<void> {
    await call(() => Dashboard.SetTicketThemes(ticketId, decisions))
  },
  /** The decisions saved earlier on one response or complaint ({} when none). */
  async themeDecisions(kind: ThemeTarget, id: number): Promise<ThemeDecisions> {
    return toDecisions(await call(() => Dashboard.ThemeDecisions(kind, id)))
  },
  /** Complaint figures of the period (surveyIds is ignored: tickets are not per survey), optionally of one category. */
  async tickets(q: DashboardQuery): Promise<ComplaintDashboard> {
    return toComplaints(await call(() => Dashboard.Tickets(api.DashboardQuery.createFrom({ ...q, category: q.category ?? '' }))))
  },
}
