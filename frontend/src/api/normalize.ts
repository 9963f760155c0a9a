/**
 * Normalisation of the survey/response DTOs the bound Go methods return:
 * every field gets its declared type (missing numbers → 0, missing optional
 * numbers → null, null slices → []), and the snake_case metrics structs
 * become camelCase. Also the reverse: plain objects for the Go side.
 * The coercions themselves live in api/coerce.ts.
 */
import type {
  AnswerView,
  CesResult,
  ChoiceOption,
  CsatResult,
  CustomerRow,
  Facets,
  MetricRole,
  NpsResult,
  Question,
  QuestionType,
  RatingCount,
  ResponseDetail,
  ResponseRow,
  ResponseSource,
  Survey,
  SurveyOverview,
  SurveyStatus,
  SurveySummary,
  SurveyTemplate,
  TrendPoint,
  Verbatim,
} from './surveyTypes'
import { questionTypes } from './surveyTypes'
import { arr, bool, num, optNum, rec, str, strs } from './coerce'

export function toStatus(v: unknown): SurveyStatus {
  return v === 'active' || v === 'closed' ? v : 'draft'
}
export function toQuestionType(v: unknown): QuestionType {
  return (questionTypes as readonly unknown[]).includes(v) ? (v as QuestionType) : 'text'
}
export function toRole(v: unknown): MetricRole {
  return v === 'nps' || v === 'csat' || v === 'ces' ? v : ''
}
function toSource(v: unknown): ResponseSource {
  return v === 'phone' || v === 'kiosk' || v === 'import' ? v : 'form'
}

export function toSummary(v: unknown): SurveySummary {
  const o = rec(v)
  return {
    id: num(o.id),
    title: str(o.title),
    titleEn: str(o.titleEn),
    status: toStatus(o.status),
    responses: num(o.responses),
    questions: num(o.questions),
    createdAt: str(o.createdAt),
    updatedAt: str(o.updatedAt),
  }
}

function toOption(v: unknown): ChoiceOption {
  const o = rec(v)
  return { value: str(o.value), label: str(o.label), labelEn: str(o.labelEn) }
}

export function toQuestion(v: unknown): Question {
  const o = rec(v)
  return {
    id: num(o.id),
    type: toQuestionType(o.type),
    title: str(o.title),
    titleEn: str(o.titleEn),
    required: bool(o.required),
    role: toRole(o.role),
    scaleMin: num(o.scaleMin),
    scaleMax: num(o.scaleMax),
    inverted: bool(o.inverted),
    longText: bool(o.longText),
    options: arr(o.options).map(toOption),
    locked: bool(o.locked),
  }
}

export function toSurvey(v: unknown): Survey {
  const o = rec(v)
  return {
    id: num(o.id),
    title: str(o.title),
    titleEn: str(o.titleEn),
    description: str(o.description),
    descriptionEn: str(o.descriptionEn),
    status: toStatus(o.status),
    responses: num(o.responses),
    questions: arr(o.questions).map(toQuestion),
  }
}

export function toTemplate(v: unknown): SurveyTemplate {
  const o = rec(v)
  return {
    key: str(o.key),
    title: str(o.title),
    titleEn: str(o.titleEn),
    description: str(o.description),
    descriptionEn: str(o.descriptionEn),
    survey: toSurvey(o.survey),
  }
}

/** The plain object Create/Update expect (ids kept; the Go side ignores them on create). */
export function fromSurvey(s: Survey): Record<string, unknown> {
  return {
    id: s.id,
    title: s.title.trim(),
    titleEn: s.titleEn.trim(),
    description: s.description.trim(),
    descriptionEn: s.descriptionEn.trim(),
    status: s.status,
    responses: s.responses,
    questions: s.questions.map((q) => ({
      id: q.id,
      type: q.type,
      title: q.title.trim(),
      titleEn: q.titleEn.trim(),
      required: q.required,
      role: q.role,
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
      inverted: q.inverted,
      longText: q.longText,
      options: q.options.map((x) => ({ value: x.value.trim(), label: x.label.trim(), labelEn: x.labelEn.trim() })),
      locked: q.locked,
    })),
  }
}

function toRatings(v: unknown): RatingCount[] {
  return arr(v).map((x) => {
    const o = rec(x)
    return { rating: num(o.rating), count: num(o.count) }
  })
}

export function toNps(v: unknown): NpsResult | null {
  if (v === null || typeof v !== 'object') return null
  const o = rec(v)
  return {
    valid: bool(o.valid),
    score: num(o.score),
    rounded: num(o.rounded),
    n: num(o.n),
    promoters: num(o.promoters),
    passives: num(o.passives),
    detractors: num(o.detractors),
    promoterShare: num(o.promoter_share),
    passiveShare: num(o.passive_share),
    detractorShare: num(o.detractor_share),
    ciLow: num(o.ci_low),
    ciHigh: num(o.ci_high),
    moe: num(o.moe),
    indicative: bool(o.indicative),
    skipped: num(o.skipped),
    invalid: num(o.invalid),
  }
}

export function toCsat(v: unknown): CsatResult | null {
  if (v === null || typeof v !== 'object') return null
  const o = rec(v)
  return {
    valid: bool(o.valid),
    scaleMin: num(o.scale_min),
    scaleMax: num(o.scale_max),
    satisfiedMin: num(o.satisfied_min),
    n: num(o.n),
    satisfied: num(o.satisfied),
    percent: num(o.percent),
    mean: num(o.mean),
    distribution: toRatings(o.distribution),
    ciLow: num(o.ci_low),
    ciHigh: num(o.ci_high),
    indicative: bool(o.indicative),
    skipped: num(o.skipped),
    invalid: num(o.invalid),
  }
}

export function toCes(v: unknown): CesResult | null {
  if (v === null || typeof v !== 'object') return null
  const o = rec(v)
  return {
    valid: bool(o.valid),
    inverted: bool(o.inverted),
    n: num(o.n),
    mean: num(o.mean),
    easy: num(o.easy),
    neutral: num(o.neutral),
    difficult: num(o.difficult),
    percentEasy: num(o.percent_easy),
    percentDifficult: num(o.percent_difficult),
    netEase: num(o.net_ease),
    distribution: toRatings(o.distribution),
    indicative: bool(o.indicative),
    skipped: num(o.skipped),
    invalid: num(o.invalid),
  }
}

function toTrendPoint(v: unknown): TrendPoint {
  const o = rec(v)
  return { month: str(o.month), responses: num(o.responses), nps: toNps(o.nps), csat: toCsat(o.csat) }
}

function toVerbatim(v: unknown): Verbatim {
  const o = rec(v)
  return {
    responseId: num(o.responseId),
    submittedAt: str(o.submittedAt),
    score: optNum(o.score),
    comment: str(o.comment),
    customerName: str(o.customerName),
    channel: str(o.channel),
  }
}

export function toOverview(v: unknown): SurveyOverview {
  const o = rec(v)
  const hist = arr(o.histogram).map(num)
  return {
    surveyId: num(o.surveyId),
    from: str(o.from),
    to: str(o.to),
    responses: num(o.responses),
    nps: toNps(o.nps),
    csat: toCsat(o.csat),
    ces: toCes(o.ces),
    histogram: hist.length === 11 ? hist : [],
    trend: arr(o.trend).map(toTrendPoint),
    detractors: arr(o.detractors).map(toVerbatim),
  }
}

export function toResponseRow(v: unknown): ResponseRow {
  const o = rec(v)
  return {
    id: num(o.id),
    surveyId: num(o.surveyId),
    surveyTitle: str(o.surveyTitle),
    submittedAt: str(o.submittedAt),
    source: toSource(o.source),
    customerId: optNum(o.customerId),
    customerName: str(o.customerName),
    channel: str(o.channel),
    region: str(o.region),
    product: str(o.product),
    agent: str(o.agent),
    nps: optNum(o.nps),
    csat: optNum(o.csat),
    comment: str(o.comment),
    tags: strs(o.tags),
  }
}

function toAnswerView(v: unknown): AnswerView {
  const o = rec(v)
  const status = o.status === 'skipped' || o.status === 'invalid' ? o.status : 'valid'
  return {
    questionId: num(o.questionId),
    questionTitle: str(o.questionTitle),
    questionTitleEn: str(o.questionTitleEn),
    type: toQuestionType(o.type),
    role: toRole(o.role),
    status,
    number: optNum(o.number),
    text: str(o.text),
    raw: str(o.raw),
  }
}

export function toResponseDetail(v: unknown): ResponseDetail {
  const o = rec(v)
  return { ...toResponseRow(v), note: str(o.note), answers: arr(o.answers).map(toAnswerView) }
}

export function toFacets(v: unknown): Facets {
  const o = rec(v)
  return {
    channels: strs(o.channels),
    regions: strs(o.regions),
    products: strs(o.products),
    agents: strs(o.agents),
    tags: strs(o.tags),
  }
}

export function toCustomerRow(v: unknown): CustomerRow {
  const o = rec(v)
  return {
    id: num(o.id),
    name: str(o.name),
    phone: str(o.phone),
    email: str(o.email),
    company: str(o.company),
    region: str(o.region),
    tier: str(o.tier),
    doNotContact: bool(o.doNotContact),
  }
}
