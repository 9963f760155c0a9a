/**
 * Translating the import's row-level reasons. A RowError carries an i18n key
 * and params; the summary's `rejectedByReason` only carries codes, which are
 * resolved through their short labels (imports.reason.*), the keys seen in
 * the errors, then the usual error subtrees. Placeholders the backend did
 * not fill are dropped rather than shown as "{value}".
 */
import type { RowError } from '@/api/importTypes'

export interface Translator {
  t: (key: string, params?: Record<string, unknown>) => string
  te: (key: string) => boolean
  tm: (key: string) => unknown
}

/** Placeholder names in a message text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
}

/** Fills a translated message; missing params become "" and the empty quotes around them vanish. */
export function fill(tr: Translator, key: string, params: Record<string, string | number>): string {
  const raw = tr.tm(key)
  const names = typeof raw === 'string' ? placeholders(raw) : []
  const all: Record<string, unknown> = { ...params }
  for (const n of names) if (!(n in all)) all[n] = '\u0000'
  const text = tr.t(key, all)
  return text.replace(/[“"「]?\u0000[”"」]?\s?/g, '').replace(/\s{2,}/g, ' ').trim()
}

/** Candidate i18n keys for a reason code (e.g. "value.date_invalid", "date_invalid", "error.answer.not_integer"). */
export function keysForCode(code: string): string[] {
  const c = code.replace(/^error\./, '')
  return [`error.${c}`, `error.value.${c}`, `error.import.${c}`, `error.answer.${c}`, `error.response.${c}`]
}

/**
 * The translated reason of one rejected row. A reason that names the
 * question (required_missing) falls back to the column when the row has no
 * question (ticket imports).
 */
export function rowReason(tr: Translator, e: RowError): string {
  const keys = [e.key, ...keysForCode(e.code)].filter((k) => k !== '')
  const params = 'question' in e.params || !e.column ? e.params : { ...e.params, question: e.column }
  for (const k of keys) if (tr.te(k)) return fill(tr, k, params)
  return e.message || e.code
}

/** The translated label of a reason code in the by-reason summary. */
export function codeReason(tr: Translator, code: string, errors: readonly RowError[]): string {
  if (tr.te(`imports.reason.${code}`)) return tr.t(`imports.reason.${code}`)
  const seen = errors.find((e) => e.code === code)
  if (seen) {
    const keys = [seen.key, ...keysForCode(code)].filter((k) => k !== '')
    for (const k of keys) if (tr.te(k)) return fill(tr, k, {})
  }
  for (const k of keysForCode(code)) if (tr.te(k)) return fill(tr, k, {})
  return seen?.message || code
}
