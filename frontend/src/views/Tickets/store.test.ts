/** Tests of the ticket list store with a fake tickets API: paging, stale answers, selection, views, bulk assign, due order. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { TicketFilter, TicketPage, TicketRow, TicketView } from '@/api/ticketTypes'

const api = vi.hoisted(() => ({
  list: vi.fn<(f: TicketFilter) => Promise<TicketPage>>(),
  dueSoon: vi.fn<(h: number) => Promise<TicketRow[]>>(),
  views: vi.fn<() => Promise<TicketView[]>>(),
  saveView: vi.fn<(v: TicketView) => Promise<TicketView[]>>(),
  deleteView: vi.fn<(n: string) => Promise<TicketView[]>>(),
  bulkAssign: vi.fn<(ids: number[], h: number | null) => Promise<number>>(),
}))
vi.mock('@/api', () => ({ ticketsApi: api }))

import { useTicketListStore } from './store'

function row(id: number, breached = false, minutesLeft = 60): TicketRow {
  return {
    ticket: {
      id,
      title: `t${id}`,
      description: '',
      customerId: null,
      customerName: '',
      channel: 'phone',
      category: '',
      subcategory: '',
      priority: 3,
      status: 'open',
      statusCategory: 'open',
      handlerId: null,
      handlerName: '',
      responseId: null,
      tags: [],
      createdAt: '',
      updatedAt: '',
    },
    sla: [
      {
        kind: 'resolution',
        state: breached ? 'breached' : 'running',
        mode: 'business',
        targetMinutes: 480,
        actualMinutes: 0,
        minutesLeft,
        due: '',
        breachedAt: '',
        warning: 0,
        startedAt: '',
        stoppedAt: '',
        stoppedBy: '',
        pausedBy: '',
        met: 0,
        breached: 0,
      },
    ],
    breached,
    atRisk: false,
  }
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})

describe('ticket list store', () => {
  it('queries page 1 of 50 with the filters and keeps the total', async () => {
    api.list.mockResolvedValue({ rows: [row(1), row(2)], total: 120 })
    const s = useTicketListStore()
    await s.setFilter({ priorities: [1], breached: true })
    expect(api.list).toHaveBeenLastCalledWith(expect.objectContaining({ priorities: [1], breached: true, offset: 0, limit: 50 }))
    expect(s.total).toBe(120)
    await s.setPage(3)
    expect(api.list).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 100, limit: 50 }))
  })

  it('drops a slower earlier answer', async () => {
    let first: (p: TicketPage) => void = () => {}
    api.list.mockImplementationOnce(() => new Promise((r) => (first = r))).mockResolvedValueOnce({ rows: [row(9)], total: 1 })
    const s = useTicketListStore()
    const a = s.load()
    await s.setFilter({ category: 'billing' })
    first({ rows: [row(1), row(2)], total: 2 })
    await a
    expect(s.rows.map((r) => r.ticket.id)).toEqual([9])
    expect(s.loading).toBe(false)
  })

  it('goes back to the last page when the page ran empty', async () => {
    api.list.mockResolvedValueOnce({ rows: [], total: 60 }).mockResolvedValueOnce({ rows: [row(51)], total: 60 })
    const s = useTicketListStore()
    s.page = 4
    await s.load()
    expect(s.page).toBe(2)
    expect(api.list).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 50 }))
  })

  it('clears the selection on filter changes and keeps visible rows on refresh', async () => {
    api.list.mockResolvedValue({ rows: [row(1), row(2)], total: 2 })
    const s = useTicketListStore()
    await s.load()
    s.checked = [1, 2, 7]
    await s.load(true)
    expect(s.checked).toEqual([1, 2])
    await s.setFilter({ atRisk: true })
    expect(s.checked).toEqual([])
  })

  it('saves, applies and deletes views, and names the active one', async () => {
    api.list.mockResolvedValue({ rows: [], total: 0 })
    const view: TicketView = { name: 'Urgent', filter: { statusCategories: [], priorities: [1, 2], handlerId: null, category: '', theme: '', breached: false, atRisk: false, from: '', to: '', offset: 0, limit: 0 } }
    api.saveView.mockResolvedValue([view])
    api.deleteView.mockResolvedValue([])
    const s = useTicketListStore()
    await s.setFilter({ priorities: [2, 1] })
    await s.saveView(' Urgent ')
    expect(api.saveView).toHaveBeenCalledWith(expect.objectContaining({ name: 'Urgent', filter: expect.objectContaining({ priorities: [2, 1] }) }))
    expect(s.activeView).toBe('Urgent')
    await s.resetFilters()
    expect(s.activeView).toBe('')
    await s.applyView('Urgent')
    expect(s.filter.priorities).toEqual([1, 2])
    expect(s.activeView).toBe('Urgent')
    await s.deleteView('Urgent')
    expect(s.activeView).toBe('')
  })

  it('bulk assigns the selection and clears it', async () => {
    api.bulkAssign.mockResolvedValue(2)
    const s = useTicketListStore()
    s.checked = [4, 5]
    expect(await s.bulkAssign(null)).toBe(2)
    expect(api.bulkAssign).toHaveBeenCalledWith([4, 5], null)
    expect(s.checked).toEqual([])
  })

  it('orders the due-soon queue overdue first', async () => {
    api.dueSoon.mockResolvedValue([row(1, false, 30), row(2, true, -5), row(3, false, 10)])
    const s = useTicketListStore()
    await s.setDueHours(8)
    expect(api.dueSoon).toHaveBeenCalledWith(8)
    expect(s.dueRows.map((r) => r.ticket.id)).toEqual([2, 3, 1])
  })
})
