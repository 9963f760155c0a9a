/**
 * useReportJob runs one report or export call while listening to its
 * progress events (unsubscribing in `finally`) and lets the user cancel
 * it. The bound call returns only when the file is written, so the job id
 * is learnt from the first event (sent as soon as the save dialog closes);
 * a Cancel pressed before that is remembered and sent once the id is known.
 * `started` tells the dialog phase (false) from the writing phase (true).
 */
import { computed, ref } from 'vue'
import { onReportProgress, reportsApi } from '@/api'
import type { ReportProgress } from '@/api/reports'
import { jobPercent } from './model'

export function useReportJob(kind: 'report' | 'export') {
  const running = ref(false)
  const progress = ref<ReportProgress | null>(null)
  const cancelRequested = ref(false)
  let jobId = ''

  const started = computed(() => progress.value !== null)
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

  /** Runs fn (one bound call) to its result; rejects with an AppError. */
  async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (running.value) throw new Error('a job is already running')
    running.value = true
    progress.value = null
    cancelRequested.value = false
    jobId = ''
    const off = onReportProgress((p) => {
      if (p.kind !== kind || (jobId && p.jobId !== jobId)) return
      const first = !jobId
      jobId = p.jobId
      progress.value = p
      if (first && cancelRequested.value) void sendCancel()
    })
    try {
      return await fn()
    } finally {
      off()
      running.value = false
      progress.value = null
      jobId = ''
    }
  }

  return { running, started, progress, percent, cancelRequested, run, cancel }
}
