import { describe, expect, it } from 'vitest'
import type { TicketEvent } from '@/api/ticketTypes'
import { activityMessage, conversationItems, orderedEvents } from './events'
import { render } from './msg'

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key)
const ev = (p: Partial<TicketEvent>): TicketEvent => ({
  id: 1,
  at: '2026-11-23T01:00:00Z',
  kind: 'note',
  actor: 'desk',
  from: '',
  to: '',
  direction: '',
  channel: '',
  body: '',
  ...p,
})
const lookups = {
  statusLabel: (k: string) => ({ open: '处理中', resolved: '已解决' })[k] ?? k,
  categoryLabel: (k: string) => ({ billing: '账单', refund: '退款' })[k] ?? k,
  handlerName: (id: number) => (id === 7 ? '王芳' : ''),
}
const say = (e: Partial<TicketEvent>) => render(t, activityMessage(ev(e), lookups))

describe('conversationItems', () => {
  it('merges replies and notes in time order, ties by id', () => {
    const items = conversationItems({
      replies: [
        ev({ id: 5, kind: 'reply', at: '2026-11-23T03:00:00Z', direction: 'outbound', channel: 'email' }),
        ev({ id: 2, kind: 'reply', at: '2026-11-23T01:00:00Z', direction: 'inbound', channel: 'phone' }),
      ],
      notes: [ev({ id: 3, at: '2026-11-23T01:00:00Z', body: 'n' }), ev({ id: 4, at: '2026-11-23T02:00:00Z' })],
    })
    expect(items.map((i) => [i.id, i.kind, i.direction])).toEqual([
      [2, 'reply', 'inbound'],
      [3, 'note', ''],
      [4, 'note', ''],
      [5, 'reply', 'outbound'],
    ])
  })
  it('orders events oldest first', () => {
    const out = orderedEvents([ev({ id: 2, at: '2026-11-23T02:00:00Z' }), ev({ id: 1, at: '2026-11-23T02:00:00Z' }), ev({ id: 3, at: '2026-11-22T00:00:00Z' })])
    expect(out.map((e) => e.id)).toEqual([3, 1, 2])
  })
})

describe('activityMessage', () => {
  it('labels statuses, priorities, handlers and categories', () => {
    expect(say({ kind: 'created', to: 'open', channel: 'wechat' })).toBe(
      'ticketDetail.activity.created{"status":"处理中","channel":"sla.channel.wechat"}',
    )
    expect(say({ kind: 'status', from: 'open', to: 'resolved' })).toBe('ticketDetail.activity.status{"from":"处理中","to":"已解决"}')
    expect(say({ kind: 'reopen', from: 'resolved', to: '' })).toBe('ticketDetail.activity.reopen{"from":"已解决","to":"处理中"}')
    expect(say({ kind: 'priority', from: '3', to: '1' })).toBe(
      'ticketDetail.activity.priority{"from":"sla.priority.short{\\"n\\":3}","to":"sla.priority.short{\\"n\\":1}"}',
    )
    expect(say({ kind: 'assign', from: '', to: '7' })).toBe('ticketDetail.activity.assign{"from":"ticketDetail.header.unassigned","to":"王芳"}')
    expect(say({ kind: 'assign', from: '9', to: '' })).toBe('ticketDetail.activity.assign{"from":"#9","to":"ticketDetail.header.unassigned"}')
    expect(say({ kind: 'category', from: 'billing', to: 'billing/refund' })).toBe('ticketDetail.activity.category{"from":"账单","to":"账单 / 退款"}')
    expect(say({ kind: 'category', from: '', to: 'billing' })).toBe('ticketDetail.activity.category{"from":"ticketDetail.header.noCategory","to":"账单"}')
  })
  it('describes policy switches, replies, notes and unknown kinds', () => {
    expect(say({ kind: 'policy', to: '4:2' })).toBe('ticketDetail.activity.policy{"id":4,"version":2}')
    expect(say({ kind: 'policy', to: 'x' })).toBe('ticketDetail.activity.policyRaw{"ref":"x"}')
    expect(say({ kind: 'reply', direction: 'inbound', channel: 'phone' })).toBe('ticketDetail.activity.replyInbound{"channel":"sla.channel.phone"}')
    expect(say({ kind: 'reply', direction: 'outbound', channel: 'fax' })).toBe('ticketDetail.activity.replyOutbound{"channel":"fax"}')
    expect(say({ kind: 'note' })).toBe('ticketDetail.activity.note')
    expect(say({ kind: 'merge' })).toBe('ticketDetail.activity.other{"kind":"merge"}')
  })
})
