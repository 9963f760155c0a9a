/**
 * NPS score bands and their colours (detractor red, passive amber, promoter
 * green), shared by the score badge, the band filter and the call list. The colours
 * themselves live in ScoreBadge.vue (classes fd-band--<band>).
 */
export type Band = 'promoter' | 'passive' | 'detractor'

/** The band of an NPS score 0–10; null for no score or out of range. */
export function npsBand(score: number | null | undefined): Band | null {
  if (score === null || score === undefined || !Number.isInteger(score) || score < 0 || score > 10) return null
  if (score >= 9) return 'promoter'
  if (score >= 7) return 'passive'
  return 'detractor'
}
