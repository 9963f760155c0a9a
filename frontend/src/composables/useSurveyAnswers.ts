/**
 * The answer state of a survey being filled in (response entry and kiosk):
 * the survey, one answer per question, the required questions still
 * missing once a submit was tried, the title in the UI language, and the
 * answers as the AnswerInputs Submit expects.
 */
import { computed, ref, type Ref } from 'vue'
import type { AnswerInput, Survey } from '@/api/surveyTypes'
import { pickText } from '@/i18n/surveyText'
import { emptyAnswer, missingRequired, toAnswerInput, type AnswerState } from '@/views/ResponseEntry/answers'

export function useSurveyAnswers(locale: Readonly<Ref<string>>) {
  const survey = ref<Survey | null>(null)
  const answers = ref<AnswerState[]>([])
  /** A submit was tried: missing required answers are shown. */
  const tried = ref(false)

  const questions = computed(() => survey.value?.questions ?? [])
  const missing = computed(() => (tried.value ? missingRequired(questions.value, answers.value) : []))
  const title = computed(() => (survey.value ? pickText(survey.value.title, survey.value.titleEn, locale.value) : ''))

  /** A blank answer per question; the missing hints are hidden again. */
  function clearAnswers(): void {
    answers.value = questions.value.map(() => emptyAnswer())
    tried.value = false
  }

  /** Every question's answer as sent to Submit (unanswered ones as skipped). */
  function answerInputs(): AnswerInput[] {
    return questions.value.map((q, i) => toAnswerInput(q, answers.value[i] ?? emptyAnswer()))
  }

  return { survey, answers, tried, questions, missing, title, clearAnswers, answerInputs }
}
