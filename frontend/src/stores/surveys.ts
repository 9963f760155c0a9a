/**
 * Surveys store: the survey list (with response counts) and the bilingual
 * templates, plus the actions of the list screen. Views read `items`; every
 * action refreshes the list so counts and statuses stay exact.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { surveysApi } from '@/api'
import type { Survey, SurveyStatus, SurveySummary, SurveyTemplate } from '@/api/surveyTypes'

export const useSurveysStore = defineStore('surveys', () => {
  const items = ref<SurveySummary[]>([])
  const templates = ref<SurveyTemplate[]>([])
  const loaded = ref(false)
  const loading = ref(false)

  async function refresh(): Promise<void> {
    loading.value = true
    try {
      items.value = await surveysApi.list()
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  async function loadTemplates(): Promise<SurveyTemplate[]> {
    if (templates.value.length === 0) templates.value = await surveysApi.templates()
    return templates.value
  }

  async function setStatus(id: number, status: SurveyStatus): Promise<Survey> {
    const s = await surveysApi.setStatus(id, status)
    await refresh()
    return s
  }

  async function remove(id: number): Promise<void> {
    await surveysApi.remove(id)
    await refresh()
  }

  async function createFromTemplate(key: string): Promise<Survey> {
    const s = await surveysApi.createFromTemplate(key)
    await refresh()
    return s
  }

  async function importDefinition() {
    const r = await surveysApi.importDefinition()
    if (!r.canceled) await refresh()
    return r
  }

  return { items, templates, loaded, loading, refresh, loadTemplates, setStatus, remove, createFromTemplate, importDefinition }
})
