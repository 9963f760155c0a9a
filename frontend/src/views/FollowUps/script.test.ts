import { describe, expect, it } from 'vitest'
import type { ScriptQuestion } from '@/api/followups'
import type { QuestionType } from '@/api/surveyTypes'
import { firstMissing, isBlank, questionTitle, scalePoints, toAnswers, type ScriptValues } from './script'

const q = (id: number, type: QuestionType, required = false): ScriptQuestion => ({
  id,
  type,
  title: `题${id}`,
  titleEn: `Q${id}`,
  required,
  role: type === 'nps' ? 'nps' : '',
  scaleMin: type === 'nps' ? 0 : 1,
  scaleMax: type === 'nps' ? 10 : 5,
  longText: false,
  options: [],
})

const questions = [q(1, 'nps', true), q(2, 'csat'), q(3, 'single'), q(4, 'text')]

describe('call script', () => {
  it('finds the first required question without an answer', () => {
    expect(firstMissing(questions, {})?.id).toBe(1)
    expect(firstMissing(questions, { 1: { number: 0, text: '', choices: [] } })).toBeNull()
    expect(isBlank(questions, {})).toBe(true)
  })

  it('turns values into answers, leaving unanswered optional questions out', () => {
    const v: ScriptValues = {
      1: { number: 9, text: '', choices: [] },
      2: { number: null, text: '', choices: [] },
      3: { number: null, text: '', choices: ['yes'] },
      4: { number: null, text: '  很好  ', choices: [] },
    }
    expect(toAnswers(questions, v)).toEqual([
      { questionId: 1, number: 9 },
      { questionId: 3, choices: ['yes'] },
      { questionId: 4, text: '很好' },
    ])
  })

  it('picks the title in the UI language and lists scale points', () => {
    expect(questionTitle({ title: '满意吗', titleEn: '' }, 'en')).toBe('满意吗')
    expect(questionTitle({ title: '满意吗', titleEn: 'Satisfied?' }, 'en')).toBe('Satisfied?')
    expect(scalePoints(q(1, 'nps'))).toHaveLength(11)
    expect(scalePoints(q(2, 'csat'))).toEqual([1, 2, 3, 4, 5])
  })
})
