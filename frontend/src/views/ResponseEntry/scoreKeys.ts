/**
 * Keyboard score entry, pure: digits select a score on a question's scale.
 * Two digits typed within BURST_MS combine while the result stays on the
 * scale — so on 0–10, "1" then "0" quickly is 10 (and on 1–7 every digit
 * simply replaces the score). A decimal point or comma refuses the entry:
 * scores are whole numbers, so "6.5" clears the score and flags it, and the
 * digits right after the point are swallowed instead of becoming "5".
 * Backspace / Delete clear the score.
 */

/** How long a two-digit burst may take, in ms. */
export const BURST_MS = 800

export interface ScoreKeyState {
  value: number | null
  /** The value set by the previous digit of the current burst (null = none). */
  burst: number | null
  /** When the last key of the burst was typed (ms). */
  at: number
  /** A decimal point was typed: the score was refused. */
  refused: boolean
}

export const emptyScoreState: Readonly<ScoreKeyState> = { value: null, burst: null, at: 0, refused: false }

export interface Scale {
  min: number
  max: number
}

/**
 * The state after `key` at time `now`, or null when the key is not a score
 * key (the caller lets it through: Enter, Tab, arrows…).
 */
export function applyScoreKey(s: ScoreKeyState, key: string, now: number, scale: Scale): ScoreKeyState | null {
  const inBurst = now - s.at <= BURST_MS
  if (key === '.' || key === ',' || key === '。' || key === '，') {
    return { value: null, burst: null, at: now, refused: true }
  }
  if (key === 'Backspace' || key === 'Delete') {
    return { ...emptyScoreState }
  }
  if (!/^[0-9]$/.test(key)) return null
  const d = Number(key)
  if (s.refused && inBurst) {
    // the fraction part of "6.5": swallowed, the score stays refused
    return { ...s, at: now }
  }
  if (s.burst !== null && inBurst) {
    const combined = s.burst * 10 + d
    if (combined >= scale.min && combined <= scale.max) {
      return { value: combined, burst: null, at: now, refused: false }
    }
  }
  if (d >= scale.min && d <= scale.max) {
    return { value: d, burst: d, at: now, refused: false }
  }
  // a digit off the scale (e.g. 0 or 8 on 1–7): the first digit of a longer number, or nothing
  return { value: s.value, burst: d * 10 <= scale.max ? d : null, at: now, refused: false }
}

/** The 1-based option picked by a digit key for a choice question (1–9), or null. */
export function optionForKey(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null
  const n = Number(key)
  return n <= count ? n - 1 : null
}
