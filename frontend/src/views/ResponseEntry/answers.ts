/**
 * The entry form's answer state per question and its conversion to the
 * AnswerInput the Go side validates: numbers for scales, text, choices;
 * an unanswered question is sent as skipped (counted as "skipped", never
 * silently dropped or coerced).
 */
import type { AnswerInput, Question } from '@/api/surveyTypes'
import { emptyScoreState, type ScoreKeyState } from './scoreKeys'

export interface AnswerState {
  score: ScoreKeyState
  text: string
  choices: string[]
}

export function emptyAnswer(): AnswerState {
  return { score: { ...emptyScoreState }, text: '', choices: [] }
}

export function isNumeric(q: Question): boolean {
  return q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'rating'
}

export function isAnswered(q: Question, a: AnswerState): boolean {
  if (isNumeric(q)) return a.score.value !== null
  if (q.type === 'single' || q.type === 'multi') return a.choices.length > 0
  return a.text.trim() !== ''
}

export function toAnswerInput(q: Question, a: AnswerState): AnswerInput {
  const base: AnswerInput = { questionId: q.id, number: null, text: '', choices: [], skipped: false }
  if (!isAnswered(q, a)) return { ...base, skipped: true }
  if (isNumeric(q)) return { ...base, number: a.score.value }
  if (q.type === 'single' || q.type === 'multi') return { ...base, choices: [...a.choices] }
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
