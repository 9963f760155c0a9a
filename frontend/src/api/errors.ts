/**
 * AppError is the one error type the UI sees. The Go side encodes every
 * error as JSON `{code, key, message, params?}` inside the rejected promise's
 * string; anything else (a plain string, an Error, undefined) becomes an
 * "internal" error so no stack trace or raw value ever reaches the screen.
 */

/** Error codes shared with the Go package `feedback`. */
export const errorCodes = [
  'invalid',
  'not_found',
  'conflict',
  'internal',
  'unavailable',
  'newer_schema',
  'corrupt',
  'canceled',
] as const

export type ErrorCode = (typeof errorCodes)[number]

/** Parameters interpolated into a translated error message. */
export type ErrorParams = Record<string, string | number>

export class AppError extends Error {
  readonly code: ErrorCode
  /** i18n key such as "error.demo.not_empty"; "error.internal" when unknown. */
  readonly key: string
  readonly params: ErrorParams

  constructor(code: ErrorCode, key: string, message: string, params: ErrorParams = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.key = key
    this.params = params
  }
}

function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (errorCodes as readonly string[]).includes(v)
}

function toParams(v: unknown): ErrorParams {
  const out: ErrorParams = {}
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return out
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (typeof val === 'string' || typeof val === 'number') out[k] = val
    else if (val !== null && val !== undefined) out[k] = String(val)
  }
  return out
}

/** Parses the JSON text the Go side encodes; null when it is not that shape. */
function fromJSON(text: string): AppError | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return null
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch {
    return null
  }
  if (raw === null || typeof raw !== 'object') return null
  const o = raw as Record<string, unknown>
  if (!isErrorCode(o.code)) return null
  const key = typeof o.key === 'string' && o.key !== '' ? o.key : `error.${o.code}`
  const message = typeof o.message === 'string' ? o.message : ''
  return new AppError(o.code, key, message, toParams(o.params))
}

/** Normalises whatever a bound call rejected with into an AppError. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  if (typeof err === 'string') {
    return fromJSON(err) ?? new AppError('internal', 'error.internal', err)
  }
  if (err instanceof Error) {
    return fromJSON(err.message) ?? new AppError('internal', 'error.internal', err.message)
  }
  return new AppError('internal', 'error.internal', String(err))
}

/** Awaits a bound call and rethrows its failure as an AppError. */
export async function call<T>(p: () => Promise<T>): Promise<T> {
  try {
    return await p()
  } catch (err) {
    throw toAppError(err)
  }
}
