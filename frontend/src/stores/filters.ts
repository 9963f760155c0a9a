/**
 * Filters store: the period (a calendar month) and scope (all surveys or a
 * chosen set of surveys) picked in the top bar, which every screen
 * respects. `surveyId` is the single-survey view of the scope for screens
 * that filter by one survey: the survey when exactly one is chosen, else
 * null (all or several).
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { surveysApi } from '@/api'
import type { SurveySummary } from '@/api/surveyTypes'
import { monthRange } from '@/i18n/datetime'

/** First day of the current month as a local-time timestamp. */
function currentMonthStart(): number {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), 1).getTime()
}

export const useFiltersStore = defineStore('filters', () => {
  /** Timestamp of the first day of the selected month (local time). */
  const period = ref<number>(currentMonthStart())
  /** The surveys in scope; empty = all surveys. */
  const surveyIds = ref<number[]>([])
  /** The surveys the scope picker offers (loaded by loadSurveys). */
  const surveys = ref<SurveySummary[]>([])

  /** Exactly one survey in scope → its ID; all or several → null. Setting null scopes all. */
  const surveyId = computed<number | null>({
    get: () => (surveyIds.value.length === 1 ? (surveyIds.value[0] ?? null) : null),
    set: (id) => {
      surveyIds.value = id === null ? [] : [id]
    },
  })

  /** The selected month as "2026-10", the backend's month key. */
  const monthKey = computed(() => {
    const d = new Date(period.value)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
  })

  /** The selected month's first and last calendar day ("2026-10-01", "2026-10-31"). */
  const monthDays = computed(() => monthRange(period.value))

  function setPeriod(ts: number | null): void {
    period.value = ts ?? currentMonthStart()
  }

  /** Sets the scope; duplicates are dropped, the order of choice is kept. */
  function setSurveyIds(ids: number[]): void {
    surveyIds.value = [...new Set(ids)]
  }

  /** Loads the picker's surveys; drops scoped surveys that no longer exist. */
  async function loadSurveys(): Promise<void> {
    const list = await surveysApi.list()
    surveys.value = list
    const known = new Set(list.map((s) => s.id))
    if (surveyIds.value.some((id) => !known.has(id))) surveyIds.value = surveyIds.value.filter((id) => known.has(id))
  }

  return { period, surveyId, surveyIds, surveys, monthKey, monthDays, setPeriod, setSurveyIds, loadSurveys }
})
