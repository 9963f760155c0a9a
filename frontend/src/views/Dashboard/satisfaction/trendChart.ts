/**
 * ECharts options of the dashboard's monthly trends, built from the
 * dashboard trend (one MetricGroup per month, oldest first):
 *  - NPS: the line with its 95% interval as a shaded band (a transparent
 *    base at ciLow plus a stacked band of ciHigh − ciLow);
 *  - CSAT % (left axis) and CES mean (right axis, 1–7).
 * Months without answers are gaps (null), never zero; months with n < 30
 * are drawn hollow and pale. Tooltips show the figure, its interval and n.
 * Texts come from the caller's translate function, so a language switch
 * rebuilds every label.
 */
import type { MetricGroup } from '@/api/dashboard'
import type { ChartOption } from '@/composables/useChart'
import { formatCount, formatMonthKey } from '@/i18n/format'
import { fmt1, fmtInt, roundHalfAway } from '@/i18n/metricFormat'
import type { AppLocale } from '@/i18n/schema'
import { chartColors, fontFamily, fontFamilyLatin } from '@/theme'
import { INDICATIVE_N } from './kpis'

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface TrendChartInput {
  points: MetricGroup[]
  dark: boolean
  locale: AppLocale
  t: Translate
}

const npsLine = { light: '#1f2328', dark: '#e6e8eb' }
const cesColor = { light: '#7a5af5', dark: '#a28bff' }

interface Point {
  value: number | null
  symbol?: string
  itemStyle?: { opacity: number }
}

/** A data point: null for a gap, hollow and pale when indicative. */
function point(v: number | null, n: number): Point | null {
  if (v === null) return null
  return n < INDICATIVE_N ? { value: v, symbol: 'emptyCircle', itemStyle: { opacity: 0.55 } } : { value: v, symbol: 'circle' }
}

/** NPS axis bounds around the values, on a step that labels both ends (−100…100 at most). */
export function npsAxis(values: number[]): { min: number; max: number; interval: number } {
  if (values.length === 0) return { min: -100, max: 100, interval: 50 }
  const lo = Math.min(...values) - 5
  const hi = Math.max(...values) + 5
  const interval = hi - lo <= 90 ? 20 : hi - lo <= 150 ? 40 : 50
  return {
    min: Math.max(-100, Math.floor(lo / interval) * interval),
    max: Math.min(100, Math.ceil(hi / interval) * interval),
    interval,
  }
}

/** NPS per month (rounded as shown) or null for a gap. */
export function npsSeries(points: MetricGroup[]): { score: (number | null)[]; low: (number | null)[]; width: (number | null)[] } {
  const has = (g: MetricGroup) => g.nps !== null && g.nps.n > 0
  return {
    score: points.map((g) => (has(g) && g.nps ? roundHalfAway(g.nps.score) : null)),
    low: points.map((g) => (has(g) && g.nps ? roundHalfAway(g.nps.ciLow) : null)),
    width: points.map((g) => (has(g) && g.nps ? roundHalfAway(g.nps.ciHigh) - roundHalfAway(g.nps.ciLow) : null)),
  }
}

/** CSAT % and CES mean per month, null for a gap. */
export function csatCesSeries(points: MetricGroup[]): { csat: (number | null)[]; ces: (number | null)[] } {
  return {
    csat: points.map((g) => (g.csat && g.csat.n > 0 ? roundHalfAway(g.csat.percent, 1) : null)),
    ces: points.map((g) => (g.ces && g.ces.n > 0 ? roundHalfAway(g.ces.mean, 2) : null)),
  }
}

function base(input: TrendChartInput) {
  const c = input.dark ? chartColors.dark : chartColors.light
  const months = input.points.map((p) => formatMonthKey(p.group, input.locale))
  const font = input.locale === 'en' ? fontFamilyLatin : fontFamily
  return { c, months, font }
}

function indexOf(ps: unknown): number {
  const first = Array.isArray(ps) ? ps[0] : ps
  return typeof first === 'object' && first !== null && 'dataIndex' in first ? Number((first as { dataIndex: number }).dataIndex) : 0
}

/** The tooltip lines of one month of the NPS trend. */
export function npsTooltip(g: MetricGroup | undefined, month: string, locale: AppLocale, t: Translate): string[] {
  if (!g) return []
  const rows = [month]
  const r = g.nps
  if (!r || r.n === 0) {
    rows.push(t('satisfaction.trend.noAnswers'))
    return rows
  }
  rows.push(t('satisfaction.trend.npsTip', { score: fmtInt(r.score), low: fmtInt(r.ciLow), high: fmtInt(r.ciHigh) }))
  rows.push(t('satisfaction.nLine', { n: formatCount(r.n, locale) }) + (r.n < INDICATIVE_N ? ` · ${t('satisfaction.indicative')}` : ''))
  rows.push(t('satisfaction.trend.clickHint'))
  return rows
}

/** The tooltip lines of one month of the CSAT / CES trend. */
export function csatCesTooltip(g: MetricGroup | undefined, month: string, locale: AppLocale, t: Translate): string[] {
  if (!g) return []
  const rows = [month]
  const cs = g.csat
  const ce = g.ces
  if ((!cs || cs.n === 0) && (!ce || ce.n === 0)) {
    rows.push(t('satisfaction.trend.noAnswers'))
    return rows
  }
  if (cs && cs.n > 0) {
    rows.push(
      t('satisfaction.trend.csatTip', { percent: fmt1(cs.percent, locale), low: fmt1(cs.ciLow, locale), high: fmt1(cs.ciHigh, locale), n: formatCount(cs.n, locale) }),
    )
  }
  if (ce && ce.n > 0) {
    rows.push(t('satisfaction.trend.cesTip', { mean: fmt1(ce.mean, locale), easy: fmt1(ce.percentEasy, locale), n: formatCount(ce.n, locale) }))
  }
  rows.push(t('satisfaction.trend.clickHint'))
  return rows
}

export function npsTrendOption(input: TrendChartInput): ChartOption {
  const { c, months, font } = base(input)
  const { t, locale, points } = input
  const s = npsSeries(points)
  const line = input.dark ? npsLine.dark : npsLine.light
  const nOf = (i: number) => points[i]?.nps?.n ?? 0
  const values = [...s.low, ...s.score, ...s.width.map((w, i) => (w === null || s.low[i] == null ? null : (s.low[i] as number) + w))].filter(
    (v): v is number => v !== null,
  )
  const axis = npsAxis(values)
  return {
    textStyle: { fontFamily: font },
    grid: { left: 8, right: 12, top: 36, bottom: 4, containLabel: true },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { color: c.axis },
      data: [t('satisfaction.trend.nps'), t('satisfaction.trend.band')],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: unknown) => {
        const i = indexOf(ps)
        return npsTooltip(points[i], months[i] ?? '', locale, t).join('<br/>')
      },
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.split } },
      axisLabel: { color: c.axis, hideOverlap: true },
    },
    yAxis: { type: 'value', min: axis.min, max: axis.max, interval: axis.interval, splitLine: { lineStyle: { color: c.split } }, axisLabel: { color: c.axis } },
    series: [
      { name: 'ci-base', type: 'line', stack: 'ci', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, data: s.low, silent: true, tooltip: { show: false } },
      {
        name: t('satisfaction.trend.band'),
        type: 'line',
        stack: 'ci',
        stackStrategy: 'all',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: c.responses, opacity: input.dark ? 0.28 : 0.18 },
        itemStyle: { color: c.responses },
        data: s.width,
        silent: true,
      },
      {
        name: t('satisfaction.trend.nps'),
        type: 'line',
        symbol: 'circle',
        symbolSize: 7,
        connectNulls: false,
        itemStyle: { color: line },
        lineStyle: { color: line, width: 2 },
        data: s.score.map((v, i) => point(v, nOf(i))),
      },
    ],
  } as ChartOption
}

export function csatCesTrendOption(input: TrendChartInput): ChartOption {
  const { c, months, font } = base(input)
  const { t, locale, points } = input
  const s = csatCesSeries(points)
  const ces = input.dark ? cesColor.dark : cesColor.light
  return {
    textStyle: { fontFamily: font },
    grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8, textStyle: { color: c.axis } },
    tooltip: {
      trigger: 'axis',
      formatter: (ps: unknown) => {
        const i = indexOf(ps)
        return csatCesTooltip(points[i], months[i] ?? '', locale, t).join('<br/>')
      },
    },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.split } },
      axisLabel: { color: c.axis, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', min: 0, max: 100, interval: 25, splitLine: { lineStyle: { color: c.split } }, axisLabel: { color: c.axis, formatter: '{value}%' } },
      { type: 'value', min: 1, max: 7, interval: 1.5, splitLine: { show: false }, axisLabel: { color: c.axis } },
    ],
    series: [
      {
        name: t('satisfaction.trend.csat'),
        type: 'line',
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        itemStyle: { color: c.responses },
        lineStyle: { color: c.responses, width: 2 },
        data: s.csat.map((v, i) => point(v, points[i]?.csat?.n ?? 0)),
      },
      {
        name: t('satisfaction.trend.ces'),
        type: 'line',
        yAxisIndex: 1,
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        itemStyle: { color: ces },
        lineStyle: { color: ces, width: 2, type: 'dashed' },
        data: s.ces.map((v, i) => point(v, points[i]?.ces?.n ?? 0)),
      },
    ],
  } as ChartOption
}
