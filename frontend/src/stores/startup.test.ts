/** Tests of the start-up retry while the backend is still opening the database. */
import { describe, expect, it } from 'vitest'
import { AppError } from '@/api'
import { NOT_OPEN, whileOpening } from './startup'

const notOpen = () => new AppError('unavailable', NOT_OPEN, 'The database is not open.')
const noSleep = async () => {}

describe('whileOpening', () => {
  it('asks again until the database is open', async () => {
    let calls = 0
    const got = await whileOpening(async () => {
      calls++
      if (calls < 3) throw notOpen()
      return 'zh-CN'
    }, 75, 200, noSleep)
    expect(got).toBe('zh-CN')
    expect(calls).toBe(3)
  })

  it('throws any other failure at once', async () => {
    let calls = 0
    const bad = new AppError('internal', 'error.internal', 'boom')
    await expect(whileOpening(async () => {
      calls++
      throw bad
    }, 75, 200, noSleep)).rejects.toBe(bad)
    expect(calls).toBe(1)
  })

  it('gives up after the last try with the not-open error', async () => {
    let calls = 0
    await expect(whileOpening(async () => {
      calls++
      throw notOpen()
    }, 4, 200, noSleep)).rejects.toMatchObject({ key: NOT_OPEN })
    expect(calls).toBe(4)
  })

  it('reads the error from a bound call’s JSON rejection too', async () => {
    let calls = 0
    const got = await whileOpening(async () => {
      calls++
      if (calls === 1) throw '{"code":"unavailable","key":"error.db.not_open","message":"x"}'
      return 1
    }, 75, 200, noSleep)
    expect(got).toBe(1)
  })
})
