/** Tests of the ticket set-up logic: key checks, handler grouping, the category tree, SLA effects. */
import { describe, expect, it } from 'vitest'
import type { Handler, TicketCategory, TicketStatus } from '@/api/ticketTypes'
import {
  buildCategoryTree,
  categoryKeyProblem,
  clockEffect,
  filterCategoryTree,
  filterHandlers,
  groupHandlers,
  handlerProblem,
  handlerRows,
  isLastOfCategory,
  localName,
  normalizeNames,
  statusesByCategory,
  statusKeyProblem,
  suggestCategoryKey,
  suggestStatusKey,
  teamNames,
  toHandler,
} from './setupLogic'

const h = (id: number, name: string, team: string, active = true, email = ''): Handler => ({ id, name, team, email, active })
const cat = (key: string, parent = '', name = key, nameEn = ''): TicketCategory => ({ key, parent, name, nameEn })
const st = (key: string, category: string): TicketStatus => ({ key, name: key, nameEn: key, category })

const staff = [h(1, '王芳', '售后组'), h(2, 'Amy', '投诉组'), h(3, '李雷', '售后组', false), h(4, '张伟', ''), h(5, 'Bob', '投诉组'), h(6, 'Carl', ' 售后组 ')]

describe('handlers', () => {
  it('lists distinct teams, trimmed, without blanks', () => {
    expect(teamNames(staff)).toEqual([...new Set(['售后组', '投诉组'])].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  })

  it('groups by team, no-team last, active first then by name', () => {
    const groups = groupHandlers(staff)
    expect(groups.map((g) => g.team).at(-1)).toBe('')
    const after = groups.find((g) => g.team === '售后组')!
    expect(after.handlers.map((x) => x.id).sort()).toEqual([1, 3, 6]) // ' 售后组 ' is the same team
    expect(after.handlers.at(-1)!.id).toBe(3) // the inactive one last
    expect(after.active).toBe(2)
    const desc = groupHandlers(staff, true)
    expect(desc.map((g) => g.team)).toEqual([...groups.map((g) => g.team).slice(0, -1).reverse(), ''])
  })

  it('flattens groups into rows with the team cell spanning its rows', () => {
    const rows = handlerRows(groupHandlers(staff))
    expect(rows).toHaveLength(staff.length)
    const first = rows.findIndex((r) => r.team === '投诉组')
    expect(rows[first]!.span).toBe(2)
    expect(rows[first + 1]!.span).toBe(0)
    expect(rows.filter((r) => r.span > 0).reduce((n, r) => n + r.span, 0)).toBe(staff.length)
  })

  it('filters by team, activity and text', () => {
    expect(filterHandlers(staff, { team: '售后组', showInactive: true, text: '' }).map((x) => x.id)).toEqual([1, 3, 6])
    expect(filterHandlers(staff, { team: '售后组', showInactive: false, text: '' }).map((x) => x.id)).toEqual([1, 6])
    expect(filterHandlers(staff, { team: '', showInactive: true, text: '' }).map((x) => x.id)).toEqual([4])
    expect(filterHandlers(staff, { team: null, showInactive: true, text: 'am' }).map((x) => x.id)).toEqual([2])
  })

  it('checks the handler form', () => {
    expect(handlerProblem(h(0, '  ', 'A'), staff)).toBe('nameRequired')
    expect(handlerProblem(h(0, 'x'.repeat(61), 'A'), staff)).toBe('nameTooLong')
    expect(handlerProblem(h(0, 'Zoe', 'A', true, 'zoe@'), staff)).toBe('emailInvalid')
    expect(handlerProblem(h(0, 'Amy', '投诉组'), staff)).toBe('nameTaken')
    expect(handlerProblem(h(2, 'Amy', '投诉组'), staff)).toBeNull() // itself
    expect(handlerProblem(h(0, 'Amy', '售后组', true, 'amy@shop.cn'), staff)).toBeNull()
  })

  it('trims what it sends', () => {
    expect(toHandler(h(0, ' Zoe ', ' A ', true, ' z@x.cn '))).toEqual(h(0, 'Zoe', 'A', true, 'z@x.cn'))
  })
})

describe('names', () => {
  it('needs one name and fills the Chinese one from English', () => {
    expect(normalizeNames(' 物流 ', ' Logistics ')).toEqual({ name: '物流', nameEn: 'Logistics' })
    expect(normalizeNames('', 'Logistics')).toEqual({ name: 'Logistics', nameEn: 'Logistics' })
    expect(normalizeNames('物流', '')).toEqual({ name: '物流', nameEn: '' })
  })

  it('labels in the UI language with a fallback', () => {
    expect(localName({ name: '物流', nameEn: 'Logistics' }, true)).toBe('物流')
    expect(localName({ name: '物流', nameEn: 'Logistics' }, false)).toBe('Logistics')
    expect(localName({ name: '物流', nameEn: '' }, false)).toBe('物流')
  })
})

describe('category tree', () => {
  const cats = [cat('物流配送', '', '物流配送', 'Logistics'), cat('产品质量'), cat('延迟送达', '物流配送', '延迟送达', 'Late delivery'), cat('包裹破损', '物流配送'), cat('孤儿', '不存在')]

  it('builds two levels in server order; orphans show at the top', () => {
    const tree = buildCategoryTree(cats)
    expect(tree.map((n) => n.category.key)).toEqual(['物流配送', '产品质量', '孤儿'])
    expect(tree[0]!.children.map((c) => c.key)).toEqual(['延迟送达', '包裹破损'])
    expect(tree[1]!.children).toEqual([])
    expect(tree[2]!.children).toEqual([])
  })

  it('filters by key, zh or en name; a matching parent keeps its children', () => {
    const tree = buildCategoryTree(cats)
    expect(filterCategoryTree(tree, 'late').map((n) => [n.category.key, n.children.map((c) => c.key)])).toEqual([['物流配送', ['延迟送达']]])
    expect(filterCategoryTree(tree, 'logistics')[0]!.children).toHaveLength(2)
    expect(filterCategoryTree(tree, '  ')).toBe(tree)
  })

  it('checks new keys', () => {
    expect(categoryKeyProblem(' ', cats)).toBe('keyRequired')
    expect(categoryKeyProblem('物流配送', cats)).toBe('keyTaken')
    expect(categoryKeyProblem('a b', cats)).toBe('keySpaces')
    expect(categoryKeyProblem('a/b', cats)).toBe('keySpaces')
    expect(categoryKeyProblem('字'.repeat(41), cats)).toBe('keyTooLong')
    expect(categoryKeyProblem('售后服务', cats)).toBeNull()
  })

  it('suggests the name as key when it is free', () => {
    expect(suggestCategoryKey('售后 服务', cats)).toBe('售后_服务')
    expect(suggestCategoryKey('物流配送', cats)).toBe('')
  })
})

describe('statuses', () => {
  const statuses = [st('new', 'new'), st('open', 'open'), st('in_progress', 'open'), st('pending_customer', 'pending_customer'), st('resolved', 'resolved'), st('closed', 'closed')]

  it('validates keys client-side', () => {
    expect(statusKeyProblem('', statuses)).toBe('keyRequired')
    expect(statusKeyProblem('Waiting', statuses)).toBe('keyFormat')
    expect(statusKeyProblem('waiting-courier', statuses)).toBe('keyFormat')
    expect(statusKeyProblem('9lives', statuses)).toBe('keyFormat')
    expect(statusKeyProblem('等待', statuses)).toBe('keyFormat')
    expect(statusKeyProblem('a'.repeat(41), statuses)).toBe('keyTooLong')
    expect(statusKeyProblem('open', statuses)).toBe('keyTaken')
    expect(statusKeyProblem('waiting_courier2', statuses)).toBeNull()
  })

  it('suggests a key from the English name', () => {
    expect(suggestStatusKey('Waiting on courier')).toBe('waiting_on_courier')
    expect(suggestStatusKey('  2nd-level review! ')).toBe('nd_level_review')
    expect(suggestStatusKey('等待')).toBe('')
  })

  it('says what each category does to SLA clocks', () => {
    expect(clockEffect('new')).toBe('runs')
    expect(clockEffect('open')).toBe('runs')
    expect(clockEffect('pending_customer')).toBe('pauses')
    expect(clockEffect('pending_third_party')).toBe('pauses')
    expect(clockEffect('resolved')).toBe('stops')
    expect(clockEffect('closed')).toBe('stops')
  })

  it('groups by category in workflow order, every category present', () => {
    const groups = statusesByCategory(statuses)
    expect(groups.map((g) => g.category)).toEqual(['new', 'open', 'pending_customer', 'pending_third_party', 'resolved', 'closed'])
    expect(groups[1]!.statuses.map((s) => s.key)).toEqual(['open', 'in_progress'])
    expect(groups[3]!.statuses).toEqual([])
  })

  it('knows the last status of a category', () => {
    expect(isLastOfCategory(statuses[0]!, statuses)).toBe(true)
    expect(isLastOfCategory(statuses[1]!, statuses)).toBe(false)
  })
})
