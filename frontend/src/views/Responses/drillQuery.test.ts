import { describe, expect, it } from 'vitest'
import { parseDrillQuery } from './drillQuery'

describe('drill-down query on the responses list', () => {
  it('applies the period, a segment and the survey', () => {
    expect(parseDrillQuery({ from: '2026-11-01', to: '2026-11-30', channel: 'phone', surveyId: '3' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      channel: 'phone',
      surveyId: 3,
    })
    expect(parseDrillQuery({ from: '2026-10-01', to: '2026-10-31', agent: '王芳' })).toEqual({ from: '2026-10-01', to: '2026-10-31', agent: '王芳' })
  })

  it('applies a search keyword', () => {
    expect(parseDrillQuery({ from: '2026-11-01', to: '2026-11-30', search: ' 退款 ' })).toEqual({ from: '2026-11-01', to: '2026-11-30', search: '退款' })
  })

  it('applies a theme key with the period and survey (a theme drill-down)', () => {
    expect(parseDrillQuery({ from: '2026-11-01', to: '2026-11-30', theme: 'refund', surveyId: '2' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      theme: 'refund',
      surveyId: 2,
    })
    expect(parseDrillQuery({ theme: ' ' })).toBeNull()
  })

  it('applies several surveys (a dashboard scope) unless one survey is named', () => {
    expect(parseDrillQuery({ from: '2026-11-01', to: '2026-11-30', surveyIds: '3,5, 3,x,-1' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      surveyIds: [3, 5],
    })
    expect(parseDrillQuery({ surveyIds: '7' })).toBeNull()
    expect(parseDrillQuery({ surveyId: '2', surveyIds: '3,5' })).toEqual({ surveyId: 2 })
  })

  it('nothing to apply without a query', () => {
    expect(parseDrillQuery({})).toBeNull()
  })

  it('ignores malformed values', () => {
    expect(parseDrillQuery({ from: '2026-11', to: '2026-11-30', surveyId: 'x', region: '' })).toBeNull()
    expect(parseDrillQuery({ surveyId: '-2' })).toBeNull()
    expect(parseDrillQuery({ from: '2026-11-30', to: '2026-11-01' })).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(parseDrillQuery({ region: ['华东', '华南'] })).toEqual({ region: '华东' })
  })
})
