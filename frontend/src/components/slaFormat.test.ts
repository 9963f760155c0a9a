import { describe, expect, it } from 'vitest'
import type { SlaTarget } from '@/api/ticketTypes'
import { durationMessage, primaryTarget, slaBadgeMessage, slaTone } from './slaFormat'

function target(p: Partial<SlaTarget>): SlaTarget {
  return {
    kind: 'resolution', state: 'running', mode: 'business', targetMinutes: 480, actualMinutes: 0, minutesLeft: 480,
    due: '', breachedAt: '', warning: 0, startedAt: '', stoppedAt: '', stoppedBy: '', pausedBy: '', met: 0, breached: 0, ...p,
  }
}

describe('SLA formatting', () => {
  it('splits business minutes into hours and minutes', () => {
    expect(durationMessage(45)).toEqual({ key: 'sla.duration.minutes', params: { m: 45 } })
    expect(durationMessage(120)).toEqual({ key: 'sla.duration.hours', params: { h: 2 } })
    expect(durationMessage(-125.5)).toEqual({ key: 'sla.duration.hoursMinutes', params: { h: 2, m: 5 } })
  })

  it('shows the counting target with the least time left, breached first', () => {
    const fr = target({ kind: 'first_response', state: 'met', minutesLeft: 10, stoppedAt: '2026-03-02T01:30:00Z' })
    const res = target({ kind: 'resolution', minutesLeft: 300 })
    const nr = target({ kind: 'next_reply', state: 'breached', minutesLeft: -20 })
    expect(primaryTarget([fr, res])?.kind).toBe('resolution')
    expect(primaryTarget([fr, res, nr])?.kind).toBe('next_reply')
    expect(primaryTarget([fr, target({ state: 'paused', minutesLeft: 100 })])?.state).toBe('paused')
    expect(primaryTarget([])).toBeNull()
  })

  it('colours by state and warning', () => {
    expect(slaTone(target({ state: 'breached' }))).toBe('error')
    expect(slaTone(target({ warning: 75 }))).toBe('warning')
    expect(slaTone(target({}))).toBe('success')
    expect(slaTone(target({ state: 'paused' }))).toBe('info')
    expect(slaTone(null)).toBe('default')
  })

  it('words a stopped breach without a running clock', () => {
    expect(slaBadgeMessage(target({ state: 'breached', minutesLeft: -30 })).time).toEqual({ key: 'sla.duration.minutes', params: { m: 30 } })
    expect(slaBadgeMessage(target({ state: 'breached', stoppedAt: 'x' })).key).toBe('sla.state.breached')
  })
})
