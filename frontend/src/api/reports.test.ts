import { afterEach, describe, expect, it } from 'vitest'
import { reportsApi, toReportProgress } from './reports'
import type { ExportRequest, ReportRequest } from './reports'

const w = globalThis as unknown as { window?: unknown }

afterEach(() => {
  delete w.window
})

const reportReq: ReportRequest = {
  month: '2026-10',
  from: '',
  to: '',
  lang: 'en',
  surveyIds: [2, 5],
  segments: { channel: 'phone' },
  includeData: true,
}

const exportReq: ExportRequest = {
  kind: 'tickets',
  from: '2026-10-01',
  to: '2026-10-31',
  format: 'csv',
  encoding: 'gb18030',
  surveyIds: [3],
  lang: 'zh',
}

describe('reportsApi', () => {
  it('sends the report choices (never a path) and normalises the result', async () => {
    let asked: Record<string, unknown> = {}
    const result = { jobId: 'j1', path: '/tmp/满意度月报-2026-10.xlsx', from: '2026-10-01', to: '2026-10-31', sheets: ['Summary', 'Data'], bytes: 52_000 }
    w.window = { go: { api: { Reports: { Generate: async (q: Record<string, unknown>) => ((asked = q), result) } } } }
    const r = await reportsApi.generate(reportReq)
    expect(asked).toMatchObject({ month: '2026-10', lang: 'en', surveyIds: [2, 5], includeData: true })
    expect(asked).not.toHaveProperty('path')
    expect(r).toMatchObject({ canceled: false, jobId: 'j1', sheets: ['Summary', 'Data'], bytes: 52_000, responses: 0 })
  })

  it('reports a closed dialog as canceled', async () => {
    w.window = { go: { api: { Reports: { Generate: async () => ({ canceled: true }) } } } }
    const r = await reportsApi.generate(reportReq)
    expect(r.canceled).toBe(true)
    expect(r.sheets).toEqual([])
  })

  it('drops the survey scope of a tickets export and keeps the counts', async () => {
    let asked: Record<string, unknown> = {}
    const result = { jobId: 'j2', path: '/tmp/t.csv', kind: 'tickets', format: 'csv', encoding: 'gb18030', rows: 412, neutralized: 3, truncated: 1 }
    w.window = { go: { api: { Reports: { Export: async (q: Record<string, unknown>) => ((asked = q), result) } } } }
    const r = await reportsApi.export(exportReq)
    expect(asked).toMatchObject({ kind: 'tickets', encoding: 'gb18030', surveyIds: [] })
    expect(r).toMatchObject({ rows: 412, neutralized: 3, truncated: 1, encoding: 'gb18030' })
  })

  it('turns a coded Go error into an AppError', async () => {
    w.window = {
      go: { api: { Reports: { Cancel: async () => Promise.reject('{"code":"not_found","key":"error.report.job_unknown","message":"x"}') } } },
    }
    await expect(reportsApi.cancel('nope')).rejects.toMatchObject({ key: 'error.report.job_unknown', code: 'not_found' })
  })

  it('reads progress events defensively', () => {
    expect(toReportProgress({ jobId: 'a', kind: 'export', stage: 'rows', done: 5, total: 10 })).toEqual({
      jobId: 'a', kind: 'export', stage: 'rows', done: 5, total: 10,
    })
    expect(toReportProgress(null)).toEqual({ jobId: '', kind: 'report', stage: '', done: 0, total: 0 })
  })
})

describe('copyToClipboard', () => {
  it('uses the desktop runtime clipboard in the app', async () => {
    let got = ''
    w.window = { runtime: { ClipboardSetText: async (s: string) => ((got = s), true) } }
    const { copyToClipboard } = await import('./reports')
    expect(await copyToClipboard('feedbackctl report --month 2026-10')).toBe(true)
    expect(got).toBe('feedbackctl report --month 2026-10')
  })

  it('answers false when the runtime refuses', async () => {
    w.window = { runtime: { ClipboardSetText: async () => Promise.reject(new Error('no')) } }
    const { copyToClipboard } = await import('./reports')
    expect(await copyToClipboard('x')).toBe(false)
  })
})
