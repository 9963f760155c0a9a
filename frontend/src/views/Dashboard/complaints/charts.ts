/**
 * ECharts options of the complaints section: monthly volume (opened and
 * resolved columns), SLA attainment lines, median/P90 resolution time lines
 * (hours) and the category × month heat map. Builders are pure: the caller
 * passes the series, the translated labels and the theme; gaps (null) stay
 * gaps. Registers the heat map pieces useChart does not register itself.
 */
import { use, type ComposeOption } from 'echarts/core'
import { HeatmapChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components'
import type { ChartOption } from '@/composables/useChart'
import { chartColors, fontFamily } from '@/theme'
import { darkCell, INDICATIVE_N, type HeatmapMatrix, type Point, type ResolutionTrendSeries, type SlaTrendSeries, type VolumeSeries } from './complaintsModel'

use([HeatmapChart, VisualMapComponent])

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>

/** Series colours per theme. */
export const palette = {
  light: {
    ...chartColors.light,
    opened: '#0e7c74',
    resolved: '#9bb8d3',
    first: '#3a78c2',
    resolution: '#0e7c74',
    median: '#0e7c74',
    p90: '#d08a2b',
    heat: ['#d3ebe8', '#0b5f59'],
    zero: '#f2f3f5',
    cellText: ['#1f2329', '#ffffff'],
  },
  dark: {
    ...chartColors.dark,
    opened: '#2bb3a6',
    resolved: '#5d7a99',
    first: '#6aa5ea',
    resolution: '#2bb3a6',
    median: '#2bb3a6',
    p90: '#e0a34d',
    heat: ['#1f4a46', '#7ee8db'],
    zero: '#26282d',
    cellText: ['#d6dbe0', '#0d1f1d'],
  },
} as const

/** Texts and formatters the builders need, already translated. */
export interface ChartText {
  /** Month key → axis label ("2026年10月" / "Oct 2026"). */
  month: (key: string) => string
  count: (n: number) => string
  opened: string
  resolved: string
  firstResponse: string
  resolution: string
  median: string
  p90: string
  countAxis: string
  percentAxis: string
  hoursAxis: string
  /** A value with its n: "92.3% (n = 41)". */
  withN: (value: string, n: number) => string
  percent: (p: number) => string
  hours: (h: number) => string
  gap: string
  /** Category key → label. */
  category: (key: string) => string
  cell: (category: string, month: string, n: number) => string
}

/** useChart takes the registered subset; the heat map pieces are registered here. */
export function asChartOption(o: Option): ChartOption {
  return o as unknown as ChartOption
}

function baseAxes(months: string[], text: ChartText, dark: boolean) {
  const c = dark ? palette.dark : palette.light
  return {
    textStyle: { fontFamily },
    grid: { left: 8, right: 12, top: 48, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 8, textStyle: { color: c.axis } },
    xAxis: {
      type: 'category' as const,
      data: months.map(text.month),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.split } },
      axisLabel: { color: c.axis, fontFamily, hideOverlap: true },
    },
  }
}

function valueAxis(name: string, dark: boolean, formatter: (v: number) => string, extra: Record<string, unknown> = {}) {
  const c = dark ? palette.dark : palette.light
  return {
    type: 'value' as const,
    name,
    nameTextStyle: { color: c.axis, align: 'left' as const },
    splitLine: { lineStyle: { color: c.split } },
    axisLabel: { color: c.axis, fontFamily, formatter },
    ...extra,
  }
}

/** Axis tooltip lines "● name: value (n = …)" for point series; a gap says "No data". */
function pointTooltip(names: string[], series: Point[][], fmt: (v: number) => string, text: ChartText, months: string[]) {
  return (params: unknown): string => {
    const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number; marker?: string }[]
    const i = list[0]?.dataIndex ?? 0
    const lines = [escapeText(text.month(months[i] ?? ''))]
    series.forEach((s, k) => {
      const p = s[i]
      const marker = list[k]?.marker ?? ''
      const v = p && p.value !== null ? text.withN(fmt(p.value), p.n) : text.gap
      lines.push(`${marker}${escapeText(`${names[k] ?? ''}: ${v}`)}`)
    })
    return lines.join('<br/>')
  }
}

/**
 * ECharts renders tooltip strings as HTML; category names are user data, so
 * every piece of text is escaped (only the series markers, which ECharts
 * builds itself, stay markup).
 */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Opened and resolved columns per month; only the opened columns are clickable. */
export function volumeOption(s: VolumeSeries, text: ChartText, dark: boolean): ChartOption {
  const c = dark ? palette.dark : palette.light
  return asChartOption({
    ...baseAxes(s.months, text, dark),
    color: [c.opened, c.resolved],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? text.count(v) : String(v ?? '')) },
    yAxis: valueAxis(text.countAxis, dark, text.count, { minInterval: 1 }),
    series: [
      { name: text.opened, type: 'bar', barMaxWidth: 22, barGap: '15%', itemStyle: { borderRadius: [3, 3, 0, 0] }, data: s.opened, cursor: 'pointer' },
      // Resolved columns do not drill: the ticket list filters by creation date only.
      { name: text.resolved, type: 'bar', barMaxWidth: 22, itemStyle: { borderRadius: [3, 3, 0, 0] }, data: s.resolved, cursor: 'default' },
    ],
  })
}

function line(name: string, points: Point[], color: string, dashed = false): LineSeriesOption {
  return {
    name,
    type: 'line',
    connectNulls: false,
    symbolSize: 7,
    showSymbol: true,
    lineStyle: { width: 2, type: dashed ? 'dashed' : 'solid', color },
    itemStyle: { color },
    // A gap stays null; a point from fewer than 30 tickets is hollow (indicative only).
    data: points.map((p) => (p.value === null ? null : { value: p.value, symbol: p.n < INDICATIVE_N ? 'emptyCircle' : 'circle' })),
  }
}

/** First response and resolution attainment % per month; n = 0 months are gaps. */
export function slaTrendOption(s: SlaTrendSeries, text: ChartText, dark: boolean): ChartOption {
  const c = dark ? palette.dark : palette.light
  const names = [text.firstResponse, text.resolution]
  return asChartOption({
    ...baseAxes(s.months, text, dark),
    tooltip: { trigger: 'axis', formatter: pointTooltip(names, [s.firstResponse, s.resolution], text.percent, text, s.months) },
    yAxis: valueAxis(text.percentAxis, dark, (v) => `${v}`, { min: 0, max: 100 }),
    series: [line(names[0]!, s.firstResponse, c.first), line(names[1]!, s.resolution, c.resolution)],
  })
}

/** Median and P90 resolution business time per month, in hours. */
export function resolutionTrendOption(s: ResolutionTrendSeries, text: ChartText, dark: boolean): ChartOption {
  const c = dark ? palette.dark : palette.light
  const names = [text.median, text.p90]
  return asChartOption({
    ...baseAxes(s.months, text, dark),
    tooltip: { trigger: 'axis', formatter: pointTooltip(names, [s.median, s.p90], text.hours, text, s.months) },
    yAxis: valueAxis(text.hoursAxis, dark, (v) => `${v}`, { min: 0 }),
    series: [line(names[0]!, s.median, c.median), line(names[1]!, s.p90, c.p90, true)],
  })
}

/** Rows (most complaints on top) × months; zero cells in a neutral colour. */
export function heatmapOption(m: HeatmapMatrix, text: ChartText, dark: boolean, labels: boolean): ChartOption {
  const c = dark ? palette.dark : palette.light
  const rows = m.categories.map(text.category)
  const itemStyle = { borderColor: dark ? '#18181c' : '#ffffff', borderWidth: 2, borderRadius: 3 }
  const emphasis = { itemStyle: { borderColor: c.axis, borderWidth: 1 } }
  return asChartOption({
    textStyle: { fontFamily },
    grid: { left: 8, right: 12, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const v = (p as { value?: [number, number, number] }).value
        if (!v) return ''
        return escapeText(text.cell(rows[v[1]] ?? '', text.month(m.months[v[0]] ?? ''), v[2]))
      },
    },
    xAxis: {
      type: 'category',
      data: m.months.map(text.month),
      axisTick: { show: false },
      axisLine: { show: false },
      splitArea: { show: false },
      axisLabel: { color: c.axis, fontFamily, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: c.axis, fontFamily, width: 120, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      min: 1,
      max: m.max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      itemWidth: 10,
      text: [text.count(m.max), text.count(1)],
      textStyle: { color: c.axis },
      seriesIndex: 0,
      inRange: { color: [...c.heat] },
    },
    // Non-zero cells take the colour scale (series 0); zero cells are a
    // separate neutral series, so "none" never looks like "a few".
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        itemStyle,
        emphasis,
        label: { show: labels, fontSize: 11 },
        data: m.cells
          .filter((cell) => cell[2] > 0)
          .map(([x, y, v]) => ({ value: [x, y, v], label: { show: labels, color: c.cellText[darkCell(v, m.max) ? 1 : 0] } })),
      },
      {
        type: 'heatmap',
        cursor: 'pointer',
        itemStyle: { ...itemStyle, color: c.zero },
        emphasis,
        label: { show: false },
        data: m.cells.filter((cell) => cell[2] === 0).map(([x, y, v]) => ({ value: [x, y, v] })),
      },
    ],
  })
}
