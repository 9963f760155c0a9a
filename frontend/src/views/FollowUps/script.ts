/**
 * The call script's form state: one value per question, turned into the
 * answers of the phone response, and the first required question still
 * unanswered (checked before a completed call is recorded).
 */
import type { ScriptAnswer, ScriptQuestion } from '@/api/followups'
import { isChoiceType, isScaleType } from '@/api/surveyTypes'
import { pickText } from '@/i18n/surveyText'
import { hasAnswer, type AnswerValue } from '@/views/ResponseEntry/answers'

export type ScriptValue = AnswerValue

export type ScriptValues = Record<number, ScriptValue>

export const blankValue = (): ScriptValue => ({ number: null, text: '', choices: [] })

function answered(q: ScriptQuestion, v: ScriptValue | undefined): boolean {
  return v !== undefined && hasAnswer(q.type, v)
}

/** True when nothing at all was filled in. */
export function isBlank(questions: ScriptQuestion[], values: ScriptValues): boolean {
  return !questions.some((q) => answered(q, values[q.id]))
}

/** The first required question without an answer, or null. */
export function firstMissing(questions: ScriptQuestion[], values: ScriptValues): ScriptQuestion | null {
  return questions.find((q) => q.required && !answered(q, values[q.id])) ?? null
}

/** The answered questions as response answers (unanswered optional ones are left out). */
export function toAnswers(questions: ScriptQuestion[], values: ScriptValues): ScriptAnswer[] {
  const out: ScriptAnswer[] = []
  for (const q of questions) {
    const v = values[q.id]
    if (!v || !answered(q, v)) continue
    if (isScaleType(q.type)) out.push({ questionId: q.id, number: v.number })
    else if (isChoiceType(q.type)) out.push({ questionId: q.id, choices: [...v.choices] })
    else out.push({ questionId: q.id, text: v.text.trim() })
  }
  return out
}

/** The question title in the UI language, falling back to the other one. */
export function questionTitle(q: { title: string; titleEn: string }, locale: string): string {
  return pickText(q.title, q.titleEn, locale)
}

/** The scale points of a question, e.g. 0..10 for NPS. */
export function scalePoints(q: ScriptQuestion): number[] {
  const lo = Number.isFinite(q.scaleMin) ? q.scaleMin : 0
  const hi = q.scaleMax >= lo ? q.scaleMax : lo
  return Array.from({ length: Math.min(hi - lo + 1, 21) }, (_, i) => lo + i)
}
