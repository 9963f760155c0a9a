import { describe, expect, it } from 'vitest'
import type { TicketStatus } from '@/api/ticketTypes'
import { canSend, isDone, isSendShortcut, statusOptions } from './controls'
import { raw, render } from './msg'

const statuses: TicketStatus[] = [
  { key: 'new', name: '新建', nameEn: 'New', category: 'new' },
  { key: 'open', name: '处理中', nameEn: 'Open', category: 'open' },
  { key: 'resolved', name: '已解决', nameEn: 'Resolved', category: 'resolved' },
  { key: 'closed', name: '已关闭', nameEn: 'Closed', category: 'closed' },
]

describe('statusOptions', () => {
  it('offers every status on an unfinished ticket', () => {
    expect(statusOptions(statuses, 'open', (s) => s.nameEn).every((o) => !o.disabled)).toBe(true)
  })
  it('leaves only finished statuses on a finished ticket', () => {
    const o = statusOptions(statuses, 'resolved', (s) => s.name)
    expect(o.filter((x) => !x.disabled).map((x) => x.value)).toEqual(['resolved', 'closed'])
    expect(o[1]!.label).toBe('处理中')
  })
  it('knows finished categories', () => {
    expect([isDone('resolved'), isDone('closed'), isDone('pending_customer')]).toEqual([true, true, false])
  })
})

describe('composer helpers', () => {
  it('sends on Ctrl+Enter or Cmd+Enter, not while composing', () => {
    expect(isSendShortcut({ key: 'Enter', ctrlKey: true, metaKey: false })).toBe(true)
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: true })).toBe(true)
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: false })).toBe(false)
    expect(isSendShortcut({ key: 'Enter', ctrlKey: true, metaKey: false, isComposing: true })).toBe(false)
  })
  it('refuses blank text', () => {
    expect([canSend(''), canSend('  \n'), canSend(' x ')]).toEqual([false, false, true])
  })
  it('renders raw text untouched', () => {
    expect(render(() => 'no', raw('<b>{x}</b>'))).toBe('<b>{x}</b>')
  })
})
