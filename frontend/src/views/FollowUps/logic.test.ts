import { describe, expect, it } from 'vitest'
import { actionForKey, isTypingTarget, shortcutOf } from './shortcuts'
import { dispositionBreakdown, formatRate } from './rates'
import type { CallRates } from '@/api/followups'
import { npsBand } from '@/components/scoreBand'
import { addMinutes, monthRange, formatDateTime } from '@/i18n/datetime'

describe('shortcuts', () => {
  it('maps digits 1–6 to dispositions in order', () => {
    expect(actionForKey({ key: '1' }, false)).toEqual({ kind: 'disposition', disposition: 'completed' })
    expect(actionForKey({ key: '2' }, false)).toEqual({ kind: 'disposition', disposition: 'no_answer' })
    expect(actionForKey({ key: '4' }, false)).toEqual({ kind: 'disposition', disposition: 'refused' })
    expect(actionForKey({ key: '6' }, false)).toEqual({ kind: 'disposition', disposition: 'callback' })
    expect(actionForKey({ key: '7' }, false)).toBeNull()
    expect(actionForKey({ key: '0' }, false)).toBeNull()
    expect(shortcutOf('wrong_number')).toBe('5')
  })

  it('leaves keys typed into a field alone, except Ctrl+Enter', () => {
    expect(actionForKey({ key: '1' }, true)).toBeNull()
    expect(actionForKey({ key: 'ArrowDown' }, true)).toBeNull()
    expect(actionForKey({ key: 'Enter', ctrlKey: true }, true)).toEqual({ kind: 'submit' })
    expect(actionForKey({ key: '1', ctrlKey: true }, false)).toBeNull()
  })

  it('moves with the arrow keys', () => {
    expect(actionForKey({ key: 'ArrowDown' }, false)).toEqual({ kind: 'move', delta: 1 })
    expect(actionForKey({ key: 'ArrowUp' }, false)).toEqual({ kind: 'move', delta: -1 })
  })

  it('knows which elements take typing', () => {
    const el = (tagName: string, type?: string) => ({ tagName, getAttribute: () => type ?? null })
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true)
    expect(isTypingTarget(el('INPUT'))).toBe(true)
    expect(isTypingTarget(el('INPUT', 'radio'))).toBe(false)
    expect(isTypingTarget(el('BUTTON'))).toBe(false)
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true)
    expect(isTypingTarget(null)).toBe(false)
  })
})

describe('rates', () => {
  it('formats shares with one decimal and a dash for no data', () => {
    expect(formatRate(2 / 3, 'en')).toBe('66.7%')
    expect(formatRate(1, 'zh-CN')).toBe('100.0%')
    expect(formatRate(0, 'en')).toBe('0.0%')
    expect(formatRate(null, 'en')).toBe('—')
    expect(formatRate(Number.NaN, 'en')).toBe('—')
  })

  it('sorts the disposition breakdown and drops zeros', () => {
    const r = { byDisposition: { busy: 2, completed: 5, refused: 0, no_answer: 5 } } as unknown as CallRates
    expect(dispositionBreakdown(r)).toEqual([
      { disposition: 'completed', count: 5 },
      { disposition: 'no_answer', count: 5 },
      { disposition: 'busy', count: 2 },
    ])
  })
})

describe('bands and dates', () => {
  it('bands NPS scores 0–6 / 7–8 / 9–10', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter'])
    expect(npsBand(null)).toBeNull()
    expect(npsBand(11)).toBeNull()
    expect(npsBand(6.5)).toBeNull()
  })

  it('builds inclusive month ranges', () => {
    expect(monthRange(new Date(2026, 10, 15).getTime())).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(monthRange(new Date(2024, 1, 1).getTime())).toEqual({ from: '2024-02-01', to: '2024-02-29' })
  })

  it('adds minutes and formats local times', () => {
    expect(addMinutes('2026-11-23T02:00:00Z', 120)).toBe('2026-11-23T04:00:00.000Z')
    expect(addMinutes('bad', 5)).toBe('')
    expect(formatDateTime('')).toBe('')
    expect(formatDateTime('2026-11-23T02:05:00Z')).toMatch(/^2026-11-2\d \d\d:05$/)
  })
})

describe('follow-up error messages', () => {
  it('translates every error key the follow-up and customer code returns, in both languages', async () => {
    const { i18n } = await import('@/i18n')
    const keys = [
      'error.followup.days_range',
      'error.followup.retry_range',
      'error.followup.attempts_range',
      'error.followup.customer_required',
      'error.followup.disposition_invalid',
      'error.followup.callback_required',
      'error.followup.callback_past',
      'error.followup.callback_unexpected',
      'error.followup.note_too_long',
      'error.followup.response_not_completed',
      'error.customer.identity_required',
      'error.customer.not_found',
      'error.customer.tier_invalid',
      'error.customer.relationship_invalid',
    ]
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const k of keys) expect(i18n.global.te(k, locale), `${locale} ${k}`).toBe(true)
    }
  })
})
