import { describe, expect, it } from 'vitest'
import { useLatestLoad } from './useLatestLoad'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLatestLoad', () => {
  it('keeps the newest answer when an older one arrives last', async () => {
    const calls: ReturnType<typeof deferred<string>>[] = []
    const l = useLatestLoad(() => {
      const d = deferred<string>()
      calls.push(d)
      return d.promise
    })
    const first = l.load()
    const second = l.load()
    calls[1]?.resolve('new')
    await second
    expect(l.data.value).toBe('new')
    expect(l.loading.value).toBe(false)
    calls[0]?.resolve('old')
    await first
    expect(l.data.value).toBe('new')
  })

  it('clears the data and keeps the error of a failed newest request', async () => {
    let fail = false
    const l = useLatestLoad(async () => {
      if (fail) throw new Error('boom')
      return 42
    })
    await l.load()
    expect(l.data.value).toBe(42)
    fail = true
    await l.load()
    expect(l.data.value).toBeNull()
    expect(l.error.value).not.toBeNull()
    expect(l.loading.value).toBe(false)
  })
})
