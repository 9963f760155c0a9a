/**
 * Typed facade over `api.Responses` for response entry: Submit and Facets
 * (the list calls live in api/responseList.ts). Every call rejects with an
 * AppError.
 */
import { call } from './errors'
import * as Responses from '../../wailsjs/go/api/Responses'
import { api } from '../../wailsjs/go/models'
import { toFacets, toResponseDetail } from './normalize'
import type { Facets, ResponseDetail, ResponseInput } from './surveyTypes'


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

  /** Values seen so far for the autocomplete fields; surveyId null = all surveys. */
  async facets(surveyId: number | null): Promise<Facets> {
    return toFacets(await call(() => Responses.Facets(surveyId)))
  },
}
