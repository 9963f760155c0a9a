/**
 * Typed facade over the bound Go struct `api.Responses` for the responses
 * list: List, Get, SetTags, SetNote, Facets (contract: notes/issue3-contract.md).
 * Submit lives in the response-entry facade (api/responses.ts).
 * Every call rejects with an AppError.
 */
import * as Responses from '../../wailsjs/go/api/Responses'
import { api } from '../../wailsjs/go/models'
import { call } from './errors'
import { num, optNum, rec, recs, str, strs } from './coerce'

/** NPS score bands: detractor 0–6, passive 7–8, promoter 9–10. */
export type ScoreBand = 'promoter' | 'passive' | 'detractor'

/** How a response was collected. */
export type ResponseSource = 'form' | 'phone' | 'kiosk' | 'import'

/** List filters; empty strings and null mean "any". Days are "YYYY-MM-DD", `to` inclusive. */
export interface ResponseQuery {
  surveyId: number | null
  from: string
  to: string
  channel: string
  region: string
  product: string
  agent: string
  band: ScoreBand | ''
  search: string
  tag: string
  offset: number
  limit: number
}

export interface ResponseRow {
  id: number
  surveyId: number
  surveyTitle: string
  /** RFC 3339 instant (UTC). */
  submittedAt: string
  source: string
  customerId: number | null
  customerName: string
  channel: string
  region: string
  product: string
  agent: string
  nps: number | null
  csat: number | null
  /** First text answer, truncated by the server to 200 characters. */
  comment: string
  tags: string[]
}

export interface ResponsePage {
  items: ResponseRow[]
  total: number
}

export type AnswerStatus = 'valid' | 'skipped' | 'invalid'

export interface AnswerView {
  questionId: number
  questionTitle: string
  questionTitleEn: string
  type: string
  role: string
  status: AnswerStatus
  number: number | null
  text: string
  /** The value as it was entered or imported. */
  raw: string
}

export interface ResponseDetail extends ResponseRow {
  note: string
  answers: AnswerView[]
}

export interface ResponseFacets {
  channels: string[]
  regions: string[]
  products: string[]
  agents: string[]
  tags: string[]
}

function toStatus(v: unknown): AnswerStatus {
  return v === 'skipped' || v === 'invalid' ? v : 'valid'
}

/** Converts one bound ResponseRow (or the row fields of a detail). */
export function toResponseRow(v: unknown): ResponseRow {
  const o = rec(v)
  return {
    id: num(o.id),
    surveyId: num(o.surveyId),
    surveyTitle: str(o.surveyTitle),
    submittedAt: str(o.submittedAt),
    source: str(o.source),
    customerId: optNum(o.customerId),
    customerName: str(o.customerName),
    channel: str(o.channel),
    region: str(o.region),
    product: str(o.product),
    agent: str(o.agent),
    nps: optNum(o.nps),
    csat: optNum(o.csat),
    comment: str(o.comment),
    tags: strs(o.tags),
  }
}

/** Converts a bound ResponseDetail. */
export function toResponseDetail(v: unknown): ResponseDetail {
  const o = rec(v)
  return {
    ...toResponseRow(o),
    note: str(o.note),
    answers: recs(o.answers).map((a) => ({
      questionId: num(a.questionId),
      questionTitle: str(a.questionTitle),
      questionTitleEn: str(a.questionTitleEn),
      type: str(a.type),
      role: str(a.role),
      status: toStatus(a.status),
      number: optNum(a.number),
      text: str(a.text),
      raw: str(a.raw),
    })),
  }
}

export const responseListApi = {
  async list(q: ResponseQuery): Promise<ResponsePage> {
    const p = await call(() =>
      Responses.List(
        api.ResponseQuery.createFrom({ ...q, surveyId: q.surveyId ?? undefined, limit: Math.min(500, Math.max(1, q.limit)) }),
      ),
    )
    return { items: recs(rec(p).items).map(toResponseRow), total: num(rec(p).total) }
  },

  async get(id: number): Promise<ResponseDetail> {
    return toResponseDetail(await call(() => Responses.Get(id)))
  },

  async setTags(id: number, tags: string[]): Promise<ResponseDetail> {
    return toResponseDetail(await call(() => Responses.SetTags(id, tags)))
  },

  async setNote(id: number, note: string): Promise<ResponseDetail> {
    return toResponseDetail(await call(() => Responses.SetNote(id, note)))
  },

  /** Distinct filter values; for one survey, or all when surveyId is null. */
  async facets(surveyId: number | null): Promise<ResponseFacets> {
    const f = rec(await call(() => Responses.Facets(surveyId)))
    return {
      channels: strs(f.channels),
      regions: strs(f.regions),
      products: strs(f.products),
      agents: strs(f.agents),
      tags: strs(f.tags),
    }
  },
}
