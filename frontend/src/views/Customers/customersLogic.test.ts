import { describe, expect, it } from 'vitest'
import { emptyCustomerFilter } from '@/api/customerInsights'
import {
  activeFilters, migrationKind, monthRange, packAttributes, previousMonth, rfmCells, segmentAt, sharesWithout,
  unpackAttributes, weightShares,
} from './customersLogic'

const rules = [
  { segment: 'champions', rMin: 4, rMax: 5, fmMin: 4, fmMax: 5 },
  { segment: 'loyal', rMin: 2, rMax: 5, fmMin: 3, fmMax: 5 },
  { segment: 'lost', rMin: 1, rMax: 2, fmMin: 1, fmMax: 2 },
]

describe('customers logic', () => {
  it('renormalises weights to shares', () => {
    expect(weightShares({ value: 0.4, satisfaction: 0.3, loyalty: 0.3, complaints: 0 })).toEqual({
      value: 40, satisfaction: 30, loyalty: 30, complaints: 0,
    })
    // 2 : 1 : 1 : 0 → 50 / 25 / 25
    expect(weightShares({ value: 2, satisfaction: 1, loyalty: 1, complaints: 0 }).value).toBe(50)
    expect(weightShares({ value: 0, satisfaction: 0, loyalty: 0, complaints: 0 }).value).toBe(0)
    // Without satisfaction: 0.4 / 0.7 = 57.1 %, 0.3 / 0.7 = 42.9 %.
    expect(sharesWithout({ value: 0.4, satisfaction: 0.3, loyalty: 0.3, complaints: 0 }, ['satisfaction'])).toEqual({
      value: 57.1, satisfaction: 0, loyalty: 42.9, complaints: 0,
    })
  })
  it('builds heat-map cells and finds the first matching rule', () => {
    const counts = [[1, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 7]]
    const cells = rfmCells(counts)
    expect(cells).toHaveLength(25)
    expect(cells).toContainEqual([4, 4, 7])
    expect(cells).toContainEqual([0, 0, 1])
    expect(segmentAt(rules, 5, 5)).toBe('champions')
    expect(segmentAt(rules, 4, 3)).toBe('loyal')
    expect(segmentAt(rules, 3, 1)).toBe('')
  })
  it('counts active filters and packs attributes', () => {
    const f = emptyCustomerFilter()
    expect(activeFilters(f)).toBe(0)
    f.tiers = ['high']
    f.scoreMin = 50
    f.attributes = packAttributes(['会员=金卡', '会员=银卡', 'x=a=b', 'bad'])
    expect(f.attributes).toEqual({ 会员: ['金卡', '银卡'], x: ['a=b'] })
    expect(activeFilters(f)).toBe(4)
    expect(unpackAttributes(f.attributes)).toEqual(['会员=金卡', '会员=银卡', 'x=a=b'])
  })
  it('classifies migration cells and months', () => {
    expect(migrationKind('low', 'high')).toBe('up')
    expect(migrationKind('high', 'medium')).toBe('down')
    expect(migrationKind('low', 'low')).toBe('same')
    expect(migrationKind('new', 'low')).toBe('other')
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(previousMonth('2026-11')).toBe('2026-10')
    expect(monthRange(new Date(2026, 1, 10), 0)).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthRange(new Date(2026, 0, 10), -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' })
  })
})
