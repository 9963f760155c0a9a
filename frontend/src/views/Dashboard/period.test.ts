import { describe, expect, it } from 'vitest'
import { dashboardPeriod, formatDay } from './period'

describe('dashboard period', () => {
  it('is the month of the top bar by default', () => {
    expect(dashboardPeriod(new Date(2026, 10, 1).getTime(), null)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(dashboardPeriod(new Date(2024, 1, 1).getTime(), null)).toEqual({ from: '2024-02-01', to: '2024-02-29' })
  })

  it('a custom range overrides the month, in either order', () => {
    const a = new Date(2026, 9, 5).getTime()
    const b = new Date(2026, 10, 20, 13, 0).getTime()
    expect(dashboardPeriod(0, [a, b])).toEqual({ from: '2026-10-05', to: '2026-11-20' })
    expect(dashboardPeriod(0, [b, a])).toEqual({ from: '2026-10-05', to: '2026-11-20' })
  })

  it('formats days per language', () => {
    expect(formatDay('2026-11-01', 'zh-CN')).toBe('2026年11月1日')
    expect(formatDay('2026-11-01', 'en')).toBe('Nov 1, 2026')
    expect(formatDay('x', 'en')).toBe('x')
  })
})
