/** Tests of the codebook editor's draft helpers. */
import { describe, expect, it } from 'vitest'
import type { Theme } from '@/api/dashboard'
import { blankTheme, fingerprint, freshKey, hasKeyword, issuesByTheme, queryText, withKeyword } from './codebookDraft'
import { validateCodebook } from './matcher'

const a: Theme = { key: 'a', name: '甲', nameEn: 'A', keywords: ['退款', 'Refund*'], exclude: [] }

describe('codebook draft', () => {
  it('ignores whitespace-only differences in the fingerprint', () => {
    expect(fingerprint([{ ...a, name: ' 甲 ' }])).toBe(fingerprint([a]))
    expect(fingerprint([{ ...a, keywords: ['退款'] }])).not.toBe(fingerprint([a]))
  })
  it('finds a fresh key', () => {
    expect(freshKey([a])).toBe('theme_2')
    expect(freshKey([a, { ...a, key: 'theme_3' }])).toBe('theme_4')
    expect(blankTheme([a], ['当天'])).toEqual({ key: 'theme_2', name: '', nameEn: '', keywords: ['当天'], exclude: [] })
  })
  it('adds a keyword once, comparing normalised text', () => {
    expect(hasKeyword(a, 'ＲＥＦＵＮＤ*')).toBe(true)
    expect(withKeyword(a, ' 退款 ')).toBe(a)
    expect(withKeyword(a, '  ')).toBe(a)
    expect(withKeyword(a, '到账').keywords).toEqual(['退款', 'Refund*', '到账'])
  })
  it('groups issues by theme', () => {
    const m = issuesByTheme(validateCodebook([a, { ...a, keywords: [] }]))
    expect([...m.keys()]).toEqual([1])
    expect(m.get(1)?.map((i) => i.code)).toEqual(['duplicateKey', 'noKeywords'])
  })
  it('reads a phrase from the route query', () => {
    expect(queryText(' 当天 ')).toBe('当天')
    expect(queryText(['x', 'y'])).toBe('x')
    expect(queryText(undefined)).toBe('')
    expect(queryText('长'.repeat(60))).toHaveLength(50)
  })
})
