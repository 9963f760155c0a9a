/**
 * Typed facade over the bound Go struct `api.Care`: the closed-loop care
 * rules (switch, parameters, how many items each created), running them
 * (idempotent: a second run creates nothing for triggers already handled),
 * what each rule created, this month's churn-risk list and adding an entry
 * to the follow-up queue. Every call rejects with an AppError.
 */
import { call } from './errors'
import { bool, num, optNum, rec, recs, str } from './coerce'
import * as Care from '../../wailsjs/go/api/Care'
import { careloop } from '../../wailsjs/go/models'

/** Rule keys, in the order the screen shows them. */
export const careRuleKeys = ['low_score_ticket', 'resolved_call', 'high_value_call', 'churn_risk'] as const
export type CareRuleKey = (typeof careRuleKeys)[number]

/** Rule parameters; each rule reads its own fields (Go: careloop.Params). */
export interface CareParams {
  /** low_score_ticket: NPS ≤ npsMax or CSAT ≤ csatMax opens a ticket. */
  npsMax: number
  csatMax: number
  /** Ticket category key ('' = none) and priority 1–4. */
  category: string
  priority: number
  /** low_score_ticket, resolved_call: how many days back a run looks. */
  lookbackDays: number
  /** resolved_call: the call is due this many days after the resolution. */
  delayDays: number
  /** high_value_call: one care call per customer every N days. */
  intervalDays: number
  /** churn_risk: a fall of at least this many score points in a month. */
  minScoreDrop: number
}

export interface CareRule {
  key: CareRuleKey | string
  enabled: boolean
  params: CareParams
  /** Items created so far. */
  created: number
}

export interface CareRunResult {
  at: string
  rules: { key: string; enabled: boolean; created: number }[]
  total: number
}

/** One piece of work a rule created (Go: CareItem). */
export interface CareItem {
  id: number
  rule: string
  /** ticket, call or risk. */
  kind: string
  sourceKind: string
  sourceId: number
  periodKey: string
  customerId: number | null
  customerName: string
  responseId: number | null
  ticketId: number | null
  ticketTitle: string
  /** RFC 3339, "" when not scheduled (a risk entry not yet queued). */
  dueAt: string
  createdAt: string
  done: boolean
  answerRole: string
  answerScore: number | null
  detractor: boolean
  openComplaint: boolean
  fallingScore: boolean
  score: number | null
  previousScore: number | null
}

export interface CareItemPage {
  items: CareItem[]
  total: number
}

function toParams(v: unknown): CareParams {
  const o = rec(v)
  return {
    npsMax: num(o.npsMax),
    csatMax: num(o.csatMax),
    category: str(o.category),
    priority: num(o.priority),
    lookbackDays: num(o.lookbackDays),
    delayDays: num(o.delayDays),
    intervalDays: num(o.intervalDays),
    minScoreDrop: num(o.minScoreDrop),
  }
}

function toRules(v: unknown): CareRule[] {
  return recs(v).map((r) => ({ key: str(r.key), enabled: bool(r.enabled), params: toParams(r.params), created: num(r.created) }))
}

/** Normalises one bound CareItem. */
export function toCareItem(v: unknown): CareItem {
  const o = rec(v)
  return {
    id: num(o.id),
    rule: str(o.rule),
    kind: str(o.kind),
    sourceKind: str(o.sourceKind),
    sourceId: num(o.sourceId),
    periodKey: str(o.periodKey),
    customerId: optNum(o.customerId),
    customerName: str(o.customerName),
    responseId: optNum(o.responseId),
    ticketId: optNum(o.ticketId),
    ticketTitle: str(o.ticketTitle),
    dueAt: str(o.dueAt),
    createdAt: str(o.createdAt),
    done: bool(o.done),
    answerRole: str(o.answerRole),
    answerScore: optNum(o.answerScore),
    detractor: bool(o.detractor),
    openComplaint: bool(o.openComplaint),
    fallingScore: bool(o.fallingScore),
    score: optNum(o.score),
    previousScore: optNum(o.previousScore),
  }
}

function toPage(v: unknown): CareItemPage {
  const o = rec(v)
  return { items: recs(o.items).map(toCareItem), total: num(o.total) }
}

export const careApi = {
  async rules(): Promise<CareRule[]> {
    return toRules(await call(() => Care.Rules()))
  },
  /** Switches a rule and stores its parameters; resolves to every rule. */
  async saveRule(key: string, enabled: boolean, params: CareParams): Promise<CareRule[]> {
    return toRules(await call(() => Care.SaveRule(key, enabled, careloop.Params.createFrom(params))))
  },
  async run(): Promise<CareRunResult> {
    const o = rec(await call(() => Care.Run()))
    return {
      at: str(o.at),
      total: num(o.total),
      rules: recs(o.rules).map((r) => ({ key: str(r.key), enabled: bool(r.enabled), created: num(r.created) })),
    }
  },
  /** What a rule created ('' = every rule), newest first. */
  async items(rule: string, limit = 200): Promise<CareItemPage> {
    return toPage(await call(() => Care.Items(rule, limit)))
  },
  async churnRisk(): Promise<CareItemPage> {
    return toPage(await call(() => Care.ChurnRisk()))
  },
  /** Adds a churn-risk entry to the follow-up queue. */
  async queue(id: number): Promise<CareItem> {
    return toCareItem(await call(() => Care.Queue(id)))
  },
}
