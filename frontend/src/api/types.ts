/**
 * The frontend's own view of the backend DTOs. The facade converts the
 * generated classes (wailsjs/go/models.ts) into these plain, narrower types
 * so views never depend on generated code.
 */

export type Language = 'zh-CN' | 'en'
export type Theme = 'light' | 'dark'

export interface AppInfo {
  version: string
  dataDir: string
  databasePath: string
  schemaVersion: number
  firstRun: boolean
  platform: string
}

/** Counts of what the database holds (snake_case: the CLI's JSON contract). */
export interface Stats {
  schema_version: number
  surveys: number
  responses: number
  customers: number
  tickets: number
  handlers: number
}

/** The count fields of Stats shown as KPIs. */
export type StatKey = 'surveys' | 'responses' | 'customers' | 'tickets' | 'handlers'
export const statKeys: readonly StatKey[] = ['surveys', 'responses', 'customers', 'tickets', 'handlers']

/** Activity in one calendar month; month is "2026-10". */
export interface MonthCount {
  month: string
  responses: number
  tickets: number
}

export interface Preferences {
  language: Language
  theme: Theme
}

export interface CheckResult {
  ok: boolean
  integrity: string[]
  foreign_key_problems: number
  /** Monthly metric summaries that differ from a recount of the answers. */
  metric_count_drift: number
}

export interface BackupResult {
  canceled: boolean
  path: string
  bytes: number
}

export interface RestoreResult {
  canceled: boolean
  path: string
  safetyCopy: string
  stats: Stats
}

/** Stages the demo loader reports, in order. */
export const demoStages = [
  'handlers',
  'customers',
  'orders',
  'surveys',
  'responses',
  'categories',
  'tickets',
  'followups',
] as const
export type DemoStage = (typeof demoStages)[number]

export interface DemoProgress {
  stage: string
  done: number
  total: number
}

export const emptyStats: Readonly<Stats> = {
  schema_version: 0,
  surveys: 0,
  responses: 0,
  customers: 0,
  tickets: 0,
  handlers: 0,
}
