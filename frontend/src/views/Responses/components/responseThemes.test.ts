/** Tests of the response drawer's theme tags. */
import { describe, expect, it } from 'vitest'
import type { Theme } from '@/api/dashboard'
import { addable, effectiveKeys, rememberDecisions, sessionDecisions, themeTags } from './responseThemes'

const th = (key: string): Theme => ({ key, name: key, nameEn: key, keywords: [key], exclude: [] })
const cb = [th('attitude'), th('speed'), th('price'), th('refund')]

describe('themeTags', () => {
  it('applies decisions to the rule matches like the server', () => {
    const tags = themeTags(cb, ['speed', 'refund'], { refund: false, price: true, speed: true })
    expect(tags).toEqual([
      { key: 'speed', source: 'rules' },
      { key: 'price', source: 'added' },
      { key: 'refund', source: 'removed' },
    ])
    expect(effectiveKeys(tags)).toEqual(['speed', 'price'])
    expect(addable(cb, tags).map((t) => t.key)).toEqual(['attitude'])
  })
  it('ignores a removal of a theme the rules do not find', () => {
    expect(themeTags(cb, [], { price: false })).toEqual([])
  })
})

describe('session decisions', () => {
  it('merges decisions per response', () => {
    expect(sessionDecisions(7)).toEqual({})
    rememberDecisions(7, { speed: false })
    rememberDecisions(7, { price: true })
    expect(sessionDecisions(7)).toEqual({ speed: false, price: true })
    expect(sessionDecisions(8)).toEqual({})
  })
})
