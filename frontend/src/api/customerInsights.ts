/**
 * Typed facade over the bound Go struct `api.CustomerInsights`: the
 * customers screen's overview (scores now, RFM map, tier counts, filter
 * values), score settings, monthly snapshots and the tier migration matrix,
 * saved segments and the customer rates. Every call rejects with an
 * AppError; results are coerced into plain types here.
 */
import { call } from './errors'
import { arr, bool, num, optNum, rec, recs, str, strs } from './coerce'
import * as CI from '../../wailsjs/go/api/CustomerInsights'
import { customerscore } from '../../wailsjs/go/models'

/** Component weights (only their ratios matter). */
export interface ScoreWeights {
  value: number
  satisfaction: number
  loyalty: number
  complaints: number
}

/** The stored score settings. */
export interface ScoreSettings {
  weights: ScoreWeights
  tiers: { high: number; medium: number }
  windowDays: number
  /** '' automatic, 'quintiles' or 'breakpoints'. */
  rfmMode: string
}

/** A segment filter; empty lists and nulls do not filter. */
export interface CustomerFilter {
  search: string
  regions: string[]
  industries: string[]
  channels: string[]
  tiers: string[]
  relationships: string[]
  rfmSegments: string[]
  lifecycles: string[]
  scoreMin: number | null
  scoreMax: number | null
  attributes: Record<string, string[]>
}

/** A filter that lets everyone through. */
export function emptyCustomerFilter(): CustomerFilter {
  return {
    search: '', regions: [], industries: [], channels: [], tiers: [], relationships: [], rfmSegments: [],
    lifecycles: [], scoreMin: null, scoreMax: null, attributes: {},
  }
}

/** One customer of the list. */
export interface CustomerInsightRow {
  id: number
  name: string
  company: string
  region: string
  industry: string
  channel: string
  score: number | null
  tier: string
  partial: boolean
  relationship: string
  lifecycle: string
  rfmSegment: string
  r: number
  f: number
  m: number
  fm: number
  doNotContact: boolean
}

/** One row of the RFM segment map (first matching rule wins). */
export interface RfmRule {
  segment: string
  rMin: number
  rMax: number
  fmMin: number
  fmMax: number
}

/** The customers screen. */
export interface CustomerOverview {
  at: string
  month: string
  total: number
  settings: ScoreSettings
  rfmMode: string
  rfmScored: number
  rows: CustomerInsightRow[]
  /** counts[r − 1][fm − 1] */
  rfmCounts: number[][]
  rfmSegments: Record<string, number>
  rfmUnscored: number
  rfmRules: RfmRule[]
  tiers: Record<string, number>
  relationships: Record<string, number>
  options: { regions: string[]; industries: string[]; channels: string[]; attributes: { key: string; values: string[] }[] }
}

/** A saved segment. */
export interface SavedSegment {
  id: number
  name: string
  filter: CustomerFilter
}

/** The tier migration matrix: counts[i][j] customers from from[i] to to[j]. */
export interface TierMigration {
  fromMonth: string
  toMonth: string
  from: string[]
  to: string[]
  counts: number[][]
  total: number
  up: number
  down: number
  same: number
  taken: string[]
}

/** A rate with its counts; percent is 0 when undefined. */
export interface Rate {
  numerator: number
  denominator: number
  defined: boolean
  percent: number
}

/** The customer rates of a period. */
export interface CustomerRates {
  segmentId: number
  segmentName: string
  customers: number
  inactivityDays: number
  churn: Rate
  repeatPurchase: Rate
  referral: Rate
  complaint: Rate
  complainants: Rate
}

/** A month with a snapshot. */
export interface SnapshotMonth {
  month: string
  customers: number
}

function toCounts(v: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, x] of Object.entries(rec(v))) out[k] = num(x)
  return out
}

/** Coerces settings from the bridge. */
export function toSettings(v: unknown): ScoreSettings {
  const s = rec(v)
  const w = rec(s.weights)
  const t = rec(s.tiers)
  return {
    weights: { value: num(w.value), satisfaction: num(w.satisfaction), loyalty: num(w.loyalty), complaints: num(w.complaints) },
    tiers: { high: num(t.high), medium: num(t.medium) },
    windowDays: num(s.windowDays),
    rfmMode: str(s.rfmMode),
  }
}

/** Coerces a filter from the bridge. */
export function toFilter(v: unknown): CustomerFilter {
  const f = rec(v)
  const attributes: Record<string, string[]> = {}
  for (const [k, x] of Object.entries(rec(f.attributes))) attributes[k] = strs(x)
  return {
    search: str(f.search), regions: strs(f.regions), industries: strs(f.industries), channels: strs(f.channels),
    tiers: strs(f.tiers), relationships: strs(f.relationships), rfmSegments: strs(f.rfmSegments),
    lifecycles: strs(f.lifecycles), scoreMin: optNum(f.scoreMin), scoreMax: optNum(f.scoreMax), attributes,
  }
}

function toRow(v: Record<string, unknown>): CustomerInsightRow {
  return {
    id: num(v.id), name: str(v.name), company: str(v.company), region: str(v.region), industry: str(v.industry),
    channel: str(v.channel), score: optNum(v.score), tier: str(v.tier), partial: bool(v.partial),
    relationship: str(v.relationship), lifecycle: str(v.lifecycle), rfmSegment: str(v.rfmSegment),
    r: num(v.r), f: num(v.f), m: num(v.m), fm: num(v.fm), doNotContact: bool(v.doNotContact),
  }
}

function toRate(v: unknown): Rate {
  const r = rec(v)
  return { numerator: num(r.numerator), denominator: num(r.denominator), defined: bool(r.defined), percent: num(r.percent) }
}

export const customerInsightsApi = {
  async overview(filter: CustomerFilter, segmentId = 0): Promise<CustomerOverview> {
    const o = rec(await call(() => CI.Overview(customerscore.Filter.createFrom(filter), segmentId)))
    const rfm = rec(o.rfm)
    const opts = rec(o.options)
    return {
      at: str(o.at), month: str(o.month), total: num(o.total), settings: toSettings(o.settings), rfmMode: str(o.rfmMode),
      rfmScored: num(o.rfmScored), rows: recs(o.rows).map(toRow),
      rfmCounts: arr(rfm.counts).map((row) => arr(row).map(num)),
      rfmSegments: toCounts(rfm.segments), rfmUnscored: num(rfm.unscored),
      rfmRules: recs(rfm.rules).map((r) => ({
        segment: str(r.segment), rMin: num(r.r_min), rMax: num(r.r_max), fmMin: num(r.fm_min), fmMax: num(r.fm_max),
      })),
      tiers: toCounts(o.tiers), relationships: toCounts(o.relationships),
      options: {
        regions: strs(opts.regions), industries: strs(opts.industries), channels: strs(opts.channels),
        attributes: recs(opts.attributes).map((a) => ({ key: str(a.key), values: strs(a.values) })),
      },
    }
  },
  async settings(): Promise<ScoreSettings> {
    return toSettings(await call(() => CI.Settings()))
  },
  async saveSettings(s: ScoreSettings): Promise<ScoreSettings> {
    return toSettings(await call(() => CI.SaveSettings(customerscore.Settings.createFrom(s))))
  },
  async months(): Promise<SnapshotMonth[]> {
    return recs(await call(() => CI.Months())).map((m) => ({ month: str(m.month), customers: num(m.customers) }))
  },
  async takeSnapshot(month: string): Promise<{ month: string; customers: number; scored: number }> {
    const r = rec(await call(() => CI.TakeSnapshot(month)))
    return { month: str(r.month), customers: num(r.customers), scored: num(r.scored) }
  },
  async migration(from: string, to: string): Promise<TierMigration> {
    const m = rec(await call(() => CI.Migration(from, to)))
    return {
      fromMonth: str(m.fromMonth), toMonth: str(m.toMonth), from: strs(m.from), to: strs(m.to),
      counts: arr(m.counts).map((row) => arr(row).map(num)), total: num(m.total), up: num(m.up), down: num(m.down),
      same: num(m.same), taken: strs(m.taken),
    }
  },
  async segments(): Promise<SavedSegment[]> {
    return recs(await call(() => CI.Segments())).map((s) => ({ id: num(s.id), name: str(s.name), filter: toFilter(s.filter) }))
  },
  async saveSegment(id: number, name: string, filter: CustomerFilter): Promise<SavedSegment> {
    const s = rec(await call(() => CI.SaveSegment(id, name, customerscore.Filter.createFrom(filter))))
    return { id: num(s.id), name: str(s.name), filter: toFilter(s.filter) }
  },
  async deleteSegment(id: number): Promise<void> {
    await call(() => CI.DeleteSegment(id))
  },
  async rates(from: string, to: string, segmentId = 0): Promise<CustomerRates> {
    const r = rec(await call(() => CI.Rates(from, to, segmentId)))
    return {
      segmentId: num(r.segmentId), segmentName: str(r.segmentName), customers: num(r.customers),
      inactivityDays: num(r.inactivity_days), churn: toRate(r.churn), repeatPurchase: toRate(r.repeat_purchase),
      referral: toRate(r.referral), complaint: toRate(r.complaint), complainants: toRate(r.complainants),
    }
  },
}
