/** Tests of the notification centre's pure logic: stored read ids, their bound, new escalations. */
import { describe, expect, it } from 'vitest'
import type { SlaNotification } from '@/api/ticketTypes'
import { boundReadIds, newEscalations, parseReadIds } from './notifications'

function n(id: string, type = 'warning'): SlaNotification {
  return {
    id, ticketId: 1, title: 't', priority: 2, handlerName: '', target: 'resolution', type,
    percent: 75, level: type === 'escalation' ? 1 : 0, name: '', notify: '', scheduled: '', at: '', shifted: false,
  }
}

describe('parseReadIds', () => {
  it('reads a JSON list of strings and ignores anything else', () => {
    expect(parseReadIds('["a","b",3,""]')).toEqual(['a', 'b'])
    expect(parseReadIds(null)).toEqual([])
    expect(parseReadIds('{bad')).toEqual([])
    expect(parseReadIds('{"a":1}')).toEqual([])
  })
})

describe('boundReadIds', () => {
  it('keeps listed ids first, then the most recent others, within the limit', () => {
    expect(boundReadIds(['o1', 'o2', 'o3', 'cur'], ['cur'], 3)).toEqual(['cur', 'o2', 'o3'])
  })
  it('drops duplicates', () => {
    expect(boundReadIds(['a', 'a', 'b'], [], 10)).toEqual(['a', 'b'])
  })
  it('never exceeds the limit even when every id is listed', () => {
    expect(boundReadIds(['a', 'b', 'c'], ['a', 'b', 'c'], 2)).toHaveLength(2)
  })
})

describe('newEscalations', () => {
  it('yields nothing on the first load', () => {
    expect(newEscalations(null, [n('e1', 'escalation')], new Set(), new Set())).toEqual([])
  })
  it('yields escalations that appeared since the last poll, unread and not toasted', () => {
    const prev = [n('w1'), n('e1', 'escalation')]
    const next = [n('e4', 'escalation'), n('e3', 'escalation'), n('e2', 'escalation'), n('w2'), ...prev]
    const out = newEscalations(prev, next, new Set(['e3']), new Set(['e4']))
    expect(out.map((x) => x.id)).toEqual(['e2'])
  })
})
