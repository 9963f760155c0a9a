/** Tests of the verbatim themes view model. */
import { describe, expect, it } from 'vitest'
import type { ThemeDashboard, ThemeFigure } from '@/api/dashboard'
import type { NpsResult } from '@/api/surveyTypes'
import { drillQuery, fmtDelta, monthDrillQuery, phraseChips, themeName, themeRows, ticketDrillQuery, trendThemes } from './themesModel'

function nps(rounded: number, n: number): NpsResult {
  return { valid: true, score: rounded, rounded, n, promoters: 0, passives: 0, detractors: 0, promoterShare: 0, passiveShare: 0, detractorShare: 0, ciLow: 0, ciHigh: 0, moe: 0, indicative: n < 30, skipped: 0, invalid: 0 }
}

function fig(key: string, mentions: number, nWith: number, delta: number | null, counts = [0, mentions]): ThemeFigure {
  return { key, name: `中${key}`, nameEn: `En ${key}`, mentions, share: mentions, npsWith: nWith ? nps(10, nWith) : null, npsWithout: nps(20, 40), delta, counts, ticketMentions: mentions * 2 }
}

describe('themeRows', () => {
  it('sorts by mentions and greys small samples', () => {
    const rows = themeRows([fig('a', 5, 5, -10.4), fig('b', 40, 35, 12.6), fig('c', 0, 0, null)], 'zh-CN')
    expect(rows.map((r) => r.key)).toEqual(['b', 'a', 'c'])
    expect(rows[0]).toMatchObject({ name: '中b', indicative: false, tone: 'positive', npsWith: 10, nWith: 35, tickets: 80 })
    expect(rows[1]).toMatchObject({ indicative: true, tone: 'negative' })
    expect(rows[2]).toMatchObject({ npsWith: null, nWith: 0, indicative: true, tone: 'none' })
  })
})

describe('themeName', () => {
  it('falls back to the other language, then the key', () => {
    expect(themeName({ key: 'k', name: '', nameEn: 'Price' }, 'zh-CN')).toBe('Price')
    expect(themeName({ key: 'k', name: '价格', nameEn: '' }, 'en')).toBe('价格')
    expect(themeName({ key: 'k', name: ' ', nameEn: '' }, 'en')).toBe('k')
  })
})

describe('trendThemes', () => {
  it('keeps the five most mentioned themes with any mention', () => {
    const figs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => fig(k, i, 1, 0))
    expect(trendThemes(figs).map((f) => f.key)).toEqual(['g', 'f', 'e', 'd', 'c'])
    expect(trendThemes([fig('z', 0, 0, null, [0, 0])])).toEqual([])
    expect(trendThemes([fig('z', 0, 0, null, [3, 0])]).map((f) => f.key)).toEqual(['z'])
  })
})

describe('drill-down queries', () => {
  const scope = { from: '2026-11-01', to: '2026-11-30', surveyIds: [] as number[] }
  it('lists the responses tagged with the theme in the period, with the survey when one is in scope', () => {
    expect(drillQuery(scope, 'refund')).toEqual({ from: '2026-11-01', to: '2026-11-30', theme: 'refund' })
    expect(drillQuery({ ...scope, surveyIds: [4] }, 'refund')).toEqual({ from: '2026-11-01', to: '2026-11-30', theme: 'refund', surveyId: '4' })
    expect(drillQuery({ ...scope, surveyIds: [4, 5] }, 'refund')).toEqual({ from: '2026-11-01', to: '2026-11-30', theme: 'refund', surveyIds: '4,5' })
  })
  it('a trend month drills to that month', () => {
    expect(monthDrillQuery('2026-02', 'speed', [1])).toEqual({ from: '2026-02-01', to: '2026-02-28', theme: 'speed', surveyId: '1' })
    expect(monthDrillQuery('2026-2', 'speed', [])).toBeNull()
  })
  it('the complaint count drills to the tickets of the period with the theme', () => {
    expect(ticketDrillQuery(scope, 'delivery')).toEqual({ theme: 'delivery', from: '2026-11-01', to: '2026-11-30' })
  })
})

describe('phraseChips', () => {
  it('puts uncovered phrases first and names the covering themes', () => {
    const d: ThemeDashboard = {
      from: '', to: '', texts: 3, tickets: 0, months: [], themes: [fig('delivery', 1, 1, 0)],
      phrases: [{ text: '物流', count: 9, themes: ['delivery'] }, { text: '客服', count: 5, themes: [] }, { text: '当天', count: 7, themes: [] }],
    }
    expect(phraseChips(d, 'en')).toEqual([
      { text: '当天', count: 7, covered: false, themes: [] },
      { text: '客服', count: 5, covered: false, themes: [] },
      { text: '物流', count: 9, covered: true, themes: ['En delivery'] },
    ])
  })
})

describe('fmtDelta', () => {
  it('signs whole points with a true minus', () => {
    expect(fmtDelta(12.6)).toBe('+13')
    expect(fmtDelta(-76.9)).toBe('−77')
    expect(fmtDelta(0.2)).toBe('0')
    expect(fmtDelta(-2.5)).toBe('−3')
  })
})
