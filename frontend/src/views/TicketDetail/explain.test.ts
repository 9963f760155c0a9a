import { describe, expect, it } from 'vitest'
import type { SlaSegment, SlaTarget, SlaTimeline } from '@/api/ticketTypes'
import { compareTimelines, isLive, layoutTimeline, reasonMessage, segmentTotals } from './explain'
import { render } from './msg'

const seg = (from: string, to: string, kind: string, minutes: number, projected = false, reason = 'open hours'): SlaSegment => ({
  from,
  to,
  kind,
  reason,
  minutes,
  projected,
})

// A fake t that shows key and params, so nested messages are visible.
const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key)

describe('reasonMessage', () => {
  it('maps the fixed reasons', () => {
    expect(reasonMessage('open hours')).toEqual({ key: 'ticketDetail.explain.reason.open' })
    expect(reasonMessage('outside hours')).toEqual({ key: 'ticketDetail.explain.reason.outside' })
    expect(reasonMessage('lunch break')).toEqual({ key: 'ticketDetail.explain.reason.lunch' })
  })
  it('maps status reasons to the category vocabulary', () => {
    expect(render(t, reasonMessage('status pending_customer'))).toBe(
      'ticketDetail.explain.reason.status{"status":"sla.statusCategory.pending_customer"}',
    )
    expect(render(t, reasonMessage('status weird'))).toBe('ticketDetail.explain.reason.status{"status":"weird"}')
  })
  it('keeps override names as user text, and handles empty names', () => {
    expect(reasonMessage('make-up workday 春节 补班')).toEqual({ key: 'ticketDetail.explain.reason.makeup', params: { name: '春节 补班' } })
    expect(reasonMessage('make-up workday')).toEqual({ key: 'ticketDetail.explain.reason.makeupPlain' })
    expect(reasonMessage('closed: holiday 国庆节')).toEqual({ key: 'ticketDetail.explain.reason.holiday', params: { name: '国庆节' } })
    expect(reasonMessage('closed: holiday')).toEqual({ key: 'ticketDetail.explain.reason.holidayPlain' })
    expect(reasonMessage('partial day 除夕')).toEqual({ key: 'ticketDetail.explain.reason.partial', params: { name: '除夕' } })
    expect(reasonMessage('partial day')).toEqual({ key: 'ticketDetail.explain.reason.partialPlain' })
  })
  it('shows unknown reasons raw', () => {
    expect(reasonMessage('something new')).toEqual({ raw: 'something new' })
    expect(reasonMessage('make-up workdays')).toEqual({ raw: 'make-up workdays' })
  })
})

describe('layoutTimeline', () => {
  const segs = [
    seg('2026-11-23T00:00:00Z', '2026-11-23T01:00:00Z', 'counted', 60),
    seg('2026-11-23T01:00:00Z', '2026-11-23T03:00:00Z', 'out_of_hours', 120, false, 'outside hours'),
    seg('2026-11-23T03:00:00Z', '2026-11-23T04:00:00Z', 'counted', 60, true),
  ]
  it('positions bars in percent of real time, with now and due markers', () => {
    const l = layoutTimeline(segs, '2026-11-23T02:00:00Z', '2026-11-23T04:00:00Z')!
    expect(l.bars.map((b) => [b.left, b.width])).toEqual([
      [0, 25],
      [25, 50],
      [75, 25],
    ])
    expect(l.now).toBe(50)
    expect(l.due).toBe(100)
  })
  it('stretches to now when now is past the last segment', () => {
    const l = layoutTimeline(segs.slice(0, 1), '2026-11-23T04:00:00Z', '')!
    expect(l.bars[0]!.width).toBe(25)
    expect(l.now).toBe(100)
    expect(l.due).toBeNull()
  })
  it('does not stretch a stopped clock to now', () => {
    const l = layoutTimeline(segs.slice(0, 1), '2026-11-24T04:00:00Z', '2026-11-23T02:00:00Z', false)!
    expect(l.bars[0]!.width).toBe(50)
    expect(l.due).toBe(100)
    expect(l.now).toBeNull()
  })
  it('knows live clocks', () => {
    expect([isLive('running', ''), isLive('paused', ''), isLive('breached', ''), isLive('breached', 'x'), isLive('met', 'x')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })
  it('is null without segments', () => {
    expect(layoutTimeline([], '2026-11-23T04:00:00Z', '')).toBeNull()
  })
})

describe('segmentTotals', () => {
  it('sums past minutes by kind and skips projected segments', () => {
    const tot = segmentTotals([
      seg('a', 'b', 'counted', 30),
      seg('a', 'b', 'paused', 20),
      seg('a', 'b', 'counted', 10),
      seg('a', 'b', 'out_of_hours', 5),
      seg('a', 'b', 'stopped', 7),
      seg('a', 'b', 'counted', 100, true),
    ])
    expect(tot).toEqual({ counted: 40, paused: 20, out_of_hours: 5, stopped: 7 })
  })
})

describe('compareTimelines', () => {
  const target = (state: string, due: string): SlaTarget =>
    ({ kind: 'resolution', state, due, minutesLeft: 0 }) as unknown as SlaTarget
  const tl = (kind: string, state: string, due: string): SlaTimeline => ({ kind, target: target(state, due), segments: [], facts: [] })
  it('is the same when state and due instant agree', () => {
    const c = compareTimelines(
      [tl('first_response', 'met', ''), tl('resolution', 'running', '2026-11-23T04:00:00Z')],
      [tl('first_response', 'met', ''), tl('resolution', 'running', '2026-11-23T04:00:00.000Z')],
    )
    expect(c.map((x) => x.same)).toEqual([true, true])
  })
  it('differs on a due, a state or a missing side', () => {
    const c = compareTimelines(
      [tl('first_response', 'met', ''), tl('resolution', 'running', '2026-11-23T04:00:00Z')],
      [tl('first_response', 'breached', ''), tl('resolution', 'running', '2026-11-23T05:00:00Z'), tl('next_reply', 'paused', '')],
    )
    expect(c.map((x) => [x.kind, x.same])).toEqual([
      ['first_response', false],
      ['resolution', false],
      ['next_reply', false],
    ])
    expect(c[2]!.recorded).toBeNull()
  })
})
