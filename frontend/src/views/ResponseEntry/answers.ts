/**
 * The entry form's answer state per question and its conversion to the
 * AnswerInput the Go side validates: numbers for scales, text, choices;
 * an unanswered question is sent as skipped (counted as "skipped", never
 * silently dropped or coerced).
 */
import { isChoiceType, isScaleType, type AnswerInput, type Question } from '@/api/surveyTypes'
import { emptyScoreState, type ScoreKeyState } from './scoreKeys'

export interface AnswerState {
  score: ScoreKeyState
  text: string
  choices: string[]
}

export function emptyAnswer(): AnswerState {
  return { score: { ...emptyScoreState }, text: '', choices: [] }
}

/** A value as a form holds it: a scale number, free text, picked choices. */
export interface AnswerValue {
  number: number | null
  text: string
  choices: string[]
}

/** Whether the value answers a question of this type (shared by entry, kiosk and the call script). */
export function hasAnswer(type: string, v: AnswerValue): boolean {
  if (isScaleType(type)) return v.number !== null
  if (isChoiceType(type)) return v.choices.length > 0
  return v.text.trim() !== ''
}

export function isAnswered(q: Question, a: AnswerState): boolean {
  return hasAnswer(q.type, { number: a.score.value, text: a.text, choices: a.choices })
}

export function toAnswerInput(q: Question, a: AnswerState): AnswerInput {
  const base: AnswerInput = { questionId: q.id, number: null, text: '', choices: [], skipped: false }
  if (!isAnswered(q, a)) return { ...base, skipped: true }
  if (isScaleType(q.type)) return { ...base, number: a.score.value }
  if (isChoiceType(q.type)) return { ...base, choices: [...a.choices] }
  return { ...base, text: a.text.trim() }
}

/** Indexes of required questions without an answer. */
export function missingRequired(qs: Question[], as: AnswerState[]): number[] {
  const out: number[] = []
  qs.forEach((q, i) => {
    const a = as[i]
    if (q.required && (!a || !isAnswered(q, a))) out.push(i)
  })
  return out
}
