/** Tests of the verbatim themes view model. */
import { describe, expect, it } from 'vitest'
import type { ThemeDashboard, ThemeFigure } from '@/api/dashboard'
import type { NpsResult } from '@/api/surveyTypes'
import { drillKeyword, drillQuery, fmtDelta, phraseChips, themeName, themeRows, trendThemes } from './themesModel'

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

describe('drillKeyword', () => {
  const theme = { key: 'refund', name: '退款', nameEn: 'Refunds', keywords: ['refund*', '退款', 'money back'], exclude: [] }
  it('picks the first keyword of the UI language, without the prefix star', () => {
    expect(drillKeyword(theme, 'en')).toBe('refund')
    expect(drillKeyword(theme, 'zh-CN')).toBe('退款')
    expect(drillKeyword({ ...theme, keywords: ['refund*'] }, 'zh-CN')).toBe('refund')
    expect(drillKeyword(undefined, 'en')).toBe('')
  })
  it('builds the responses query', () => {
    expect(drillQuery({ from: '2026-11-01', to: '2026-11-30' }, '退款')).toEqual({ from: '2026-11-01', to: '2026-11-30', search: '退款' })
    expect(drillQuery({ from: '2026-11-01', to: '2026-11-30' }, '')).toEqual({ from: '2026-11-01', to: '2026-11-30' })
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
