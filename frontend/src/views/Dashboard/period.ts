/**
 * The dashboard's period: the top bar's month (first to last day), or a
 * custom date range that overrides it; and how a calendar day reads
 * ("2026年11月1日" / "Nov 1, 2026").
 */
import { dayKey, monthRange } from '@/i18n/datetime'
import type { AppLocale } from '@/i18n/schema'

export interface DayRange {
  from: string
  to: string
}

/** From/to days of the month at monthTs, or of the custom range [start, end] (local timestamps). */
export function dashboardPeriod(monthTs: number, custom: [number, number] | null): DayRange {
  if (custom) {
    const [a, b] = custom[0] <= custom[1] ? custom : [custom[1], custom[0]]
    return { from: dayKey(new Date(a)), to: dayKey(new Date(b)) }
  }
  return monthRange(monthTs)
}

/** "2026-11-01" → "2026年11月1日" (zh-CN) or "Nov 1, 2026" (en); malformed keys as given. */
export function formatDay(key: string, locale: AppLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key)
  if (!m) return key
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (locale === 'zh-CN') return `${y}年${mo}月${d}日`
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, mo - 1, d)))
}
