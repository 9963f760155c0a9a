import { describe, expect, it } from 'vitest'
import { applyScoreKey, BURST_MS, emptyScoreState, optionForKey, type Scale, type ScoreKeyState } from './scoreKeys'

/** Types keys with the given gaps (ms) and returns the final value and refusal. */
function typeKeys(keys: string[], scale: Scale, gap = 100): ScoreKeyState {
  let s: ScoreKeyState = { ...emptyScoreState }
  let now = 10_000
  for (const k of keys) {
    now += gap
    s = applyScoreKey(s, k, now, scale) ?? s
  }
  return s
}

const nps = { min: 0, max: 10 }
const csat5 = { min: 1, max: 5 }

describe('applyScoreKey', () => {
  it('selects single digits on 0–10', () => {
    for (let d = 0; d <= 9; d++) expect(typeKeys([String(d)], nps).value).toBe(d)
  })

  it('combines 1 then 0 quickly into 10', () => {
    expect(typeKeys(['1', '0'], nps).value).toBe(10)
  })

  it('treats 1 then 0 slowly as 0', () => {
    expect(typeKeys(['1', '0'], nps, BURST_MS + 50).value).toBe(0)
  })

  it('replaces when the combination is off the scale', () => {
    expect(typeKeys(['1', '1'], nps).value).toBe(1)
    expect(typeKeys(['5', '0'], nps).value).toBe(0)
    expect(typeKeys(['1', '0', '7'], nps).value).toBe(7)
  })

  it('refuses 6.5 and does not turn it into 5', () => {
    const s = typeKeys(['6', '.', '5'], nps)
    expect(s.value).toBeNull()
    expect(s.refused).toBe(true)
  })

  it('accepts a new digit after a pause following a refusal', () => {
    let s = typeKeys(['6', '.', '5'], nps)
    s = applyScoreKey(s, '7', s.at + BURST_MS + 10, nps) ?? s
    expect(s.value).toBe(7)
    expect(s.refused).toBe(false)
  })

  it('ignores digits off a 1–5 scale and replaces within it', () => {
    expect(typeKeys(['0'], csat5).value).toBeNull()
    expect(typeKeys(['9'], csat5).value).toBeNull()
    expect(typeKeys(['4', '5'], csat5).value).toBe(5)
  })

  it('builds two-digit ratings on 0–100', () => {
    expect(typeKeys(['4', '5'], { min: 0, max: 100 }).value).toBe(45)
  })

  it('clears with Backspace and lets other keys through', () => {
    expect(typeKeys(['8', 'Backspace'], nps).value).toBeNull()
    expect(applyScoreKey(emptyScoreState, 'Enter', 1, nps)).toBeNull()
    expect(applyScoreKey(emptyScoreState, 'a', 1, nps)).toBeNull()
  })
})

describe('optionForKey', () => {
  it('maps 1..n to option indexes', () => {
    expect(optionForKey('1', 3)).toBe(0)
    expect(optionForKey('3', 3)).toBe(2)
    expect(optionForKey('4', 3)).toBeNull()
    expect(optionForKey('0', 3)).toBeNull()
  })
})
