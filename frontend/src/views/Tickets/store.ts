/**
 * State of the ticket list screen, kept in Pinia so the filters, page, tab
 * and due-soon window survive a visit to a ticket's detail page: the list
 * (server-paged, stale answers dropped), the saved views, the row selection
 * for bulk assign and the due-soon queue.
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { ticketsApi } from '@/api'
import type { TicketRow, TicketView } from '@/api/ticketTypes'
import { activeViewName, blankFilter, isFiltered, keepVisible, pageQuery, PAGE_SIZE, sortDue, toListFilter, type ListFilter } from './listLogic'

export type TicketTab = 'list' | 'due' | 'figures'

export const useTicketListStore = defineStore('ticketList', () => {
  const filter = reactive<ListFilter>(blankFilter())
  const page = ref(1)
  const rows = ref<TicketRow[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const views = ref<TicketView[]>([])
  const checked = ref<number[]>([])
  const tab = ref<TicketTab>('list')
  const dueHours = ref(24)
  const dueRows = ref<TicketRow[]>([])
  const dueLoading = ref(false)
  const dueLoaded = ref(false)
  let seq = 0
  let dueSeq = 0

  const filtered = computed(() => isFiltered(filter))
  const activeView = computed(() => activeViewName(views.value, filter))

  /** Loads the current page; `quiet` skips the spinner (background refresh). */
  async function load(quiet = false): Promise<void> {
    const my = ++seq
    if (!quiet) loading.value = true
    try {
      const res = await ticketsApi.list(pageQuery(filter, page.value, PAGE_SIZE))
      if (my !== seq) return
      // A page past the end (after tickets left the filter): go to the last one.
      if (res.rows.length === 0 && res.total > 0 && page.value > 1) {
        page.value = Math.ceil(res.total / PAGE_SIZE)
        return load(quiet)
      }
      rows.value = res.rows
      total.value = res.total
      checked.value = keepVisible(checked.value, res.rows)
      loaded.value = true
    } finally {
      if (my === seq) loading.value = false
    }
  }

  /** Changes filters, back to page 1 with no selection. */
  function setFilter(patch: Partial<ListFilter>): Promise<void> {
    Object.assign(filter, patch)
    page.value = 1
    checked.value = []
    return load()
  }

  function resetFilters(): Promise<void> {
    return setFilter(blankFilter())
  }

  function setPage(p: number): Promise<void> {
    page.value = p
    checked.value = []
    return load()
  }

  async function loadViews(): Promise<void> {
    views.value = await ticketsApi.views()
  }

  function applyView(name: string): Promise<void> {
    const v = views.value.find((x) => x.name === name)
    return v ? setFilter(toListFilter(v.filter)) : Promise.resolve()
  }

  async function saveView(name: string): Promise<void> {
    views.value = await ticketsApi.saveView({ name: name.trim(), filter: pageQuery(filter, 1) })
  }

  async function deleteView(name: string): Promise<void> {
    views.value = await ticketsApi.deleteView(name)
  }

  /** Assigns the selected tickets (all or none); returns how many changed. */
  async function bulkAssign(handlerId: number | null): Promise<number> {
    const n = await ticketsApi.bulkAssign([...checked.value], handlerId)
    checked.value = []
    return n
  }

  async function loadDue(quiet = false): Promise<void> {
    const my = ++dueSeq
    if (!quiet) dueLoading.value = true
    try {
      const res = await ticketsApi.dueSoon(dueHours.value)
      if (my !== dueSeq) return
      dueRows.value = sortDue(res)
      dueLoaded.value = true
    } finally {
      if (my === dueSeq) dueLoading.value = false
    }
  }

  function setDueHours(h: number): Promise<void> {
    dueHours.value = h
    return loadDue()
  }

  return {
    filter,
    page,
    rows,
    total,
    loading,
    loaded,
    views,
    checked,
    tab,
    dueHours,
    dueRows,
    dueLoading,
    dueLoaded,
    filtered,
    activeView,
    load,
    setFilter,
    resetFilters,
    setPage,
    loadViews,
    applyView,
    saveView,
    deleteView,
    bulkAssign,
    loadDue,
    setDueHours,
  }
})
