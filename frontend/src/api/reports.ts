/**
 * Typed facade over the bound Go struct `api.Reports` (contract:
 * notes/issue7-contract.md): the monthly satisfaction workbook and the
 * responses/tickets exports. Go opens the save dialog (JS never passes a
 * path) and runs each as a cancellable job; progress arrives as
 * `reports:progress` events (subscribe with onReportProgress, filter by
 * jobId). Every call rejects with an AppError; results are normalised here.
 */
import { call } from './errors'
import * as Reports from '../../wailsjs/go/api/Reports'
import { api } from '../../wailsjs/go/models'
import { ClipboardSetText, EventsOn } from '../../wailsjs/runtime/runtime'
import { bool, num, rec, str, strs } from './coerce'
import type { Segments } from './dashboard'

/** The report's and the export headers' language (not the UI locale code). */
export type ReportLang = 'zh' | 'en'
export type ExportKind = 'responses' | 'tickets'
export type ExportFormat = 'xlsx' | 'csv'
export type CsvEncoding = 'utf8bom' | 'gb18030'

/** The report builder's choices; a month ("2026-10") or from/to days. */
export interface ReportRequest {
  month: string
  from: string
  to: string
  lang: ReportLang
  surveyIds: number[]
  segments: Segments
  includeData: boolean
}

/** A written workbook; `canceled` when the dialog was closed or the job canceled (no file then). */
export interface ReportResult {
  canceled: boolean
  jobId: string
  path: string
  from: string
  to: string
  lang: string
  sheets: string[]
  responses: number
  tickets: number
  bytes: number
}

export interface ExportRequest {
  kind: ExportKind
  from: string
  to: string
  format: ExportFormat
  encoding: CsvEncoding
  surveyIds: number[]
  lang: ReportLang
}

export interface ExportResult {
  canceled: boolean
  jobId: string
  path: string
  kind: string
  format: string
  encoding: string
  rows: number
  /** Cells made inert because they began with = + - @ (or tab, CR). */
  neutralized: number
  /** Cells cut at Excel's 32,767-character limit, with a visible marker. */
  truncated: number
  bytes: number
}

/** One progress event; stage "" = the job just started (the dialog has closed). */
export interface ReportProgress {
  jobId: string
  kind: 'report' | 'export'
  stage: string
  done: number
  total: number
}

/** Event name emitted by Reports.Generate / Reports.Export (Go: api.ReportProgressEvent). */
export const REPORT_PROGRESS = 'reports:progress'

export function toReportResult(v: unknown): ReportResult {
  const o = rec(v)
  return {
    canceled: bool(o.canceled),
    jobId: str(o.jobId),
    path: str(o.path),
    from: str(o.from),
    to: str(o.to),
    lang: str(o.lang),
    sheets: strs(o.sheets),
    responses: num(o.responses),
    tickets: num(o.tickets),
    bytes: num(o.bytes),
  }
}

export function toExportResult(v: unknown): ExportResult {
  const o = rec(v)
  return {
    canceled: bool(o.canceled),
    jobId: str(o.jobId),
    path: str(o.path),
    kind: str(o.kind),
    format: str(o.format),
    encoding: str(o.encoding),
    rows: num(o.rows),
    neutralized: num(o.neutralized),
    truncated: num(o.truncated),
    bytes: num(o.bytes),
  }
}

export function toReportProgress(v: unknown): ReportProgress {
  const o = rec(v)
  return { jobId: str(o.jobId), kind: o.kind === 'export' ? 'export' : 'report', stage: str(o.stage), done: num(o.done), total: num(o.total) }
}

/** Subscribes to report and export progress (all jobs); returns the unsubscribe function. */
export function onReportProgress(cb: (p: ReportProgress) => void): () => void {
  if (typeof window === 'undefined' || !('runtime' in window)) return () => {}
  const off = EventsOn(REPORT_PROGRESS, (data: unknown) => cb(toReportProgress(data)))
  return typeof off === 'function' ? off : () => {}
}

/**
 * Copies text (a saved file's path, a command line) to the clipboard: the
 * desktop runtime's clipboard in the app (the webview may refuse the web
 * API), the web API elsewhere. Resolves false when nothing was copied.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof window !== 'undefined' && 'runtime' in window) return await ClipboardSetText(text)
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

export const reportsApi = {
  /** Go asks where to save (the dialog confirms replacing), then writes the workbook. */
  async generate(req: ReportRequest): Promise<ReportResult> {
    const plain = { ...req, surveyIds: [...req.surveyIds], segments: { ...req.segments } }
    return toReportResult(await call(() => Reports.Generate(api.ReportRequest.createFrom(plain))))
  },

  /** Go asks where to save, then writes the responses or tickets export. */
  async export(req: ExportRequest): Promise<ExportResult> {
    const plain = { ...req, surveyIds: req.kind === 'responses' ? [...req.surveyIds] : [] }
    return toExportResult(await call(() => Reports.Export(api.ExportRequest.createFrom(plain))))
  },

  /** Stops a running job; no file is left behind. */
  async cancel(jobId: string): Promise<void> {
    await call(() => Reports.Cancel(jobId))
  },
}
