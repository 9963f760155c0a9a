/**
 * The import studio's view of the `api.Imports` DTOs (contract:
 * notes/issue4-contract.md). `Mapping` is exactly the CLI's hand-writable
 * mapping JSON (snake_case keys), so the UI saves and loads the same file
 * the command line reads. An import targets survey responses, complaint
 * tickets, customer records or orders; each target has its own field set
 * (only responses have questions; a ticket's attribute columns become ticket
 * tags, a customer's custom attributes; orders have fields only).
 */

/** Response fields a column can fill (the CLI's names). */
export const responseFields = [
  'external_id',
  'submitted_at',
  'customer_id',
  'customer_name',
  'customer_phone',
  'customer_email',
  'channel',
  'region',
  'product',
  'agent',
] as const
export type ResponseField = (typeof responseFields)[number]

/** Ticket fields a column can fill when importing tickets (Go: importer.TicketFields, in display order). */
export const ticketFields = [
  'external_id',
  'title',
  'description',
  'created_at',
  'first_response_at',
  'resolved_at',
  'status',
  'category',
  'subcategory',
  'priority',
  'channel',
  'handler',
  'customer_id',
  'customer_name',
  'customer_phone',
  'customer_email',
] as const
export type TicketField = (typeof ticketFields)[number]

/** Ticket fields every mapping (and every row) must fill. */
export const requiredTicketFields: readonly TicketField[] = ['title', 'created_at']

/** Customer fields (Go: importer.CustomerFields, in display order); customer_id is the customer's id in the source system. */
export const customerFields = [
  'customer_id',
  'customer_name',
  'customer_phone',
  'customer_email',
  'company',
  'region',
  'industry',
  'channel',
  'consent',
  'do_not_contact',
] as const
export type CustomerField = (typeof customerFields)[number]

/** Customer fields of which a mapping must fill at least one: customers are matched by them. */
export const customerIdentityFields: readonly CustomerField[] = ['customer_id', 'customer_phone', 'customer_email']

/** Order fields (Go: importer.OrderFields); external_id is the order id. */
export const orderFields = ['external_id', 'customer_id', 'customer_phone', 'customer_email', 'ordered_at', 'amount', 'refund'] as const
export type OrderField = (typeof orderFields)[number]

/** Order fields every mapping must fill (plus one of the customer fields). */
export const requiredOrderFields: readonly OrderField[] = ['external_id', 'ordered_at', 'amount']

/** The order fields that name the order's customer; a mapping fills at least one. */
export const orderCustomerFields: readonly OrderField[] = ['customer_id', 'customer_phone', 'customer_email']

/** Any field a column can fill, of any target. */
export type ImportField = ResponseField | TicketField | CustomerField | OrderField

/** What an import creates: survey responses (the default), complaint tickets, customer records or orders. */
export const importTargets = ['responses', 'tickets', 'customers', 'orders'] as const
export type ImportTarget = (typeof importTargets)[number]

/** Whether a string names an import target. */
export function isImportTarget(v: unknown): v is ImportTarget {
  return typeof v === 'string' && (importTargets as readonly string[]).includes(v)
}

/** The fields of a target, in display order. */
export function fieldsOf(target: ImportTarget): readonly ImportField[] {
  switch (target) {
    case 'tickets':
      return ticketFields
    case 'customers':
      return customerFields
    case 'orders':
      return orderFields
    default:
      return responseFields
  }
}

/** Question types a column can create. */
export const importQuestionTypes = ['nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text'] as const
export type ImportQuestionType = (typeof importQuestionTypes)[number]

export const metricRoles = ['nps', 'csat', 'ces'] as const
export type MetricRole = (typeof metricRoles)[number]

export const dateOrders = ['auto', 'DMY', 'MDY', 'YMD'] as const
export type DateOrder = (typeof dateOrders)[number]

/** One column of the mapping JSON: exactly one of the shapes is used. */
export type ColumnSpec =
  | { field: ImportField }
  | { attribute: string }
  | { question: string; type?: ImportQuestionType; scale?: [number, number]; metric?: MetricRole }
  | { ignore: true }

/** The CLI's mapping JSON. */
export interface Mapping {
  sheet?: string
  header_row?: number
  timezone?: string
  date_order?: DateOrder
  columns: Record<string, ColumnSpec>
  values?: Record<string, Record<string, number>>
}

export interface FileChoice {
  canceled: boolean
  fileId: string
  name: string
  size: number
  format: string
  encoding: string
  delimiter: string
  sheets: string[]
  sheet: string
}

export interface PreviewColumn {
  index: number
  letter: string
  name: string
  generated: boolean
  samples: string[]
  /** "" or DMY / MDY / YMD / ambiguous. */
  dateOrder: string
  dateEvidence: string
}

export interface PreviewRow {
  /** 1-based physical row number in the file. */
  row: number
  cells: string[]
}

export interface Suggestion {
  column: string
  /** e.g. "field:submitted_at", "question:nps", "attribute", "ignore". */
  target: string
  confidence: number
  reason: string
}

export interface Preview {
  fileId: string
  name: string
  format: string
  encoding: string
  delimiter: string
  sheet: string
  sheets: string[]
  headerRow: number
  date1904: boolean
  columns: PreviewColumn[]
  rows: PreviewRow[]
  signature: string
  remembered: boolean
  mapping: Mapping
  suggestions: Suggestion[]
}

export interface PreviewRequest {
  fileId: string
  sheet: string
  /** 0 = auto (first non-empty row). */
  headerRow: number
  /** Decides the suggested mapping and whether a remembered one fits. */
  target: ImportTarget
}

export type OnError = 'skip' | 'abort'

export interface RunRequest {
  fileId: string
  target: ImportTarget
  /** Responses only (ignored for tickets). */
  surveyId: number | null
  newSurveyName: string
  mapping: Mapping
  onError: OnError
}

export interface RowError {
  row: number
  column: string
  code: string
  key: string
  message: string
  params: Record<string, string | number>
}

export interface RunSummary {
  jobId: string
  dryRun: boolean
  canceled: boolean
  aborted: boolean
  rows: number
  valid: number
  imported: number
  duplicates: number
  rejected: number
  rejectedByReason: Record<string, number>
  errors: RowError[]
  surveyId: number | null
  batchId: number | null
  fileHash: string
  dateOrders: Record<string, string>
  elapsedMs: number
}

export type ImportStage = 'reading' | 'validating' | 'writing'

export interface ImportProgress {
  jobId: string
  stage: string
  done: number
  /** -1 when unknown. */
  total: number
}
