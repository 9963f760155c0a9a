import { describe, expect, it } from 'vitest'
import type { MetricChange, MetricGroup } from '@/api/dashboard'
import type { NpsResult } from '@/api/surveyTypes'
import { changeView, cesKpi, csatKpi, followUpKpi, npsKpi, responsesKpi, signedDelta } from './kpis'

const change = (p: Partial<MetricChange>): MetricChange => ({ delta: 5, z: 0, significant: false, direction: 'none', reason: '', ...p })
const nps = (n: number, rounded = 20): NpsResult => ({
  valid: true, score: rounded, rounded, n, promoters: 0, passives: 0, detractors: 0, promoterShare: 0, passiveShare: 0,
  detractorShare: 0, ciLow: rounded - 10, ciHigh: rounded + 10, moe: 10, indicative: n < 30, skipped: 0, invalid: 0,
})
const group = (p: Partial<MetricGroup>): MetricGroup => ({ group: 'all', nps: null, csat: null, ces: null, ...p })

describe('arrow rule', () => {
  it('shows an arrow only for a significant change', () => {
    expect(changeView(change({ significant: true, direction: 'up', delta: 8 }))).toEqual({ arrow: 'up', delta: 8, note: '' })
    expect(changeView(change({ significant: true, direction: 'down', delta: -8 }))).toEqual({ arrow: 'down', delta: -8, note: '' })
    expect(changeView(change({ delta: 3 }))).toEqual({ arrow: 'none', delta: 3, note: 'not_significant' })
  })

  it('says why when no test was made', () => {
    expect(changeView(change({ reason: 'indicative', delta: 12 }))).toEqual({ arrow: 'none', delta: 12, note: 'indicative' })
    expect(changeView(change({ reason: 'n0' }))).toEqual({ arrow: 'none', delta: null, note: 'no_data' })
    expect(changeView(change({ reason: 'no_data' })).note).toBe('no_data')
    expect(changeView(change({ reason: 'no_variance', delta: 0 }))).toEqual({ arrow: 'none', delta: 0, note: 'no_variance' })
    expect(changeView(null)).toEqual({ arrow: 'none', delta: null, note: 'no_data' })
  })

  it('never shows an arrow for an indicative change even if flagged', () => {
    expect(changeView(change({ reason: 'indicative', significant: true, direction: 'up' })).arrow).toBe('none')
  })
})

describe('KPI derivations', () => {
  it('NPS: rounded score, interval, n, indicative below 30', () => {
    const k = npsKpi(group({ nps: nps(29, 31) }), null)
    expect(k).toMatchObject({ n: 29, score: 31, ciLow: 21, ciHigh: 41, indicative: true })
    expect(npsKpi(group({ nps: nps(30) }), null).indicative).toBe(false)
    expect(npsKpi(group({}), null)).toMatchObject({ n: 0, score: null, indicative: true })
    expect(npsKpi(group({ nps: nps(0) }), null).score).toBeNull()
  })

  it('CSAT and CES without answers have no figure', () => {
    expect(csatKpi(group({}), null)).toMatchObject({ n: 0, percent: null })
    expect(cesKpi(group({}))).toMatchObject({ n: 0, mean: null, percentEasy: null, indicative: true })
  })

  it('responses: the NPS n, else the largest n', () => {
    expect(responsesKpi(group({ nps: nps(40) }))).toEqual({ n: 40, indicative: false })
    const csat = { n: 12 } as MetricGroup['csat']
    expect(responsesKpi(group({ csat }))).toEqual({ n: 12, indicative: true })
  })

  it('follow-up rate: completed over eligible, indicative below 30 eligible', () => {
    expect(followUpKpi(null)).toEqual({ rate: null, completed: 0, eligible: 0, indicative: true })
    const r = { from: '', to: '', attempts: 0, dialled: 0, reached: 0, completed: 20, eligible: 50, contactRate: null, responseRate: 0.4, byDisposition: {} }
    expect(followUpKpi(r)).toEqual({ rate: 0.4, completed: 20, eligible: 50, indicative: false })
  })
})

describe('delta text', () => {
  it('signs NPS points and percentage points', () => {
    expect(signedDelta(7.6, 'points', 'en')).toBe('+8')
    expect(signedDelta(-2.5, 'points', 'en')).toBe('−3')
    expect(signedDelta(0.2, 'points', 'en')).toBe('0')
    expect(signedDelta(1.25, 'pp', 'zh-CN')).toBe('+1.3')
    expect(signedDelta(-0.44, 'pp', 'en')).toBe('−0.4')
  })
})
