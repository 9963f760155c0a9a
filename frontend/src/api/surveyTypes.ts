/**
 * The frontend's view of the survey, response, customer and kiosk DTOs
 * (backend/api/{surveys,responses,customers,kiosk}.go). Dates are ISO
 * strings; optional numbers are `number | null`; the metrics structs, which
 * the Go side sends with snake_case keys, are converted to camelCase here.
 */

export type SurveyStatus = 'draft' | 'active' | 'closed'
export const surveyStatuses: readonly SurveyStatus[] = ['draft', 'active', 'closed']

export type QuestionType = 'nps' | 'csat' | 'ces' | 'rating' | 'single' | 'multi' | 'text'
export const questionTypes: readonly QuestionType[] = ['nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text']

/** Question types answered with a number on a scale. */
export function isScaleType(type: string): boolean {
  return type === 'nps' || type === 'csat' || type === 'ces' || type === 'rating'
}

/** Question types answered by picking options. */
export function isChoiceType(type: string): boolean {
  return type === 'single' || type === 'multi'
}

/** Metric role; '' = none. Only the role named like the type is allowed. */
export type MetricRole = '' | 'nps' | 'csat' | 'ces'

/** How a response was collected. */
export type ResponseSource = 'form' | 'phone' | 'kiosk' | 'import'

export interface SurveySummary {
  id: number
  title: string
  titleEn: string
  status: SurveyStatus
  responses: number
  questions: number
  createdAt: string
  updatedAt: string
}

export interface ChoiceOption {
  value: string
  label: string
  labelEn: string
}

export interface Question {
  /** 0 for a question not saved yet. */
  id: number
  type: QuestionType
  title: string
  titleEn: string
  required: boolean
  role: MetricRole
  scaleMin: number
  scaleMax: number
  inverted: boolean
  longText: boolean
  options: ChoiceOption[]
  /** Has answers: type, scale and role are fixed and it cannot be removed. */
  locked: boolean
}

export interface Survey {
  id: number
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  status: SurveyStatus
  responses: number
  questions: Question[]
}

export interface SurveyTemplate {
  key: string
  title: string
  titleEn: string
  description: string
  descriptionEn: string
  survey: Survey
}

export interface FileResult {
  canceled: boolean
  path: string
}

export interface ImportDefinitionResult {
  canceled: boolean
  path: string
  survey: Survey | null
}

export interface RatingCount {
  rating: number
  count: number
}

export interface NpsResult {
  valid: boolean
  score: number
  rounded: number
  n: number
  promoters: number
  passives: number
  detractors: number
  /** Percentages of n, 0–100. */
  promoterShare: number
  passiveShare: number
  detractorShare: number
  ciLow: number
  ciHigh: number
  moe: number
  indicative: boolean
  skipped: number
  invalid: number
}

export interface CsatResult {
  valid: boolean
  scaleMin: number
  scaleMax: number
  satisfiedMin: number
  n: number
  satisfied: number
  percent: number
  mean: number
  distribution: RatingCount[]
  ciLow: number
  ciHigh: number
  indicative: boolean
  skipped: number
  invalid: number
}

export interface CesResult {
  valid: boolean
  inverted: boolean
  n: number
  mean: number
  easy: number
  neutral: number
  difficult: number
  percentEasy: number
  percentDifficult: number
  netEase: number
  distribution: RatingCount[]
  indicative: boolean
  skipped: number
  invalid: number
}

export interface TrendPoint {
  /** "2026-10" */
  month: string
  responses: number
  nps: NpsResult | null
  csat: CsatResult | null
}

export interface Verbatim {
  responseId: number
  submittedAt: string
  score: number | null
  comment: string
  customerName: string
  channel: string
}

export interface SurveyOverview {
  surveyId: number
  from: string
  to: string
  responses: number
  nps: NpsResult | null
  csat: CsatResult | null
  ces: CesResult | null
  /** 11 counts for NPS scores 0..10; empty without an NPS question. */
  histogram: number[]
  trend: TrendPoint[]
  detractors: Verbatim[]
}

export interface CustomerInput {
  name: string
  phone: string
  email: string
  company: string
}

export interface AnswerInput {
  questionId: number
  number: number | null
  text: string
  choices: string[]
  skipped: boolean
}

export interface ResponseInput {
  surveyId: number
  customerId: number | null
  newCustomer: CustomerInput | null
  source: ResponseSource
  channel: string
  region: string
  product: string
  agent: string
  /** "" = now */
  submittedAt: string
  note: string
  tags: string[]
  answers: AnswerInput[]
}

export interface ResponseRow {
  id: number
  surveyId: number
  surveyTitle: string
  /** RFC 3339 instant (UTC). */
  submittedAt: string
  source: ResponseSource
  customerId: number | null
  customerName: string
  channel: string
  region: string
  product: string
  agent: string
  nps: number | null
  csat: number | null
  /** First text answer, truncated by the server to 200 characters. */
  comment: string
  tags: string[]
}

export type AnswerStatus = 'valid' | 'skipped' | 'invalid'

export interface AnswerView {
  questionId: number
  questionTitle: string
  questionTitleEn: string
  type: QuestionType
  role: MetricRole
  status: AnswerStatus
  number: number | null
  text: string
  /** The value as it was entered or imported. */
  raw: string
}

export interface ResponseDetail extends ResponseRow {
  note: string
  answers: AnswerView[]
}

/** NPS score bands: detractor 0–6, passive 7–8, promoter 9–10; '' = any. */
/** NPS bands; 'scored' = any valid NPS answer (the n behind an NPS figure). */
export type ScoreBand = '' | 'promoter' | 'passive' | 'detractor' | 'scored'

/** List filters; empty strings and null mean "any". Days are "YYYY-MM-DD", `to` inclusive. */
export interface ResponseQuery {
  surveyId: number | null
  /** Responses of any of these surveys (a dashboard scope of several); [] = no such filter. */
  surveyIds?: number[]
  from: string
  to: string
  channel: string
  region: string
  product: string
  agent: string
  band: ScoreBand
  search: string
  tag: string
  /** A verbatim theme key: only responses tagged with it (rules and a person's decisions, as the dashboard counts); "" = any. */
  theme: string
  offset: number
  limit: number
}

export interface ResponsePage {
  items: ResponseRow[]
  total: number
}

/** Distinct values seen in responses (filter menus, autocomplete). */
export interface Facets {
  channels: string[]
  regions: string[]
  products: string[]
  agents: string[]
  tags: string[]
}

export interface CustomerRow {
  id: number
  name: string
  phone: string
  email: string
  company: string
  region: string
  tier: string
  doNotContact: boolean
}

export interface KioskStatus {
  pinSet: boolean
  surveyId: number | null
}
