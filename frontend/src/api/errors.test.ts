/** The facade's error normalisation: whatever a bound call rejects with becomes an AppError. */
import { describe, expect, it } from 'vitest'
import { AppError, call, toAppError } from './errors'

describe('toAppError', () => {
  it('parses the JSON the Go side encodes', () => {
    const e = toAppError(
      JSON.stringify({
        code: 'newer_schema',
        key: 'error.db.newer_schema',
        message: 'Database schema 9 is newer than 3.',
        params: { found: 9, supported: 3 },
      }),
    )
    expect(e).toBeInstanceOf(AppError)
    expect(e.code).toBe('newer_schema')
    expect(e.key).toBe('error.db.newer_schema')
    expect(e.message).toBe('Database schema 9 is newer than 3.')
    expect(e.params).toEqual({ found: 9, supported: 3 })
  })

  it('keeps JSON without params and defaults the key from the code', () => {
    const e = toAppError('{"code":"conflict","message":"busy"}')
    expect(e.code).toBe('conflict')
    expect(e.key).toBe('error.conflict')
    expect(e.params).toEqual({})
  })

  it('turns a garbage string into an internal error carrying the text', () => {
    const e = toAppError('sql: database is closed')
    expect(e.code).toBe('internal')
    expect(e.key).toBe('error.internal')
    expect(e.message).toBe('sql: database is closed')
  })

  it('treats JSON with an unknown code as garbage', () => {
    const e = toAppError('{"code":"teapot","key":"x","message":"m"}')
    expect(e.code).toBe('internal')
    expect(e.key).toBe('error.internal')
  })

  it('turns an Error object into an internal error without its stack', () => {
    const e = toAppError(new TypeError("Cannot read properties of undefined (reading 'System')"))
    expect(e.code).toBe('internal')
    expect(e.key).toBe('error.internal')
    expect(e.message).toContain('Cannot read properties')
  })

  it('parses encoded JSON inside an Error message', () => {
    const e = toAppError(new Error('{"code":"not_found","key":"error.db.not_open","message":"not open"}'))
    expect(e.code).toBe('not_found')
    expect(e.key).toBe('error.db.not_open')
  })

  it('handles undefined and objects', () => {
    expect(toAppError(undefined).code).toBe('internal')
    expect(toAppError({ a: 1 }).code).toBe('internal')
  })

  it('returns an AppError unchanged', () => {
    const a = new AppError('invalid', 'error.prefs.theme', 'bad')
    expect(toAppError(a)).toBe(a)
  })
})

describe('call', () => {
  it('rethrows a rejection as an AppError', async () => {
    const p = call(() => Promise.reject('{"code":"conflict","key":"error.demo.not_empty","message":"not empty"}'))
    await expect(p).rejects.toMatchObject({ code: 'conflict', key: 'error.demo.not_empty' })
  })

  it('passes results through', async () => {
    await expect(call(() => Promise.resolve(42))).resolves.toBe(42)
  })
})
