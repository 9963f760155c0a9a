/**
 * Local-time formatting of the backend's instants (RFC 3339 UTC) and the
 * calendar-day keys ("YYYY-MM-DD") the list and rate queries take. Times are
 * shown as "2026-11-23 14:05" in both languages: exact, compact, sortable.
 */

const pad = (n: number): string => String(n).padStart(2, '0')

/** Parses an RFC 3339 instant; null when empty or malformed. */
export function parseInstant(iso: string): Date | null {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "2026-11-23 14:05" in local time; "" when empty or malformed. */
export function formatDateTime(iso: string): string {
  const d = parseInstant(iso)
  if (!d) return ''
  return `${dayKey(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "14:05" when the instant is today (local), else "2026-11-23 14:05". */
export function formatShortDateTime(iso: string, now: Date = new Date()): string {
  const d = parseInstant(iso)
  if (!d) return ''
  return dayKey(d) === dayKey(now) ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : formatDateTime(iso)
}

/** The local calendar day of a date as "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** First and last day ("YYYY-MM-DD", inclusive) of the month containing ts. */
export function monthRange(ts: number): { from: string; to: string } {
  const d = new Date(ts)
  const first = new Date(d.getFullYear(), d.getMonth(), 1)
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0)
  return { from: dayKey(first), to: dayKey(last) }
}

/** A month key "2026-02" → its first and last day; null when malformed. */
export function monthDays(key: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  if (mo < 1 || mo > 12) return null
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  const mm = String(mo).padStart(2, '0')
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` }
}

/** The instant `minutes` after iso, as RFC 3339; "" when iso is malformed. */
export function addMinutes(iso: string, minutes: number): string {
  const d = parseInstant(iso)
  return d ? new Date(d.getTime() + minutes * 60_000).toISOString() : ''
}
