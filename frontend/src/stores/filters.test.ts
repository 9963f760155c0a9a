/** Tests of the top-bar filters store: the survey scope and its single-survey view. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('@/api', () => ({
  surveysApi: {
    list: vi.fn(async () => [
      { id: 1, title: '关系型 NPS 调研', titleEn: 'Relationship NPS', status: 'active', responses: 0, questions: 0, createdAt: '', updatedAt: '' },
      { id: 2, title: 'CSAT', titleEn: '', status: 'active', responses: 0, questions: 0, createdAt: '', updatedAt: '' },
    ]),
  },
}))

import { useFiltersStore } from './filters'

describe('filters store scope', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('empty scope means all surveys; surveyId is the one survey when exactly one is chosen', () => {
    const f = useFiltersStore()
    expect(f.surveyIds).toEqual([])
    expect(f.surveyId).toBeNull()
    f.setSurveyIds([2, 2])
    expect(f.surveyIds).toEqual([2])
    expect(f.surveyId).toBe(2)
    f.setSurveyIds([1, 2])
    expect(f.surveyId).toBeNull()
  })

  it('setting surveyId scopes that survey or all', () => {
    const f = useFiltersStore()
    f.surveyId = 1
    expect(f.surveyIds).toEqual([1])
    f.surveyId = null
    expect(f.surveyIds).toEqual([])
  })

  it('drops scoped surveys that no longer exist when the list loads', async () => {
    const f = useFiltersStore()
    f.setSurveyIds([1, 9])
    await f.loadSurveys()
    expect(f.surveys.map((s) => s.id)).toEqual([1, 2])
    expect(f.surveyIds).toEqual([1])
  })

  it('gives the month as days', () => {
    const f = useFiltersStore()
    f.setPeriod(new Date(2026, 1, 1).getTime())
    expect(f.monthKey).toBe('2026-02')
    expect(f.monthDays).toEqual({ from: '2026-02-01', to: '2026-02-28' })
  })
})
