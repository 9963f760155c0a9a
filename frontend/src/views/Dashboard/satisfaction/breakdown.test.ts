import { describe, expect, it } from 'vitest'
import type { MetricGroup } from '@/api/dashboard'
import type { CsatResult, NpsResult } from '@/api/surveyTypes'
import { breakdownRows, intervalBar, toRow } from './breakdown'

const nps = (n: number, score: number): NpsResult => ({
  valid: true, score, rounded: Math.round(score), n, promoters: 0, passives: 0, detractors: 0, promoterShare: 0, passiveShare: 0,
  detractorShare: 0, ciLow: score - 10, ciHigh: score + 10, moe: 10, indicative: n < 30, skipped: 0, invalid: 0,
})
const g = (group: string, n: number, score: number): MetricGroup => ({ group, nps: nps(n, score), csat: null, ces: null })

describe('breakdown rows', () => {
  it('sorts readable groups by NPS, indicative groups after by n', () => {
    const rows = breakdownRows([g('a', 40, 10), g('b', 10, 90), g('c', 100, 30), g('d', 20, -5), g('e', 50, 30)])
    expect(rows.map((r) => r.group)).toEqual(['c', 'e', 'a', 'd', 'b'])
    expect(rows.map((r) => r.indicative)).toEqual([false, false, false, true, true])
  })

  it('drops groups without answers and keeps CSAT-only groups', () => {
    const csat = { n: 35, percent: 80 } as CsatResult
    const rows = breakdownRows([g('x', 0, 0), { group: 'y', nps: null, csat, ces: null }])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ group: 'y', nps: null, csat: 80, n: 35, indicative: false })
  })

  it('places the interval on a −100…100 scale', () => {
    expect(intervalBar(toRow(g('a', 40, 20)))).toEqual({ left: 55, width: 10, dot: 60, zero: 50 })
    expect(intervalBar(toRow({ group: 'z', nps: null, csat: null, ces: null }))).toBeNull()
  })
})
