/**
 * Small coercions from untyped bound-call results (generated classes, or
 * `any` where Go has time.Time / pointers) into the facade's plain types.
 * Missing or malformed fields become safe defaults, never undefined.
 */

/** A finite number, else 0. */
export function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0
}

/** A finite number, else null (Go pointers, JSON null). */
export function optNum(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** A string, else "". */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** true only for the boolean true. */
export function bool(v: unknown): boolean {
  return v === true
}

/** An array, else []. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/** An array of strings (non-strings dropped); null/undefined → []. */
export function strs(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string')
}

/** An array of records; anything else → []. */
export function recs(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : []
}

/** A record; anything else → {}. */
export function rec(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** A map of counts (e.g. byDisposition); non-numbers dropped. */
export function counts(v: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, x] of Object.entries(rec(v))) if (typeof x === 'number' && Number.isFinite(x)) out[k] = x
  return out
}
