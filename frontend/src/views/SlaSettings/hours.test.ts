/** Tests of the opening-hours logic (interval parsing, validation, presets). */
import { describe, expect, it } from 'vitest'
import { copyMondayToWeekdays, dayValid, normalizeDay, openMinutes, parseClock, parseInterval, presetWeek, regularHours, splitIntervals, validateDay, weekdayOrder } from './hours'

describe('parseClock', () => {
  it('reads HH:MM and H:MM up to 24:00', () => {
    expect(parseClock('09:00')).toBe(540)
    expect(parseClock('9:30')).toBe(570)
    expect(parseClock('24:00')).toBe(1440)
    expect(parseClock('00:00')).toBe(0)
  })
  it('rejects malformed times', () => {
    for (const s of ['24:01', '25:00', '9', '09:60', '09:5', 'ab:cd', '', '009:00']) expect(parseClock(s)).toBeNull()
  })
})

describe('parseInterval', () => {
  it('parses with the separators Go accepts', () => {
    expect(parseInterval('09:00-12:00')).toEqual({ start: 540, end: 720 })
    expect(parseInterval('13:30 – 18:00')).toEqual({ start: 810, end: 1080 })
    expect(parseInterval('09:00~12:00')).toEqual({ start: 540, end: 720 })
    expect(parseInterval('09:00至12:00')).toEqual({ start: 540, end: 720 })
  })
  it('says why an interval is bad', () => {
    expect(parseInterval('9-12')).toBe('format')
    expect(parseInterval('09:00')).toBe('format')
    expect(parseInterval('12:00-09:00')).toBe('order')
    expect(parseInterval('09:00-09:00')).toBe('order')
  })
})

describe('validateDay', () => {
  it('accepts a lunch break and touching intervals', () => {
    expect(validateDay(['09:00-12:00', '13:30-18:00'])).toEqual([null, null])
    expect(dayValid(['09:00-12:00', '12:00-13:00'])).toBe(true)
    expect(dayValid([])).toBe(true)
  })
  it('marks the later of two overlapping intervals', () => {
    expect(validateDay(['13:00-18:00', '09:00-13:30'])).toEqual(['overlap', null])
    expect(validateDay(['09:00-12:00', 'x', '11:00-14:00'])).toEqual([null, 'format', 'overlap'])
  })
})

describe('normalizeDay and splitIntervals', () => {
  it('sorts and canonicalises', () => {
    expect(normalizeDay(['13:30-18:00', '9:00 - 12:00'])).toEqual(['09:00-12:00', '13:30-18:00'])
  })
  it('splits typed lists with full-width separators', () => {
    expect(splitIntervals('09:00-12:00，13:30-18:00;  19:00-20:00')).toEqual(['09:00-12:00', '13:30-18:00', '19:00-20:00'])
    expect(splitIntervals('  ')).toEqual([])
  })
})

describe('weeks', () => {
  it('lists Monday first by Date.getDay index', () => {
    expect([...weekdayOrder]).toEqual([1, 2, 3, 4, 5, 6, 0])
  })
  it('builds the office preset', () => {
    const w = presetWeek()
    expect(w[0]).toEqual([])
    expect(w[6]).toEqual([])
    expect(w[1]).toEqual(['09:00-12:00', '13:30-18:00'])
    expect(w[5]).toEqual(['09:00-12:00', '13:30-18:00'])
    expect(openMinutes(w[1] ?? [])).toBe(450)
  })
  it('copies Monday to Tuesday … Friday only', () => {
    const w = copyMondayToWeekdays([['10:00-14:00'], ['08:00-17:00'], [], ['09:00-10:00'], [], [], ['10:00-11:00']])
    expect(w).toEqual([['10:00-14:00'], ['08:00-17:00'], ['08:00-17:00'], ['08:00-17:00'], ['08:00-17:00'], ['08:00-17:00'], ['10:00-11:00']])
  })
  it('finds the regular hours like Go RegularHours', () => {
    expect(regularHours(presetWeek())).toEqual(['09:00-12:00', '13:30-18:00'])
    expect(regularHours([['10:00-12:00'], [], [], ['09:00-10:00'], [], [], []])).toEqual(['09:00-10:00'])
    expect(regularHours([['10:00-12:00'], [], [], [], [], [], []])).toEqual(['10:00-12:00'])
    expect(regularHours([[], [], [], [], [], [], []])).toEqual([])
  })
})
