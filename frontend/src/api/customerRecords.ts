/**
 * Typed facade over the bound Go struct `api.CustomerRecords`: one
 * customer's profile, duplicates and merging, and privacy (export through a
 * Go save dialog, erase, anonymise, the retention job and its log). Every
 * call rejects with an AppError; results are coerced into plain types here.
 */
import { call } from './errors'
import { arr, bool, num, optNum, rec, recs, str, strs } from './coerce'
import * as CR from '../../wailsjs/go/api/CustomerRecords'
import type { SlaTarget } from './ticketTypes'

/** The four score components (0–100 each, null when unknown). */
export interface ScoreParts {
  value: number | null
  satisfaction: number | null
  loyalty: number | null
  complaints: number | null
}

/** The customer management score breakdown. */
export interface ProfileScore {
  score: number | null
  tier: string
  partial: boolean
  missing: string[]
  components: ScoreParts
  contributions: ScoreParts
  weights: { value: number; satisfaction: number; loyalty: number; complaints: number }
  rfmSegment: string
  recency: number
  frequency: number
  monetary: number
  lifecycle: string
  relationship: string
  complaints: number
  breaches: number
  at: string
}

/** One NPS or CSAT answer. */
export interface SatisfactionPoint {
  responseId: number
  surveyId: number
  survey: string
  at: string
  metric: 'nps' | 'csat'
  value: number
  scaleMin: number
  scaleMax: number
  comment: string
}

/** One complaint ticket with its SLA outcome. */
export interface Complaint {
  id: number
  title: string
  category: string
  priority: number
  status: string
  statusCategory: string
  responseId: number
  createdAt: string
  /** none, met, running, at_risk, breached */
  sla: string
  targets: SlaTarget[]
}

/** One follow-up call attempt. */
export interface ProfileCall {
  id: number
  at: string
  disposition: string
  reason: string
  ticketId: number
  responseId: number
  note: string
}

/** One order. */
export interface ProfileOrder {
  id: number
  externalId: string
  at: string
  amount: number
  refund: number
}

/** One merge of the log. */
export interface MergeRecord {
  id: number
  keptId: number
  mergedId: number
  responses: number
  tickets: number
  calls: number
  orders: number
  at: string
}

/** Everything the profile screen shows. */
export interface CustomerProfile {
  id: number
  externalId: string
  name: string
  phone: string
  email: string
  company: string
  region: string
  industry: string
  channel: string
  attributes: { key: string; value: string }[]
  consent: boolean
  doNotContact: boolean
  anonymisedAt: string
  mergedIntoId: number
  mergedFrom: number[]
  createdAt: string
  tier: string
  relationship: string
  score: ProfileScore | null
  satisfaction: SatisfactionPoint[]
  complaints: Complaint[]
  calls: ProfileCall[]
  orders: ProfileOrder[]
  orderTotals: { count: number; amount: number; refund: number; net: number }
  merges: MergeRecord[]
}

/** A member of a duplicate group. */
export interface DuplicateMember {
  id: number
  name: string
  phone: string
  email: string
  company: string
  region: string
  tier: string
  doNotContact: boolean
}

/** Records that look like one person, with the shared keys ("phone:…", "email:…"). */
export interface DuplicateGroup {
  keys: string[]
  members: DuplicateMember[]
}

/** What an erasure, anonymisation or retention run did. */
export interface PrivacyResult {
  customerId: number
  customers: number
  responses: number
  tickets: number
  calls: number
  orders: number
  /** Retention: free-text answers whose contact details were masked. */
  texts: number
  checkpointed: boolean
}

/** One logged privacy action. */
export interface PrivacyLogEntry {
  id: number
  action: 'erase' | 'anonymise' | 'retention' | string
  customerId: number
  months: number
  cutoff: string
  customers: number
  responses: number
  tickets: number
  calls: number
  orders: number
  /** Retention: free-text answers whose contact details were masked. */
  texts: number
  at: string
}

/** The retention period (0: off) and the privacy log, newest first. */
export interface Retention {
  months: number
  log: PrivacyLogEntry[]
}

function toParts(v: unknown): ScoreParts {
  const r = rec(v)
  return { value: optNum(r.value), satisfaction: optNum(r.satisfaction), loyalty: optNum(r.loyalty), complaints: optNum(r.complaints) }
}

function toScore(v: unknown): ProfileScore | null {
  if (v === null || v === undefined) return null
  const r = rec(v)
  const w = rec(r.weights)
  return {
    score: optNum(r.score), tier: str(r.tier), partial: bool(r.partial), missing: strs(r.missing),
    components: toParts(r.components), contributions: toParts(r.contributions),
    weights: { value: num(w.value), satisfaction: num(w.satisfaction), loyalty: num(w.loyalty), complaints: num(w.complaints) },
    rfmSegment: str(r.rfmSegment), recency: num(r.recency), frequency: num(r.frequency), monetary: num(r.monetary),
    lifecycle: str(r.lifecycle), relationship: str(r.relationship), complaints: num(r.complaints), breaches: num(r.breaches),
    at: str(r.at),
  }
}

function toTarget(v: unknown): SlaTarget {
  const r = rec(v)
  return {
    kind: str(r.kind), state: str(r.state), mode: str(r.mode), targetMinutes: num(r.targetMinutes),
    actualMinutes: num(r.actualMinutes), minutesLeft: num(r.minutesLeft), due: str(r.due), breachedAt: str(r.breachedAt),
    warning: num(r.warning), startedAt: str(r.startedAt), stoppedAt: str(r.stoppedAt), stoppedBy: str(r.stoppedBy),
    pausedBy: str(r.pausedBy), met: num(r.met), breached: num(r.breached),
  }
}

function toMerge(v: unknown): MergeRecord {
  const r = rec(v)
  return {
    id: num(r.id), keptId: num(r.keptId), mergedId: num(r.mergedId), responses: num(r.responses), tickets: num(r.tickets),
    calls: num(r.calls), orders: num(r.orders), at: str(r.at),
  }
}

/** Coerces a bound profile result. */
export function toProfile(v: unknown): CustomerProfile {
  const r = rec(v)
  const tot = rec(r.orderTotals)
  return {
    id: num(r.id), externalId: str(r.externalId), name: str(r.name), phone: str(r.phone), email: str(r.email),
    company: str(r.company), region: str(r.region), industry: str(r.industry), channel: str(r.channel),
    attributes: recs(r.attributes).map((a) => ({ key: str(a.key), value: str(a.value) })),
    consent: bool(r.consent), doNotContact: bool(r.doNotContact), anonymisedAt: str(r.anonymisedAt),
    mergedIntoId: num(r.mergedIntoId), mergedFrom: arr(r.mergedFrom).map(num), createdAt: str(r.createdAt),
    tier: str(r.tier), relationship: str(r.relationship), score: toScore(r.score),
    satisfaction: recs(r.satisfaction).map((s) => ({
      responseId: num(s.responseId), surveyId: num(s.surveyId), survey: str(s.survey), at: str(s.at),
      metric: s.metric === 'csat' ? 'csat' : 'nps', value: num(s.value), scaleMin: num(s.scaleMin), scaleMax: num(s.scaleMax),
      comment: str(s.comment),
    })),
    complaints: recs(r.complaints).map((c) => ({
      id: num(c.id), title: str(c.title), category: str(c.category), priority: num(c.priority), status: str(c.status),
      statusCategory: str(c.statusCategory), responseId: num(c.responseId), createdAt: str(c.createdAt), sla: str(c.sla) || 'none',
      targets: arr(c.targets).map(toTarget),
    })),
    calls: recs(r.calls).map((c) => ({
      id: num(c.id), at: str(c.at), disposition: str(c.disposition), reason: str(c.reason), ticketId: num(c.ticketId),
      responseId: num(c.responseId), note: str(c.note),
    })),
    orders: recs(r.orders).map((o) => ({ id: num(o.id), externalId: str(o.externalId), at: str(o.at), amount: num(o.amount), refund: num(o.refund) })),
    orderTotals: { count: num(tot.count), amount: num(tot.amount), refund: num(tot.refund), net: num(tot.net) },
    merges: arr(r.merges).map(toMerge),
  }
}

function toPrivacy(v: unknown): PrivacyResult {
  const r = rec(v)
  return {
    customerId: num(r.customerId), customers: num(r.customers), responses: num(r.responses), tickets: num(r.tickets),
    calls: num(r.calls), orders: num(r.orders), texts: num(r.texts), checkpointed: bool(r.checkpointed),
  }
}

function toRetention(v: unknown): Retention {
  const r = rec(v)
  return {
    months: num(r.months),
    log: recs(r.log).map((e) => ({
      id: num(e.id), action: str(e.action), customerId: num(e.customerId), months: num(e.months), cutoff: str(e.cutoff),
      customers: num(e.customers), responses: num(e.responses), tickets: num(e.tickets), calls: num(e.calls),
      orders: num(e.orders), texts: num(e.texts), at: str(e.at),
    })),
  }
}

export const customerRecordsApi = {
  async profile(id: number): Promise<CustomerProfile> {
    return toProfile(await call(() => CR.Profile(id)))
  },
  async duplicates(): Promise<DuplicateGroup[]> {
    return recs(await call(() => CR.Duplicates())).map((g) => ({
      keys: strs(g.keys),
      members: recs(g.members).map((m) => ({
        id: num(m.id), name: str(m.name), phone: str(m.phone), email: str(m.email), company: str(m.company),
        region: str(m.region), tier: str(m.tier), doNotContact: bool(m.doNotContact),
      })),
    }))
  },
  async merge(keep: number, merge: number): Promise<MergeRecord> {
    return toMerge(await call(() => CR.Merge(keep, merge)))
  },
  /** Opens a Go save dialog; resolves with canceled true when the user closed it. */
  async exportCustomer(id: number, format: 'xlsx' | 'json', lang: string): Promise<{ canceled: boolean; path: string; format: string }> {
    const r = rec(await call(() => CR.ExportCustomer(id, format, lang)))
    return { canceled: bool(r.canceled), path: str(r.path), format: str(r.format) }
  },
  async erase(id: number): Promise<PrivacyResult> {
    return toPrivacy(await call(() => CR.Erase(id)))
  },
  async anonymise(id: number): Promise<PrivacyResult> {
    return toPrivacy(await call(() => CR.Anonymise(id)))
  },
  async retention(): Promise<Retention> {
    return toRetention(await call(() => CR.Retention()))
  },
  async saveRetention(months: number): Promise<Retention> {
    return toRetention(await call(() => CR.SaveRetention(months)))
  },
  async runRetention(): Promise<PrivacyResult> {
    return toPrivacy(await call(() => CR.RunRetention()))
  },
}
