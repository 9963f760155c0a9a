/**
 * Ticket pickers shared by the ticket screens: the configured statuses,
 * the category tree and the handlers, loaded once and refreshed on demand,
 * with labels in the UI language.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ticketsApi } from '@/api'
import type { Handler, TicketCategory, TicketStatus } from '@/api/ticketTypes'
import { useAppStore } from './app'

export const useTicketPickersStore = defineStore('ticketPickers', () => {
  const statuses = ref<TicketStatus[]>([])
  const categories = ref<TicketCategory[]>([])
  const handlers = ref<Handler[]>([])
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  /** Loads the pickers (once; `force` reloads). */
  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve()
    loading ??= Promise.all([ticketsApi.statuses(), ticketsApi.categories(), ticketsApi.handlers()])
      .then(([s, c, h]) => {
        statuses.value = s
        categories.value = c
        handlers.value = h
        loaded.value = true
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  const app = useAppStore()
  const zh = computed(() => app.prefs.language !== 'en')

  /** The label of a configured status key in the UI language. */
  function statusLabel(key: string): string {
    const s = statuses.value.find((x) => x.key === key)
    if (!s) return key
    return zh.value ? s.name : s.nameEn || s.name
  }

  /** The label of a category key (top-level or subcategory). */
  function categoryLabel(key: string): string {
    const c = categories.value.find((x) => x.key === key)
    if (!c) return key
    return zh.value ? c.name : c.nameEn || c.name
  }

  /** Top-level categories, and the subcategories of one. */
  const topCategories = computed(() => categories.value.filter((c) => c.parent === ''))
  function subcategories(parent: string): TicketCategory[] {
    return categories.value.filter((c) => c.parent === parent && parent !== '')
  }

  /** Active handlers, by team then name. */
  const activeHandlers = computed(() =>
    handlers.value.filter((h) => h.active).sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name)),
  )

  return { statuses, categories, handlers, loaded, load, statusLabel, categoryLabel, topCategories, subcategories, activeHandlers }
})
