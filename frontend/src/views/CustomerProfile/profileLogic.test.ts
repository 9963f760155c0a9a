import { describe, expect, it } from 'vitest'
import {
  answerTone, confirmMatches, csatScaleMax, duplicatesOf, money, npsBand, satisfactionSeries, scoreBars, slaTone, splitKey,
} from './profileLogic'
import type { ProfileScore, SatisfactionPoint } from '@/api/customerRecords'

const point = (metric: 'nps' | 'csat', value: number, at: string, scaleMax = metric === 'nps' ? 10 : 5): SatisfactionPoint => ({
  responseId: 1, surveyId: 1, survey: 'S', at, metric, value, scaleMin: metric === 'nps' ? 0 : 1, scaleMax, comment: '',
})

describe('scoreBars', () => {
  it('shows each component with its renormalised weight and contribution; unknown ones add nothing', () => {
    const s = {
      components: { value: 80, satisfaction: null, loyalty: 50, complaints: 100 },
      contributions: { value: 32, satisfaction: null, loyalty: 12.5, complaints: 25 },
      weights: { value: 0.4, satisfaction: 0, loyalty: 0.25, complaints: 0.25 },
    } as unknown as ProfileScore
    const bars = scoreBars(s)
    expect(bars.map((b) => b.component)).toEqual(['value', 'satisfaction', 'loyalty', 'complaints'])
    expect(bars[0]).toEqual({ component: 'value', value: 80, weight: 0.4, contribution: 32, width: 32 })
    expect(bars[1]).toMatchObject({ value: null, weight: 0, contribution: 0, width: 0 })
    expect(bars.reduce((a, b) => a + b.contribution, 0)).toBe(69.5)
  })
})

describe('bands and tones', () => {
  it('classifies NPS answers at the 6/7 and 8/9 edges', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'])
  })
  it('colours CSAT on its own scale: 1–2 of 5 red, 4–5 green', () => {
    expect([1, 2, 3, 4, 5].map((v) => answerTone(point('csat', v, '')))).toEqual(['error', 'error', 'warning', 'success', 'success'])
    expect(answerTone(point('nps', 6, ''))).toBe('error')
  })
  it('maps SLA outcomes to tag types', () => {
    expect(['met', 'at_risk', 'breached', 'running', 'none'].map(slaTone)).toEqual(['success', 'warning', 'error', 'info', 'default'])
  })
})

describe('satisfactionSeries', () => {
  it('splits by metric in time order and skips unreadable times', () => {
    const s = satisfactionSeries([
      point('nps', 3, '2026-09-01T00:00:00Z'), point('nps', 9, '2026-03-01T00:00:00Z'), point('csat', 2, '2026-09-01T00:00:00Z'),
      point('nps', 5, 'bad'),
    ])
    expect(s.nps).toEqual([[Date.parse('2026-03-01T00:00:00Z'), 9], [Date.parse('2026-09-01T00:00:00Z'), 3]])
    expect(s.csat).toEqual([[Date.parse('2026-09-01T00:00:00Z'), 2]])
  })
  it('takes the CSAT axis from the widest scale, 5 by default', () => {
    expect(csatScaleMax([point('csat', 6, '', 7), point('csat', 2, '')])).toBe(7)
    expect(csatScaleMax([point('nps', 6, '')])).toBe(5)
  })
})

describe('duplicates', () => {
  const groups = [
    { keys: ['phone:13800138000'], members: [1, 2].map((id) => ({ id, name: `c${id}`, phone: '', email: '', company: '', region: '', tier: '', doNotContact: false })) },
  ]
  it('finds the other members of the customer’s group', () => {
    expect(duplicatesOf(groups, 2)?.others.map((m) => m.id)).toEqual([1])
    expect(duplicatesOf(groups, 3)).toBeNull()
  })
  it('splits keys', () => {
    expect(splitKey('email:a:b@c.cn')).toEqual({ kind: 'email', value: 'a:b@c.cn' })
    expect(splitKey('phone:138')).toEqual({ kind: 'phone', value: '138' })
  })
})

describe('confirmMatches and money', () => {
  it('accepts the ID typed with or without #, nothing else', () => {
    expect(confirmMatches(' 12 ', 12)).toBe(true)
    expect(confirmMatches('#12', 12)).toBe(true)
    expect(confirmMatches('1', 12)).toBe(false)
    expect(confirmMatches('', 12)).toBe(false)
  })
  it('formats money with two decimals', () => {
    expect(money(1234.5, 'en-US')).toBe('1,234.50')
  })
})
