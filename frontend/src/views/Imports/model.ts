/**
 * The mapping step's editable model and its conversion to and from the
 * CLI's mapping JSON. One `ColumnRow` per file column (in file order) holds
 * the chosen target as a single select key ("field:submitted_at",
 * "attribute", "question", "ignore") plus the details of each kind, so
 * switching the select back and forth never loses what was typed. Each
 * question column carries its own value dictionary (pairs, so the user can
 * edit keys), written to `values[<question title>]`.
 *
 * The model knows its import target: responses offer the response fields
 * and questions; tickets offer the ticket fields and tags (attributes);
 * customers the customer fields and custom attributes; orders the order
 * fields only. Suggestions and loaded mappings that do not fit the target
 * are brought into it (a question becomes a tag or custom attribute, or is
 * ignored for orders; a foreign field is ignored).
 */
import type {
  ColumnSpec,
  DateOrder,
  ImportField,
  ImportQuestionType,
  ImportTarget,
  Mapping,
  MetricRole,
  Preview,
  PreviewColumn,
  Suggestion,
} from '@/api/importTypes'
import {
  customerIdentityFields,
  fieldsOf,
  importQuestionTypes,
  orderCustomerFields,
  requiredOrderFields,
  requiredTicketFields,
} from '@/api/importTypes'

export type TargetKey = `field:${ImportField}` | 'attribute' | 'question' | 'ignore'

export interface QuestionDraft {
  title: string
  type: ImportQuestionType
  scaleMin: number
  scaleMax: number
  /** '' = counts towards no metric. */
  metric: MetricRole | ''
}

/** One editable value-dictionary entry: a text seen in the file → a number. */
export interface DictPair {
  from: string
  to: number | null
}

export interface ColumnRow {
  header: string
  letter: string
  generated: boolean
  samples: string[]
  dateOrder: string
  dateEvidence: string
  target: TargetKey
  attribute: string
  question: QuestionDraft
  dict: DictPair[]
  suggestion: Suggestion | null
}

export interface MappingModel {
  /** What the import creates; decides the fields offered and the checks. */
  target: ImportTarget
  sheet: string
  headerRow: number
  timezone: string
  dateOrder: DateOrder
  rows: ColumnRow[]
}

export const DEFAULT_TIMEZONE = 'Asia/Shanghai'

/** The fixed or usual scale of a question type; null for choice and text. */
export function defaultScale(type: ImportQuestionType): [number, number] | null {
  switch (type) {
    case 'nps':
      return [0, 10]
    case 'csat':
    case 'rating':
      return [1, 5]
    case 'ces':
      return [1, 7]
    default:
      return null
  }
}

/** The metric a question type counts towards by default. */
export function defaultMetric(type: ImportQuestionType): MetricRole | '' {
  return type === 'nps' || type === 'csat' || type === 'ces' ? type : ''
}

/** A fresh question draft of the given type, titled after the column. */
export function newQuestion(title: string, type: ImportQuestionType = 'rating'): QuestionDraft {
  const scale = defaultScale(type) ?? [1, 5]
  return { title, type, scaleMin: scale[0], scaleMax: scale[1], metric: defaultMetric(type) }
}

/** Changes a draft's type, resetting scale and metric to that type's defaults. */
export function withType(q: QuestionDraft, type: ImportQuestionType): QuestionDraft {
  const scale = defaultScale(type) ?? [q.scaleMin, q.scaleMax]
  return { ...q, type, scaleMin: scale[0], scaleMax: scale[1], metric: defaultMetric(type) }
}

/** Whether a field name belongs to the target's field set. */
export function isFieldOf(target: ImportTarget, v: string): v is ImportField {
  return (fieldsOf(target) as readonly string[]).includes(v)
}

/** Whether a select key is a time field (its column gets the date-order controls). */
export function isTimeTarget(key: TargetKey): boolean {
  return (
    key === 'field:submitted_at' ||
    key === 'field:created_at' ||
    key === 'field:first_response_at' ||
    key === 'field:resolved_at' ||
    key === 'field:ordered_at'
  )
}

/** What a question or attribute column becomes in a target without questions: a tag, a custom attribute, or nothing (orders). */
function nonQuestionTarget(target: ImportTarget): TargetKey {
  return target === 'orders' ? 'ignore' : 'attribute'
}

/**
 * The select key and question type a suggestion's target names, within the
 * import target: a field of the other target is ignored, and for tickets a
 * question becomes a tag.
 */
export function suggestionTarget(s: Suggestion, target: ImportTarget = 'responses'): { target: TargetKey; type?: ImportQuestionType } {
  const [kind = '', detail = ''] = s.target.split(':', 2)
  if (kind === 'field') return isFieldOf(target, detail) ? { target: `field:${detail}` } : { target: 'ignore' }
  if (kind === 'question') {
    if (target !== 'responses') return { target: nonQuestionTarget(target) }
    const type = (importQuestionTypes as readonly string[]).includes(detail) ? (detail as ImportQuestionType) : undefined
    return type ? { target: 'question', type } : { target: 'question' }
  }
  if (kind === 'attribute') return { target: nonQuestionTarget(target) }
  return { target: 'ignore' }
}

/** Dictionary pairs from the JSON object, in its order. */
export function pairsFromDict(d: Record<string, number> | undefined): DictPair[] {
  return Object.entries(d ?? {}).map(([from, to]) => ({ from, to }))
}

/** The JSON object from pairs: keys trimmed; blank keys or missing numbers dropped; the last duplicate wins. */
export function dictFromPairs(pairs: readonly DictPair[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const p of pairs) {
    const k = p.from.trim()
    if (k !== '' && p.to !== null && Number.isFinite(p.to)) out[k] = p.to
  }
  return out
}

/** Indexes of pairs whose (trimmed) key repeats an earlier one. */
export function duplicatePairs(pairs: readonly DictPair[]): Set<number> {
  const seen = new Set<string>()
  const dup = new Set<number>()
  pairs.forEach((p, i) => {
    const k = p.from.trim()
    if (k === '') return
    if (seen.has(k)) dup.add(i)
    seen.add(k)
  })
  return dup
}

export function addPair(pairs: readonly DictPair[], from = '', to: number | null = null): DictPair[] {
  return [...pairs, { from, to }]
}

export function removePair(pairs: readonly DictPair[], index: number): DictPair[] {
  return pairs.filter((_, i) => i !== index)
}

/** Common Chinese answer words for a scale, merged after the existing pairs (existing keys kept). */
export function withPreset(pairs: readonly DictPair[], type: ImportQuestionType, scaleMax: number): DictPair[] {
  const preset: [string, number][] =
    type === 'ces'
      ? [['非常容易', 7], ['容易', 6], ['比较容易', 5], ['一般', 4], ['比较困难', 3], ['困难', 2], ['非常困难', 1]]
      : type === 'single' || type === 'multi' || type === 'text'
        ? [['是', 1], ['否', 0], ['yes', 1], ['no', 0]]
        : scaleMax === 3
          ? [['满意', 3], ['一般', 2], ['不满意', 1]]
          : [['非常满意', 5], ['满意', 4], ['一般', 3], ['不满意', 2], ['非常不满意', 1]]
  const have = new Set(pairs.map((p) => p.from.trim()))
  return [...pairs, ...preset.filter(([k]) => !have.has(k)).map(([from, to]) => ({ from, to }))]
}

function rowFor(
  target: ImportTarget,
  col: PreviewColumn,
  spec: ColumnSpec | undefined,
  suggestion: Suggestion | null,
  values: Mapping['values'],
): ColumnRow {
  const row: ColumnRow = {
    header: col.name,
    letter: col.letter,
    generated: col.generated,
    samples: col.samples,
    dateOrder: col.dateOrder,
    dateEvidence: col.dateEvidence,
    target: 'ignore',
    attribute: col.name,
    question: newQuestion(col.name),
    dict: [],
    suggestion,
  }
  if (!spec) {
    if (suggestion) {
      const s = suggestionTarget(suggestion, target)
      row.target = s.target
      if (s.type) row.question = newQuestion(col.name, s.type)
    }
    return row
  }
  if ('ignore' in spec) row.target = 'ignore'
  else if ('field' in spec) row.target = isFieldOf(target, spec.field) ? `field:${spec.field}` : 'ignore'
  else if ('attribute' in spec) {
    row.target = nonQuestionTarget(target)
    row.attribute = spec.attribute
  } else if (target !== 'responses') {
    // only responses have questions: keep the column as a tag or custom attribute named like the question
    row.target = nonQuestionTarget(target)
    row.attribute = spec.question
  } else {
    row.target = 'question'
    const q = newQuestion(spec.question, spec.type ?? 'rating')
    if (spec.scale) [q.scaleMin, q.scaleMax] = spec.scale
    if (spec.metric) q.metric = spec.metric
    else if (spec.type) q.metric = defaultMetric(spec.type)
    row.question = q
    row.dict = pairsFromDict(values?.[spec.question])
  }
  return row
}

/** The editable model for a preview: its mapping (remembered or suggested), one row per column. */
export function modelFromPreview(p: Preview, target: ImportTarget = 'responses'): MappingModel {
  const byColumn = new Map(p.suggestions.map((s) => [s.column, s]))
  return {
    target,
    sheet: p.mapping.sheet ?? p.sheet,
    headerRow: p.mapping.header_row ?? p.headerRow,
    timezone: p.mapping.timezone ?? DEFAULT_TIMEZONE,
    dateOrder: p.mapping.date_order ?? 'auto',
    rows: p.columns.map((c) => rowFor(target, c, p.mapping.columns[c.name], byColumn.get(c.name) ?? null, p.mapping.values)),
  }
}

/** Applies a loaded mapping file to the current columns (columns it does not name are ignored). */
export function applyMapping(model: MappingModel, m: Mapping, columns: readonly PreviewColumn[]): MappingModel {
  const rows = columns.map((c) => {
    const prev = model.rows.find((r) => r.header === c.name)
    const row = rowFor(model.target, c, m.columns[c.name] ?? { ignore: true }, prev?.suggestion ?? null, m.values)
    return row
  })
  return {
    target: model.target,
    sheet: m.sheet ?? model.sheet,
    headerRow: m.header_row ?? model.headerRow,
    timezone: m.timezone ?? model.timezone,
    dateOrder: m.date_order ?? model.dateOrder,
    rows,
  }
}

/**
 * The column spec for a row. A question whose title names an existing
 * question of the target survey carries the title only (its type is fixed).
 */
export function specFor(row: ColumnRow, existing: ReadonlySet<string>): ColumnSpec {
  if (row.target === 'ignore') return { ignore: true }
  if (row.target === 'attribute') return { attribute: row.attribute.trim() }
  if (row.target === 'question') {
    const q = row.question
    const title = q.title.trim()
    if (existing.has(title)) return { question: title }
    const spec: ColumnSpec = { question: title, type: q.type }
    if (defaultScale(q.type)) spec.scale = [q.scaleMin, q.scaleMax]
    if (q.metric) spec.metric = q.metric
    return spec
  }
  return { field: row.target.slice('field:'.length) as ImportField }
}

/** The CLI mapping JSON for the model. */
export function mappingFromModel(model: MappingModel, existing: ReadonlySet<string> = new Set()): Mapping {
  const columns: Record<string, ColumnSpec> = {}
  const values: Record<string, Record<string, number>> = {}
  for (const row of model.rows) {
    columns[row.header] = specFor(row, existing)
    if (row.target === 'question') {
      const d = dictFromPairs(row.dict)
      if (Object.keys(d).length > 0) values[row.question.title.trim()] = d
    }
  }
  const m: Mapping = { columns, values }
  if (model.sheet) m.sheet = model.sheet
  if (model.headerRow > 0) m.header_row = model.headerRow
  m.timezone = model.timezone || DEFAULT_TIMEZONE
  m.date_order = model.dateOrder
  return m
}

/** A problem that blocks the dry run; `key` is under imports.problem.* */
export interface MappingProblem {
  key:
    | 'noQuestion'
    | 'noSubmittedAt'
    | 'titleMissing'
    | 'attributeMissing'
    | 'tagMissing'
    | 'fieldTwice'
    | 'titleTwice'
    | 'scale'
    | 'ticketFieldRequired'
    | 'questionForTickets'
    | 'fieldWrongTarget'
    | 'questionNotAllowed'
    | 'attributeForOrders'
    | 'customerIdentityRequired'
    | 'orderFieldRequired'
    | 'orderCustomerRequired'
  column: string
  /** The other column, or for ticketFieldRequired / orderFieldRequired / fieldWrongTarget the field name. */
  detail: string
}

/**
 * What must be fixed before the dry run, per target: responses need a
 * submission time and a question, tickets a title and a creation time,
 * customers an identity column (id, phone or email), orders the order id,
 * date, amount and a customer column.
 */
export function mappingProblems(model: MappingModel): MappingProblem[] {
  const out: MappingProblem[] = []
  const fields = new Map<string, string>()
  const titles = new Map<string, string>()
  for (const r of model.rows) {
    if (r.target.startsWith('field:')) {
      const field = r.target.slice('field:'.length)
      if (!isFieldOf(model.target, field)) {
        out.push({ key: 'fieldWrongTarget', column: r.header, detail: field })
        continue
      }
      const prev = fields.get(r.target)
      if (prev) out.push({ key: 'fieldTwice', column: r.header, detail: prev })
      fields.set(r.target, r.header)
    } else if (r.target === 'attribute' && model.target === 'orders') {
      out.push({ key: 'attributeForOrders', column: r.header, detail: '' })
    } else if (r.target === 'attribute' && r.attribute.trim() === '') {
      out.push({ key: model.target === 'tickets' ? 'tagMissing' : 'attributeMissing', column: r.header, detail: '' })
    } else if (r.target === 'question' && model.target === 'tickets') {
      out.push({ key: 'questionForTickets', column: r.header, detail: '' })
    } else if (r.target === 'question' && model.target !== 'responses') {
      out.push({ key: 'questionNotAllowed', column: r.header, detail: '' })
    } else if (r.target === 'question') {
      const title = r.question.title.trim()
      if (title === '') out.push({ key: 'titleMissing', column: r.header, detail: '' })
      else if (titles.has(title)) out.push({ key: 'titleTwice', column: r.header, detail: titles.get(title) ?? '' })
      else titles.set(title, r.header)
      if (defaultScale(r.question.type) && !(r.question.scaleMin < r.question.scaleMax)) {
        out.push({ key: 'scale', column: r.header, detail: '' })
      }
    }
  }
  if (model.target === 'tickets') {
    for (const f of requiredTicketFields) {
      if (!fields.has(`field:${f}`)) out.push({ key: 'ticketFieldRequired', column: '', detail: f })
    }
    return out
  }
  if (model.target === 'customers') {
    if (!customerIdentityFields.some((f) => fields.has(`field:${f}`))) out.push({ key: 'customerIdentityRequired', column: '', detail: '' })
    return out
  }
  if (model.target === 'orders') {
    for (const f of requiredOrderFields) {
      if (!fields.has(`field:${f}`)) out.push({ key: 'orderFieldRequired', column: '', detail: f })
    }
    if (!orderCustomerFields.some((f) => fields.has(`field:${f}`))) out.push({ key: 'orderCustomerRequired', column: '', detail: '' })
    return out
  }
  if (!fields.has('field:submitted_at')) out.push({ key: 'noSubmittedAt', column: '', detail: '' })
  if (titles.size === 0) out.push({ key: 'noQuestion', column: '', detail: '' })
  return out
}
