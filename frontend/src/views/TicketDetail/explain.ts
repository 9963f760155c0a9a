/**
 * Pure logic of the explain view: the engine's English segment reasons as
 * UI messages, the geometry of a timeline bar (real time from the clock
 * start to the later of now and the due time), the totals per segment
 * kind, and the comparison of a what-if result with the recorded one.
 */
import type { SlaSegment, SlaTimeline } from '@/api/ticketTypes'
import { statusCategories } from '@/api/ticketTypes'
import { durationMessage } from '@/components/slaFormat'
import { msg, raw, type Msg } from './msg'

/** A status category as a message (sla.statusCategory.*), raw when unknown. */
export function categoryMessage(category: string): Msg {
  return (statusCategories as readonly string[]).includes(category) ? msg(`sla.statusCategory.${category}`) : raw(category)
}

/** A business duration as a message (sla.duration.*). */
export function durationMsg(minutes: number): Msg {
  const d = durationMessage(minutes)
  return msg(d.key, d.params)
}

/** A named reason: "<prefix>" or "<prefix> <name>" (name is user text, kept as is). */
function named(reason: string, prefix: string, key: string): Msg | null {
  if (reason === prefix) return msg(`ticketDetail.explain.reason.${key}Plain`)
  if (reason.startsWith(prefix + ' ')) {
    const name = reason.slice(prefix.length + 1).trim()
    return name === '' ? msg(`ticketDetail.explain.reason.${key}Plain`) : msg(`ticketDetail.explain.reason.${key}`, { name })
  }
  return null
}

/**
 * The UI message of an engine segment reason: "open hours", "outside
 * hours", "lunch break", "status <category>", "make-up workday <name>",
 * "closed: holiday <name>", "partial day <name>" (name may be empty).
 * Anything else is shown raw.
 */
export function reasonMessage(reason: string): Msg {
  const r = reason.trim()
  switch (r) {
    case 'open hours':
      return msg('ticketDetail.explain.reason.open')
    case 'outside hours':
      return msg('ticketDetail.explain.reason.outside')
    case 'lunch break':
      return msg('ticketDetail.explain.reason.lunch')
  }
  if (r.startsWith('status ')) return msg('ticketDetail.explain.reason.status', { status: categoryMessage(r.slice(7).trim()) })
  return named(r, 'make-up workday', 'makeup') ?? named(r, 'closed: holiday', 'holiday') ?? named(r, 'partial day', 'partial') ?? raw(reason)
}

/** The segment kinds, in legend order. */
export const segmentKinds = ['counted', 'paused', 'out_of_hours', 'stopped'] as const

/** One bar of a timeline, positioned in percent of the whole span. */
export interface Bar {
  index: number
  segment: SlaSegment
  left: number
  width: number
}

export interface TimelineLayout {
  /** Epoch ms of the left and right ends. */
  start: number
  end: number
  bars: Bar[]
  /** Percent positions, null when outside the span or unknown. */
  now: number | null
  due: number | null
}

const ms = (iso: string): number => {
  const v = Date.parse(iso)
  return Number.isNaN(v) ? NaN : v
}

/**
 * Lays out segments on a real-time axis. The span runs from the first
 * segment's start to the last segment's end, stretched to include the due
 * time and, while the clock is live (running, paused or breached and still
 * counting), now. A stopped clock's axis ends at its stop or due time, so
 * the time since does not squash its history. Empty segments are kept
 * (width 0; the view gives every bar a minimum width).
 */
export function layoutTimeline(segments: SlaSegment[], asOf: string, due: string, live = true): TimelineLayout | null {
  const valid = segments.filter((s) => !Number.isNaN(ms(s.from)) && !Number.isNaN(ms(s.to)))
  if (valid.length === 0) return null
  let start = Math.min(...valid.map((s) => ms(s.from)))
  let end = Math.max(...valid.map((s) => ms(s.to)))
  const now = ms(asOf)
  const d = ms(due)
  if (!Number.isNaN(d)) end = Math.max(end, d)
  if (live && !Number.isNaN(now)) end = Math.max(end, now)
  if (!Number.isNaN(d)) start = Math.min(start, d)
  const span = end - start
  const pct = (t: number): number => (span > 0 ? ((t - start) / span) * 100 : 0)
  const bars = segments.map((segment, index) => {
    const a = ms(segment.from)
    const b = ms(segment.to)
    if (Number.isNaN(a) || Number.isNaN(b)) return { index, segment, left: 0, width: 0 }
    return { index, segment, left: pct(a), width: Math.max(0, pct(b) - pct(a)) }
  })
  const inSpan = (t: number): number | null => (Number.isNaN(t) || t < start || t > end || span <= 0 ? null : pct(t))
  return { start, end, bars, now: inSpan(now), due: inSpan(d) }
}

/** Real minutes per segment kind, past segments only (projected ones are not history). */
export interface Totals {
  counted: number
  paused: number
  out_of_hours: number
  stopped: number
}

export function segmentTotals(segments: SlaSegment[]): Totals {
  const out: Totals = { counted: 0, paused: 0, out_of_hours: 0, stopped: 0 }
  for (const s of segments) {
    if (s.projected) continue
    if (s.kind in out) out[s.kind as keyof Totals] += s.minutes
  }
  return out
}

/** One target's recorded and what-if result side by side. */
export interface Comparison {
  kind: string
  recorded: { state: string; due: string; minutesLeft: number } | null
  whatIf: { state: string; due: string; minutesLeft: number } | null
  same: boolean
}

/**
 * Compares a what-if explanation with the recorded one per target: the
 * same when state and due instant agree (an absent due on both sides
 * agrees). Targets present on one side only differ.
 */
export function compareTimelines(recorded: SlaTimeline[], whatIf: SlaTimeline[]): Comparison[] {
  const kinds = [...new Set([...recorded.map((x) => x.kind), ...whatIf.map((x) => x.kind)])]
  const pick = (list: SlaTimeline[], kind: string) => {
    const x = list.find((l) => l.kind === kind)
    return x ? { state: x.target.state, due: x.target.due, minutesLeft: x.target.minutesLeft } : null
  }
  return kinds.map((kind) => {
    const r = pick(recorded, kind)
    const w = pick(whatIf, kind)
    const sameDue = (a: string, b: string) => (a === '' && b === '') || (a !== '' && b !== '' && ms(a) === ms(b))
    const same = r !== null && w !== null && r.state === w.state && sameDue(r.due, w.due)
    return { kind, recorded: r, whatIf: w, same }
  })
}

/** Segment colours per theme: counted green (brand teal in dark), paused blue, out of hours grey, stopped dark. */
/** Whether a target's clock is still live (its timeline reaches now). */
export function isLive(state: string, stoppedAt: string): boolean {
  return (state === 'running' || state === 'paused' || state === 'breached') && stoppedAt === ''
}

export function segmentPalette(dark: boolean): Record<(typeof segmentKinds)[number], string> {
  return dark
    ? { counted: '#2bb3a6', paused: '#4a8fe7', out_of_hours: '#4a4f59', stopped: '#050607' }
    : { counted: '#18a058', paused: '#2f7fe0', out_of_hours: '#c9cdd4', stopped: '#3a3f47' }
}
