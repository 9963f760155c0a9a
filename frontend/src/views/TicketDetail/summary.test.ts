import { describe, expect, it } from 'vitest'
import type { SlaSegment, SlaTarget, SlaTimeline } from '@/api/ticketTypes'
import { summaryMessages } from './summary'
import { render } from './msg'

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key)
const ctx = { priority: 2, policy: 'Standard', version: 3, formatTime: (s: string) => `<${s}>` }

function target(p: Partial<SlaTarget>): SlaTarget {
  return {
    kind: 'resolution',
    state: 'running',
    mode: 'business',
    targetMinutes: 240,
    actualMinutes: 0,
    minutesLeft: 0,
    due: '',
    breachedAt: '',
    warning: 0,
    startedAt: '',
    stoppedAt: '',
    stoppedBy: '',
    pausedBy: '',
    met: 0,
    breached: 0,
    ...p,
  }
}
const seg = (kind: string, minutes: number, projected = false, reason = 'open hours', to = 'T1'): SlaSegment => ({
  from: 'T0',
  to,
  kind,
  reason,
  minutes,
  projected,
})
const tl = (kind: string, x: Partial<SlaTarget>, segments: SlaSegment[] = []): SlaTimeline => ({
  kind,
  target: target({ kind, ...x }),
  segments,
  facts: [],
})
const lines = (x: SlaTimeline) => summaryMessages(x, ctx).map((m) => render(t, m))

describe('summaryMessages', () => {
  it('explains a running target: target, totals, due', () => {
    const out = lines(
      tl('resolution', { state: 'running', due: 'D', minutesLeft: 65, warning: 75 }, [
        seg('out_of_hours', 30, false, 'outside hours', 'S'),
        seg('counted', 120),
        seg('paused', 45, false, 'status pending_customer'),
        seg('counted', 65, true),
      ]),
    )
    expect(out[0]).toBe(
      'ticketDetail.explain.summary.target{"kind":"sla.kind.resolution","priority":"sla.priority.short{\\"n\\":2}","policy":"Standard","version":3,"time":"sla.duration.hours{\\"h\\":4}","mode":"ticketDetail.explain.summary.modeBusiness"}',
    )
    expect(out[1]).toBe('ticketDetail.explain.summary.startedOutside{"reason":"ticketDetail.explain.reason.outside","at":"<S>"}')
    expect(out[2]).toBe(
      'ticketDetail.explain.summary.totals{"counted":"sla.duration.hours{\\"h\\":2}","paused":"sla.duration.minutes{\\"m\\":45}","out":"sla.duration.minutes{\\"m\\":30}"}',
    )
    expect(out[3]).toBe('ticketDetail.explain.summary.running{"due":"<D>","left":"sla.duration.hoursMinutes{\\"h\\":1,\\"m\\":5}"}')
    expect(out[4]).toBe('ticketDetail.explain.summary.runningWarn{"percent":75}')
  })
  it('says a paused target has no due time yet', () => {
    const out = lines(tl('first_response', { state: 'paused', pausedBy: 'pending_customer', minutesLeft: 10 }, [seg('counted', 5)]))
    expect(out.at(-1)).toBe(
      'ticketDetail.explain.summary.paused{"status":"sla.statusCategory.pending_customer","left":"sla.duration.minutes{\\"m\\":10}"}',
    )
  })
  it('gives met with time to spare and breached with the breach instant', () => {
    expect(lines(tl('first_response', { state: 'met', stoppedAt: 'M', minutesLeft: 30 })).at(-1)).toBe(
      'ticketDetail.explain.summary.met{"at":"<M>","spare":"sla.duration.minutes{\\"m\\":30}"}',
    )
    const open = lines(tl('resolution', { state: 'breached', breachedAt: 'B', minutesLeft: -90 }))
    expect(open.slice(-2)).toEqual([
      'ticketDetail.explain.summary.breached{"at":"<B>"}',
      'ticketDetail.explain.summary.breachedRunning{"over":"sla.duration.hoursMinutes{\\"h\\":1,\\"m\\":30}"}',
    ])
    const stopped = lines(tl('resolution', { state: 'breached', breachedAt: 'B', stoppedAt: 'Z', minutesLeft: -5 }))
    expect(stopped.at(-1)).toBe('ticketDetail.explain.summary.breachedStopped{"at":"<Z>"}')
  })
  it('mentions stopped time and reply cycles', () => {
    const out = lines(tl('next_reply', { state: 'met', stoppedAt: 'M', met: 2, breached: 1 }, [seg('counted', 5), seg('stopped', 600)]))
    expect(out).toContain('ticketDetail.explain.summary.stopped{"stopped":"sla.duration.hours{\\"h\\":10}"}')
    expect(out.at(-1)).toBe('ticketDetail.explain.summary.cycles{"met":2,"breached":1}')
  })
  it('handles not applicable and not started', () => {
    expect(lines(tl('next_reply', { state: 'not_applicable' }))).toEqual([
      'ticketDetail.explain.summary.notApplicable{"policy":"Standard","version":3,"kind":"sla.kind.next_reply","priority":"sla.priority.short{\\"n\\":2}"}',
    ])
    expect(lines(tl('next_reply', { state: 'not_started' }))).toEqual(['ticketDetail.explain.summary.notStarted'])
  })
})
