/**
 * useLatestLoad runs a figures request and keeps only the newest answer:
 * when the inputs change while an older request is still out, that older
 * answer is dropped (never shown over the newer one). `data` is cleared on
 * an error, `error` holds it as an AppError, `loading` is true while the
 * newest request runs.
 */
import { shallowRef, ref, type Ref, type ShallowRef } from 'vue'
import { toAppError, type AppError } from '@/api'

export interface LatestLoad<T> {
  data: ShallowRef<T | null>
  loading: Ref<boolean>
  error: ShallowRef<AppError | null>
  load: () => Promise<void>
}

export function useLatestLoad<T>(fetch: () => Promise<T>): LatestLoad<T> {
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = shallowRef<AppError | null>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const d = await fetch()
      if (mine === seq) data.value = d
    } catch (err) {
      if (mine === seq) {
        error.value = toAppError(err)
        data.value = null
      }
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  return { data, loading, error, load }
}
