/**
 * Typed facade over the bound Go struct `api.System`. This file and
 * api/events.ts are the only importers of the generated Wails bindings;
 * every call rejects with an AppError.
 */
import * as System from '../../wailsjs/go/api/System'
import type {
  AppInfo,
  BackupResult,
  CheckResult,
  Language,
  MonthCount,
  Preferences,
  RestoreResult,
  Stats,
  Theme,
} from './types'
import { call } from './errors'
import { num } from './coerce'

function toStats(s: Partial<Stats> | null | undefined): Stats {
  return {
    schema_version: num(s?.schema_version),
    surveys: num(s?.surveys),
    responses: num(s?.responses),
    customers: num(s?.customers),
    tickets: num(s?.tickets),
    handlers: num(s?.handlers),
  }
}

function toLanguage(v: string): Language {
  return v === 'en' ? 'en' : 'zh-CN'
}

function toTheme(v: string): Theme {
  return v === 'dark' ? 'dark' : 'light'
}

export const systemApi = {
  async info(): Promise<AppInfo> {
    const i = await call(() => System.Info())
    return {
      version: i.version,
      dataDir: i.dataDir,
      databasePath: i.databasePath,
      schemaVersion: num(i.schemaVersion),
      firstRun: Boolean(i.firstRun),
      platform: i.platform,
    }
  },

  async stats(): Promise<Stats> {
    return toStats(await call(() => System.Stats()))
  },

  async activity(months: number): Promise<MonthCount[]> {
    const rows = await call(() => System.Activity(months))
    return (rows ?? []).map((r) => ({ month: r.month, responses: num(r.responses), tickets: num(r.tickets) }))
  },

  async preferences(): Promise<Preferences> {
    const p = await call(() => System.Preferences())
    return { language: toLanguage(p.language), theme: toTheme(p.theme) }
  },

  async setPreferences(p: Preferences): Promise<void> {
    await call(() => System.SetPreferences({ language: p.language, theme: p.theme }))
  },

  async startEmpty(): Promise<void> {
    await call(() => System.StartEmpty())
  },

  /** Loads the demo data set; progress arrives through onDemoProgress. */
  async loadDemo(): Promise<Stats> {
    return toStats(await call(() => System.LoadDemo()))
  },

  async check(): Promise<CheckResult> {
    const r = await call(() => System.Check())
    return { ok: Boolean(r.ok), integrity: r.integrity ?? [], foreign_key_problems: num(r.foreign_key_problems), metric_count_drift: num(r.metric_count_drift) }
  },

  /** Go opens the save dialog; canceled is true when the user closed it. */
  async backup(): Promise<BackupResult> {
    const r = await call(() => System.Backup())
    return { canceled: Boolean(r.canceled), path: r.path ?? '', bytes: num(r.bytes) }
  },

  /** Go opens the open dialog, validates the file and replaces the database. */
  async restore(): Promise<RestoreResult> {
    const r = await call(() => System.Restore())
    return {
      canceled: Boolean(r.canceled),
      path: r.path ?? '',
      safetyCopy: r.safetyCopy ?? '',
      stats: toStats(r.stats),
    }
  },
}

export type SystemApi = typeof systemApi
