/**
 * The plain-language summary of one SLA target, built from the structured
 * explain data (never from the engine's English facts), as messages in the
 * UI language: the target and policy, counted / paused / out-of-hours
 * totals, and the outcome — due at …, paused (due unknown), met with time
 * to spare, or breached.
 */
import type { SlaTimeline } from '@/api/ticketTypes'
import { msg, type Msg } from './msg'
import { categoryMessage, durationMsg, reasonMessage, segmentTotals } from './explain'

export interface SummaryContext {
  /** The ticket's priority, 1 … 4. */
  priority: number
  policy: string
  version: number
  /** Formats an RFC 3339 instant for people. */
  formatTime: (iso: string) => string
}

const S = 'ticketDetail.explain.summary.'

/** The summary sentences of timeline tl. */
export function summaryMessages(tl: SlaTimeline, ctx: SummaryContext): Msg[] {
  const x = tl.target
  const kind = msg(`sla.kind.${tl.kind}`)
  const priority = msg('sla.priority.short', { n: ctx.priority })
  const policy = { policy: ctx.policy, version: ctx.version }
  if (x.state === 'not_applicable') return [msg(S + 'notApplicable', { ...policy, kind, priority })]
  if (x.state === 'not_started') {
    const out = [msg(S + 'notStarted')]
    if (tl.kind === 'next_reply' && x.met + x.breached > 0) out.push(msg(S + 'cycles', { met: x.met, breached: x.breached }))
    return out
  }
  const out: Msg[] = [
    msg(S + 'target', { kind, priority, ...policy, time: durationMsg(x.targetMinutes), mode: msg(S + (x.mode === 'calendar' ? 'modeCalendar' : 'modeBusiness')) }),
  ]
  const first = tl.segments[0]
  if (first && first.kind === 'out_of_hours' && !first.projected) {
    out.push(msg(S + 'startedOutside', { reason: reasonMessage(first.reason), at: ctx.formatTime(first.to) }))
  }
  const tot = segmentTotals(tl.segments)
  out.push(msg(S + 'totals', { counted: durationMsg(tot.counted), paused: durationMsg(tot.paused), out: durationMsg(tot.out_of_hours) }))
  if (tot.stopped >= 1) out.push(msg(S + 'stopped', { stopped: durationMsg(tot.stopped) }))
  switch (x.state) {
    case 'running':
      out.push(msg(S + 'running', { due: ctx.formatTime(x.due), left: durationMsg(x.minutesLeft) }))
      if (x.warning > 0) out.push(msg(S + 'runningWarn', { percent: x.warning }))
      break
    case 'paused':
      out.push(msg(S + 'paused', { status: categoryMessage(x.pausedBy), left: durationMsg(x.minutesLeft) }))
      break
    case 'met':
      out.push(msg(S + 'met', { at: ctx.formatTime(x.stoppedAt), spare: durationMsg(Math.max(0, x.minutesLeft)) }))
      break
    case 'breached':
      out.push(msg(S + 'breached', { at: ctx.formatTime(x.breachedAt || x.due) }))
      if (x.stoppedAt === '') out.push(msg(S + 'breachedRunning', { over: durationMsg(Math.abs(Math.min(0, x.minutesLeft))) }))
      else out.push(msg(S + 'breachedStopped', { at: ctx.formatTime(x.stoppedAt) }))
      break
  }
  if (tl.kind === 'next_reply' && x.met + x.breached > 0) out.push(msg(S + 'cycles', { met: x.met, breached: x.breached }))
  return out
}
