/** Tests of the ticket list's pure logic: filters, views, period, tones, due order, new-ticket form. */
import { describe, expect, it } from 'vitest'
import type { SlaTarget, TicketRow } from '@/api/ticketTypes'
import { emptyTicketFilter } from '@/api/ticketTypes'
import {
  activeViewName,
  blankFilter,
  blankTicketForm,
  daysToRange,
  figuresPeriod,
  isFiltered,
  keepVisible,
  pageQuery,
  priorityTone,
  rangeToDays,
  sameFilter,
  sortDue,
  statusTone,
  toListFilter,
  toTicketInput,
  validateTicketForm,
  viewNameProblem,
} from './listLogic'

function target(over: Partial<SlaTarget>): SlaTarget {
  return {
    kind: 'resolution',
    state: 'running',
    mode: 'business',
    targetMinutes: 480,
    actualMinutes: 0,
    minutesLeft: 100,
    due: '',
    breachedAt: '',
    warning: 0,
    startedAt: '',
    stoppedAt: '',
    stoppedBy: '',
    pausedBy: '',
    met: 0,
    breached: 0,
    ...over,
  }
}

function row(id: number, sla: SlaTarget[], breached = false): TicketRow {
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
    sla,
    breached,
    atRisk: false,
  }
}

describe('filters', () => {
  it('pages with offset and limit', () => {
    const f = { ...blankFilter(), priorities: [1] }
    expect(pageQuery(f, 3)).toEqual({ ...f, offset: 100, limit: 50 })
    expect(pageQuery(f, 0).offset).toBe(0)
  })

  it('compares filters ignoring list order and paging', () => {
    const a = { ...blankFilter(), statusCategories: ['open', 'new'], priorities: [2, 1] }
    const b = { ...blankFilter(), statusCategories: ['new', 'open'], priorities: [1, 2] }
    expect(sameFilter(a, b)).toBe(true)
    expect(sameFilter(a, { ...b, breached: true })).toBe(false)
    expect(sameFilter(a, { ...b, handlerId: 3 })).toBe(false)
    expect(toListFilter({ ...emptyTicketFilter(), offset: 50 })).toEqual(blankFilter())
  })

  it('knows when a filter is set', () => {
    expect(isFiltered(blankFilter())).toBe(false)
    expect(isFiltered({ ...blankFilter(), from: '2026-11-01' })).toBe(true)
    expect(isFiltered({ ...blankFilter(), atRisk: true })).toBe(true)
  })

  it('finds the active saved view', () => {
    const views = [
      { name: 'Mine', filter: { ...emptyTicketFilter(), handlerId: 4 } },
      { name: 'Urgent', filter: { ...emptyTicketFilter(), priorities: [1, 2] } },
    ]
    expect(activeViewName(views, { ...blankFilter(), priorities: [2, 1] })).toBe('Urgent')
    expect(activeViewName(views, { ...blankFilter(), priorities: [1] })).toBe('')
  })

  it('checks view names', () => {
    expect(viewNameProblem('  ')).toBe('required')
    expect(viewNameProblem('x'.repeat(61))).toBe('tooLong')
    expect(viewNameProblem('我的待办')).toBe('')
  })
})

describe('period', () => {
  it('uses the list period, else the top-bar month', () => {
    expect(figuresPeriod({ ...blankFilter(), from: '2026-10-03', to: '' }, 0)).toEqual({ from: '2026-10-03', to: '' })
    const nov = new Date(2026, 10, 15).getTime()
    expect(figuresPeriod(blankFilter(), nov)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
  })

  it('converts date-picker ranges to days and back', () => {
    const a = new Date(2026, 0, 5, 13).getTime()
    const b = new Date(2026, 1, 9).getTime()
    expect(rangeToDays([a, b])).toEqual({ from: '2026-01-05', to: '2026-02-09' })
    expect(rangeToDays(null)).toEqual({ from: '', to: '' })
    expect(daysToRange('2026-01-05', '2026-02-09')).toEqual([new Date(2026, 0, 5).getTime(), b])
    expect(daysToRange('', '2026-02-09')).toBeNull()
    expect(daysToRange('bad', 'worse')).toBeNull()
  })
})

describe('tones', () => {
  it('colours priorities P1 red to P4 grey', () => {
    expect([1, 2, 3, 4].map(priorityTone)).toEqual(['error', 'warning', 'info', 'default'])
  })
  it('tints statuses by category', () => {
    expect(statusTone('new')).toBe('info')
    expect(statusTone('pending_customer')).toBe('warning')
    expect(statusTone('resolved')).toBe('success')
    expect(statusTone('closed')).toBe('default')
  })
})

describe('due soon', () => {
  it('puts overdue first, then the least time left', () => {
    const rows = [
      row(1, [target({ minutesLeft: 300 })]),
      row(2, [target({ state: 'breached', minutesLeft: -10 })], true),
      row(3, [target({ minutesLeft: 20 })]),
      row(4, [target({ state: 'breached', minutesLeft: -90 })], true),
      row(5, []),
    ]
    expect(sortDue(rows).map((r) => r.ticket.id)).toEqual([4, 2, 3, 1, 5])
  })

  it('drops selected ids that left the page', () => {
    expect(keepVisible([1, 2, 9], [row(1, []), row(2, [])])).toEqual([1, 2])
  })
})

describe('new ticket form', () => {
  it('needs a title', () => {
    expect(validateTicketForm(blankTicketForm())).toEqual({ title: 'titleRequired' })
    expect(validateTicketForm({ ...blankTicketForm(), title: 'x'.repeat(201) })).toEqual({ title: 'titleTooLong' })
    expect(validateTicketForm({ ...blankTicketForm(), title: '退款未到账' })).toEqual({})
  })

  it('builds a clean input', () => {
    const input = toTicketInput({
      ...blankTicketForm(),
      title: '  退款未到账 ',
      description: ' 说明 ',
      subcategory: 'orphan',
      tags: [' vip ', '', 'vip', '复购'],
      handlerId: 2,
    })
    expect(input).toMatchObject({ title: '退款未到账', description: '说明', subcategory: '', priority: 3, status: '', handlerId: 2, tags: ['vip', '复购'] })
  })
})

describe('filterFromQuery', () => {
  it('reads a drill-down link and ignores what is not a filter', async () => {
    const { filterFromQuery } = await import('./listLogic')
    expect(filterFromQuery({})).toBeNull()
    expect(filterFromQuery({ tab: 'due' })).toBeNull()
    expect(filterFromQuery({ category: '物流配送', from: '2026-10-01', to: '2026-10-31' })).toMatchObject({
      category: '物流配送', from: '2026-10-01', to: '2026-10-31', priorities: [], breached: false,
    })
    expect(filterFromQuery({ category: '', from: '2026-10-01' })).toMatchObject({ category: '', from: '2026-10-01', to: '' })
    expect(filterFromQuery({ from: '10/01/2026', to: '<script>' })).toBeNull()
  })
  it('reads the uncategorised category and a theme', async () => {
    const { filterFromQuery, NO_CATEGORY } = await import('./listLogic')
    expect(filterFromQuery({ category: NO_CATEGORY, from: '2026-10-01', to: '2026-10-31' })).toMatchObject({ category: 'none', theme: '' })
    expect(filterFromQuery({ theme: 'speed', from: '2026-10-01', to: '2026-10-31' })).toMatchObject({
      theme: 'speed', category: '', from: '2026-10-01', to: '2026-10-31',
    })
    expect(filterFromQuery({ theme: ['refund', 'x'] })).toMatchObject({ theme: 'refund', from: '', to: '' })
    expect(filterFromQuery({ theme: '  ' })).toBeNull()
  })
})

describe('theme in the list filter', () => {
  it('counts as a filter and is compared, copied and paged', async () => {
    const { blankFilter, isFiltered, pageQuery, sameFilter, toListFilter } = await import('./listLogic')
    const f = { ...blankFilter(), theme: 'speed' }
    expect(isFiltered(f)).toBe(true)
    expect(sameFilter(f, blankFilter())).toBe(false)
    expect(toListFilter(f).theme).toBe('speed')
    expect(pageQuery(f, 2)).toMatchObject({ theme: 'speed', offset: 50 })
  })
})
