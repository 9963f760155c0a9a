/**
 * Breakdown rows of one segment (channel, region, product, agent): NPS with
 * its interval, CSAT % and n per group; sorted with the groups large enough
 * to read first (best NPS first) and the indicative ones (n < 30) after
 * them, largest first. Also the geometry of the small bar-with-interval.
 */
import type { MetricGroup } from '@/api/dashboard'
import { INDICATIVE_N } from './kpis'

export interface BreakdownRow {
  group: string
  /** Rounded NPS; null without NPS answers. */
  nps: number | null
  npsRaw: number | null
  ciLow: number | null
  ciHigh: number | null
  csat: number | null
  /** The group's n: NPS n when it has NPS answers, else the largest n. */
  n: number
  indicative: boolean
}

export function toRow(g: MetricGroup): BreakdownRow {
  const hasNps = g.nps !== null && g.nps.n > 0
  const n = hasNps && g.nps ? g.nps.n : Math.max(g.nps?.n ?? 0, g.csat?.n ?? 0, g.ces?.n ?? 0)
  return {
    group: g.group,
    nps: hasNps && g.nps ? g.nps.rounded : null,
    npsRaw: hasNps && g.nps ? g.nps.score : null,
    ciLow: hasNps && g.nps ? g.nps.ciLow : null,
    ciHigh: hasNps && g.nps ? g.nps.ciHigh : null,
    csat: g.csat && g.csat.n > 0 ? g.csat.percent : null,
    n,
    indicative: n < INDICATIVE_N,
  }
}

/** Readable groups first by NPS (desc, then n), then indicative groups by n (desc); ties by name. */
export function compareRows(a: BreakdownRow, b: BreakdownRow): number {
  if (a.indicative !== b.indicative) return a.indicative ? 1 : -1
  if (!a.indicative) {
    const an = a.npsRaw ?? -Infinity
    const bn = b.npsRaw ?? -Infinity
    if (an !== bn) return bn - an
  }
  if (a.n !== b.n) return b.n - a.n
  return a.group.localeCompare(b.group)
}

export function breakdownRows(groups: MetricGroup[]): BreakdownRow[] {
  return groups.map(toRow).filter((r) => r.n > 0).sort(compareRows)
}

/** Percent positions (0–100) on an NPS scale of −100…100 for the interval bar. */
export function intervalBar(r: BreakdownRow): { left: number; width: number; dot: number; zero: number } | null {
  if (r.npsRaw === null || r.ciLow === null || r.ciHigh === null) return null
  const pos = (v: number) => (Math.max(-100, Math.min(100, v)) + 100) / 2
  return { left: pos(r.ciLow), width: Math.max(0.5, pos(r.ciHigh) - pos(r.ciLow)), dot: pos(r.npsRaw), zero: 50 }
}
