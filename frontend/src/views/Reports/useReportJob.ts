/**
 * useReportJob runs one report or export call while listening to its
 * progress events (unsubscribing in `finally`), lets the user cancel it and
 * keeps its outcome: the result, the coded error, or a note that it
 * was canceled (a closed save dialog needs no note: nothing had started).
 * The bound call returns only when the file is written, so the job id is
 * learnt from the first event (sent as soon as the save dialog closes); a
 * Cancel pressed before that is remembered and sent once the id is known.
 */
import { computed, ref, shallowRef, type Ref } from 'vue'
import { onReportProgress, reportsApi, toAppError, type AppError } from '@/api'
import type { ReportProgress } from '@/api/reports'
import { jobPercent } from './model'

/** What a job call resolves to: canceled with its job id, or a result. */
export interface JobOutcome {
  canceled: boolean
  jobId: string
}

export function useReportJob<T extends JobOutcome>(kind: 'report' | 'export') {
  const running = ref(false)
  const progress = ref<ReportProgress | null>(null)
  const cancelRequested = ref(false)
  const result = shallowRef<T | null>(null) as Ref<T | null>
  const error = shallowRef<AppError | null>(null) // translated when shown, so a language switch relabels it
  const canceledNote = ref(false)
  let jobId = ''

  const percent = computed(() => {
    const p = progress.value
    return p ? jobPercent(kind, p.stage, p.done, p.total) : 0
  })

  async function sendCancel(): Promise<void> {
    if (jobId) await reportsApi.cancel(jobId).catch(() => undefined) // finished meanwhile: nothing to stop
  }

  /** Asks the running job to stop; no file is left behind. */
  async function cancel(): Promise<void> {
    if (!running.value) return
    cancelRequested.value = true
    await sendCancel()
  }

  /** Runs fn (one bound call) and records its outcome; never rejects. */
  async function start(fn: () => Promise<T>): Promise<void> {
    if (running.value) return
    running.value = true
    progress.value = null
    cancelRequested.value = false
    result.value = null
    error.value = null
    canceledNote.value = false
    jobId = ''
    const off = onReportProgress((p) => {
      if (p.kind !== kind || (jobId && p.jobId !== jobId)) return
      const first = !jobId
      jobId = p.jobId
      progress.value = p
      if (first && cancelRequested.value) void sendCancel()
    })
    try {
      const r = await fn()
      if (r.canceled) canceledNote.value = r.jobId !== ''
      else result.value = r
    } catch (err) {
      error.value = toAppError(err)
    } finally {
      off()
      running.value = false
      progress.value = null
      jobId = ''
    }
  }

  return { running, progress, percent, cancelRequested, result, error, canceledNote, start, cancel }
}

/** The part of a job a JobStatus shows and acts on (any result type). */
export interface JobView {
  running: Readonly<Ref<boolean>>
  progress: Readonly<Ref<ReportProgress | null>>
  percent: Readonly<Ref<number>>
  cancelRequested: Readonly<Ref<boolean>>
  result: Readonly<Ref<unknown>>
  error: Ref<AppError | null>
  canceledNote: Ref<boolean>
  cancel: () => Promise<void>
}
