/**
 * Every backend error key a user can hit on the survey, entry and kiosk
 * screens has zh-CN and en text (keys grepped from backend/ at the time of
 * writing; add new ones here with their messages).
 */
import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN'
import en from './en'

const keys = ["error.answer.not_integer","error.answer.number_required","error.answer.out_of_range","error.answer.single_choice","error.answer.text_required","error.answer.text_too_long","error.answer.unknown_option","error.customer.identity_required","error.customer.not_found","error.customer.relationship_invalid","error.customer.tier_invalid","error.export.write","error.file.not_found","error.file.too_large","error.kiosk.locked","error.kiosk.not_configured","error.kiosk.pin_invalid","error.question.answered_delete","error.question.ces_scale","error.question.csat_scale","error.question.locked","error.question.not_in_survey","error.question.nps_scale","error.question.options_required","error.question.rating_scale","error.question.role_invalid","error.question.role_mismatch","error.question.title_required","error.question.type_invalid","error.response.band_invalid","error.response.customer_missing","error.response.duplicate","error.response.duplicate_answer","error.response.not_found","error.response.note_too_long","error.response.page_invalid","error.response.required","error.response.source_invalid","error.response.survey_not_active","error.response.tag_too_long","error.response.time_invalid","error.response.time_required","error.response.too_many_tags","error.response.unknown_question","error.response.wrong_survey","error.survey.definition_format","error.survey.definition_json","error.survey.has_responses","error.survey.not_found","error.survey.status_invalid","error.survey.status_transition","error.survey.title_required","error.survey.title_too_long","error.template.not_found"]

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((t, k) => (t && typeof t === 'object' ? (t as Record<string, unknown>)[k] : undefined), tree)
}

describe('survey, response and kiosk error keys', () => {
  it.each(keys)('%s has zh-CN and en text', (key) => {
    expect(typeof lookup(zhCN, key)).toBe('string')
    expect(typeof lookup(en, key)).toBe('string')
  })
})
