/**
 * Pure logic of the dashboard's complaints section: the change of a count
 * against the previous period, the monthly series of the three trend charts
 * (months without data are gaps, never zeros), the category × month heat
 * map matrix and the drill-down route query of a month (and a category;
 * the uncategorised row drills to category "none").
 */
import { monthDays } from '@/i18n/datetime'
import type { ComplaintDashboard, ComplaintMonth } from '@/api/dashboard'
import type { SlaAttainment, SlaDuration } from '@/api/ticketTypes'
import { attainmentOf, durationOf } from '@/views/Tickets/figures/figuresModel'

export { attainmentOf, durationOf }
export { INDICATIVE_N, reliability, type Reliability } from '@/views/Tickets/figures/figuresModel'

/** The change of a count: delta and percent of the previous value (null when it was 0). */
export interface CountChange {
  delta: number
  percent: number | null
}

export function countChange(current: number, previous: number): CountChange {
  const delta = current - previous
  return { delta, percent: previous > 0 ? (100 * delta) / previous : null }
}

/** A signed integer with a true minus sign: "+12", "−3", "0". */
export function signedInt(x: number, format: (n: number) => string): string {
  const r = Math.round(x)
  if (r > 0) return `+${format(r)}`
  if (r < 0) return `−${format(-r)}`
  return format(0)
}

/** Monthly opened and resolved counts. */
export interface VolumeSeries {
  months: string[]
  opened: number[]
  resolved: number[]
}

export function volumeSeries(trend: ComplaintMonth[]): VolumeSeries {
  return {
    months: trend.map((m) => m.month),
    opened: trend.map((m) => m.opened),
    resolved: trend.map((m) => m.resolved),
  }
}

/** One point of a line: value null = gap (no data that month); n behind it. */
export interface Point {
  value: number | null
  n: number
}

function attainmentPoint(a: SlaAttainment): Point {
  return { value: a.n > 0 && a.percent !== null ? a.percent : null, n: a.n }
}

/** Monthly SLA attainment % of first response and resolution; n = 0 months are gaps. */
export interface SlaTrendSeries {
  months: string[]
  firstResponse: Point[]
  resolution: Point[]
}

export function slaTrendSeries(trend: ComplaintMonth[]): SlaTrendSeries {
  return {
    months: trend.map((m) => m.month),
    firstResponse: trend.map((m) => attainmentPoint(attainmentOf(m.sla.attainment, 'first_response'))),
    resolution: trend.map((m) => attainmentPoint(attainmentOf(m.sla.attainment, 'resolution'))),
  }
}

/** Business minutes → hours, rounded to 0.1 h. */
export function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10
}

function durationPoints(d: SlaDuration): { median: Point; p90: Point } {
  return d.n > 0
    ? { median: { value: hours(d.medianMinutes), n: d.n }, p90: { value: hours(d.p90Minutes), n: d.n } }
    : { median: { value: null, n: 0 }, p90: { value: null, n: 0 } }
}

/** Monthly median and P90 resolution business time in hours; n = 0 months are gaps. */
export interface ResolutionTrendSeries {
  months: string[]
  median: Point[]
  p90: Point[]
}

export function resolutionTrendSeries(trend: ComplaintMonth[]): ResolutionTrendSeries {
  const pts = trend.map((m) => durationPoints(durationOf(m.sla.durations, 'resolution')))
  return { months: trend.map((m) => m.month), median: pts.map((p) => p.median), p90: pts.map((p) => p.p90) }
}

/** One heat-map cell: [month index, row index, count]. */
export type Cell = [number, number, number]

export interface HeatmapMatrix {
  /** Category keys, most complaints first ("" = uncategorised). */
  categories: string[]
  months: string[]
  cells: Cell[]
  /** The largest cell (at least 1, so a colour scale always has a range). */
  max: number
}

/**
 * The heat map's matrix: rows by total (most first, ties by key, the
 * uncategorised row last among equals), one cell per month; missing counts
 * are 0. Rows without any ticket in the shown months are dropped.
 */
export function heatmapMatrix(rows: ComplaintDashboard['heatmap'], months: string[]): HeatmapMatrix {
  const withTotals = rows
    .map((r) => {
      const counts = months.map((_, i) => r.counts[i] ?? 0)
      return { category: r.category, counts, total: counts.reduce((s, c) => s + c, 0) }
    })
    .filter((r) => r.total > 0)
    .sort(
      (a, b) =>
        b.total - a.total ||
        Number(a.category === '') - Number(b.category === '') ||
        a.category.localeCompare(b.category),
    )
  const cells: Cell[] = []
  let max = 1
  withTotals.forEach((r, y) =>
    r.counts.forEach((c, x) => {
      cells.push([x, y, c])
      if (c > max) max = c
    }),
  )
  return { categories: withTotals.map((r) => r.category), months, cells, max }
}

/** Whether a cell's label needs light text (a dark cell): above 55% of the scale. */
export function darkCell(count: number, max: number): boolean {
  return max > 0 && count / max > 0.55
}

export { monthDays } from '@/i18n/datetime'

/** The category value of "tickets without a category" in the ticket list and the dashboard query. */
export const NO_CATEGORY = 'none'

/**
 * The category a drill-down asks the ticket list for: a heat-map row's key
 * ("" = the uncategorised row → "none"), or the section's category filter
 * ("none" stays "none").
 */
export function drillCategory(category: string): string {
  return category === '' ? NO_CATEGORY : category
}

/**
 * The ticket list's route for a month, optionally one category: query
 * from/to = the month's first and last day; `category` present only when
 * one is given (a heat-map row, or the section's filter; "" = the
 * uncategorised row, sent as "none"; absent = every category).
 * Null for a malformed month.
 */
export function ticketDrill(month: string, category?: string): { name: 'tickets'; query: Record<string, string> } | null {
  const d = monthDays(month)
  if (!d) return null
  const query: Record<string, string> = category === undefined ? { ...d } : { category: drillCategory(category), ...d }
  return { name: 'tickets', query }
}

/** The route of the ticket list for the section's period and category filter ("" = all). */
export function periodDrill(from: string, to: string, filter: string): { name: 'tickets'; query: Record<string, string> } {
  return { name: 'tickets', query: filter === '' ? { from, to } : { category: filter, from, to } }
}

/** The section's state: loading (a request under way, or no data yet), error, empty (no tickets at all) or ready. */
export type SectionState = 'loading' | 'error' | 'empty' | 'ready'

/**
 * "Empty" means the database has no complaint at all: nothing open now,
 * nothing opened or resolved in the period, its previous period or any
 * month of the trend.
 */
export function isEmpty(d: ComplaintDashboard): boolean {
  return (
    d.backlog === 0 &&
    d.opened === 0 &&
    d.resolved === 0 &&
    d.openedPrevious === 0 &&
    d.resolvedPrevious === 0 &&
    d.trend.every((m) => m.opened === 0 && m.resolved === 0)
  )
}

/** With a category filter (`filtered`) no tickets is a figure (0), not an empty database. */
export function sectionState(loading: boolean, error: boolean, data: ComplaintDashboard | null, filtered = false): SectionState {
  if (error) return 'error'
  if (loading || !data) return 'loading'
  return isEmpty(data) && !filtered ? 'empty' : 'ready'
}

/** 12 or 24 trend months (anything else → 12). */
export function trendMonths(v: unknown): 12 | 24 {
  return v === 24 ? 24 : 12
}
