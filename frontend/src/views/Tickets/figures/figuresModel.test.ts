/** Tests of the SLA figures panel logic: reliability, band labels, breach rows, period line. */
import { describe, expect, it } from 'vitest'
import {
  attainmentOf,
  backlogTotal,
  breachRows,
  bucketLabel,
  durationOf,
  isEmptyKey,
  periodMessage,
  priorityMessageKey,
  reliability,
} from './figuresModel'
import zh from '@/i18n/zh-CN'
import en from '@/i18n/en'

/** Resolves a dotted key in a message tree. */
function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), tree)
}

describe('reliability', () => {
  it('is none at 0, indicative below 30, ok from 30', () => {
    expect(reliability(0)).toBe('none')
    expect(reliability(1)).toBe('indicative')
    expect(reliability(29)).toBe('indicative')
    expect(reliability(30)).toBe('ok')
    expect(reliability(412)).toBe('ok')
  })
})

describe('attainmentOf / durationOf', () => {
  it('finds the kind or gives an empty figure', () => {
    const a = [{ kind: 'resolution', met: 3, breached: 1, n: 4, percent: 75 }]
    expect(attainmentOf(a, 'resolution').percent).toBe(75)
    expect(attainmentOf(a, 'next_reply')).toEqual({ kind: 'next_reply', met: 0, breached: 0, n: 0, percent: null })
    expect(durationOf([], 'first_response')).toEqual({ kind: 'first_response', n: 0, medianMinutes: 0, p90Minutes: 0 })
  })
})

describe('bucketLabel', () => {
  const backend = [
    { label: '<1d', minDays: 0, maxDays: 1, count: 0 },
    { label: '1-3d', minDays: 1, maxDays: 3, count: 0 },
    { label: '3-7d', minDays: 3, maxDays: 7, count: 0 },
    { label: '7-30d', minDays: 7, maxDays: 30, count: 0 },
    { label: '>=30d', minDays: 30, maxDays: 0, count: 0 },
  ]

  it('maps every backend band to its own message, present in both languages', () => {
    const keys = backend.map((b) => bucketLabel(b).key)
    expect(new Set(keys).size).toBe(5)
    for (const k of keys) {
      expect(typeof lookup(zh, k), k).toBe('string')
      expect(typeof lookup(en, k), k).toBe('string')
    }
    expect(bucketLabel(backend[0]!).key).toBe('slaFigures.backlog.bucket.lt1')
    expect(bucketLabel(backend[4]!).key).toBe('slaFigures.backlog.bucket.ge30')
  })

  it('describes unknown bands from their bounds', () => {
    expect(bucketLabel({ label: '<2d', minDays: 0, maxDays: 2, count: 1 })).toEqual({ key: 'slaFigures.backlog.bucket.under', params: { max: 2 } })
    expect(bucketLabel({ label: '2-5d', minDays: 2, maxDays: 5, count: 1 })).toEqual({ key: 'slaFigures.backlog.bucket.range', params: { min: 2, max: 5 } })
    expect(bucketLabel({ label: '>=90d', minDays: 90, maxDays: 0, count: 1 })).toEqual({ key: 'slaFigures.backlog.bucket.atLeast', params: { min: 90 } })
    for (const k of ['under', 'range', 'atLeast']) expect(typeof lookup(en, `slaFigures.backlog.bucket.${k}`)).toBe('string')
  })
})

describe('breach rows', () => {
  it('orders categories by breached, then rate, then tickets, then key', () => {
    const rows = breachRows(
      [
        { key: 'b', tickets: 10, breached: 2 },
        { key: 'a', tickets: 4, breached: 2 },
        { key: '', tickets: 50, breached: 0 },
        { key: 'c', tickets: 8, breached: 5 },
        { key: 'd', tickets: 20, breached: 0 },
      ],
      'category',
    )
    expect(rows.map((r) => r.key)).toEqual(['c', 'a', 'b', '', 'd'])
    expect(rows[1]!.rate).toBe(50)
    expect(rows[3]!.empty).toBe(true)
  })

  it('orders priorities P1 to P4', () => {
    const rows = breachRows(
      [
        { key: 'P3', tickets: 10, breached: 9 },
        { key: 'P1', tickets: 2, breached: 0 },
        { key: 'P4', tickets: 1, breached: 1 },
        { key: 'P2', tickets: 5, breached: 2 },
      ],
      'priority',
    )
    expect(rows.map((r) => r.key)).toEqual(['P1', 'P2', 'P3', 'P4'])
  })

  it('has no rate for a group without tickets', () => {
    expect(breachRows([{ key: 'x', tickets: 0, breached: 0 }], 'handler')[0]!.rate).toBeNull()
  })

  it('treats "" and the backend\'s "-" handler as unassigned', () => {
    expect(isEmptyKey('handler', '-')).toBe(true)
    expect(isEmptyKey('handler', '')).toBe(true)
    expect(isEmptyKey('category', '')).toBe(true)
    expect(isEmptyKey('category', '-')).toBe(false)
    expect(isEmptyKey('handler', '王芳')).toBe(false)
  })

  it('maps priority keys to the shared vocabulary', () => {
    expect(priorityMessageKey('P1')).toBe('sla.priority.p1')
    expect(priorityMessageKey('P4')).toBe('sla.priority.p4')
    expect(priorityMessageKey('P9')).toBeNull()
    expect(priorityMessageKey('high')).toBeNull()
  })
})

describe('periodMessage', () => {
  it('covers closed, half-open and open periods', () => {
    expect(periodMessage('2026-11-01', '2026-11-30')).toEqual({ key: 'slaFigures.period.range', params: { from: '2026-11-01', to: '2026-11-30' } })
    expect(periodMessage('2026-11-05', '2026-11-05').key).toBe('slaFigures.period.day')
    expect(periodMessage('2026-11-01', '').key).toBe('slaFigures.period.since')
    expect(periodMessage('', '2026-11-30').key).toBe('slaFigures.period.until')
    expect(periodMessage('', '').key).toBe('slaFigures.period.all')
  })
})

describe('backlogTotal', () => {
  it('sums the bands', () => {
    expect(backlogTotal([])).toBe(0)
    expect(backlogTotal([{ label: '<1d', minDays: 0, maxDays: 1, count: 3 }, { label: '1-3d', minDays: 1, maxDays: 3, count: 4 }])).toBe(7)
  })
})
