/**
 * Typed facade over the bound Go struct `api.Imports` (contract:
 * notes/issue4-contract.md): choose a file through the Go dialog, preview
 * it with suggested mapping, dry run, import, cancel, save errors.xlsx.
 * Every call rejects with an AppError; results are normalised here. The
 * mapping passes through as the CLI's JSON (snake_case). Preview and runs
 * name their target ("responses" or "tickets").
 */
import { call } from './errors'
import * as Imports from '../../wailsjs/go/api/Imports'
import { api } from '../../wailsjs/go/models'
import { arr, bool, counts, num, optNum, rec, recs, str, strs } from './coerce'
import { dateOrders, importQuestionTypes, metricRoles, responseFields, ticketFields } from './importTypes'
import type {
  ColumnSpec,
  DateOrder,
  ImportField,
  FileChoice,
  Mapping,
  Preview,
  PreviewRequest,
  RowError,
  RunRequest,
  RunSummary,
} from './importTypes'
import type { FileResult } from './surveyTypes'

function oneOf<T extends string>(list: readonly T[], v: unknown): T | undefined {
  return (list as readonly unknown[]).includes(v) ? (v as T) : undefined
}

/** One column spec from untyped JSON; null when it has no known shape. */
export function toColumnSpec(v: unknown): ColumnSpec | null {
  const o = rec(v)
  if (o.ignore === true) return { ignore: true }
  const field = oneOf<ImportField>([...responseFields, ...ticketFields], o.field)
  if (field) return { field }
  if (typeof o.attribute === 'string') return { attribute: o.attribute }
  if (typeof o.question === 'string') {
    const spec: ColumnSpec = { question: o.question }
    const type = oneOf(importQuestionTypes, o.type)
    if (type) spec.type = type
    const scale = arr(o.scale)
    if (scale.length === 2 && typeof scale[0] === 'number' && typeof scale[1] === 'number') spec.scale = [scale[0], scale[1]]
    const metric = oneOf(metricRoles, o.metric)
    if (metric) spec.metric = metric
    return spec
  }
  return null
}

/** A mapping from untyped JSON (a bound result or a file the user loads). */
export function toMapping(v: unknown): Mapping {
  const o = rec(v)
  const columns: Record<string, ColumnSpec> = {}
  for (const [k, c] of Object.entries(rec(o.columns))) {
    const spec = toColumnSpec(c)
    if (spec) columns[k] = spec
  }
  const values: Record<string, Record<string, number>> = {}
  for (const [q, d] of Object.entries(rec(o.values))) values[q] = counts(d)
  const m: Mapping = { columns, values }
  if (typeof o.sheet === 'string' && o.sheet !== '') m.sheet = o.sheet
  if (typeof o.header_row === 'number' && o.header_row > 0) m.header_row = o.header_row
  if (typeof o.timezone === 'string' && o.timezone !== '') m.timezone = o.timezone
  const order = oneOf<DateOrder>(dateOrders, o.date_order)
  if (order) m.date_order = order
  return m
}

function toFileChoice(v: unknown): FileChoice {
  const o = rec(v)
  return {
    canceled: bool(o.canceled),
    fileId: str(o.fileId),
    name: str(o.name),
    size: num(o.size),
    format: str(o.format),
    encoding: str(o.encoding),
    delimiter: str(o.delimiter),
    sheets: strs(o.sheets),
    sheet: str(o.sheet),
  }
}

export function toPreview(v: unknown): Preview {
  const o = rec(v)
  return {
    fileId: str(o.fileId),
    name: str(o.name),
    format: str(o.format),
    encoding: str(o.encoding),
    delimiter: str(o.delimiter),
    sheet: str(o.sheet),
    sheets: strs(o.sheets),
    headerRow: num(o.headerRow),
    date1904: bool(o.date1904),
    columns: recs(o.columns).map((c) => ({
      index: num(c.index),
      letter: str(c.letter),
      name: str(c.name),
      generated: bool(c.generated),
      samples: strs(c.samples),
      dateOrder: str(c.dateOrder),
      dateEvidence: str(c.dateEvidence),
    })),
    rows: recs(o.rows).map((r) => ({ row: num(r.row), cells: arr(r.cells).map((x) => (typeof x === 'string' ? x : '')) })),
    signature: str(o.signature),
    remembered: bool(o.remembered),
    mapping: toMapping(o.mapping),
    suggestions: recs(o.suggestions).map((s) => ({
      column: str(s.column),
      target: str(s.target),
      confidence: num(s.confidence),
      reason: str(s.reason),
    })),
  }
}

function toRowError(v: Record<string, unknown>): RowError {
  const params: Record<string, string | number> = {}
  for (const [k, x] of Object.entries(rec(v.params))) {
    if (typeof x === 'string' || typeof x === 'number') params[k] = x
    else if (x !== null && x !== undefined) params[k] = String(x)
  }
  return { row: num(v.row), column: str(v.column), code: str(v.code), key: str(v.key), message: str(v.message), params }
}

export function toRunSummary(v: unknown): RunSummary {
  const o = rec(v)
  const dateOrdersOut: Record<string, string> = {}
  for (const [k, x] of Object.entries(rec(o.dateOrders))) if (typeof x === 'string') dateOrdersOut[k] = x
  return {
    jobId: str(o.jobId),
    dryRun: bool(o.dryRun),
    canceled: bool(o.canceled),
    aborted: bool(o.aborted),
    rows: num(o.rows),
    valid: num(o.valid),
    imported: num(o.imported),
    duplicates: num(o.duplicates),
    rejected: num(o.rejected),
    rejectedByReason: counts(o.rejectedByReason),
    errors: recs(o.errors).map(toRowError),
    surveyId: optNum(o.surveyId),
    batchId: optNum(o.batchId),
    fileHash: str(o.fileHash),
    dateOrders: dateOrdersOut,
    elapsedMs: num(o.elapsedMs),
  }
}

/** The plain object DryRun/Import expect. */
export function fromRunRequest(r: RunRequest): Record<string, unknown> {
  return {
    fileId: r.fileId,
    target: r.target,
    surveyId: r.target === 'responses' ? (r.surveyId ?? undefined) : undefined,
    newSurveyName: r.target === 'responses' && r.surveyId === null ? r.newSurveyName.trim() : '',
    mapping: JSON.parse(JSON.stringify(r.mapping)) as unknown,
    onError: r.onError,
  }
}

export const importsApi = {
  /** Go opens the file dialog; `canceled` when the user closed it. */
  async chooseFile(): Promise<FileChoice> {
    return toFileChoice(await call(() => Imports.ChooseFile()))
  },

  async preview(req: PreviewRequest): Promise<Preview> {
    return toPreview(await call(() => Imports.Preview(api.PreviewRequest.createFrom(req))))
  },

  /** Validates every row; writes nothing. Progress: onImportProgress. */
  async dryRun(req: RunRequest): Promise<RunSummary> {
    return toRunSummary(await call(() => Imports.DryRun(api.RunRequest.createFrom(fromRunRequest(req)))))
  },

  /** One transaction; idempotent per row key. */
  async run(req: RunRequest): Promise<RunSummary> {
    return toRunSummary(await call(() => Imports.Import(api.RunRequest.createFrom(fromRunRequest(req)))))
  },

  async cancel(jobId: string): Promise<void> {
    await call(() => Imports.Cancel(jobId))
  },

  /** Go validates the mapping and writes it (the CLI's --mapping format) where the save dialog says. */
  async saveMapping(m: Mapping): Promise<FileResult> {
    const plain = JSON.parse(JSON.stringify(m)) as Record<string, unknown>
    const o = rec(await call(() => Imports.SaveMapping(plain as never)))
    return { canceled: bool(o.canceled), path: str(o.path) }
  },

  /** Go opens the file dialog and reads a mapping file; `canceled` when closed. */
  async loadMapping(): Promise<{ canceled: boolean; name: string; mapping: Mapping }> {
    const o = rec(await call(() => Imports.LoadMapping()))
    return { canceled: bool(o.canceled), name: str(o.name), mapping: toMapping(o.mapping) }
  },

  /** Go opens the save dialog and writes errors.xlsx for every rejected row of the job. */
  async saveErrors(jobId: string): Promise<FileResult> {
    const o = rec(await call(() => Imports.SaveErrors(jobId)))
    return { canceled: bool(o.canceled), path: str(o.path) }
  },
}
