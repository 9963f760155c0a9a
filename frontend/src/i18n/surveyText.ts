/**
 * Picks the text of a bilingual field in the UI language, falling back to
 * the other language when that one is empty.
 */
import type { AppLocale } from './schema'

export function pickText(zh: string, en: string, locale: AppLocale | string): string {
  const a = zh.trim()
  const b = en.trim()
  if (locale === 'en') return b || a
  return a || b
}
