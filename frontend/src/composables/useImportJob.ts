/**
 * useImportJob runs Imports.DryRun / Imports.Import while listening to the
 * job's progress events (unsubscribing in `finally`) and lets the user
 * cancel it. The bound call only returns when the job is done, so the job
 * id is learnt from the first progress event; a Cancel pressed before that
 * is remembered and sent as soon as the id is known. A canceled job
 * resolves to a summary with `canceled` set (the backend reports it so); a
 * failure is a failure, whether or not Cancel was pressed.
 */
import { computed, ref } from 'vue'
import { importsApi, onImportProgress } from '@/api'
import type { ImportProgress, RunRequest, RunSummary } from '@/api/importTypes'

export type JobKind = 'dryRun' | 'import'

export function useImportJob() {
  const running = ref<JobKind | null>(null)
  const progress = ref<ImportProgress | null>(null)
  const cancelRequested = ref(false)
  let jobId = ''

  const percent = computed(() => {
    const p = progress.value
    if (!p || p.total <= 0) return 0
    return Math.min(100, Math.round((p.done / p.total) * 100))
  })

  async function sendCancel(): Promise<void> {
    if (jobId) await importsApi.cancel(jobId).catch(() => undefined)
  }

  /** Asks the running job to stop; the database stays unchanged. */
  async function cancel(): Promise<void> {
    if (!running.value) return
    cancelRequested.value = true
    await sendCancel()
  }

  /** Runs one job to its summary (canceled or not); rejects with an AppError. */
  async function run(kind: JobKind, req: RunRequest): Promise<RunSummary> {
    if (running.value) throw new Error('an import job is already running')
    running.value = kind
    progress.value = null
    cancelRequested.value = false
    jobId = ''
    const off = onImportProgress((p) => {
      if (jobId && p.jobId !== jobId) return
      const first = !jobId
      jobId = p.jobId
      progress.value = p
      if (first && cancelRequested.value) void sendCancel()
    })
    try {
      return kind === 'dryRun' ? await importsApi.dryRun(req) : await importsApi.run(req)
    } finally {
      off()
      running.value = null
      jobId = ''
    }
  }

  return { running, progress, percent, cancelRequested, run, cancel }
}
