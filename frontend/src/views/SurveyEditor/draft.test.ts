import { describe, expect, it } from 'vitest'
import { allowedRole, blankQuestion, blankSurvey, validateDraft, withType } from './draft'

describe('withType', () => {
  it('fixes scales and the matching role', () => {
    expect(withType(blankQuestion('text'), 'nps')).toMatchObject({ scaleMin: 0, scaleMax: 10, role: 'nps' })
    expect(withType(blankQuestion('text'), 'csat')).toMatchObject({ scaleMin: 1, scaleMax: 5, role: 'csat' })
    expect(withType(blankQuestion('text'), 'ces')).toMatchObject({ scaleMin: 1, scaleMax: 7, role: 'ces' })
    expect(withType(blankQuestion('nps'), 'rating')).toMatchObject({ role: '' })
    expect(withType(blankQuestion('nps'), 'text')).toMatchObject({ role: '', options: [] })
  })

  it('keeps a valid CSAT scale and gives choices two options', () => {
    const q = { ...withType(blankQuestion('text'), 'csat'), scaleMax: 7 }
    expect(withType(q, 'csat').scaleMax).toBe(7)
    expect(withType(blankQuestion('text'), 'single').options).toHaveLength(2)
  })

  it('drops the inverted flag off CES', () => {
    const q = { ...blankQuestion('ces'), inverted: true }
    expect(withType(q, 'csat').inverted).toBe(false)
  })
})

describe('allowedRole', () => {
  it('names the role like the type', () => {
    expect(allowedRole('nps')).toBe('nps')
    expect(allowedRole('rating')).toBe('')
    expect(allowedRole('single')).toBe('')
  })
})

describe('validateDraft', () => {
  it('asks for a title and a question', () => {
    expect(validateDraft(blankSurvey()).map((p) => p.key)).toEqual(['title', 'questions'])
  })

  it('accepts an English-only title and flags choice problems', () => {
    const s = blankSurvey()
    s.titleEn = 'Survey'
    const q = { ...blankQuestion('single'), titleEn: 'Pick' }
    q.options = [
      { value: 'a', label: 'A', labelEn: '' },
      { value: 'a', label: 'B', labelEn: '' },
    ]
    s.questions = [blankQuestion('nps'), q]
    const keys = validateDraft(s).map((p) => `${p.key}:${p.params.n}`)
    expect(keys).toEqual(['questionTitle:1', 'optionDup:2'])
  })
})
