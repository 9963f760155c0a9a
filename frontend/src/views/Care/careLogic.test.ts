import { describe, expect, it } from 'vitest'
import { toCareItem } from '@/api/care'
import { answerMsg, hasCategory, paramFields, scoreChange, stateOf, triggerMsg } from './careLogic'

const item = (o: Record<string, unknown>) => toCareItem({ id: 1, rule: 'low_score_ticket', kind: 'ticket', sourceKind: 'response', sourceId: 12, ...o })

describe('careLogic', () => {
  it('shows each rule its own parameters with the Go bounds', () => {
    expect(paramFields('low_score_ticket').map((f) => f.field)).toEqual(['npsMax', 'csatMax', 'priority', 'lookbackDays'])
    expect(paramFields('resolved_call').map((f) => [f.field, f.min, f.max])).toEqual([
      ['delayDays', 0, 90],
      ['lookbackDays', 1, 365],
    ])
    expect(paramFields('high_value_call')[0]).toMatchObject({ field: 'intervalDays', min: 7, max: 730 })
    expect(paramFields('nope')).toEqual([])
    expect(hasCategory('low_score_ticket')).toBe(true)
    expect(hasCategory('churn_risk')).toBe(false)
  })

  it('reads an item: trigger, low answer, state', () => {
    const t = item({ answerRole: 'nps', answerScore: 3, ticketId: 7 })
    expect(triggerMsg(t)).toEqual({ key: 'care.items.fromResponse', params: { id: 12 } })
    expect(answerMsg(t)).toEqual({ key: 'care.items.answer', params: { role: 'NPS', score: 3 } })
    expect(stateOf(t)).toBe('open')
    expect(answerMsg(item({ answerScore: 0, answerRole: 'csat' }))?.params).toEqual({ role: 'CSAT', score: 0 })
    expect(answerMsg(item({}))).toBeNull()

    const call = item({ kind: 'call', sourceKind: 'ticket', sourceId: 4, dueAt: '2026-11-20T02:00:00Z' })
    expect(triggerMsg(call)).toEqual({ key: 'care.items.fromTicket', params: { id: 4 } })
    expect(stateOf(call)).toBe('waiting')
    expect(stateOf({ ...call, done: true })).toBe('done')

    const risk = item({ kind: 'risk', sourceKind: 'customer', sourceId: 9 })
    expect(triggerMsg(risk).key).toBe('care.items.fromCustomer')
    expect(stateOf(risk)).toBe('notQueued')
    expect(stateOf({ ...risk, dueAt: '2026-11-23T02:00:00Z' })).toBe('waiting')
  })

  it('shows the score change with a dash for a missing score', () => {
    expect(scoreChange(item({ previousScore: 95, score: 15 }))).toBe('95 → 15')
    expect(scoreChange(item({ previousScore: null, score: 42.25 }))).toBe('– → 42.3')
  })
})
