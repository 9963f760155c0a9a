/**
 * Responses store: the list's filters (period follows the top bar unless
 * "all time" or a day range from a dashboard drill-down is set; a theme only
 * from a drill-down), the current page with its total, the facets the
 * filter menus offer, the keyboard selection and the open detail with its
 * tag and note edits. Stale list answers (a slower earlier request) are
 * dropped.
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { responsesApi, surveysApi } from '@/api'
import type { Facets, ResponseDetail, ResponseQuery, ResponseRow, ScoreBand } from '@/api/surveyTypes'
import { followUpsApi, type ScriptOption, type SurveyChoice } from '@/api/followups'
import { monthRange } from '@/i18n/datetime'
import { useFiltersStore } from './filters'

export interface ResponseFilters {
  surveyId: number | null
  /** Several surveys at once (only from a dashboard drill-down); [] = none. */
  surveyIds: number[]
  /** true: ignore the top bar's period. */
  allTime: boolean
  /** A day range (YYYY-MM-DD, inclusive) that replaces the top bar's month; "" = none. */
  from: string
  to: string
  channel: string
  region: string
  product: string
  agent: string
  band: ScoreBand
  tag: string
  search: string
  /** A verbatim theme key (from a dashboard drill-down); "" = any. */
  theme: string
}

const blankFilters = (): ResponseFilters => ({
  surveyId: null,
  surveyIds: [],
  allTime: false,
  from: '',
  to: '',
  channel: '',
  region: '',
  product: '',
  agent: '',
  band: '',
  tag: '',
  search: '',
  theme: '',
})

const emptyFacets = (): Facets => ({ channels: [], regions: [], products: [], agents: [], tags: [] })

export const useResponsesStore = defineStore('responses', () => {
  const topBar = useFiltersStore()
  const filters = reactive<ResponseFilters>(blankFilters())
  const page = ref(1)
  const pageSize = ref(50)
  const items = ref<ResponseRow[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const facets = ref<Facets>(emptyFacets())
  const surveys = ref<SurveyChoice[]>([])
  /** Index of the keyboard selection in items; -1 = none. */
  const selected = ref(-1)
  const detail = ref<ResponseDetail | null>(null)
  const detailOpen = ref(false)
  /** Choice options per question of the open response's survey (labels for stored values). */
  const choiceOptions = ref<Record<number, ScriptOption[]>>({})
  const optionCache = new Map<number, Record<number, ScriptOption[]>>()
  let seq = 0

  const filtered = computed(() => {
    const b = blankFilters()
    return (Object.keys(b) as (keyof ResponseFilters)[]).some((k) =>
      k === 'surveyIds' ? filters.surveyIds.length > 0 : filters[k] !== b[k],
    )
  })

  function query(): ResponseQuery {
    const range = filters.allTime
      ? { from: '', to: '' }
      : filters.from !== '' && filters.to !== ''
        ? { from: filters.from, to: filters.to }
        : monthRange(topBar.period)
    return {
      surveyId: filters.surveyId,
      surveyIds: filters.surveyIds,
      ...range,
      channel: filters.channel,
      region: filters.region,
      product: filters.product,
      agent: filters.agent,
      band: filters.band,
      search: filters.search.trim(),
      tag: filters.tag,
      theme: filters.theme,
      offset: (page.value - 1) * pageSize.value,
      limit: pageSize.value,
    }
  }

  /** Loads the current page; keeps the selection's position when it can. */
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const p = await responsesApi.list(query())
      if (mine !== seq) return
      items.value = p.items
      total.value = p.total
      loaded.value = true
      if (selected.value >= p.items.length) selected.value = p.items.length - 1
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** Filters changed: back to page 1. */
  async function reload(): Promise<void> {
    page.value = 1
    selected.value = -1
    await load()
  }

  async function loadFacets(): Promise<void> {
    const [f, s] = await Promise.all([responsesApi.facets(filters.surveyId), followUpsApi.surveyChoices()])
    facets.value = f
    surveys.value = s
  }

  function resetFilters(): void {
    Object.assign(filters, blankFilters())
  }

  /** A drill-down: blank filters, then the given ones (period, segment, survey). */
  function applyDrill(patch: Partial<ResponseFilters>): void {
    Object.assign(filters, blankFilters(), patch)
  }

  function move(delta: number): void {
    if (items.value.length === 0) return
    const next = selected.value < 0 ? 0 : selected.value + delta
    selected.value = Math.max(0, Math.min(items.value.length - 1, next))
  }

  async function open(index: number): Promise<void> {
    const row = items.value[index]
    if (!row) return
    selected.value = index
    detailOpen.value = true
    if (detail.value?.id !== row.id) detail.value = null
    const [d] = await Promise.all([responsesApi.get(row.id), loadOptions(row.surveyId)])
    detail.value = d
  }

  async function loadOptions(surveyId: number): Promise<void> {
    let opts = optionCache.get(surveyId)
    if (!opts) {
      const s = await surveysApi.get(surveyId)
      opts = Object.fromEntries(s.questions.map((q) => [q.id, q.options]))
      optionCache.set(surveyId, opts)
    }
    choiceOptions.value = opts
  }

  function close(): void {
    detailOpen.value = false
  }

  /** Writes a changed detail back into its list row. */
  function patchRow(d: ResponseDetail): void {
    detail.value = d
    const i = items.value.findIndex((r) => r.id === d.id)
    const row = items.value[i]
    if (row) items.value[i] = { ...row, tags: d.tags }
  }

  async function setTags(tags: string[]): Promise<void> {
    if (!detail.value) return
    patchRow(await responsesApi.setTags(detail.value.id, tags))
    if (tags.some((t) => !facets.value.tags.includes(t))) {
      facets.value = { ...facets.value, tags: [...new Set([...facets.value.tags, ...tags])].sort() }
    }
  }

  async function setNote(note: string): Promise<void> {
    if (!detail.value) return
    patchRow(await responsesApi.setNote(detail.value.id, note))
  }

  return {
    filters,
    page,
    pageSize,
    items,
    total,
    loading,
    loaded,
    facets,
    surveys,
    selected,
    detail,
    detailOpen,
    choiceOptions,
    filtered,
    load,
    reload,
    loadFacets,
    resetFilters,
    applyDrill,
    move,
    open,
    close,
    setTags,
    setNote,
  }
})
