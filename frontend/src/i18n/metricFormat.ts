/**
 * How metric figures are shown: NPS and its interval as integers rounded
 * half away from zero (as Go's math.Round, so the screen equals the CLI),
 * percentages and means with one decimal, in the UI's number format.
 */
import type { AppLocale } from './schema'

/** Rounds half away from zero: 2.5 → 3, −2.5 → −3. */
export function roundHalfAway(x: number, digits = 0): number {
  const f = 10 ** digits
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f
}

/** An integer NPS-style figure: "32", "−4" (a true minus sign). */
export function fmtInt(x: number): string {
  const r = roundHalfAway(x)
  return r < 0 ? `−${Math.abs(r)}` : String(r === 0 ? 0 : r)
}

/** A figure with one decimal: "86.7". */
export function fmt1(x: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(roundHalfAway(x, 1))
}

/** A signed figure with one decimal for net scores: "+12.5", "−3.0". */
export function fmtSigned1(x: number, locale: AppLocale): string {
  const s = fmt1(Math.abs(x), locale)
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s
}
