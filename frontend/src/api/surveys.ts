/**
 * Typed facade over the bound Go struct `api.Surveys` (contract:
 * notes/issue3-contract.md): list, definition CRUD, status, templates,
 * JSON export/import through Go-side dialogs, overview metrics. Every call
 * rejects with an AppError; results are normalised (api/normalize.ts).
 */
import { call } from './errors'
import * as Surveys from '../../wailsjs/go/api/Surveys'
import { api } from '../../wailsjs/go/models'
import { arr, bool, rec, str } from './coerce'
import { fromSurvey, toOverview, toSummary, toSurvey, toTemplate } from './normalize'
import type {
  FileResult,
  ImportDefinitionResult,
  Survey,
  SurveyOverview,
  SurveyStatus,
  SurveySummary,
  SurveyTemplate,
} from './surveyTypes'


export const surveysApi = {
  async list(): Promise<SurveySummary[]> {
    return arr(await call(() => Surveys.List())).map(toSummary)
  },

  async get(id: number): Promise<Survey> {
    return toSurvey(await call(() => Surveys.Get(id)))
  },

  async create(s: Survey): Promise<Survey> {
    return toSurvey(await call(() => Surveys.Create(api.SurveyDTO.createFrom(fromSurvey(s)))))
  },

  /** Replaces title, descriptions and questions (id 0 = new, missing = removed). */
  async update(id: number, s: Survey): Promise<Survey> {
    return toSurvey(await call(() => Surveys.Update(id, api.SurveyDTO.createFrom(fromSurvey(s)))))
  },

  async setStatus(id: number, status: SurveyStatus): Promise<Survey> {
    return toSurvey(await call(() => Surveys.SetStatus(id, status)))
  },

  /** Refused (error.survey.has_responses) when the survey has responses. */
  async remove(id: number): Promise<void> {
    await call(() => Surveys.Delete(id))
  },

  async templates(): Promise<SurveyTemplate[]> {
    return arr(await call(() => Surveys.Templates())).map(toTemplate)
  },

  async createFromTemplate(key: string): Promise<Survey> {
    return toSurvey(await call(() => Surveys.CreateFromTemplate(key)))
  },

  /** Go opens the save dialog. */
  async exportDefinition(id: number): Promise<FileResult> {
    const o = rec(await call(() => Surveys.ExportDefinition(id)))
    return { canceled: bool(o.canceled), path: str(o.path) }
  },

  /** Go opens the open dialog and creates a draft survey from the file. */
  async importDefinition(): Promise<ImportDefinitionResult> {
    const o = rec(await call(() => Surveys.ImportDefinition()))
    const canceled = bool(o.canceled)
    return { canceled, path: str(o.path), survey: canceled || !o.survey ? null : toSurvey(o.survey) }
  },

  /** Metrics of one survey over [from, to] (calendar days, to inclusive; "" = open). */
  async overview(id: number, from: string, to: string): Promise<SurveyOverview> {
    return toOverview(await call(() => Surveys.Overview(id, from, to)))
  },
}

export type SurveysApi = typeof surveysApi
