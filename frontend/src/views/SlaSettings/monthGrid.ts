/**
 * Month-grid logic of the calendar editor: the weeks of a month (Monday
 * first, with the adjacent months' days greyed), what each day is
 * (regular workday, closed, holiday, make-up workday 调休/补班, partial day)
 * from the weekly hours and the date overrides, today in the calendar's
 * zone, editing the override list, and reading the due instant the Go
 * calculator returns. Pure functions; dates are "YYYY-MM-DD" strings.
 */
import type { CalendarOverride } from '@/api/ticketTypes'
import { regularHours } from './hours'

export interface YearMonth {
  year: number
  month: number // 1 … 12
}

export type DayKind = 'regular' | 'closed' | 'holiday' | 'workday' | 'partial'

export interface GridDay {
  date: string
  day: number
  weekday: number // Sunday = 0
  inMonth: boolean
}

export interface DayInfo {
  kind: DayKind
  hours: string[]
  name: string
  /** True when an override decides the day. */
  override: boolean
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "YYYY-MM". */
export function monthKey(m: YearMonth): string {
  return `${m.year}-${pad(m.month)}`
}

/** The month of a "YYYY-MM-DD" (or "YYYY-MM") key. */
export function monthOf(date: string): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) }
}

/** The month delta months away. */
export function shiftMonth(m: YearMonth, delta: number): YearMonth {
  const i = m.year * 12 + (m.month - 1) + delta
  return { year: Math.floor(i / 12), month: (i % 12) + 1 }
}

function utcKey(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** The weeks (rows of seven days, Monday first) covering the month. */
export function buildMonthGrid(m: YearMonth): GridDay[][] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1))
  const lead = (first.getUTCDay() + 6) % 7 // days before the 1st back to Monday
  const days = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate()
  const cells = Math.ceil((lead + days) / 7) * 7
  const weeks: GridDay[][] = []
  for (let i = 0; i < cells; i++) {
    const d = new Date(Date.UTC(m.year, m.month - 1, 1 - lead + i))
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]?.push({
      date: utcKey(d),
      day: d.getUTCDate(),
      weekday: d.getUTCDay(),
      inMonth: d.getUTCMonth() === m.month - 1,
    })
  }
  return weeks
}

/** The weekday (Sunday = 0) of a "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay()
}

/** Overrides by date. */
export function overrideMap(list: readonly CalendarOverride[]): Map<string, CalendarOverride> {
  return new Map(list.map((o) => [o.date, o]))
}

/** What a day is on a calendar with these weekly hours and overrides. */
export function dayInfo(
  date: string,
  week: readonly string[][],
  overrides: Map<string, CalendarOverride>,
  always = false,
): DayInfo {
  if (always) return { kind: 'regular', hours: ['00:00-24:00'], name: '', override: false }
  const o = overrides.get(date)
  if (o) {
    switch (o.kind) {
      case 'holiday':
        return { kind: 'holiday', hours: [], name: o.name, override: true }
      case 'workday':
        return { kind: 'workday', hours: o.hours.length > 0 ? [...o.hours] : regularHours(week), name: o.name, override: true }
      case 'partial':
        return { kind: 'partial', hours: [...o.hours], name: o.name, override: true }
    }
  }
  const hours = week[weekdayOf(date)] ?? []
  return { kind: hours.length > 0 ? 'regular' : 'closed', hours: [...hours], name: '', override: false }
}

/** Sets (or, with null, removes) the override of date; the list stays sorted by date. */
export function setOverride(list: readonly CalendarOverride[], date: string, o: CalendarOverride | null): CalendarOverride[] {
  const out = list.filter((x) => x.date !== date)
  if (o) out.push({ ...o, date, hours: o.kind === 'holiday' ? [] : [...o.hours] })
  return out.sort((a, b) => a.date.localeCompare(b.date))
}

/** Counts of overrides by kind in one month ("YYYY-MM"). */
export function monthCounts(list: readonly CalendarOverride[], key: string): Record<'holiday' | 'workday' | 'partial', number> {
  const c = { holiday: 0, workday: 0, partial: 0 }
  for (const o of list) if (o.date.startsWith(key) && (o.kind === 'holiday' || o.kind === 'workday' || o.kind === 'partial')) c[o.kind]++
  return c
}

/** Wall-clock parts of an instant in an IANA zone (falls back to UTC on an unknown zone). */
function zoneParts(now: Date, zone: string): Record<string, string> {
  let fmt: Intl.DateTimeFormat
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: zone || 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
  } catch {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  }
  const parts: Record<string, string> = {}
  for (const p of fmt.formatToParts(now)) parts[p.type] = p.value
  return parts
}

/** Today ("YYYY-MM-DD") in the zone. */
export function todayInZone(zone: string, now: Date = new Date()): string {
  const p = zoneParts(now, zone)
  return `${p.year}-${p.month}-${p.day}`
}

/** The current wall-clock time in the zone as "YYYY-MM-DDTHH:MM". */
export function nowInZone(zone: string, now: Date = new Date()): string {
  const p = zoneParts(now, zone)
  return `${p.year}-${p.month}-${p.day}T${p.hour === '24' ? '00' : p.hour}:${p.minute}`
}

export interface DueParts {
  date: string
  time: string
  weekday: number
  /** "+08:00" ("Z" is shown as "+00:00"). */
  offset: string
}

/** Reads an RFC 3339 instant with offset as its own wall clock; null when malformed. */
export function dueParts(rfc: string): DueParts | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(rfc.trim())
  if (!m || !m[1] || !m[2] || !m[3]) return null
  return { date: m[1], time: m[2], weekday: weekdayOf(m[1]), offset: m[3] === 'Z' ? '+00:00' : m[3] }
}
