/**
 * Locale-aware formatting of numbers, months and sizes. Months are shown as
 * "2026年10月" in Chinese and "Oct 2026" in English.
 */
import type { AppLocale } from './schema'

const numberFormats = new Map<AppLocale, Intl.NumberFormat>()

/** Formats an integer with thousands separators (1,234). */
export function formatCount(n: number, locale: AppLocale): string {
  let f = numberFormats.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 0 })
    numberFormats.set(locale, f)
  }
  return f.format(n)
}

/** Parses "2026-10" into its year and 1-based month; null when malformed. */
export function parseMonthKey(key: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  if (!m || m[1] === undefined || m[2] === undefined) return null
  const year = Number(m[1])
  const month = Number(m[2])
  return month >= 1 && month <= 12 ? { year, month } : null
}

/** Formats a month: "2026年10月" (zh-CN) or "Oct 2026" (en). */
export function formatMonth(year: number, month: number, locale: AppLocale): string {
  if (locale === 'zh-CN') return `${year}年${month}月`
  const d = new Date(Date.UTC(year, month - 1, 1))
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(d)
}

/** Formats a "2026-10" key; returns the key itself when malformed. */
export function formatMonthKey(key: string, locale: AppLocale): string {
  const p = parseMonthKey(key)
  return p ? formatMonth(p.year, p.month, locale) : key
}

/** Formats a byte count as B, KB, MB or GB with one decimal. */
export function formatBytes(bytes: number, locale: AppLocale): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  const digits = i === 0 ? 0 : 1
  const n = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(v)
  return `${n} ${units[i] ?? 'B'}`
}
