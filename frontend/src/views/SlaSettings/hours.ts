/**
 * Opening-hours logic of the calendar editor: "HH:MM-HH:MM" interval
 * parsing and validation (the same rules as Go sla.ParseInterval and
 * sla.ValidateIntervals: 00:00–24:00, start before end, no overlap, touching
 * allowed), the weekday order (Monday first, indexes as Date.getDay()), the
 * office preset and "copy Monday to the weekdays". Pure functions.
 */

/** Weekday indexes (Sunday = 0, as Date.getDay()) in display order, Monday first. */
export const weekdayOrder = [1, 2, 3, 4, 5, 6, 0] as const

/** The office preset: Mon–Fri 09:00–12:00 and 13:30–18:00 (lunch break), weekend closed. */
export const officePreset: readonly string[] = ['09:00-12:00', '13:30-18:00']

/** Why an interval or a day's list is invalid (message keys under slaSettings.hours.error). */
export type IntervalError = 'format' | 'order' | 'overlap'

export interface Interval {
  start: number // minutes after midnight
  end: number
}

/** Minutes after midnight of "HH:MM" (or "H:MM"), 0 … 1440; null when malformed. */
export function parseClock(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim())
  if (!m) return null
  const h = Number(m[1])
  const mm = Number(m[2])
  if (h > 24 || mm > 59 || (h === 24 && mm !== 0)) return null
  return h * 60 + mm
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "HH:MM" of minutes after midnight. */
export function formatClock(min: number): string {
  return `${pad(Math.floor(min / 60))}:${pad(min % 60)}`
}

/** Separators Go accepts between the two ends of an interval. */
const rangeSep = /\s*(?:-|–|~|～|至)\s*/

/** Parses one interval; an error key when it is malformed or empty. */
export function parseInterval(s: string): Interval | IntervalError {
  const parts = s.trim().split(rangeSep)
  if (parts.length !== 2) return 'format'
  const start = parseClock(parts[0] ?? '')
  const end = parseClock(parts[1] ?? '')
  if (start === null || end === null) return 'format'
  if (start >= end) return 'order'
  return { start, end }
}

/** The canonical "HH:MM-HH:MM" of an interval. */
export function formatInterval(iv: Interval): string {
  return `${formatClock(iv.start)}-${formatClock(iv.end)}`
}

/**
 * Checks one day's intervals: per entry the error of that entry (null when
 * fine). An entry overlapping an earlier-starting one gets 'overlap'.
 */
export function validateDay(list: readonly string[]): (IntervalError | null)[] {
  const parsed = list.map(parseInterval)
  const errors: (IntervalError | null)[] = parsed.map((p) => (typeof p === 'string' ? p : null))
  const good = parsed
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: Interval; i: number } => typeof x.p !== 'string')
    .sort((a, b) => a.p.start - b.p.start || a.p.end - b.p.end)
  for (let k = 1; k < good.length; k++) {
    const prev = good[k - 1]
    const cur = good[k]
    if (prev && cur && cur.p.start < prev.p.end) errors[cur.i] = 'overlap'
  }
  return errors
}

/** True when every interval of the list is valid and none overlap. */
export function dayValid(list: readonly string[]): boolean {
  return validateDay(list).every((e) => e === null)
}

/** The day's intervals in canonical form, sorted by start (as Go wants them); assumes dayValid. */
export function normalizeDay(list: readonly string[]): string[] {
  return list
    .map(parseInterval)
    .filter((p): p is Interval => typeof p !== 'string')
    .sort((a, b) => a.start - b.start)
    .map(formatInterval)
}

/** Splits a typed list ("09:00-12:00 13:30-18:00", commas, semicolons, full-width too). */
export function splitIntervals(s: string): string[] {
  return s
    .split(/[\s,;，；\u3000]+/)
    .map((x) => x.trim())
    .filter((x) => x !== '')
}

/** Seven empty days. */
export function emptyWeek(): string[][] {
  return [[], [], [], [], [], [], []]
}

/** The office preset week: Monday–Friday officePreset, Saturday and Sunday closed. */
export function presetWeek(): string[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((d) => (d >= 1 && d <= 5 ? [...officePreset] : []))
}

/** Copies Monday's intervals to Tuesday … Friday (weekend unchanged). */
export function copyMondayToWeekdays(week: readonly string[][]): string[][] {
  const mon = week[1] ?? []
  return week.map((day, i) => (i >= 2 && i <= 5 ? [...mon] : [...day]))
}

/**
 * The hours a make-up workday without its own hours takes (Go
 * Definition.RegularHours): Monday's, else the first open day Tuesday …
 * Saturday, Sunday; empty when no weekday is open.
 */
export function regularHours(week: readonly string[][]): string[] {
  for (let i = 1; i <= 7; i++) {
    const h = week[i % 7] ?? []
    if (h.length > 0) return [...h]
  }
  return []
}

/** Open minutes of a list of valid intervals (invalid entries count 0). */
export function openMinutes(list: readonly string[]): number {
  return list.map(parseInterval).reduce((sum, p) => (typeof p === 'string' ? sum : sum + p.end - p.start), 0)
}
