import { describe, expect, it } from 'vitest'
import { drillQuery, isSegment, monthDays, monthDrillQuery } from './drill'

describe('drill-down queries', () => {
  it('gives a month its first and last day', () => {
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthDays('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(monthDays('2026-13')).toBeNull()
    expect(monthDays('bad')).toBeNull()
  })

  it('maps the scope and a segment to the responses query', () => {
    expect(drillQuery({ from: '2026-11-01', to: '2026-11-30', surveyIds: [] })).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(drillQuery({ from: '2026-11-01', to: '2026-11-30', surveyIds: [3] }, { by: 'channel', value: 'phone' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      channel: 'phone',
      surveyId: '3',
    })
  })

  it('passes a survey only when exactly one is in scope', () => {
    expect(drillQuery({ from: 'a', to: 'b', surveyIds: [1, 2] }).surveyId).toBeUndefined()
    expect(drillQuery({ from: 'a', to: 'b', surveyIds: [1, 2] }).surveyIds).toBe('1,2')
    expect(drillQuery({ from: 'a', to: 'b', surveyIds: [] }, { by: 'region', value: '华东' }, true)).toEqual({ from: 'a', to: 'b', region: '华东', band: 'scored' })
  })

  it('leaves out an empty segment value', () => {
    expect(drillQuery({ from: 'a', to: 'b', surveyIds: [] }, { by: 'agent', value: '' })).toEqual({ from: 'a', to: 'b' })
  })

  it('drills a trend month', () => {
    expect(monthDrillQuery('2026-10', [7])).toEqual({ from: '2026-10-01', to: '2026-10-31', surveyId: '7' })
    expect(monthDrillQuery('x', [])).toBeNull()
  })

  it('knows the segments', () => {
    expect(isSegment('region')).toBe(true)
    expect(isSegment('tier')).toBe(false)
  })
})
