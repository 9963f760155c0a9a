/**
 * Pure logic of the header controls and the composer: which statuses the
 * status select offers (a finished ticket moves only between finished
 * statuses — going back to work is a reopen), whether the ticket can be
 * reopened, and the composer's send shortcut and text check.
 */
import type { TicketStatus } from '@/api/ticketTypes'
import { doneCategories } from '@/api/ticketTypes'

export interface StatusOption {
  value: string
  label: string
  disabled: boolean
}

/** Whether a status category is resolved or closed. */
export function isDone(category: string): boolean {
  return doneCategories.includes(category)
}

/**
 * The status select's options in configured order. On a finished ticket
 * the unfinished statuses are disabled (the Reopen button is the way back).
 */
export function statusOptions(statuses: TicketStatus[], currentCategory: string, label: (s: TicketStatus) => string): StatusOption[] {
  const done = isDone(currentCategory)
  return statuses.map((s) => ({ value: s.key, label: label(s), disabled: done && !isDone(s.category) }))
}

/** Ctrl+Enter (or ⌘+Enter) sends. */
export function isSendShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; isComposing?: boolean }): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing
}

/** Text worth sending: not blank. */
export function canSend(text: string): boolean {
  return text.trim() !== ''
}
