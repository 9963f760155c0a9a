/**
 * The survey builder's pure rules: a blank survey and question, what a type
 * change implies (scale and metric role), which role a type allows, and the
 * client-side validation that mirrors the Go rules (so messages appear
 * before saving; the Go side still validates and its keys are translated).
 */
import { isChoiceType, type MetricRole, type Question, type QuestionType, type Survey } from '@/api/surveyTypes'

export const csatScales: readonly (readonly [number, number])[] = [
  [1, 3],
  [1, 5],
  [1, 7],
  [1, 10],
]

export function blankSurvey(): Survey {
  return { id: 0, title: '', titleEn: '', description: '', descriptionEn: '', status: 'draft', responses: 0, questions: [] }
}

export function blankQuestion(type: QuestionType = 'nps'): Question {
  return withType(
    {
      id: 0,
      type,
      title: '',
      titleEn: '',
      required: false,
      role: '',
      scaleMin: 0,
      scaleMax: 0,
      inverted: false,
      longText: false,
      options: [],
      locked: false,
    },
    type,
  )
}

/** The only metric role a type may feed ('' for non-metric types). */
export function allowedRole(type: QuestionType): MetricRole {
  return type === 'nps' || type === 'csat' || type === 'ces' ? type : ''
}

/** The question after changing its type: fixed scales, the matching role, options for choices. */
export function withType(q: Question, type: QuestionType): Question {
  const next: Question = { ...q, type, inverted: type === 'ces' ? q.inverted : false, longText: type === 'text' ? q.longText : false }
  switch (type) {
    case 'nps':
      Object.assign(next, { scaleMin: 0, scaleMax: 10, role: 'nps', required: true })
      break
    case 'csat': {
      const keep = csatScales.some(([a, b]) => a === q.scaleMin && b === q.scaleMax)
      Object.assign(next, { scaleMin: 1, scaleMax: keep ? q.scaleMax : 5, role: 'csat' })
      break
    }
    case 'ces':
      Object.assign(next, { scaleMin: 1, scaleMax: 7, role: 'ces' })
      break
    case 'rating':
      Object.assign(next, { scaleMin: q.scaleMin < q.scaleMax ? q.scaleMin : 1, scaleMax: q.scaleMin < q.scaleMax ? q.scaleMax : 5, role: '' })
      break
    default:
      Object.assign(next, { scaleMin: 0, scaleMax: 0, role: '' })
  }
  if (isChoiceType(type) && next.options.length === 0) {
    next.options = [
      { value: '1', label: '', labelEn: '' },
      { value: '2', label: '', labelEn: '' },
    ]
  }
  if (!isChoiceType(type)) next.options = []
  return next
}

export interface Problem {
  /** i18n key under surveys.editor.invalid */
  key: 'title' | 'questions' | 'questionTitle' | 'options' | 'optionDup' | 'rating'
  params: Record<string, string | number>
  /** index of the question, or -1 for the survey */
  index: number
}

/** Problems the Go side would refuse, in order; empty when the draft can be saved. */
export function validateDraft(s: Survey): Problem[] {
  const out: Problem[] = []
  if (s.title.trim() === '' && s.titleEn.trim() === '') out.push({ key: 'title', params: {}, index: -1 })
  if (s.questions.length === 0) out.push({ key: 'questions', params: {}, index: -1 })
  s.questions.forEach((q, i) => {
    const n = i + 1
    if (q.title.trim() === '' && q.titleEn.trim() === '') out.push({ key: 'questionTitle', params: { n }, index: i })
    if (q.type === 'rating' && !(q.scaleMin < q.scaleMax && q.scaleMin >= 0 && q.scaleMax <= 100)) {
      out.push({ key: 'rating', params: { n }, index: i })
    }
    if (isChoiceType(q.type)) {
      const bad = q.options.length < 2 || q.options.some((o) => o.value.trim() === '' || (o.label.trim() === '' && o.labelEn.trim() === ''))
      if (bad) out.push({ key: 'options', params: { n }, index: i })
      const seen = new Set<string>()
      for (const o of q.options) {
        const v = o.value.trim()
        if (v !== '' && seen.has(v)) {
          out.push({ key: 'optionDup', params: { n, value: v }, index: i })
          break
        }
        seen.add(v)
      }
    }
  })
  return out
}

/** A stable text form of a draft, to detect unsaved changes. */
export function fingerprint(s: Survey): string {
  return JSON.stringify({ ...s, responses: 0, status: '' })
}
