/**
 * Notification centre store: the SLA warnings and escalations of open
 * tickets raised in the last days (ticketsApi.notifications), which of them
 * the user has read (by notification id, kept in localStorage, bounded) and
 * which escalations are new since the last poll (so the top bar can show a
 * toast once per id). Nothing is fetched while no database is open.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ticketsApi } from '@/api'
import type { SlaNotification } from '@/api/ticketTypes'
import { useAppStore } from './app'

/** How many days of notifications the centre shows. */
export const NOTIFICATION_DAYS = 7
/** localStorage key of the read ids (namespaced, versioned). */
export const READ_KEY = 'feedbackdesk.notifications.read.v1'
/** At most this many read ids are remembered. */
export const READ_LIMIT = 500

/** Read ids from their stored JSON; anything malformed is an empty list. */
export function parseReadIds(raw: string | null): string[] {
  if (!raw) return []
  try {
    const v: unknown = JSON.parse(raw)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []
  } catch {
    return []
  }
}

/**
 * The read ids worth keeping: ids still listed come first (they matter),
 * then the most recently read others, at most `limit` in all.
 */
export function boundReadIds(read: readonly string[], current: readonly string[], limit = READ_LIMIT): string[] {
  const listed = new Set(current)
  const unique = [...new Set(read)]
  const keep = unique.filter((id) => listed.has(id))
  const rest = unique.filter((id) => !listed.has(id))
  return [...keep, ...rest.slice(Math.max(0, rest.length - (limit - keep.length)))].slice(0, limit)
}

/**
 * Escalations in `next` that were not in the previous list, are unread and
 * were not toasted before. The first load (`prev` null) yields none: what
 * was already there when the app opened is not "new".
 */
export function newEscalations(
  prev: readonly SlaNotification[] | null,
  next: readonly SlaNotification[],
  read: ReadonlySet<string>,
  toasted: ReadonlySet<string>,
): SlaNotification[] {
  if (prev === null) return []
  const seen = new Set(prev.map((n) => n.id))
  return next.filter((n) => n.type === 'escalation' && !seen.has(n.id) && !read.has(n.id) && !toasted.has(n.id))
}

function loadRead(): string[] {
  try {
    return parseReadIds(globalThis.localStorage?.getItem(READ_KEY) ?? null)
  } catch {
    return []
  }
}

export const useNotificationsStore = defineStore('notifications', () => {
  const items = ref<SlaNotification[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const readIds = ref<string[]>(loadRead())
  const toasted = new Set<string>()
  let last: SlaNotification[] | null = null

  const readSet = computed(() => new Set(readIds.value))
  const unread = computed(() => items.value.filter((n) => !readSet.value.has(n.id)).length)
  const isRead = (id: string): boolean => readSet.value.has(id)

  /** Whether a database is open (no fatal start-up error, not the welcome screen). */
  function available(): boolean {
    const app = useAppStore()
    return app.ready && app.fatal === null && !app.firstRun
  }

  function saveRead(ids: string[]): void {
    readIds.value = boundReadIds(ids, items.value.map((n) => n.id))
    try {
      globalThis.localStorage?.setItem(READ_KEY, JSON.stringify(readIds.value))
    } catch {
      // storage full or disabled: the read state lasts for this session only
    }
  }

  /**
   * Fetches the list; resolves to the escalations that are new since the
   * previous fetch (each returned once). Rejects with an AppError.
   */
  async function refresh(): Promise<SlaNotification[]> {
    if (!available()) {
      items.value = []
      loaded.value = false
      last = null
      return []
    }
    if (loading.value) return []
    loading.value = true
    try {
      const next = await ticketsApi.notifications(NOTIFICATION_DAYS)
      const fresh = newEscalations(last, next, readSet.value, toasted)
      for (const n of fresh) toasted.add(n.id)
      last = next
      items.value = next
      loaded.value = true
      return fresh
    } finally {
      loading.value = false
    }
  }

  function markRead(id: string): void {
    if (!readSet.value.has(id)) saveRead([...readIds.value, id])
  }

  function markAllRead(): void {
    saveRead([...readIds.value, ...items.value.map((n) => n.id)])
  }

  /** Forgets the list (e.g. the database was closed); the read ids stay. */
  function clear(): void {
    items.value = []
    loaded.value = false
    last = null
  }

  return { items, loaded, loading, unread, isRead, available, refresh, markRead, markAllRead, clear }
})
