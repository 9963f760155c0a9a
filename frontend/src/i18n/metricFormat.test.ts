import { describe, expect, it } from 'vitest'
import { fmt1, fmtInt, fmtSigned1, roundHalfAway } from './metricFormat'

describe('metric formatting', () => {
  it('rounds half away from zero like Go math.Round', () => {
    expect(roundHalfAway(2.5)).toBe(3)
    expect(roundHalfAway(-2.5)).toBe(-3)
    expect(roundHalfAway(-2.4)).toBe(-2)
    expect(roundHalfAway(86.65, 1)).toBe(86.7)
  })

  it('prints integers with a true minus sign and no negative zero', () => {
    expect(fmtInt(32.4)).toBe('32')
    expect(fmtInt(-4.5)).toBe('−5')
    expect(fmtInt(-0.2)).toBe('0')
  })

  it('prints one decimal and signed net scores', () => {
    expect(fmt1(4.25, 'en')).toBe('4.3')
    expect(fmtSigned1(12.5, 'en')).toBe('+12.5')
    expect(fmtSigned1(-3, 'zh-CN')).toBe('−3.0')
  })
})
