/** Tests of the SLA policy form: round trip, defaults, problems, summaries. */
import { describe, expect, it } from 'vitest'
import type { SlaPolicy } from '@/api/ticketTypes'
import { conditionGroups, formFromPolicy, formProblems, newPolicyForm, parseWarnings, pausableCategories, policyFromForm } from './policyForm'

const stored: SlaPolicy = {
  name: 'VIP complaints',
  version: 3,
  calendar: '标准工作日',
  conditions: { tiers: ['vip'], priorities: [2, 1] },
  targets: { P1: { first_response: { minutes: 30 }, next_reply: { minutes: 60 }, resolution: { minutes: 480, mode: 'calendar' } } },
  pause: { first_response: [] },
  reopen: 'restart',
  warnings: [90, 75],
  escalations: [{ offset_minutes: -60, notify: 'team lead', targets: ['resolution'] }],
}

describe('formFromPolicy', () => {
  it('fills every priority, target and pause list', () => {
    const f = formFromPolicy(stored)
    expect(f.targets.P1.resolution).toEqual({ minutes: 480, mode: 'calendar' })
    expect(f.targets.P1.first_response).toEqual({ minutes: 30, mode: 'business' })
    expect(f.targets.P4.next_reply).toEqual({ minutes: 0, mode: 'business' })
    expect(f.pause.first_response).toEqual([])
    expect(f.pause.resolution).toEqual(['pending_customer', 'pending_third_party'])
    expect(f.reopen).toBe('restart')
    expect(f.warnings).toEqual([75, 90])
    expect(f.escalations[0]).toEqual({ name: '', offset: -60, notify: 'team lead', targets: ['resolution'] })
  })
  it('defaults warnings and reopen', () => {
    const f = formFromPolicy({ name: 'x', version: 1, calendar: '', conditions: {}, targets: {} })
    expect(f.warnings).toEqual([75, 90])
    expect(f.reopen).toBe('resume')
  })
})

describe('policyFromForm', () => {
  it('round-trips and leaves default pausing implicit', () => {
    const p = policyFromForm(formFromPolicy(stored))
    expect(p.pause).toEqual({ first_response: [] })
    expect(p.conditions).toEqual({ priorities: [1, 2], tiers: ['vip'] })
    expect(p.targets.P1?.resolution).toEqual({ minutes: 480, mode: 'calendar' })
    expect(p.targets.P3?.resolution).toEqual({ minutes: 0, mode: 'business' })
    expect(p.escalations).toEqual([{ offset_minutes: -60, notify: 'team lead', targets: ['resolution'] }])
    expect(p.warnings).toEqual([75, 90])
  })
  it('omits pause when every target pauses on the defaults', () => {
    const f = newPolicyForm('标准工作日')
    f.name = ' New '
    f.pause.resolution = ['pending_third_party', 'pending_customer']
    const p = policyFromForm(f)
    expect(p.pause).toBeUndefined()
    expect(p.name).toBe('New')
    expect(p.calendar).toBe('标准工作日')
    expect(p.targets.P1?.first_response.minutes).toBe(30)
  })
  it('keeps pause categories in workflow order', () => {
    const f = newPolicyForm('')
    f.pause.next_reply = ['pending_customer', 'new']
    expect(policyFromForm(f).pause).toEqual({ next_reply: ['new', 'pending_customer'] })
  })
})

describe('formProblems', () => {
  it('finds a missing name, bad warnings and incomplete escalations', () => {
    const f = newPolicyForm('')
    f.warnings = [0, 75, 100]
    f.escalations = [{ name: '', offset: null, notify: ' ', targets: [] }]
    expect(formProblems(f).map((p) => p.key)).toEqual(['name', 'warning', 'warning', 'notify', 'offset'])
  })
  it('accepts a complete form', () => {
    const f = newPolicyForm('')
    f.name = 'ok'
    expect(formProblems(f)).toEqual([])
  })
})

describe('helpers', () => {
  it('parses warning thresholds', () => {
    expect(parseWarnings(['90%', '75', 'x', '75', ' '])).toEqual([75, 90])
  })
  it('lists pausable categories without the done ones', () => {
    expect(pausableCategories).toEqual(['new', 'open', 'pending_customer', 'pending_third_party'])
  })
  it('summarises conditions', () => {
    expect(conditionGroups(stored)).toEqual([
      { key: 'priorities', values: ['2', '1'] },
      { key: 'tiers', values: ['vip'] },
    ])
  })
})
