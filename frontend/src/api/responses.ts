/**
 * Typed facade over the bound Go struct `api.Responses` (contract:
 * notes/issue3-contract.md): Submit for response entry, and the responses
 * list — List, Get, SetTags, SetNote, Facets. Every call rejects with an
 * AppError; results are normalised (api/normalize.ts).
 */
import { call } from './errors'
import * as Responses from '../../wailsjs/go/api/Responses'
import { api } from '../../wailsjs/go/models'
import { num, rec, recs } from './coerce'
import { toFacets, toResponseDetail, toResponseRow } from './normalize'
import type { Facets, ResponseDetail, ResponseInput, ResponsePage, ResponseQuery } from './surveyTypes'

/** The plain object Submit expects. */
export function fromResponseInput(r: ResponseInput): Record<string, unknown> {
  return {
    surveyId: r.surveyId,
    customerId: r.customerId,
    newCustomer: r.newCustomer
      ? {
          name: r.newCustomer.name.trim(),
          phone: r.newCustomer.phone.trim(),
          email: r.newCustomer.email.trim(),
          company: r.newCustomer.company.trim(),
        }
      : null,
    source: r.source,
    channel: r.channel.trim(),
    region: r.region.trim(),
    product: r.product.trim(),
    agent: r.agent.trim(),
    submittedAt: r.submittedAt,
    note: r.note,
    tags: r.tags,
    answers: r.answers.map((a) => ({
      questionId: a.questionId,
      number: a.number,
      text: a.text,
      choices: a.choices,
      skipped: a.skipped,
    })),
  }
}

export const responsesApi = {
  async submit(r: ResponseInput): Promise<ResponseDetail> {
    return toResponseDetail(await call(() => Responses.Submit(api.ResponseInput.createFrom(fromResponseInput(r)))))
  },

  /** Distinct values seen so far (filter menus, autocomplete); surveyId null = all surveys. */
  async facets(surveyId: number | null): Promise<Facets> {
    return toFacets(await call(() => Responses.Facets(surveyId)))
  },

  /** One page of the responses list. */
  async list(q: ResponseQuery): Promise<ResponsePage> {
    const p = rec(
      await call(() =>
        Responses.List(
          api.ResponseQuery.createFrom({ ...q, surveyId: q.surveyId ?? undefined, limit: Math.min(500, Math.max(1, q.limit)) }),
        ),
      ),
    )
    return { items: recs(p.items).map(toResponseRow), total: num(p.total) }
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
}
