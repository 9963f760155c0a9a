/**
 * Types of the tickets, SLA and calendar facades (Go: backend/api
 * tickets.go, ticketsla.go, ticketqueue.go, ticketpickers.go,
 * calendars.go). Instants are RFC 3339 strings, "" when none.
 */

/** Ticket channels, in the order forms offer them (Go: feedback.TicketChannels). */
export const ticketChannels = ['phone', 'email', 'wechat', 'walk_in', 'web', 'social', 'other'] as const
export type TicketChannel = (typeof ticketChannels)[number]

/** Status categories, in workflow order; each configured status maps to one. */
export const statusCategories = ['new', 'open', 'pending_customer', 'pending_third_party', 'resolved', 'closed'] as const
export type StatusCategory = (typeof statusCategories)[number]

/** The categories that pause SLA clocks by default. */
export const pausingCategories: readonly string[] = ['pending_customer', 'pending_third_party']
/** The categories of a finished ticket. */
export const doneCategories: readonly string[] = ['resolved', 'closed']

/** SLA targets, in the order they are shown. */
export const slaKinds = ['first_response', 'next_reply', 'resolution'] as const
export type SlaKind = (typeof slaKinds)[number]

/** not_applicable, not_started, running, paused, met, breached. */
export type SlaState = 'not_applicable' | 'not_started' | 'running' | 'paused' | 'met' | 'breached'

export interface Ticket {
  id: number
  title: string
  description: string
  customerId: number | null
  customerName: string
  channel: string
  category: string
  subcategory: string
  /** 1 … 4 (P1 is the most urgent). */
  priority: number
  /** The configured status key. */
  status: string
  statusCategory: string
  handlerId: number | null
  handlerName: string
  responseId: number | null
  tags: string[]
  createdAt: string
  updatedAt: string
}

/** One SLA target of a ticket as of now. */
export interface SlaTarget {
  kind: SlaKind | string
  state: SlaState | string
  /** "business" or "calendar" minutes. */
  mode: string
  targetMinutes: number
  actualMinutes: number
  /** Negative once breached. */
  minutesLeft: number
  due: string
  breachedAt: string
  /** Highest warning percent reached; 0 for none. */
  warning: number
  startedAt: string
  stoppedAt: string
  stoppedBy: string
  pausedBy: string
  /** For next reply: how many reply cycles met / breached. */
  met: number
  breached: number
}

export interface TicketRow {
  ticket: Ticket
  /** Empty when no policy applies. */
  sla: SlaTarget[]
  breached: boolean
  atRisk: boolean
}

export interface TicketPage {
  rows: TicketRow[]
  total: number
}

/** List filters; empty values do not filter. Days are "YYYY-MM-DD", `to` inclusive. */
export interface TicketFilter {
  statusCategories: string[]
  priorities: number[]
  handlerId: number | null
  /** A top category key; "none" = tickets without a category; "" = any. */
  category: string
  /** A verbatim theme key (title and description, as the dashboard counts); "" = any. */
  theme: string
  breached: boolean
  atRisk: boolean
  from: string
  to: string
  offset: number
  limit: number
}

export interface TicketEvent {
  id: number
  at: string
  /** created, status, reopen, priority, assign, category, policy, reply, note … */
  kind: string
  actor: string
  from: string
  to: string
  /** Replies: inbound or outbound. */
  direction: string
  channel: string
  body: string
}

export interface TicketDetail {
  ticket: Ticket
  /** Every event, oldest first. */
  events: TicketEvent[]
  /** Public replies, inbound and outbound. */
  replies: TicketEvent[]
  /** Internal notes. */
  notes: TicketEvent[]
  policy: string
  policyVersion: number
  sla: SlaTarget[]
}

export interface TicketInput {
  title: string
  description: string
  customerId: number | null
  channel: string
  category: string
  subcategory: string
  priority: number
  /** A configured status key; "" = the first "new" status. */
  status: string
  handlerId: number | null
  responseId: number | null
  tags: string[]
}

/** One span of an explain timeline. */
export interface SlaSegment {
  from: string
  to: string
  /** counted, paused, out_of_hours, stopped. */
  kind: string
  reason: string
  minutes: number
  /** Beyond now: how the clock will run if nothing changes. */
  projected: boolean
}

export interface SlaTimeline {
  kind: string
  target: SlaTarget
  segments: SlaSegment[]
  /** Plain-language facts (English, from the engine) explaining the due time. */
  facts: string[]
}

export interface SlaExplanation {
  ticketId: number
  whatIf: boolean
  /** false when no policy applies to the ticket. */
  applies: boolean
  policy: string
  policyVersion: number
  asOf: string
  timelines: SlaTimeline[]
}

export interface SlaAttainment {
  kind: string
  met: number
  breached: number
  n: number
  /** met ÷ (met + breached) × 100; null when n = 0. */
  percent: number | null
}

export interface SlaDuration {
  kind: string
  n: number
  medianMinutes: number
  p90Minutes: number
}

export interface SlaBreachGroup {
  key: string
  tickets: number
  breached: number
}

export interface SlaAgeBucket {
  label: string
  minDays: number
  maxDays: number
  count: number
}

export interface SlaFigures {
  from: string
  to: string
  asOf: string
  tickets: number
  noPolicy: number
  attainment: SlaAttainment[]
  durations: SlaDuration[]
  byCategory: SlaBreachGroup[]
  byHandler: SlaBreachGroup[]
  byPriority: SlaBreachGroup[]
  backlog: SlaAgeBucket[]
}

export interface TicketStatus {
  key: string
  name: string
  nameEn: string
  category: string
}

export interface TicketCategory {
  key: string
  /** "" for a top-level category. */
  parent: string
  name: string
  nameEn: string
}

export interface Handler {
  /** 0 for a new handler. */
  id: number
  name: string
  team: string
  email: string
  /** Inactive handlers are kept (tickets name them) but not offered for new work. */
  active: boolean
}

/** An SLA warning or escalation in the notification centre. */
export interface SlaNotification {
  /** Stable across refreshes: use it to remember what was read. */
  id: string
  ticketId: number
  title: string
  priority: number
  handlerName: string
  target: string
  /** warning or escalation. */
  type: string
  percent: number
  level: number
  name: string
  notify: string
  scheduled: string
  /** When it was raised: the next opening when `scheduled` was out of hours. */
  at: string
  shifted: boolean
}

export interface TicketView {
  name: string
  filter: TicketFilter
}

/** An SLA policy as stored (Go: sla.Policy, snake_case JSON). */
export interface SlaPolicy {
  name: string
  version: number
  calendar: string
  conditions: { priorities?: number[]; categories?: string[]; channels?: string[]; tiers?: string[] }
  /** Per priority key "P1" … "P4". */
  targets: Record<string, Record<SlaKind, { minutes: number; mode?: string }>>
  pause?: Record<string, string[]>
  reopen?: string
  warnings?: number[]
  escalations?: { name?: string; offset_minutes: number; notify: string; targets?: string[] }[]
}

export interface PolicyEntry {
  id: number
  position: number
  createdAt: string
  policy: SlaPolicy
}

/** A date override of a calendar. */
export interface CalendarOverride {
  /** YYYY-MM-DD in the calendar's zone. */
  date: string
  /** holiday, workday (make-up working day, 调休), partial. */
  kind: 'holiday' | 'workday' | 'partial' | string
  /** "HH:MM-HH:MM" open intervals; a workday without hours gets the regular weekday hours. */
  hours: string[]
  name: string
}

export interface CalendarDefinition {
  name: string
  /** IANA zone; "" = Asia/Shanghai. */
  zone: string
  /** 24×7. */
  always: boolean
  /** Seven days of "HH:MM-HH:MM" intervals, Sunday first (index = Date.getDay()). */
  weekly: string[][]
  overrides: CalendarOverride[]
}

export interface Calendar extends CalendarDefinition {
  id: number
  version: number
  createdAt: string
  /** Overrides grouped by "YYYY-MM". */
  months: Record<string, CalendarOverride[]>
}

export interface CalendarSummary {
  id: number
  name: string
  version: number
  updatedAt: string
}

export interface HolidayImport {
  canceled: boolean
  file: string
  imported: number
  calendar: Calendar
}

/** An empty filter: every ticket, first page of 50. */
export function emptyTicketFilter(): TicketFilter {
  return { statusCategories: [], priorities: [], handlerId: null, category: '', theme: '', breached: false, atRisk: false, from: '', to: '', offset: 0, limit: 50 }
}
