/**
 * Pure logic of the reports screen: the default month, the period a form
 * stands for, the sheets the workbook will hold, how far a job has got,
 * and the equivalent `feedbackctl` command line for scheduled runs.
 */
import type { CsvEncoding, ExportFormat, ExportKind, ExportRequest, ReportLang, ReportRequest } from '@/api/reports'
import type { Segments } from '@/api/dashboard'
import { monthDays } from '@/i18n/datetime'

/** The month before the one containing `now`, as "2026-10". */
export function lastFullMonth(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/** A month key of a local timestamp (the month picker's value). */
export function monthKeyOf(ts: number): string {
  const d = new Date(ts)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/** The local timestamp of a month key's first day; NaN when malformed. */
export function monthStart(key: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, 1).getTime() : Number.NaN
}

/** A period form: a whole month, a custom range of days (inclusive), or all time (exports). */
export interface PeriodChoice {
  mode: 'month' | 'range' | 'all'
  month: string // "2026-10"
  from: string // "2026-10-01"
  to: string
}

/** The request's period fields: month, or from/to ("" when not chosen). */
export function periodFields(p: PeriodChoice): { month: string; from: string; to: string } {
  if (p.mode === 'month') return { month: p.month, from: '', to: '' }
  if (p.mode === 'all') return { month: '', from: '', to: '' }
  const [from, to] = p.from && p.to && p.from > p.to ? [p.to, p.from] : [p.from, p.to]
  return { month: '', from, to }
}

/** The first and last day a period covers; null when incomplete. */
export function periodDays(p: PeriodChoice): { from: string; to: string } | null {
  const f = periodFields(p)
  if (f.month) return monthDays(f.month)
  return f.from && f.to ? { from: f.from, to: f.to } : null
}

/** The workbook's sheets in order (keys of reports.sheet.*). */
export const reportSheetKeys = ['summary', 'trends', 'segments', 'complaints', 'verbatims', 'followups', 'definitions', 'data'] as const
export type SheetKey = (typeof reportSheetKeys)[number]

export function plannedSheets(includeData: boolean): SheetKey[] {
  return reportSheetKeys.filter((k) => includeData || k !== 'data')
}

/** The report writer's stages in order (Go: report.Progress.Stage). */
export const reportStages = ['figures', 'trends', 'segments', 'complaints', 'verbatims', 'followups', 'data', 'saving'] as const

/**
 * How far a job has got, 0–100. A report advances stage by stage; within
 * the "data" stage done/total count rows, elsewhere they count stages. An
 * export advances by rows.
 */
export function jobPercent(kind: 'report' | 'export', stage: string, done: number, total: number): number {
  const part = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  if (kind === 'export') return Math.round(part * 100)
  const i = (reportStages as readonly string[]).indexOf(stage)
  if (i < 0) return 0
  if (stage === 'saving' && done >= total && total > 0) return 100
  return Math.round(((i + (stage === 'data' ? part : 0)) / reportStages.length) * 100)
}

/** Whether a progress event's done/total count rows (worth showing as "1,000 / 5,000"). */
export function countsRows(kind: 'report' | 'export', stage: string): boolean {
  return kind === 'export' || stage === 'data'
}

/** Suggested report file name, as the Go save dialog proposes it. */
export function reportFileName(lang: ReportLang, p: { month: string; from: string; to: string }): string {
  const base = lang === 'en' ? 'satisfaction-report' : p.month ? '满意度月报' : '满意度报告'
  const period = p.month || [p.from, p.to].filter(Boolean).join('_')
  return period ? `${base}-${period}.xlsx` : `${base}.xlsx`
}

/** Suggested export file name, as the Go save dialog proposes it. */
export function exportFileName(kind: ExportKind, lang: ReportLang, format: ExportFormat, from: string, to: string): string {
  const names: Record<ExportKind, [string, string]> = { responses: ['问卷答卷', 'responses'], tickets: ['投诉工单', 'tickets'] }
  const base = names[kind][lang === 'en' ? 1 : 0]
  const period = [from, to].filter(Boolean).join('_')
  return period ? `${base}-${period}.${format}` : `${base}.${format}`
}

/** Quotes a shell word when it holds anything but safe characters. */
export function shellWord(s: string): string {
  return /^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}

/** The report builder's form. */
export interface ReportForm {
  period: PeriodChoice
  lang: ReportLang
  surveyIds: number[]
  segments: Segments
  includeData: boolean
}

/** The export form. */
export interface ExportForm {
  kind: ExportKind
  period: PeriodChoice
  format: ExportFormat
  encoding: CsvEncoding
  surveyIds: number[]
  lang: ReportLang
}

/** A form's period is complete (a month, both ends of a range, or all time). */
export function periodComplete(p: PeriodChoice): boolean {
  return p.mode === 'all' || periodDays(p) !== null
}

/** The bound request for the builder's choices (segments without empty values). */
export function reportRequest(f: ReportForm): ReportRequest {
  const segments = Object.fromEntries(Object.entries(f.segments).filter(([, v]) => v)) as Segments
  return { ...periodFields(f.period), lang: f.lang, surveyIds: [...f.surveyIds], segments, includeData: f.includeData }
}

/** The bound request for the export form: days (never a month key); all time = open-ended. */
export function exportRequest(f: ExportForm): ExportRequest {
  const days = f.period.mode === 'all' ? null : periodDays(f.period)
  return {
    kind: f.kind,
    from: days?.from ?? '',
    to: days?.to ?? '',
    format: f.format,
    encoding: f.encoding,
    surveyIds: f.kind === 'responses' ? [...f.surveyIds] : [],
    lang: f.lang,
  }
}

/** The `feedbackctl report` command line equivalent to the builder's choices. */
export function reportCommand(c: ReportForm): string {
  const f = periodFields(c.period)
  const args = ['feedbackctl', 'report']
  if (f.month) args.push('--month', f.month)
  else args.push('--from', f.from || 'YYYY-MM-DD', '--to', f.to || 'YYYY-MM-DD')
  args.push('--lang', c.lang)
  for (const id of c.surveyIds) args.push('--survey', String(id))
  for (const key of ['channel', 'region', 'product', 'agent', 'tier'] as const) {
    const v = c.segments[key]
    if (v) args.push(`--${key}`, v)
  }
  if (c.includeData) args.push('--data')
  args.push('-o', reportFileName(c.lang, f))
  return args.map(shellWord).join(' ')
}

/** The `feedbackctl export` command line equivalent to the export form. */
export function exportCommand(c: ExportRequest): string {
  const args = ['feedbackctl', 'export', c.kind]
  if (c.from) args.push('--from', c.from)
  if (c.to) args.push('--to', c.to)
  args.push('--format', c.format)
  if (c.format === 'csv') args.push('--encoding', c.encoding)
  if (c.kind === 'responses') for (const id of c.surveyIds) args.push('--survey', String(id))
  args.push('--lang', c.lang)
  args.push('-o', exportFileName(c.kind, c.lang, c.format, c.from, c.to))
  return args.map(shellWord).join(' ')
}
