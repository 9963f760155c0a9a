/**
 * useCustomerSearch is the customer look-up behind the response-entry and
 * new-ticket pickers: a debounced search (180 ms) of name, phone, email or
 * company, stale answers dropped, up to 8 matches with an active index for
 * ↑/↓, and the timer cleared on unmount.
 */
import { onBeforeUnmount, ref } from 'vue'
import { customersApi } from '@/api'
import type { CustomerRow } from '@/api/surveyTypes'

export function useCustomerSearch() {
  const query = ref('')
  const results = ref<CustomerRow[]>([])
  const active = ref(0)
  const searched = ref(false)
  let seq = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  onBeforeUnmount(() => {
    if (timer) clearTimeout(timer)
  })

  async function search(q: string): Promise<void> {
    const my = ++seq
    if (q.trim() === '') {
      results.value = []
      searched.value = false
      return
    }
    try {
      const rows = await customersApi.search(q, 8)
      if (my !== seq) return
      results.value = rows
      active.value = 0
      searched.value = true
    } catch {
      if (my === seq) results.value = []
    }
  }

  /** Takes a keystroke of the search box; the search runs when typing pauses. */
  function onInput(v: string): void {
    query.value = v
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void search(v), 180)
  }

  /** Moves the active match down (+1) or up (−1), wrapping around. */
  function move(step: 1 | -1): void {
    const n = results.value.length
    if (n > 0) active.value = (active.value + step + n) % n
  }

  /** The active match, if any. */
  function current(): CustomerRow | undefined {
    return results.value[active.value]
  }

  /** Forgets the query and the matches. */
  function reset(): void {
    query.value = ''
    results.value = []
    searched.value = false
  }

  return { query, results, active, searched, onInput, move, current, reset }
}
