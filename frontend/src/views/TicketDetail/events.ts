/**
 * Pure logic of the conversation and the activity log: public replies and
 * internal notes merged in time order, and each event of the append-only
 * log as a message (status keys, handler ids, category keys and priorities
 * turned into labels through the given lookups).
 */
import type { TicketDetail, TicketEvent } from '@/api/ticketTypes'
import { ticketChannels } from '@/api/ticketTypes'
import { msg, raw, type Msg } from './msg'

/** One entry of the conversation. */
export interface ConversationItem {
  id: number
  kind: 'reply' | 'note'
  /** inbound or outbound for replies, "" for notes. */
  direction: string
  channel: string
  at: string
  actor: string
  body: string
}

const byTime = (a: { at: string; id: number }, b: { at: string; id: number }): number => {
  const d = Date.parse(a.at) - Date.parse(b.at)
  return Number.isNaN(d) || d === 0 ? a.id - b.id : d
}

/** Replies and notes, oldest first (ties by event id). */
export function conversationItems(d: Pick<TicketDetail, 'replies' | 'notes'>): ConversationItem[] {
  const item = (e: TicketEvent, kind: 'reply' | 'note'): ConversationItem => ({
    id: e.id,
    kind,
    direction: kind === 'reply' ? e.direction : '',
    channel: e.channel,
    at: e.at,
    actor: e.actor,
    body: e.body,
  })
  return [...d.replies.map((e) => item(e, 'reply')), ...d.notes.map((e) => item(e, 'note'))].sort(byTime)
}

/** Events oldest first (the log is append-only; ties by id). */
export function orderedEvents(events: TicketEvent[]): TicketEvent[] {
  return [...events].sort(byTime)
}

/** A channel as a message (sla.channel.*), raw when unknown. */
export function channelMessage(channel: string): Msg {
  return (ticketChannels as readonly string[]).includes(channel) ? msg(`sla.channel.${channel}`) : raw(channel)
}

/** Labels for the values events store. */
export interface Lookups {
  statusLabel: (key: string) => string
  categoryLabel: (key: string) => string
  /** The handler's name, or "" when unknown. */
  handlerName: (id: number) => string
}

const A = 'ticketDetail.activity.'
const none = msg(A + 'none')

function priorityMsg(v: string): Msg {
  const n = Number(v)
  return Number.isInteger(n) && n >= 1 && n <= 4 ? msg('sla.priority.short', { n }) : v ? raw(v) : none
}

function handlerMsg(v: string, l: Lookups): Msg {
  if (v === '') return msg('ticketDetail.header.unassigned')
  const id = Number(v)
  const name = Number.isInteger(id) ? l.handlerName(id) : ''
  return raw(name || `#${v}`)
}

function categoryMsg(v: string, l: Lookups): Msg {
  if (v === '') return msg('ticketDetail.header.noCategory')
  return raw(
    v
      .split('/')
      .filter((p) => p !== '')
      .map((p) => l.categoryLabel(p))
      .join(' / '),
  )
}

function statusMsg(v: string, l: Lookups): Msg {
  return v === '' ? none : raw(l.statusLabel(v))
}

/** What an event did, as a message. */
export function activityMessage(e: TicketEvent, l: Lookups): Msg {
  switch (e.kind) {
    case 'created':
      return msg(A + 'created', { status: statusMsg(e.to, l), channel: channelMessage(e.channel) })
    case 'status':
      return msg(A + 'status', { from: statusMsg(e.from, l), to: statusMsg(e.to, l) })
    case 'reopen':
      return msg(A + 'reopen', { from: statusMsg(e.from, l), to: statusMsg(e.to || 'open', l) })
    case 'priority':
      return msg(A + 'priority', { from: priorityMsg(e.from), to: priorityMsg(e.to) })
    case 'assign':
      return msg(A + 'assign', { from: handlerMsg(e.from, l), to: handlerMsg(e.to, l) })
    case 'category':
      return msg(A + 'category', { from: categoryMsg(e.from, l), to: categoryMsg(e.to, l) })
    case 'policy': {
      const m = /^(\d+):(\d+)$/.exec(e.to)
      return m ? msg(A + 'policy', { id: Number(m[1]), version: Number(m[2]) }) : msg(A + 'policyRaw', { ref: e.to })
    }
    case 'reply':
      return msg(A + (e.direction === 'inbound' ? 'replyInbound' : 'replyOutbound'), { channel: channelMessage(e.channel) })
    case 'note':
      return msg(A + 'note')
    default:
      return msg(A + 'other', { kind: e.kind })
  }
}
