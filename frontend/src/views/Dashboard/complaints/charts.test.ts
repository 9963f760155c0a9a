/** Tests of the complaints charts' option builders: gaps stay gaps, zero cells are neutral, tooltips escape user text. */
import { describe, expect, it } from 'vitest'
import { escapeText, heatmapOption, palette, slaTrendOption, type ChartText } from './charts'
import type { HeatmapMatrix, SlaTrendSeries } from './complaintsModel'

const text: ChartText = {
  month: (k) => `M${k}`,
  count: (n) => String(n),
  opened: 'Opened',
  resolved: 'Resolved',
  firstResponse: 'First response',
  resolution: 'Resolution',
  median: 'Median',
  p90: 'P90',
  countAxis: 'Tickets',
  percentAxis: '%',
  hoursAxis: 'h',
  withN: (v, n) => `${v} (n = ${n})`,
  percent: (p) => `${p}%`,
  hours: (h) => `${h} h`,
  gap: 'No data',
  category: (k) => (k === '' ? 'Uncategorised' : k),
  cell: (c, m, n) => `${c} · ${m}: ${n}`,
}

type AnyOption = Record<string, any>

describe('escapeText', () => {
  it('escapes markup characters', () => {
    expect(escapeText('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;')
  })
})

describe('slaTrendOption', () => {
  const s: SlaTrendSeries = {
    months: ['2026-09', '2026-10'],
    firstResponse: [{ value: 80, n: 10 }, { value: null, n: 0 }],
    resolution: [{ value: null, n: 0 }, { value: 50, n: 4 }],
  }
  const o = slaTrendOption(s, text, false) as AnyOption
  it('keeps null months as gaps and does not connect them', () => {
    expect(o.series[0].data).toEqual([{ value: 80, symbol: 'emptyCircle' }, null])
    expect(o.series[1].data).toEqual([null, { value: 50, symbol: 'emptyCircle' }])
    expect(o.series.every((x: AnyOption) => x.connectNulls === false)).toBe(true)
  })
  it('a point from 30 or more tickets is solid', () => {
    const o2 = slaTrendOption({ ...s, firstResponse: [{ value: 80, n: 30 }, { value: null, n: 0 }] }, text, false) as AnyOption
    expect(o2.series[0].data[0]).toEqual({ value: 80, symbol: 'circle' })
  })
  it('tooltip names n and says "No data" for a gap', () => {
    const html = o.tooltip.formatter([{ dataIndex: 1, marker: '' }, { dataIndex: 1, marker: '' }])
    expect(html).toBe('M2026-10<br/>First response: No data<br/>Resolution: 50% (n = 4)')
  })
})

describe('heatmapOption', () => {
  const m: HeatmapMatrix = {
    categories: ['<script>', ''],
    months: ['2026-09', '2026-10'],
    cells: [
      [0, 0, 3],
      [1, 0, 0],
      [0, 1, 1],
      [1, 1, 2],
    ],
    max: 3,
  }
  it('puts zero cells in a neutral series outside the colour scale', () => {
    const o = heatmapOption(m, text, true, true) as AnyOption
    expect(o.visualMap.seriesIndex).toBe(0)
    expect(o.series[0].data.map((d: AnyOption) => d.value)).toEqual([
      [0, 0, 3],
      [0, 1, 1],
      [1, 1, 2],
    ])
    expect(o.series[1].data).toEqual([{ value: [1, 0, 0] }])
    expect(o.series[1].itemStyle.color).toBe(palette.dark.zero)
  })
  it('lists most complaints on top with readable labels, and escapes the tooltip', () => {
    const o = heatmapOption(m, text, false, true) as AnyOption
    expect(o.yAxis.inverse).toBe(true)
    expect(o.yAxis.data).toEqual(['<script>', 'Uncategorised'])
    expect(o.tooltip.formatter({ value: [0, 0, 3] })).toBe('&lt;script&gt; · M2026-09: 3')
    expect(o.series[0].data[0].label.color).toBe(palette.light.cellText[1])
  })
})
