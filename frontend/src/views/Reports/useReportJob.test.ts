import { afterEach, describe, expect, it } from 'vitest'
import type { ReportResult } from '@/api/reports'
import { errorText } from '@/i18n'
import { useReportJob } from './useReportJob'

const w = globalThis as unknown as { window?: unknown }

afterEach(() => {
  delete w.window
})

/** A fake bridge: Generate waits until the test finishes it; events reach the subscribed listener. */
function fakeBridge() {
  let listener: ((d: unknown) => void) | null = null
  let finish: (v: unknown) => void = () => {}
  const canceled: string[] = []
  w.window = {
    runtime: {
      EventsOnMultiple: (_name: string, cb: (d: unknown) => void) => {
        listener = cb
        return () => (listener = null)
      },
    },
    go: {
      api: {
        Reports: {
          Generate: () => new Promise((resolve) => (finish = resolve)),
          Cancel: async (id: string) => void canceled.push(id),
        },
      },
    },
  }
  return {
    emit: (d: unknown) => listener?.(d),
    finish: (v: unknown) => finish(v),
    canceled,
    subscribed: () => listener !== null,
  }
}

const req = { month: '2026-10', from: '', to: '', lang: 'zh' as const, surveyIds: [], segments: {}, includeData: false }

describe('useReportJob', () => {
  it('sends a Cancel pressed during the dialog once the job id arrives, and notes the cancel', async () => {
    const bridge = fakeBridge()
    const { reportsApi } = await import('@/api')
    const job = useReportJob<ReportResult>('report')
    const done = job.start(() => reportsApi.generate(req))
    expect(job.running.value).toBe(true)
    await job.cancel()
    expect(bridge.canceled).toEqual([]) // no id yet: remembered
    bridge.emit({ jobId: 'other', kind: 'export', stage: 'rows', done: 1, total: 2 }) // another card's job
    expect(job.progress.value).toBeNull()
    bridge.emit({ jobId: 'j1', kind: 'report', stage: '', done: 0, total: 0 })
    await Promise.resolve()
    expect(bridge.canceled).toEqual(['j1'])
    bridge.finish({ canceled: true, jobId: 'j1' })
    await done
    expect(job.running.value).toBe(false)
    expect(job.canceledNote.value).toBe(true)
    expect(job.result.value).toBeNull()
    expect(bridge.subscribed()).toBe(false)
  })

  it('keeps the result with its progress, and a closed dialog without a note', async () => {
    const bridge = fakeBridge()
    const { reportsApi } = await import('@/api')
    const job = useReportJob<ReportResult>('report')
    let done = job.start(() => reportsApi.generate(req))
    bridge.emit({ jobId: 'j2', kind: 'report', stage: 'segments', done: 2, total: 8 })
    expect(job.percent.value).toBe(25)
    bridge.finish({ jobId: 'j2', path: '/tmp/r.xlsx', sheets: ['Summary'] })
    await done
    expect(job.result.value?.path).toBe('/tmp/r.xlsx')
    done = job.start(() => reportsApi.generate(req))
    bridge.finish({ canceled: true })
    await done
    expect(job.canceledNote.value).toBe(false)
    expect(job.result.value).toBeNull()
  })

  it('keeps a coded error, translated when shown', async () => {
    fakeBridge()
    ;(w.window as { go: { api: { Reports: Record<string, unknown> } } }).go.api.Reports.Generate = () =>
      Promise.reject('{"code":"invalid","key":"error.report.month_invalid","message":"x","params":{"value":"2026-13"}}')
    const { reportsApi } = await import('@/api')
    const job = useReportJob<ReportResult>('report')
    await job.start(() => reportsApi.generate(req))
    expect(job.error.value?.key).toBe('error.report.month_invalid')
    expect(errorText(job.error.value!)).toContain('2026-13')
  })
})
