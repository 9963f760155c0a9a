/**
 * Pure logic of the ticket list screen: the list filter (without paging) and
 * how it compares to saved views, the page query, the period the SLA figures
 * use, date-range conversions, tag tones for priorities and status
 * categories, the due-soon order, and the new-ticket form (blank form,
 * inline validation, conversion to the API input).
 */
import type { SlaTarget, TicketFilter, TicketInput, TicketRow, TicketView } from '@/api/ticketTypes'
import { primaryTarget } from '@/components/slaFormat'
import { dayKey, monthRange } from '@/i18n/datetime'

/** Rows per page of the list. */
export const PAGE_SIZE = 50

/** Hours ahead the due-soon queue offers. */
export const dueHourChoices = [4, 8, 24, 72] as const

/** The list's filter: a TicketFilter without paging. */
export type ListFilter = Omit<TicketFilter, 'offset' | 'limit'>

/** No filter at all: every ticket. */
export function blankFilter(): ListFilter {
  return { statusCategories: [], priorities: [], handlerId: null, category: '', theme: '', breached: false, atRisk: false, from: '', to: '' }
}

/** A copy of the filter part of a TicketFilter (drops offset/limit). */
export function toListFilter(f: TicketFilter | ListFilter): ListFilter {
  return {
    statusCategories: [...f.statusCategories],
    priorities: [...f.priorities],
    handlerId: f.handlerId ?? null,
    category: f.category,
    theme: f.theme ?? '',
    breached: f.breached,
    atRisk: f.atRisk,
    from: f.from,
    to: f.to,
  }
}

/** The list query of page `page` (1-based). */
export function pageQuery(f: ListFilter, page: number, size = PAGE_SIZE): TicketFilter {
  return { ...toListFilter(f), offset: Math.max(0, page - 1) * size, limit: size }
}

const sortedStrings = (xs: readonly (string | number)[]): string => [...xs].map(String).sort().join(',')

/** True when the two filters select the same tickets (list order does not matter). */
export function sameFilter(a: ListFilter, b: ListFilter): boolean {
  return (
    sortedStrings(a.statusCategories) === sortedStrings(b.statusCategories) &&
    sortedStrings(a.priorities) === sortedStrings(b.priorities) &&
    (a.handlerId ?? null) === (b.handlerId ?? null) &&
    a.category === b.category &&
    (a.theme ?? '') === (b.theme ?? '') &&
    a.breached === b.breached &&
    a.atRisk === b.atRisk &&
    a.from === b.from &&
    a.to === b.to
  )
}

/** True when any filter is set. */
export function isFiltered(f: ListFilter): boolean {
  return !sameFilter(f, blankFilter())
}

/** The name of the saved view whose filter is the current one; "" when none. */
export function activeViewName(views: readonly TicketView[], f: ListFilter): string {
  return views.find((v) => sameFilter(toListFilter(v.filter), f))?.name ?? ''
}

/** Why a view name cannot be saved ("" when it can): required or tooLong (max 60 characters). */
export function viewNameProblem(name: string): '' | 'required' | 'tooLong' {
  const n = name.trim()
  if (n === '') return 'required'
  if ([...n].length > 60) return 'tooLong'
  return ''
}

/**
 * The period of the SLA figures: the list's period when one is set (either
 * end may be open), else the top bar's month.
 */
export function figuresPeriod(f: ListFilter, monthTs: number): { from: string; to: string } {
  if (f.from || f.to) return { from: f.from, to: f.to }
  return monthRange(monthTs)
}

/** A date-picker range (local timestamps) as inclusive days; null clears. */
export function rangeToDays(range: readonly [number, number] | null): { from: string; to: string } {
  if (!range) return { from: '', to: '' }
  return { from: dayKey(new Date(range[0])), to: dayKey(new Date(range[1])) }
}

/** Local midnight of a "YYYY-MM-DD" day; null when malformed. */
export function dayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return null
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime()
}

/** Days as a date-picker range; null when not both are set. */
export function daysToRange(from: string, to: string): [number, number] | null {
  const a = dayStart(from)
  const b = dayStart(to)
  return a === null || b === null ? null : [a, b]
}

/** naive-ui tag types. */
export type Tone = 'error' | 'warning' | 'info' | 'success' | 'primary' | 'default'

/** P1 red, P2 amber, P3 blue, P4 grey. */
export function priorityTone(p: number): Tone {
  switch (p) {
    case 1:
      return 'error'
    case 2:
      return 'warning'
    case 3:
      return 'info'
    default:
      return 'default'
  }
}

/** The tint of a status by its category. */
export function statusTone(category: string): Tone {
  switch (category) {
    case 'new':
      return 'info'
    case 'open':
      return 'primary'
    case 'pending_customer':
    case 'pending_third_party':
      return 'warning'
    case 'resolved':
      return 'success'
    default:
      return 'default'
  }
}

/** Minutes left on the row's target that matters (counting ones only); +∞ when none counts. */
function minutesLeft(sla: SlaTarget[]): number {
  const t = primaryTarget(sla)
  if (!t || (t.state !== 'running' && t.state !== 'breached')) return Number.POSITIVE_INFINITY
  return t.minutesLeft
}

/** Due-soon order: overdue first (most overdue first), then least time left; ties by id. */
export function sortDue(rows: readonly TicketRow[]): TicketRow[] {
  return [...rows].sort((a, b) => {
    const ao = a.breached ? 0 : 1
    const bo = b.breached ? 0 : 1
    if (ao !== bo) return ao - bo
    const d = minutesLeft(a.sla) - minutesLeft(b.sla)
    if (d !== 0 && !Number.isNaN(d)) return d
    return a.ticket.id - b.ticket.id
  })
}

/** Removes ids no longer on the page from a selection. */
export function keepVisible(selected: readonly number[], rows: readonly TicketRow[]): number[] {
  const ids = new Set(rows.map((r) => r.ticket.id))
  return selected.filter((id) => ids.has(id))
}

/** The new-ticket form. */
export interface NewTicketForm {
  title: string
  description: string
  customerId: number | null
  channel: string
  category: string
  subcategory: string
  priority: number
  handlerId: number | null
  tags: string[]
}

export function blankTicketForm(): NewTicketForm {
  return { title: '', description: '', customerId: null, channel: 'phone', category: '', subcategory: '', priority: 3, handlerId: null, tags: [] }
}

/** Longest title the form accepts. */
export const TITLE_MAX = 200

/** Field → message key (under tickets.create.errors) of what is wrong; empty when valid. */
export function validateTicketForm(f: NewTicketForm): Partial<Record<keyof NewTicketForm, string>> {
  const out: Partial<Record<keyof NewTicketForm, string>> = {}
  const title = f.title.trim()
  if (title === '') out.title = 'titleRequired'
  else if ([...title].length > TITLE_MAX) out.title = 'titleTooLong'
  if (!(f.priority >= 1 && f.priority <= 4)) out.priority = 'priorityRequired'
  if (f.channel === '') out.channel = 'channelRequired'
  return out
}

/** Trims, drops duplicate and empty tags, and builds the API input (status "" = the first "new" status). */
export function toTicketInput(f: NewTicketForm): TicketInput {
  const tags = [...new Set(f.tags.map((x) => x.trim()).filter((x) => x !== ''))]
  return {
    title: f.title.trim(),
    description: f.description.trim(),
    customerId: f.customerId,
    channel: f.channel,
    category: f.category,
    subcategory: f.category ? f.subcategory : '',
    priority: f.priority,
    status: '',
    handlerId: f.handlerId,
    responseId: null,
    tags,
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The category value of "tickets without a category" (list filter and drill-downs). */
export const NO_CATEGORY = 'none'

/**
 * The filter a drill-down link asks for (`/tickets?category=…&theme=…&from=…&to=…`,
 * e.g. from the dashboard's heat map or theme table), or null when the query
 * names none. category "none" = tickets without a category; theme is a
 * verbatim theme key. Unknown or malformed values are ignored, never trusted.
 */
export function filterFromQuery(q: Record<string, unknown>): ListFilter | null {
  const one = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '').trim()
  const category = one(q.category).slice(0, 100)
  const theme = one(q.theme).slice(0, 100)
  const from = one(q.from)
  const to = one(q.to)
  if (!('category' in q) && theme === '' && !DAY.test(from) && !DAY.test(to)) return null
  return { ...blankFilter(), category, theme, from: DAY.test(from) ? from : '', to: DAY.test(to) ? to : '' }
}
