/**
 * Pure helpers of the care screen: which parameters each rule shows (with
 * their bounds, matching the Go validation in backend/careloop), and how a
 * created item reads (its trigger, what was created, its state) as i18n
 * keys with parameters.
 */
import type { CareItem, CareParams } from '@/api/care'

/** A numeric parameter input. */
export interface ParamField {
  field: Exclude<keyof CareParams, 'category'>
  min: number
  max: number
  step: number
}

const fields: Record<string, ParamField[]> = {
  low_score_ticket: [
    { field: 'npsMax', min: 0, max: 10, step: 1 },
    { field: 'csatMax', min: 1, max: 5, step: 1 },
    { field: 'priority', min: 1, max: 4, step: 1 },
    { field: 'lookbackDays', min: 1, max: 365, step: 1 },
  ],
  resolved_call: [
    { field: 'delayDays', min: 0, max: 90, step: 1 },
    { field: 'lookbackDays', min: 1, max: 365, step: 1 },
  ],
  high_value_call: [{ field: 'intervalDays', min: 7, max: 730, step: 1 }],
  churn_risk: [{ field: 'minScoreDrop', min: 1, max: 100, step: 1 }],
}

/** The numeric parameters rule `key` shows, in order ([] for an unknown rule). */
export function paramFields(key: string): ParamField[] {
  return fields[key] ?? []
}

/** Whether rule `key` has a ticket-category parameter. */
export function hasCategory(key: string): boolean {
  return key === 'low_score_ticket'
}

/** A message key with its parameters. */
export interface Msg {
  key: string
  params: Record<string, string | number>
}

/** How the item's trigger reads: the response (with its low answer), the ticket, or the customer. */
export function triggerMsg(it: CareItem): Msg {
  if (it.sourceKind === 'response') return { key: 'care.items.fromResponse', params: { id: it.sourceId } }
  if (it.sourceKind === 'ticket') return { key: 'care.items.fromTicket', params: { id: it.sourceId } }
  return { key: 'care.items.fromCustomer', params: {} }
}

/** The low answer that opened a ticket ("NPS 3"), or null. */
export function answerMsg(it: CareItem): Msg | null {
  if (it.answerScore === null || !it.answerRole) return null
  return { key: 'care.items.answer', params: { role: it.answerRole.toUpperCase(), score: it.answerScore } }
}

/** The item's state: a ticket is created; a call waits or is done; a risk entry is queued or not. */
export function stateOf(it: CareItem): 'open' | 'waiting' | 'done' | 'notQueued' {
  if (it.kind === 'ticket') return 'open'
  if (it.kind === 'risk' && !it.dueAt) return 'notQueued'
  return it.done ? 'done' : 'waiting'
}

/** "95 → 15" for a churn-risk entry, with a dash for a missing score. */
export function scoreChange(it: CareItem): string {
  const f = (x: number | null) => (x === null ? '–' : String(Math.round(x * 10) / 10))
  return `${f(it.previousScore)} → ${f(it.score)}`
}
