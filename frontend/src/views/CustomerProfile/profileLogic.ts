/**
 * Pure helpers of the customer profile screen: the score's component bars,
 * the satisfaction chart's series, NPS / CSAT bands, the duplicate group of
 * one customer, SLA outcome tones and the privacy confirmation check.
 */
import type { DuplicateGroup, DuplicateMember, ProfileScore, SatisfactionPoint } from '@/api/customerRecords'

/** The score components in display order. */
export const components = ['value', 'satisfaction', 'loyalty', 'complaints'] as const
export type Component = (typeof components)[number]

/** One bar of the score breakdown. */
export interface ScoreBar {
  component: Component
  /** The component's 0–100 value; null when unknown (then it does not count). */
  value: number | null
  /** Its effective (renormalised) weight, 0–1. */
  weight: number
  /** Points it adds to the score (value × weight); 0 when unknown. */
  contribution: number
  /** Width of the contribution bar in percent of the 100-point scale. */
  width: number
}

/** The bars of a score, in component order. */
export function scoreBars(s: ProfileScore): ScoreBar[] {
  return components.map((c) => {
    const value = s.components[c]
    const contribution = value === null ? 0 : (s.contributions[c] ?? 0)
    return {
      component: c, value, weight: value === null ? 0 : s.weights[c], contribution,
      width: Math.max(0, Math.min(100, contribution)),
    }
  })
}

/** NPS band of a 0–10 answer. */
export function npsBand(v: number): 'promoter' | 'passive' | 'detractor' {
  if (v >= 9) return 'promoter'
  if (v >= 7) return 'passive'
  return 'detractor'
}

/** Tone of a satisfaction answer: NPS by band; CSAT low (≤ 2 of 5, scaled) red, top two green. */
export function answerTone(p: SatisfactionPoint): 'success' | 'warning' | 'error' {
  if (p.metric === 'nps') {
    const b = npsBand(p.value)
    return b === 'promoter' ? 'success' : b === 'passive' ? 'warning' : 'error'
  }
  const span = p.scaleMax - p.scaleMin
  const share = span > 0 ? (p.value - p.scaleMin) / span : 0
  if (share <= 0.25) return 'error'
  if (share >= 0.75) return 'success'
  return 'warning'
}

/** Chart series: [time ms, value] pairs per metric, oldest first. */
export function satisfactionSeries(points: SatisfactionPoint[]): { nps: [number, number][]; csat: [number, number][] } {
  const nps: [number, number][] = []
  const csat: [number, number][] = []
  for (const p of points) {
    const ms = Date.parse(p.at)
    if (Number.isNaN(ms)) continue
    ;(p.metric === 'nps' ? nps : csat).push([ms, p.value])
  }
  const byTime = (a: [number, number], b: [number, number]) => a[0] - b[0]
  return { nps: nps.sort(byTime), csat: csat.sort(byTime) }
}

/** The highest CSAT scale among the points (5 when none). */
export function csatScaleMax(points: SatisfactionPoint[]): number {
  return points.filter((p) => p.metric === 'csat').reduce((m, p) => Math.max(m, p.scaleMax), 0) || 5
}

/** The other records that look like customer id, with the keys shared; null when none. */
export function duplicatesOf(groups: DuplicateGroup[], id: number): { keys: string[]; others: DuplicateMember[] } | null {
  const g = groups.find((x) => x.members.some((m) => m.id === id))
  if (!g) return null
  return { keys: g.keys, others: g.members.filter((m) => m.id !== id) }
}

/** Splits a duplicate key ("phone:138…") into its kind and value. */
export function splitKey(key: string): { kind: 'phone' | 'email' | 'other'; value: string } {
  const i = key.indexOf(':')
  const kind = key.slice(0, i)
  return { kind: kind === 'phone' || kind === 'email' ? kind : 'other', value: key.slice(i + 1) }
}

/** Tag type of an SLA outcome. */
export function slaTone(sla: string): 'success' | 'warning' | 'error' | 'info' | 'default' {
  switch (sla) {
    case 'met':
      return 'success'
    case 'at_risk':
      return 'warning'
    case 'breached':
      return 'error'
    case 'running':
      return 'info'
    default:
      return 'default'
  }
}

/**
 * Whether the typed confirmation matches: the customer's ID, so an
 * irreversible erasure needs a deliberate act (trimmed; "#12" also works).
 */
export function confirmMatches(typed: string, id: number): boolean {
  return typed.trim().replace(/^#/, '') === String(id)
}

/** A money amount with two decimals and thousands separators. */
export function money(v: number, locale: string): string {
  return v.toLocaleString(locale.startsWith('en') ? 'en-US' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}
