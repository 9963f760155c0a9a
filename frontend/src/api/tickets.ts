/**
 * Typed facade over the bound Go struct `api.Tickets`: the ticket list and
 * its saved views, the due-soon queue, ticket detail and every change (each
 * one an appended event), the SLA explain view and figures, the
 * notification centre, the pickers (statuses, categories, handlers) and the
 * SLA policies. Every call rejects with an AppError.
 */
import { call } from './errors'
import { arr, bool, num, optNum, rec, recs, str, strs } from './coerce'
import * as Tickets from '../../wailsjs/go/api/Tickets'
import { api, sla } from '../../wailsjs/go/models'
import type {
  Handler,
  PolicyEntry,
  SlaExplanation,
  SlaFigures,
  SlaNotification,
  SlaPolicy,
  SlaSegment,
  SlaTarget,
  Ticket,
  TicketCategory,
  TicketDetail,
  TicketEvent,
  TicketFilter,
  TicketInput,
  TicketPage,
  TicketRow,
  TicketStatus,
  TicketView,
} from './ticketTypes'
import { emptyTicketFilter } from './ticketTypes'

function toTicket(v: unknown): Ticket {
  const o = rec(v)
  return {
    id: num(o.id),
    title: str(o.title),
    description: str(o.description),
    customerId: optNum(o.customerId),
    customerName: str(o.customerName),
    channel: str(o.channel),
    category: str(o.category),
    subcategory: str(o.subcategory),
    priority: num(o.priority),
    status: str(o.status),
    statusCategory: str(o.statusCategory),
    handlerId: optNum(o.handlerId),
    handlerName: str(o.handlerName),
    responseId: optNum(o.responseId),
    tags: strs(o.tags),
    createdAt: str(o.createdAt),
    updatedAt: str(o.updatedAt),
  }
}

function toTarget(v: unknown): SlaTarget {
  const o = rec(v)
  return {
    kind: str(o.kind),
    state: str(o.state),
    mode: str(o.mode),
    targetMinutes: num(o.targetMinutes),
    actualMinutes: num(o.actualMinutes),
    minutesLeft: num(o.minutesLeft),
    due: str(o.due),
    breachedAt: str(o.breachedAt),
    warning: num(o.warning),
    startedAt: str(o.startedAt),
    stoppedAt: str(o.stoppedAt),
    stoppedBy: str(o.stoppedBy),
    pausedBy: str(o.pausedBy),
    met: num(o.met),
    breached: num(o.breached),
  }
}

function toRow(v: unknown): TicketRow {
  const o = rec(v)
  return { ticket: toTicket(o.ticket), sla: arr(o.sla).map(toTarget), breached: bool(o.breached), atRisk: bool(o.atRisk) }
}

function toEvent(v: unknown): TicketEvent {
  const o = rec(v)
  return {
    id: num(o.id),
    at: str(o.at),
    kind: str(o.kind),
    actor: str(o.actor),
    from: str(o.from),
    to: str(o.to),
    direction: str(o.direction),
    channel: str(o.channel),
    body: str(o.body),
  }
}

function toDetail(v: unknown): TicketDetail {
  const o = rec(v)
  return {
    ticket: toTicket(o.ticket),
    events: arr(o.events).map(toEvent),
    replies: arr(o.replies).map(toEvent),
    notes: arr(o.notes).map(toEvent),
    policy: str(o.policy),
    policyVersion: num(o.policyVersion),
    sla: arr(o.sla).map(toTarget),
  }
}

function toSegment(v: unknown): SlaSegment {
  const o = rec(v)
  return { from: str(o.from), to: str(o.to), kind: str(o.kind), reason: str(o.reason), minutes: num(o.minutes), projected: bool(o.projected) }
}

function toExplanation(v: unknown): SlaExplanation {
  const o = rec(v)
  return {
    ticketId: num(o.ticketId),
    whatIf: bool(o.whatIf),
    applies: bool(o.applies),
    policy: str(o.policy),
    policyVersion: num(o.policyVersion),
    asOf: str(o.asOf),
    timelines: recs(o.timelines).map((t) => ({
      kind: str(t.kind),
      target: toTarget(t.target),
      segments: arr(t.segments).map(toSegment),
      facts: strs(t.facts),
    })),
  }
}

/** Normalises the SLA figures DTO (also used by the dashboard facade). */
export function toFigures(v: unknown): SlaFigures {
  const o = rec(v)
  const groups = (x: unknown) => recs(x).map((g) => ({ key: str(g.key), tickets: num(g.tickets), breached: num(g.breached) }))
  return {
    from: str(o.from),
    to: str(o.to),
    asOf: str(o.asOf),
    tickets: num(o.tickets),
    noPolicy: num(o.noPolicy),
    attainment: recs(o.attainment).map((a) => ({ kind: str(a.kind), met: num(a.met), breached: num(a.breached), n: num(a.n), percent: optNum(a.percent) })),
    durations: recs(o.durations).map((d) => ({ kind: str(d.kind), n: num(d.n), medianMinutes: num(d.medianMinutes), p90Minutes: num(d.p90Minutes) })),
    byCategory: groups(o.byCategory),
    byHandler: groups(o.byHandler),
    byPriority: groups(o.byPriority),
    backlog: recs(o.backlog).map((b) => ({ label: str(b.label), minDays: num(b.minDays), maxDays: num(b.maxDays), count: num(b.count) })),
  }
}

function toNotification(v: unknown): SlaNotification {
  const o = rec(v)
  return {
    id: str(o.id),
    ticketId: num(o.ticketId),
    title: str(o.title),
    priority: num(o.priority),
    handlerName: str(o.handlerName),
    target: str(o.target),
    type: str(o.type),
    percent: num(o.percent),
    level: num(o.level),
    name: str(o.name),
    notify: str(o.notify),
    scheduled: str(o.scheduled),
    at: str(o.at),
    shifted: bool(o.shifted),
  }
}

function toFilter(v: unknown): TicketFilter {
  const o = rec(v)
  return {
    ...emptyTicketFilter(),
    statusCategories: strs(o.statusCategories),
    priorities: arr(o.priorities).filter((p): p is number => typeof p === 'number'),
    handlerId: optNum(o.handlerId),
    category: str(o.category),
    theme: str(o.theme),
    breached: bool(o.breached),
    atRisk: bool(o.atRisk),
    from: str(o.from),
    to: str(o.to),
  }
}

function toViews(v: unknown): TicketView[] {
  return recs(v).map((x) => ({ name: str(x.name), filter: toFilter(x.filter) }))
}

function toPolicy(v: unknown): PolicyEntry {
  const o = rec(v)
  return { id: num(o.id), position: num(o.position), createdAt: str(o.createdAt), policy: rec(o.policy) as unknown as SlaPolicy }
}

function toStatus(s: Record<string, unknown>): TicketStatus {
  return { key: str(s.key), name: str(s.name), nameEn: str(s.nameEn), category: str(s.category) }
}

function toCategory(c: Record<string, unknown>): TicketCategory {
  return { key: str(c.key), parent: str(c.parent), name: str(c.name), nameEn: str(c.nameEn) }
}

function toHandler(h: Record<string, unknown>): Handler {
  return { id: num(h.id), name: str(h.name), team: str(h.team), email: str(h.email), active: bool(h.active) }
}

function filterInput(f: TicketFilter): api.TicketFilterInput {
  return api.TicketFilterInput.createFrom({ ...f, handlerId: f.handlerId ?? undefined })
}

export const ticketsApi = {
  /** A page of tickets matching f, newest first, with their SLA states. */
  async list(f: TicketFilter): Promise<TicketPage> {
    const o = rec(await call(() => Tickets.List(filterInput(f))))
    return { rows: arr(o.rows).map(toRow), total: num(o.total) }
  },
  /** Open tickets with a counting target due within the next hours, soonest (overdue) first. */
  async dueSoon(hours: number): Promise<TicketRow[]> {
    return arr(await call(() => Tickets.DueSoon(hours))).map(toRow)
  },
  async get(id: number): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.Get(id)))
  },
  async create(t: TicketInput): Promise<TicketDetail> {
    const input = api.TicketInput.createFrom({
      ...t,
      customerId: t.customerId ?? undefined,
      handlerId: t.handlerId ?? undefined,
      responseId: t.responseId ?? undefined,
    })
    return toDetail(await call(() => Tickets.Create(input)))
  },
  /** A public reply; direction "inbound" (from the customer) or "outbound". */
  async reply(id: number, direction: 'inbound' | 'outbound', channel: string, body: string): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.AddReply(id, direction, channel, body)))
  },
  /** An internal note (never shown to the customer). */
  async note(id: number, body: string): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.AddNote(id, body)))
  },
  async setStatus(id: number, status: string): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.SetStatus(id, status)))
  },
  async setPriority(id: number, priority: number): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.SetPriority(id, priority)))
  },
  /** Assign to a handler; null unassigns. */
  async assign(id: number, handlerId: number | null): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.Assign(id, handlerId ?? null)))
  },
  /** All tickets or none; returns how many changed. */
  async bulkAssign(ids: number[], handlerId: number | null): Promise<number> {
    return num(rec(await call(() => Tickets.BulkAssign(ids, handlerId ?? null))).updated)
  },
  /** Reopening is an event: the ticket goes back to "open". */
  async reopen(id: number): Promise<TicketDetail> {
    return toDetail(await call(() => Tickets.Reopen(id)))
  },
  /** The explain view; whatIf recomputes with the current rules, writing nothing. */
  async explain(id: number, whatIf = false): Promise<SlaExplanation> {
    return toExplanation(await call(() => Tickets.Explain(id, whatIf)))
  },
  /** SLA figures of tickets created in [from, to] (days, "" = open). */
  async figures(from: string, to: string): Promise<SlaFigures> {
    return toFigures(await call(() => Tickets.Figures(from, to)))
  },
  /** Warnings and escalations raised in the last days, newest first. */
  async notifications(days = 7): Promise<SlaNotification[]> {
    return arr(await call(() => Tickets.Notifications(days))).map(toNotification)
  },
  async statuses(): Promise<TicketStatus[]> {
    return recs(await call(() => Tickets.Statuses())).map(toStatus)
  },
  async categories(): Promise<TicketCategory[]> {
    return recs(await call(() => Tickets.Categories())).map(toCategory)
  },
  async handlers(): Promise<Handler[]> {
    return recs(await call(() => Tickets.Handlers())).map(toHandler)
  },
  /** Adds (id 0) or updates a handler; returns every handler. */
  async saveHandler(h: Handler): Promise<Handler[]> {
    return recs(await call(() => Tickets.SaveHandler(api.HandlerDTO.createFrom(h)))).map(toHandler)
  },
  /** Adds or updates a category (parent "" = top level); returns the tree. */
  async saveCategory(c: TicketCategory): Promise<TicketCategory[]> {
    return recs(await call(() => Tickets.SaveCategory(api.TicketCategoryDTO.createFrom(c)))).map(toCategory)
  },
  /** Deletes an unused category without subcategories; returns the tree. */
  async deleteCategory(key: string): Promise<TicketCategory[]> {
    return recs(await call(() => Tickets.DeleteCategory(key))).map(toCategory)
  },
  /** Adds or updates a status (a used status keeps its category); returns every status. */
  async saveStatus(s: TicketStatus): Promise<TicketStatus[]> {
    return recs(await call(() => Tickets.SaveStatus(api.TicketStatusDTO.createFrom(s)))).map(toStatus)
  },
  /** Deletes a status no ticket has used; returns the rest. */
  async deleteStatus(key: string): Promise<TicketStatus[]> {
    return recs(await call(() => Tickets.DeleteStatus(key))).map(toStatus)
  },
  async views(): Promise<TicketView[]> {
    return toViews(await call(() => Tickets.Views()))
  },
  /** Saves (or replaces by name) a view; returns every view. */
  async saveView(v: TicketView): Promise<TicketView[]> {
    return toViews(await call(() => Tickets.SaveView(api.TicketView.createFrom({ name: v.name, filter: filterInput(v.filter) }))))
  },
  async deleteView(name: string): Promise<TicketView[]> {
    return toViews(await call(() => Tickets.DeleteView(name)))
  },
  /** Current SLA policies in match order (first match wins). */
  async policies(): Promise<PolicyEntry[]> {
    return recs(await call(() => Tickets.Policies())).map(toPolicy)
  },
  /** Saves a new version of a policy (by name); tickets keep the version they were created under. */
  async savePolicy(p: SlaPolicy): Promise<PolicyEntry> {
    return toPolicy(await call(() => Tickets.SavePolicy(sla.Policy.createFrom(p))))
  },
}
