/**
 * Typed facade over the bound Go struct `api.FollowUps` (回访 workspace:
 * rules, call list, recording attempts, history, rates) plus the two survey
 * look-ups the workspace needs (the script survey and the survey list for
 * the rules dialog). Contract: notes/issue3-contract.md. Every call rejects
 * with an AppError.
 */
import { call } from './errors'
import { counts, num, optNum, rec, recs, str } from './coerce'
import { toResponseDetail } from './normalize'
import type { ChoiceOption, Question, ResponseDetail, Survey, SurveySummary } from './surveyTypes'
import * as FollowUps from '../../wailsjs/go/api/FollowUps'
import { api } from '../../wailsjs/go/models'
import { surveysApi } from './surveys'

/** Outcomes of one call attempt, in shortcut order (1–6). */
export const dispositions = ['completed', 'no_answer', 'busy', 'refused', 'wrong_number', 'callback'] as const
export type Disposition = (typeof dispositions)[number]

/** Why a customer is on the call list, in list priority order. */
export const callReasons = ['callback_due', 'ticket_resolved', 'detractor', 'care_call'] as const
export type CallReason = (typeof callReasons)[number]

/** The rules that build the call list. */
export interface FollowUpSettings {
  /** The survey whose questions are the call script; null = no script. */
  surveyId: number | null
  /** List customers whose ticket was resolved within N days (0 = off). */
  resolvedWithinDays: number
  /** List NPS detractors (0–6) from the last N days (0 = off). */
  detractorWithinDays: number
  /** Skip customers with a completed or refused call within N days. */
  doNotContactDays: number
  /** An unanswered customer returns to the list after N minutes. */
  retryAfterMinutes: number
  /** Attempts per cycle before a customer leaves the list. */
  maxAttempts: number
}

export interface CallTarget {
  customerId: number
  name: string
  phone: string
  company: string
  region: string
  tier: string
  reason: CallReason | string
  ticketId: number | null
  ticketTitle: string
  responseId: number | null
  score: number | null
  attempts: number
  /** RFC 3339 instants, "" when none. */
  lastAttemptAt: string
  lastDisposition: string
  callbackAt: string
  nextAttemptAt: string
}

/** One recorded call attempt (Go: CallDTO). */
export interface CallRecord {
  id: number
  customerId: number
  customerName: string
  ticketId: number | null
  responseId: number | null
  surveyId: number | null
  reason: string
  attemptAt: string
  disposition: Disposition | string
  callbackAt: string
  note: string
}

/** One answer to a script question (Go: AnswerInput). */
export interface ScriptAnswer {
  questionId: number
  number?: number | null
  text?: string
  choices?: string[]
  skipped?: boolean
}

export interface CallInput {
  customerId: number
  ticketId: number | null
  responseId: number | null
  reason: string
  disposition: Disposition
  /** RFC 3339; required for "callback", must be in the future. */
  callbackAt: string
  note: string
  /** The script answers; only with "completed" and a script survey. */
  response: { surveyId: number; answers: ScriptAnswer[]; region?: string } | null
}

export interface CallResult {
  call: CallRecord
  response: ResponseDetail | null
}

export interface CallRates {
  from: string
  to: string
  attempts: number
  dialled: number
  reached: number
  completed: number
  eligible: number
  /** reached ÷ dialled, 0..1; null when nobody was dialled. */
  contactRate: number | null
  /** completed ÷ eligible, 0..1; null when nobody was eligible. */
  responseRate: number | null
  /** Attempt counts per disposition. */
  byDisposition: Record<string, number>
}

/** A choice option of a script question (the survey's own option type). */
export type ScriptOption = ChoiceOption

/** The parts of a survey question the call script uses. */
export type ScriptQuestion = Pick<
  Question,
  'id' | 'type' | 'title' | 'titleEn' | 'required' | 'role' | 'scaleMin' | 'scaleMax' | 'longText' | 'options'
>

/** The script survey: its identity and questions. */
export type ScriptSurvey = Pick<Survey, 'id' | 'title' | 'titleEn' | 'status'> & { questions: ScriptQuestion[] }

/** A survey offered as the call script. */
export type SurveyChoice = Pick<SurveySummary, 'id' | 'title' | 'titleEn' | 'status'>

function toSettings(v: unknown): FollowUpSettings {
  const o = rec(v)
  return {
    surveyId: optNum(o.surveyId),
    resolvedWithinDays: num(o.resolvedWithinDays),
    detractorWithinDays: num(o.detractorWithinDays),
    doNotContactDays: num(o.doNotContactDays),
    retryAfterMinutes: num(o.retryAfterMinutes),
    maxAttempts: num(o.maxAttempts),
  }
}

function toTarget(o: Record<string, unknown>): CallTarget {
  return {
    customerId: num(o.customerId),
    name: str(o.name),
    phone: str(o.phone),
    company: str(o.company),
    region: str(o.region),
    tier: str(o.tier),
    reason: str(o.reason),
    ticketId: optNum(o.ticketId),
    ticketTitle: str(o.ticketTitle),
    responseId: optNum(o.responseId),
    score: optNum(o.score),
    attempts: num(o.attempts),
    lastAttemptAt: str(o.lastAttemptAt),
    lastDisposition: str(o.lastDisposition),
    callbackAt: str(o.callbackAt),
    nextAttemptAt: str(o.nextAttemptAt),
  }
}

function toCall(v: unknown): CallRecord {
  const o = rec(v)
  return {
    id: num(o.id),
    customerId: num(o.customerId),
    customerName: str(o.customerName),
    ticketId: optNum(o.ticketId),
    responseId: optNum(o.responseId),
    surveyId: optNum(o.surveyId),
    reason: str(o.reason),
    attemptAt: str(o.attemptAt),
    disposition: str(o.disposition),
    callbackAt: str(o.callbackAt),
    note: str(o.note),
  }
}

function toRates(v: unknown): CallRates {
  const o = rec(v)
  return {
    from: str(o.from),
    to: str(o.to),
    attempts: num(o.attempts),
    dialled: num(o.dialled),
    reached: num(o.reached),
    completed: num(o.completed),
    eligible: num(o.eligible),
    contactRate: optNum(o.contactRate),
    responseRate: optNum(o.responseRate),
    byDisposition: counts(o.byDisposition),
  }
}

export const followUpsApi = {
  async settings(): Promise<FollowUpSettings> {
    return toSettings(await call(() => FollowUps.Settings()))
  },

  async saveSettings(s: FollowUpSettings): Promise<FollowUpSettings> {
    return toSettings(await call(() => FollowUps.SaveSettings(api.FollowUpSettings.createFrom({ ...s, surveyId: s.surveyId ?? undefined }))))
  },

  /** Who to call now, built from the saved rules at server time. */
  async callList(): Promise<CallTarget[]> {
    return recs(await call(() => FollowUps.CallList())).map(toTarget)
  },

  async record(input: CallInput): Promise<CallResult> {
    const r = rec(
      await call(() =>
        FollowUps.Record(
          api.CallInput.createFrom({
            ...input,
            ticketId: input.ticketId ?? undefined,
            responseId: input.responseId ?? undefined,
            response: input.response ? { channel: 'phone', ...input.response, customerId: input.customerId, source: 'phone' } : undefined,
          }),
        ),
      ),
    )
    return { call: toCall(r.call), response: r.response ? toResponseDetail(r.response) : null }
  },

  /** A customer's calls, newest first. */
  async history(customerId: number): Promise<CallRecord[]> {
    return recs(await call(() => FollowUps.History(customerId))).map(toCall)
  },

  /** Contact and response rates; days "YYYY-MM-DD", `to` inclusive, "" = open; surveyIds keeps the calls of those surveys. */
  async rates(from: string, to: string, surveyIds: number[] = []): Promise<CallRates> {
    return toRates(await call(() => FollowUps.Rates(from, to, surveyIds)))
  },

  /** The script survey with its questions (through the surveys facade). */
  async scriptSurvey(id: number): Promise<ScriptSurvey> {
    const s = await surveysApi.get(id)
    return { id: s.id, title: s.title, titleEn: s.titleEn, status: s.status, questions: s.questions }
  },

  /** Surveys that can serve as the call script. */
  async surveyChoices(): Promise<SurveyChoice[]> {
    return (await surveysApi.list()).map((s) => ({ id: s.id, title: s.title, titleEn: s.titleEn, status: s.status }))
  },
}
