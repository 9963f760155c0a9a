/**
 * Filters store: the period (a calendar month) and scope (all surveys or one
 * survey) chosen in the top bar, which every screen respects.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** First day of the current month as a local-time timestamp. */
function currentMonthStart(): number {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), 1).getTime()
}

export const useFiltersStore = defineStore('filters', () => {
  /** Timestamp of the first day of the selected month (local time). */
  const period = ref<number>(currentMonthStart())
  /** Survey ID, or null for all surveys. */
  const surveyId = ref<number | null>(null)

  /** The selected month as "2026-10", the backend's month key. */
  const monthKey = computed(() => {
    const d = new Date(period.value)
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
  })

  function setPeriod(ts: number | null): void {
    period.value = ts ?? currentMonthStart()
  }

  return { period, surveyId, monthKey, setPeriod }
})
