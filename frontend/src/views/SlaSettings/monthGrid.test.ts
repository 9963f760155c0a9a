/** Tests of the month-grid logic (weeks, day kinds, overrides, zones, due parts). */
import { describe, expect, it } from 'vitest'
import { buildMonthGrid, dayInfo, dueParts, monthCounts, monthKey, monthOf, nowInZone, overrideMap, setOverride, shiftMonth, todayInZone, weekdayOf } from './monthGrid'
import { presetWeek } from './hours'
import type { CalendarOverride } from '@/api/ticketTypes'

describe('months', () => {
  it('shifts across years', () => {
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2026, month: 11 }, -9)).toEqual({ year: 2026, month: 2 })
    expect(monthKey({ year: 2026, month: 2 })).toBe('2026-02')
    expect(monthOf('2026-02-14')).toEqual({ year: 2026, month: 2 })
  })
})

describe('buildMonthGrid', () => {
  it('starts on Monday and covers the month (February 2026: Sunday the 1st)', () => {
    const weeks = buildMonthGrid({ year: 2026, month: 2 })
    expect(weeks[0]?.[0]).toEqual({ date: '2026-01-26', day: 26, weekday: 1, inMonth: false })
    expect(weeks[0]?.[6]).toEqual({ date: '2026-02-01', day: 1, weekday: 0, inMonth: true })
    const all = weeks.flat()
    expect(all.filter((d) => d.inMonth)).toHaveLength(28)
    expect(all.length % 7).toBe(0)
    expect(weeks).toHaveLength(5)
    expect(all.find((d) => d.date === '2026-02-14')?.weekday).toBe(6)
  })
  it('gives a month starting on Monday no leading days', () => {
    const weeks = buildMonthGrid({ year: 2026, month: 6 })
    expect(weeks[0]?.[0]?.date).toBe('2026-06-01')
  })
  it('knows weekdays', () => {
    expect(weekdayOf('2026-02-13')).toBe(5)
    expect(weekdayOf('2026-02-15')).toBe(0)
  })
})

describe('dayInfo', () => {
  const week = presetWeek()
  const overrides: CalendarOverride[] = [
    { date: '2026-02-14', kind: 'workday', hours: [], name: '春节调休' },
    { date: '2026-02-16', kind: 'holiday', hours: [], name: '春节' },
    { date: '2026-02-28', kind: 'workday', hours: ['10:00-15:00'], name: '' },
    { date: '2026-12-31', kind: 'partial', hours: ['09:00-12:00'], name: '跨年' },
  ]
  const map = overrideMap(overrides)
  it('reads the weekly hours', () => {
    expect(dayInfo('2026-02-13', week, map)).toEqual({ kind: 'regular', hours: ['09:00-12:00', '13:30-18:00'], name: '', override: false })
    expect(dayInfo('2026-02-15', week, map).kind).toBe('closed')
  })
  it('applies overrides; a make-up day without hours takes the regular hours', () => {
    expect(dayInfo('2026-02-14', week, map)).toEqual({ kind: 'workday', hours: ['09:00-12:00', '13:30-18:00'], name: '春节调休', override: true })
    expect(dayInfo('2026-02-16', week, map)).toEqual({ kind: 'holiday', hours: [], name: '春节', override: true })
    expect(dayInfo('2026-02-28', week, map).hours).toEqual(['10:00-15:00'])
    expect(dayInfo('2026-12-31', week, map).kind).toBe('partial')
  })
  it('treats a 24×7 calendar as always open', () => {
    expect(dayInfo('2026-02-15', week, map, true)).toEqual({ kind: 'regular', hours: ['00:00-24:00'], name: '', override: false })
  })
  it('counts a month', () => {
    expect(monthCounts(overrides, '2026-02')).toEqual({ holiday: 1, workday: 2, partial: 0 })
  })
})

describe('setOverride', () => {
  it('adds, replaces and removes, keeping the list sorted', () => {
    let list: CalendarOverride[] = [{ date: '2026-05-01', kind: 'holiday', hours: [], name: '劳动节' }]
    list = setOverride(list, '2026-02-14', { date: '', kind: 'workday', hours: [], name: '' })
    expect(list.map((o) => o.date)).toEqual(['2026-02-14', '2026-05-01'])
    list = setOverride(list, '2026-05-01', { date: '', kind: 'holiday', hours: ['09:00-10:00'], name: 'x' })
    expect(list[1]).toEqual({ date: '2026-05-01', kind: 'holiday', hours: [], name: 'x' })
    list = setOverride(list, '2026-02-14', null)
    expect(list).toHaveLength(1)
  })
})

describe('zones and due', () => {
  const t = new Date('2026-02-13T17:30:00Z') // Shanghai 2026-02-14 01:30, New York 12:30
  it('gives today and now in the zone', () => {
    expect(todayInZone('Asia/Shanghai', t)).toBe('2026-02-14')
    expect(todayInZone('America/New_York', t)).toBe('2026-02-13')
    expect(nowInZone('Asia/Shanghai', t)).toBe('2026-02-14T01:30')
    expect(todayInZone('Not/AZone', t)).toBe('2026-02-13')
  })
  it('reads the due instant as its own wall clock', () => {
    expect(dueParts('2026-02-16T16:30:00+08:00')).toEqual({ date: '2026-02-16', time: '16:30', weekday: 1, offset: '+08:00' })
    expect(dueParts('2026-02-16T08:30:00Z')?.offset).toBe('+00:00')
    expect(dueParts('nonsense')).toBeNull()
  })
})
