/**
 * Formatting of the follow-up rates: a 0..1 share as "66.7%" (one decimal,
 * locale digits), "—" when the denominator was zero; and the before/after
 * change of the counts a user can check against the calls just made.
 */
import type { CallRates } from '@/api/followups'

/** "66.7%" for 0.6667; "—" for null or a non-finite value. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null || !Number.isFinite(rate)) return '—'
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate)
}

/** Disposition counts sorted largest first, zero counts dropped. */
export function dispositionBreakdown(r: CallRates): { disposition: string; count: number }[] {
  return Object.entries(r.byDisposition)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([disposition, count]) => ({ disposition, count }))
}
