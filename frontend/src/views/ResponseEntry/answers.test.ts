import { describe, expect, it } from 'vitest'
import type { Question } from '@/api/surveyTypes'
import { emptyAnswer, missingRequired, toAnswerInput } from './answers'

const q = (over: Partial<Question>): Question => ({
  id: 1,
  type: 'nps',
  title: 'Q',
  titleEn: '',
  required: false,
  role: 'nps',
  scaleMin: 0,
  scaleMax: 10,
  inverted: false,
  longText: false,
  options: [],
  locked: false,
  ...over,
})

describe('toAnswerInput', () => {
  it('sends scores as numbers and unanswered as skipped', () => {
    const a = emptyAnswer()
    expect(toAnswerInput(q({}), a)).toEqual({ questionId: 1, number: null, text: '', choices: [], skipped: true })
    a.score = { ...a.score, value: 10 }
    expect(toAnswerInput(q({}), a)).toMatchObject({ number: 10, skipped: false })
  })

  it('trims text and copies choices', () => {
    const a = { ...emptyAnswer(), text: '  slow delivery ' }
    expect(toAnswerInput(q({ id: 3, type: 'text', role: '' }), a)).toMatchObject({ questionId: 3, text: 'slow delivery' })
    const b = { ...emptyAnswer(), choices: ['a', 'c'] }
    expect(toAnswerInput(q({ type: 'multi', role: '' }), b).choices).toEqual(['a', 'c'])
  })
})

describe('missingRequired', () => {
  it('lists required questions without an answer', () => {
    const qs = [q({ required: true }), q({ id: 2, type: 'text', required: true }), q({ id: 3 })]
    const as = [emptyAnswer(), { ...emptyAnswer(), text: 'x' }, emptyAnswer()]
    expect(missingRequired(qs, as)).toEqual([0])
  })
})
