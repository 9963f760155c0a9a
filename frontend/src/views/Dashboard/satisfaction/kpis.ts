/**
 * The satisfaction KPI cards as plain data: which figure, its n, whether it
 * is indicative (n < 30), and the change against the previous period with
 * the arrow rule of DOMAIN.md — an arrow only when the change is
 * significant; otherwise the delta without arrow and, when the test was not
 * made, why (indicative, no data, no variance). Texts are built by the card.
 */
import type { MetricChange, MetricGroup } from '@/api/dashboard'
import type { CallRates } from '@/api/followups'
import { fmtInt, fmtSigned1, roundHalfAway } from '@/i18n/metricFormat'
import type { AppLocale } from '@/i18n/schema'

/** n below this is "indicative only" (DOMAIN.md). */
export const INDICATIVE_N = 30

export type Arrow = 'up' | 'down' | 'none'
/** Why a change carries no arrow: "" = it has one (or nothing to say). */
export type ChangeNote = '' | 'not_significant' | 'indicative' | 'no_data' | 'no_variance'

export interface ChangeView {
  arrow: Arrow
  /** current − previous in points; null when there is nothing to compare. */
  delta: number | null
  note: ChangeNote
}

/** The arrow rule: an arrow only for a significant change. */
export function changeView(c: MetricChange | null | undefined): ChangeView {
  if (!c) return { arrow: 'none', delta: null, note: 'no_data' }
  if (c.reason === 'n0' || c.reason === 'no_data') return { arrow: 'none', delta: null, note: 'no_data' }
  if (c.reason === 'indicative') return { arrow: 'none', delta: c.delta, note: 'indicative' }
  if (c.reason === 'no_variance') return { arrow: 'none', delta: c.delta, note: 'no_variance' }
  if (c.significant && (c.direction === 'up' || c.direction === 'down')) return { arrow: c.direction, delta: c.delta, note: '' }
  return { arrow: 'none', delta: c.delta, note: 'not_significant' }
}

export interface NpsKpi {
  n: number
  /** Rounded NPS; null without valid answers. */
  score: number | null
  ciLow: number
  ciHigh: number
  indicative: boolean
  change: ChangeView
}

export interface CsatKpi {
  n: number
  percent: number | null
  ciLow: number
  ciHigh: number
  indicative: boolean
  change: ChangeView
}

export interface CesKpi {
  n: number
  mean: number | null
  percentEasy: number | null
  indicative: boolean
}

export interface CountKpi {
  n: number
  indicative: boolean
}

export interface RateKpi {
  /** completed ÷ eligible, 0..1; null when nobody was eligible. */
  rate: number | null
  completed: number
  eligible: number
  indicative: boolean
}

const indicative = (n: number) => n < INDICATIVE_N

export function npsKpi(g: MetricGroup, change: MetricChange | null): NpsKpi {
  const r = g.nps
  const n = r?.n ?? 0
  return {
    n,
    score: r && n > 0 ? r.rounded : null,
    ciLow: r?.ciLow ?? 0,
    ciHigh: r?.ciHigh ?? 0,
    indicative: indicative(n),
    change: changeView(change),
  }
}

export function csatKpi(g: MetricGroup, change: MetricChange | null): CsatKpi {
  const r = g.csat
  const n = r?.n ?? 0
  return {
    n,
    percent: r && n > 0 ? r.percent : null,
    ciLow: r?.ciLow ?? 0,
    ciHigh: r?.ciHigh ?? 0,
    indicative: indicative(n),
    change: changeView(change),
  }
}

export function cesKpi(g: MetricGroup): CesKpi {
  const r = g.ces
  const n = r?.n ?? 0
  return { n, mean: r && n > 0 ? r.mean : null, percentEasy: r && n > 0 ? r.percentEasy : null, indicative: indicative(n) }
}

/** Responses in the period: the NPS n when the scope has NPS, else the largest n. */
export function responsesKpi(g: MetricGroup): CountKpi {
  const n = g.nps && g.nps.n > 0 ? g.nps.n : Math.max(g.nps?.n ?? 0, g.csat?.n ?? 0, g.ces?.n ?? 0)
  return { n, indicative: indicative(n) }
}

export function followUpKpi(r: CallRates | null): RateKpi {
  if (!r) return { rate: null, completed: 0, eligible: 0, indicative: true }
  return { rate: r.responseRate, completed: r.completed, eligible: r.eligible, indicative: indicative(r.eligible) }
}

/**
 * A change as shown: NPS points as a signed integer ("+8", "−3", "0"),
 * percentage points with one decimal ("+1.5", "−0.4"); a true minus sign.
 */
export function signedDelta(delta: number, unit: 'points' | 'pp', locale: AppLocale): string {
  if (unit === 'points') {
    const r = roundHalfAway(delta)
    return r > 0 ? `+${fmtInt(r)}` : fmtInt(r)
  }
  return fmtSigned1(roundHalfAway(delta, 1), locale)
}
