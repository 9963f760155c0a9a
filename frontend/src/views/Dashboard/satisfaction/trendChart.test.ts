import { describe, expect, it } from 'vitest'
import type { MetricGroup } from '@/api/dashboard'
import type { CesResult, CsatResult, NpsResult } from '@/api/surveyTypes'
import { csatCesSeries, csatCesTooltip, npsAxis, npsSeries, npsTooltip, npsTrendOption, type Translate } from './trendChart'

const nps = (n: number, score: number): NpsResult => ({
  valid: n > 0, score, rounded: Math.round(score), n, promoters: 0, passives: 0, detractors: 0, promoterShare: 0, passiveShare: 0,
  detractorShare: 0, ciLow: score - 10.4, ciHigh: score + 9.6, moe: 10, indicative: n < 30, skipped: 0, invalid: 0,
})
const month = (group: string, n: number, score = 0): MetricGroup => ({ group, nps: n > 0 ? nps(n, score) : null, csat: null, ces: null })
const t: Translate = (key, p) => (p ? `${key}:${JSON.stringify(p)}` : key)

describe('trend series', () => {
  it('months without answers are gaps, not zero', () => {
    const s = npsSeries([month('2026-09', 50, 20.4), month('2026-10', 0), { group: '2026-11', nps: nps(0, 0), csat: null, ces: null }])
    expect(s.score).toEqual([20, null, null])
    expect(s.low).toEqual([10, null, null])
    expect(s.width).toEqual([20, null, null])
  })

  it('CSAT and CES gaps', () => {
    const csat = { n: 10, percent: 81.25 } as CsatResult
    const ces = { n: 5, mean: 5.456 } as CesResult
    const s = csatCesSeries([{ group: '2026-10', nps: null, csat, ces }, month('2026-11', 0)])
    expect(s.csat).toEqual([81.3, null])
    expect(s.ces).toEqual([5.46, null])
  })

  it('builds one category per month with relabelled months and hollow indicative points', () => {
    const opt = npsTrendOption({ points: [month('2026-10', 10, 5), month('2026-11', 80, 30)], dark: false, locale: 'en', t }) as {
      xAxis: { data: string[] }
      series: { data: unknown[] }[]
    }
    expect(opt.xAxis.data).toEqual(['Oct 2026', 'Nov 2026'])
    const line = opt.series[2]?.data ?? []
    expect(line[0]).toMatchObject({ value: 5, symbol: 'emptyCircle' })
    expect(line[1]).toEqual({ value: 30, symbol: 'circle' })
    const zh = npsTrendOption({ points: [month('2026-10', 10, 5)], dark: true, locale: 'zh-CN', t }) as { xAxis: { data: string[] } }
    expect(zh.xAxis.data).toEqual(['2026年10月'])
  })

  it('tooltips show the interval and n, or that the month has no answers', () => {
    const rows = npsTooltip(month('2026-10', 12, 25), 'Oct 2026', 'en', t)
    expect(rows[0]).toBe('Oct 2026')
    expect(rows[1]).toContain('"low":"15"')
    expect(rows[1]).toContain('"high":"35"')
    expect(rows[2]).toContain('"n":"12"')
    expect(rows[2]).toContain('satisfaction.indicative')
    expect(npsTooltip(month('2026-10', 0), 'Oct', 'en', t)).toEqual(['Oct', 'satisfaction.trend.noAnswers'])
    expect(csatCesTooltip(month('2026-10', 0), 'Oct', 'en', t)).toEqual(['Oct', 'satisfaction.trend.noAnswers'])
  })
})

describe('NPS axis', () => {
  it('labels both ends on its step and stays within −100…100', () => {
    expect(npsAxis([])).toEqual({ min: -100, max: 100, interval: 50 })
    expect(npsAxis([-12, 66])).toEqual({ min: -20, max: 80, interval: 20 })
    expect(npsAxis([-95, 98])).toEqual({ min: -100, max: 100, interval: 50 })
    const a = npsAxis([3, 41])
    expect((a.max - a.min) % a.interval).toBe(0)
  })
})
