/**
 * Pure helpers of the customers screen: weight renormalisation for the
 * settings note, the RFM heat-map cells, the first matching RFM rule of a
 * cell, how many filters are active, attribute filter packing and the kind
 * of a migration-matrix cell.
 */
import type { CustomerFilter, RfmRule, ScoreWeights } from '@/api/customerInsights'

export const componentKeys = ['value', 'satisfaction', 'loyalty', 'complaints'] as const
export type ComponentKey = (typeof componentKeys)[number]

/**
 * Each weight's share of the sum in percent (one decimal), the way the score
 * renormalises them; all zeros when the sum is not positive.
 */
export function weightShares(w: ScoreWeights): Record<ComponentKey, number> {
  const sum = componentKeys.reduce((s, k) => s + Math.max(0, w[k] || 0), 0)
  const out = { value: 0, satisfaction: 0, loyalty: 0, complaints: 0 }
  if (!(sum > 0)) return out
  for (const k of componentKeys) out[k] = Math.round((1000 * Math.max(0, w[k] || 0)) / sum) / 10
  return out
}

/** Shares of the weights when the components in `missing` are absent (renormalised over the rest). */
export function sharesWithout(w: ScoreWeights, missing: ComponentKey[]): Record<ComponentKey, number> {
  const kept = { ...w }
  for (const k of missing) kept[k] = 0
  return weightShares(kept)
}

/** ECharts heat-map cells [fm − 1, r − 1, count] from counts[r − 1][fm − 1]. */
export function rfmCells(counts: number[][]): [number, number, number][] {
  const out: [number, number, number][] = []
  for (let r = 0; r < 5; r++) for (let fm = 0; fm < 5; fm++) out.push([fm, r, counts[r]?.[fm] ?? 0])
  return out
}

/** The segment of the first rule matching (r, fm), '' when none does. */
export function segmentAt(rules: RfmRule[], r: number, fm: number): string {
  const rule = rules.find((x) => r >= x.rMin && r <= x.rMax && fm >= x.fmMin && fm <= x.fmMax)
  return rule ? rule.segment : ''
}

/** How many filter fields narrow the list. */
export function activeFilters(f: CustomerFilter): number {
  let n = f.search.trim() !== '' ? 1 : 0
  for (const l of [f.regions, f.industries, f.channels, f.tiers, f.relationships, f.rfmSegments, f.lifecycles]) {
    if (l.length > 0) n++
  }
  if (f.scoreMin !== null || f.scoreMax !== null) n++
  n += Object.values(f.attributes).filter((v) => v.length > 0).length
  return n
}

/** Attribute selections "key=value" → { key: [values] }. */
export function packAttributes(pairs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const p of pairs) {
    const i = p.indexOf('=')
    if (i <= 0) continue
    const k = p.slice(0, i)
    ;(out[k] ??= []).push(p.slice(i + 1))
  }
  return out
}

/** { key: [values] } → "key=value" selections. */
export function unpackAttributes(attrs: Record<string, string[]>): string[] {
  return Object.entries(attrs).flatMap(([k, vs]) => vs.map((v) => `${k}=${v}`))
}

const tierRank: Record<string, number> = { low: 1, medium: 2, high: 3 }

/** A migration cell: up (tier rose), down, same, or other (new, gone, none). */
export function migrationKind(from: string, to: string): 'up' | 'down' | 'same' | 'other' {
  const a = tierRank[from]
  const b = tierRank[to]
  if (a === undefined || b === undefined) return 'other'
  return b > a ? 'up' : b < a ? 'down' : 'same'
}

/** YYYY-MM-DD of a local date. */
export function dayString(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** The first and last day of the month `offset` months from `now` (0 = this month). */
export function monthRange(now: Date, offset: number): { from: string; to: string } {
  const first = new Date(now.getFullYear(), now.getMonth() + offset, 1)
  const last = new Date(now.getFullYear(), now.getMonth() + offset + 1, 0)
  return { from: dayString(first), to: dayString(last) }
}

/** "YYYY-MM" of the month before "YYYY-MM". */
export function previousMonth(key: string): string {
  const [y, m] = key.split('-').map(Number)
  if (!y || !m) return ''
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
