/**
 * Pure helpers for showing SLA states: which target a list row shows, the
 * colour it gets, and business durations split into days/hours/minutes
 * (a business "day" here is 24 h of counted time only when the caller
 * asks; by default long durations are shown in hours and minutes, since a
 * business day's length depends on the calendar).
 */
import type { SlaTarget } from '@/api/ticketTypes'

/** naive-ui tag types used for SLA states. */
export type SlaTone = 'error' | 'warning' | 'success' | 'info' | 'default'

/** Parts of a duration in whole minutes (rounded towards zero). */
export interface DurationParts {
  negative: boolean
  hours: number
  minutes: number
}

/** Splits minutes into hours and minutes; negative durations keep a sign flag. */
export function durationParts(totalMinutes: number): DurationParts {
  const negative = totalMinutes < 0
  const m = Math.floor(Math.abs(totalMinutes) + 1e-9)
  return { negative, hours: Math.floor(m / 60), minutes: m % 60 }
}

/** The message key and params for a duration ("2 h 5 min"), under sla.duration.*. */
export function durationMessage(totalMinutes: number): { key: string; params: Record<string, number> } {
  const { hours, minutes } = durationParts(totalMinutes)
  if (hours === 0) return { key: 'sla.duration.minutes', params: { m: minutes } }
  if (minutes === 0) return { key: 'sla.duration.hours', params: { h: hours } }
  return { key: 'sla.duration.hoursMinutes', params: { h: hours, m: minutes } }
}

/** Running or breached targets whose clock has not stopped. */
function counting(t: SlaTarget): boolean {
  return (t.state === 'running' || t.state === 'breached') && t.stoppedAt === ''
}

/**
 * The target a ticket list shows: a counting one with the least time left
 * (breached first), else a paused one, else the resolution target, else
 * null when no policy applies.
 */
export function primaryTarget(sla: SlaTarget[]): SlaTarget | null {
  const live = sla.filter(counting).sort((a, b) => a.minutesLeft - b.minutesLeft)
  if (live.length > 0) return live[0]!
  const paused = sla.filter((t) => t.state === 'paused').sort((a, b) => a.minutesLeft - b.minutesLeft)
  if (paused.length > 0) return paused[0]!
  return sla.find((t) => t.kind === 'resolution' && t.state !== 'not_applicable') ?? null
}

/**
 * The colour of a target: breached red; a counting target past a warning
 * threshold amber; counting green; paused blue; met green; others grey.
 */
export function slaTone(t: SlaTarget | null): SlaTone {
  if (!t) return 'default'
  switch (t.state) {
    case 'breached':
      return 'error'
    case 'running':
      return t.warning > 0 ? 'warning' : 'success'
    case 'paused':
      return 'info'
    case 'met':
      return 'success'
    default:
      return 'default'
  }
}

/** The badge text key and params for a target (under sla.*). */
export function slaBadgeMessage(t: SlaTarget | null): { key: string; params: Record<string, string | number>; time?: { key: string; params: Record<string, number> } } {
  if (!t) return { key: 'sla.duration.none', params: {} }
  switch (t.state) {
    case 'breached':
      return t.stoppedAt === ''
        ? { key: 'sla.duration.over', params: {}, time: durationMessage(-t.minutesLeft) }
        : { key: 'sla.state.breached', params: {} }
    case 'running':
      return { key: 'sla.duration.left', params: {}, time: durationMessage(t.minutesLeft) }
    case 'paused':
      return { key: 'sla.duration.paused', params: {}, time: durationMessage(t.minutesLeft) }
    case 'met':
      return { key: 'sla.duration.met', params: {} }
    default:
      return { key: `sla.state.${t.state}`, params: {} }
  }
}
