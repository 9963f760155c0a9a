/** Tests of the theme tags of a response or a complaint. */
import { describe, expect, it } from 'vitest'
import type { Theme } from '@/api/dashboard'
import { compile } from '@/views/Themes/matcher'
import { addable, effectiveKeys, mergeDecisions, themeTags, themeTestIds, ticketText } from './textThemes'

const th = (key: string, keywords = [key]): Theme => ({ key, name: key, nameEn: key, keywords, exclude: [] })
const cb = [th('attitude'), th('speed'), th('price'), th('refund')]

describe('themeTags', () => {
  it('applies saved decisions to the rule matches like the server', () => {
    const tags = themeTags(cb, ['speed', 'refund'], { refund: false, price: true, speed: true })
    expect(tags).toEqual([
      { key: 'speed', source: 'rules' },
      { key: 'price', source: 'added' },
      { key: 'refund', source: 'removed' },
    ])
    expect(effectiveKeys(tags)).toEqual(['speed', 'price'])
    expect(addable(cb, tags).map((t) => t.key)).toEqual(['attitude'])
  })
  it('ignores a removal of a theme the rules do not find, and decisions on themes no longer in the codebook', () => {
    expect(themeTags(cb, [], { price: false, gone: true })).toEqual([])
  })
})

describe('mergeDecisions', () => {
  it('keeps earlier decisions not named by the change', () => {
    expect(mergeDecisions({ speed: false, price: true }, { price: false, refund: true })).toEqual({ speed: false, price: false, refund: true })
  })
})

describe('ticketText', () => {
  it('joins title and description so rules match either, as the server reads them', () => {
    const m = compile([th('delivery', ['物流', 'courier']), th('refund', ['退款'])])
    expect(m.match(ticketText('物流太慢', '要求退款'))).toEqual(['delivery', 'refund'])
    expect(m.match(ticketText('Late', 'courier lost it'))).toEqual(['delivery'])
  })
})

describe('themeTestIds', () => {
  it('keeps the response ids and names the ticket ones alike', () => {
    expect(themeTestIds('response')).toEqual({ root: 'response-themes', tag: 'response-theme-tag', add: 'response-theme-add', select: 'response-theme-select' })
    expect(themeTestIds('ticket').tag).toBe('ticket-theme-tag')
  })
})
