/** Tests of the complaints section's pure logic: deltas, series with gaps, heat map matrix, drill-down. */
import { describe, expect, it } from 'vitest'
import type { ComplaintDashboard, ComplaintMonth } from '@/api/dashboard'
import type { SlaFigures } from '@/api/ticketTypes'
import {
  countChange,
  darkCell,
  heatmapMatrix,
  hours,
  isEmpty,
  monthDays,
  resolutionTrendSeries,
  sectionState,
  signedInt,
  slaTrendSeries,
  ticketDrill,
  periodDrill,
  drillCategory,
  trendMonths,
  volumeSeries,
} from './complaintsModel'

function figures(p: Partial<SlaFigures> = {}): SlaFigures {
  return {
    from: '',
    to: '',
    asOf: '',
    tickets: 0,
    noPolicy: 0,
    attainment: [],
    durations: [],
    byCategory: [],
    byHandler: [],
    byPriority: [],
    backlog: [],
    ...p,
  }
}

function month(m: string, opened: number, resolved: number, sla: Partial<SlaFigures> = {}): ComplaintMonth {
  return { month: m, opened, resolved, sla: figures(sla) }
}

function dash(p: Partial<ComplaintDashboard> = {}): ComplaintDashboard {
  return {
    from: '2026-10-01',
    to: '2026-10-31',
    previousFrom: '2026-08-31',
    previousTo: '2026-09-30',
    opened: 0,
    openedPrevious: 0,
    resolved: 0,
    resolvedPrevious: 0,
    backlog: 0,
    sla: figures(),
    trend: [],
    months: [],
    heatmap: [],
    ...p,
  }
}

describe('countChange', () => {
  it('gives the delta and the percent of the previous value', () => {
    expect(countChange(120, 100)).toEqual({ delta: 20, percent: 20 })
    expect(countChange(75, 100)).toEqual({ delta: -25, percent: -25 })
  })
  it('has no percent when the previous period had none', () => {
    expect(countChange(5, 0)).toEqual({ delta: 5, percent: null })
    expect(countChange(0, 0)).toEqual({ delta: 0, percent: null })
  })
})

describe('signedInt', () => {
  const f = (n: number) => n.toLocaleString('en-US')
  it('uses a plus, a true minus, and no sign for zero', () => {
    expect(signedInt(1234, f)).toBe('+1,234')
    expect(signedInt(-3, f)).toBe('−3')
    expect(signedInt(0, f)).toBe('0')
    expect(signedInt(-0.2, f)).toBe('0')
  })
})

describe('trend series', () => {
  const trend = [
    month('2026-08', 30, 20, {
      attainment: [
        { kind: 'first_response', met: 9, breached: 1, n: 10, percent: 90 },
        { kind: 'resolution', met: 0, breached: 0, n: 0, percent: null },
      ],
      durations: [{ kind: 'resolution', n: 4, medianMinutes: 90, p90Minutes: 605 }],
    }),
    month('2026-09', 0, 3),
    month('2026-10', 12, 15, {
      attainment: [{ kind: 'resolution', met: 3, breached: 1, n: 4, percent: 75 }],
      durations: [{ kind: 'resolution', n: 0, medianMinutes: 0, p90Minutes: 0 }],
    }),
  ]

  it('volume keeps every month, zeros included', () => {
    expect(volumeSeries(trend)).toEqual({ months: ['2026-08', '2026-09', '2026-10'], opened: [30, 0, 12], resolved: [20, 3, 15] })
  })

  it('attainment months with n = 0 are gaps (null), not 0%', () => {
    const s = slaTrendSeries(trend)
    expect(s.firstResponse.map((p) => p.value)).toEqual([90, null, null])
    expect(s.resolution.map((p) => p.value)).toEqual([null, null, 75])
    expect(s.resolution.map((p) => p.n)).toEqual([0, 0, 4])
  })

  it('resolution times are in hours, gaps when n = 0', () => {
    const s = resolutionTrendSeries(trend)
    expect(s.median.map((p) => p.value)).toEqual([1.5, null, null])
    expect(s.p90.map((p) => p.value)).toEqual([10.1, null, null])
    expect(s.median[0]!.n).toBe(4)
  })

  it('hours rounds to a tenth', () => {
    expect(hours(0)).toBe(0)
    expect(hours(61)).toBe(1)
    expect(hours(63)).toBe(1.1)
  })
})

describe('heatmapMatrix', () => {
  const months = ['2026-09', '2026-10', '2026-11']
  it('orders rows by total, drops empty rows, fills missing counts with 0', () => {
    const m = heatmapMatrix(
      [
        { category: 'billing', counts: [1, 0, 1], total: 2 },
        { category: '', counts: [2, 2], total: 4 },
        { category: 'delivery', counts: [0, 3, 1], total: 4 },
        { category: 'quiet', counts: [0, 0, 0], total: 0 },
      ],
      months,
    )
    expect(m.categories).toEqual(['delivery', '', 'billing'])
    expect(m.cells).toHaveLength(9)
    expect(m.cells.filter((c) => c[1] === 1)).toEqual([
      [0, 1, 2],
      [1, 1, 2],
      [2, 1, 0],
    ])
    expect(m.max).toBe(3)
  })
  it('has a scale of at least 1 when there is nothing', () => {
    const m = heatmapMatrix([], months)
    expect(m).toEqual({ categories: [], months, cells: [], max: 1 })
  })
  it('darkCell above 55% of the scale', () => {
    expect(darkCell(6, 10)).toBe(true)
    expect(darkCell(5, 10)).toBe(false)
  })
})

describe('drill-down', () => {
  it('monthDays gives the first and last day, leap years included', () => {
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(monthDays('2026-13')).toBeNull()
    expect(monthDays('x')).toBeNull()
  })
  it('a volume column drills without category, a cell with its category', () => {
    expect(ticketDrill('2026-10')).toEqual({ name: 'tickets', query: { from: '2026-10-01', to: '2026-10-31' } })
    expect(ticketDrill('2026-10', 'billing')).toEqual({
      name: 'tickets',
      query: { category: 'billing', from: '2026-10-01', to: '2026-10-31' },
    })
    expect(ticketDrill('2026-10', '')!.query.category).toBe('none')
    expect(ticketDrill('2026-10', 'none')!.query.category).toBe('none')
    expect(ticketDrill('bad')).toBeNull()
  })
  it('the period drill carries the category filter', () => {
    expect(periodDrill('2026-10-01', '2026-10-31', '')).toEqual({ name: 'tickets', query: { from: '2026-10-01', to: '2026-10-31' } })
    expect(periodDrill('2026-10-01', '2026-10-31', 'none').query).toEqual({ category: 'none', from: '2026-10-01', to: '2026-10-31' })
    expect(drillCategory('billing')).toBe('billing')
  })
})

describe('state', () => {
  it('is empty only when there are no tickets anywhere', () => {
    expect(isEmpty(dash())).toBe(true)
    expect(isEmpty(dash({ backlog: 1 }))).toBe(false)
    expect(isEmpty(dash({ trend: [month('2026-05', 1, 0)] }))).toBe(false)
    expect(isEmpty(dash({ trend: [month('2026-05', 0, 0)] }))).toBe(true)
  })
  it('a category filter with no tickets is ready (zeros), not empty', () => {
    expect(sectionState(false, false, dash(), true)).toBe('ready')
    expect(sectionState(true, false, dash(), true)).toBe('loading')
  })
  it('error wins, then loading, then empty/ready', () => {
    expect(sectionState(false, true, dash())).toBe('error')
    expect(sectionState(true, false, null)).toBe('loading')
    expect(sectionState(false, false, dash())).toBe('empty')
    expect(sectionState(true, false, dash({ opened: 3 }))).toBe('loading')
    expect(sectionState(false, false, dash({ opened: 3 }))).toBe('ready')
  })
  it('trendMonths is 12 or 24', () => {
    expect(trendMonths(24)).toBe(24)
    expect(trendMonths(12)).toBe(12)
    expect(trendMonths(undefined)).toBe(12)
    expect(trendMonths(36)).toBe(12)
  })
})
