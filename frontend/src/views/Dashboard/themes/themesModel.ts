/**
 * Pure view model of the dashboard's verbatim themes section: rows sorted
 * by mentions with their NPS impact (greyed when fewer than 30 answers
 * mention the theme), the top themes for the trend chart, the drill-down
 * queries (responses and complaints tagged with a theme) and the phrase chips.
 */
import { scopeSurveys } from '../satisfaction/drill'
import type { ThemeDashboard, ThemeFigure } from '@/api/dashboard'
import type { AppLocale } from '@/i18n/schema'
import { monthDays } from '@/i18n/datetime'

/** Answers below which an NPS is only indicative (DOMAIN.md). */
export const minN = 30

/** The name of a theme in the UI language (the other one when missing). */
export function themeName(t: { name: string; nameEn: string; key: string }, locale: AppLocale): string {
  const first = locale === 'en' ? t.nameEn : t.name
  const second = locale === 'en' ? t.name : t.nameEn
  return first.trim() || second.trim() || t.key
}

export interface ThemeRow {
  key: string
  name: string
  mentions: number
  share: number
  /** Complaints of the period with the theme. */
  tickets: number
  npsWith: number | null
  nWith: number
  npsWithout: number | null
  nWithout: number
  delta: number | null
  /** Fewer than 30 NPS answers mention the theme. */
  indicative: boolean
  tone: 'negative' | 'positive' | 'none'
}

/** Table rows, most mentioned first (codebook order among equals). */
export function themeRows(figs: readonly ThemeFigure[], locale: AppLocale): ThemeRow[] {
  return figs
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.mentions - a.f.mentions || a.i - b.i)
    .map(({ f }) => {
      const nWith = f.npsWith?.n ?? 0
      return {
        key: f.key,
        name: themeName(f, locale),
        mentions: f.mentions,
        share: f.share,
        tickets: f.ticketMentions,
        npsWith: f.npsWith && f.npsWith.n > 0 ? f.npsWith.rounded : null,
        nWith,
        npsWithout: f.npsWithout && f.npsWithout.n > 0 ? f.npsWithout.rounded : null,
        nWithout: f.npsWithout?.n ?? 0,
        delta: f.delta,
        indicative: nWith < minN,
        tone: f.delta === null || Math.round(f.delta) === 0 ? 'none' : f.delta < 0 ? 'negative' : 'positive',
      }
    })
}

/** The themes of the trend chart: the `top` most mentioned in the period, then over the trend months. */
export function trendThemes(figs: readonly ThemeFigure[], top = 5): ThemeFigure[] {
  const total = (f: ThemeFigure) => f.counts.reduce((s, c) => s + c, 0)
  return figs
    .map((f, i) => ({ f, i, total: total(f) }))
    .filter((x) => x.total > 0 || x.f.mentions > 0)
    .sort((a, b) => b.f.mentions - a.f.mentions || b.total - a.total || a.i - b.i)
    .slice(0, top)
    .map((x) => x.f)
}

/** The scope of a theme drill-down: the dashboard's days and surveys. */
export interface ThemeScope {
  from: string
  to: string
  surveyIds: number[]
}

/**
 * The /responses query of a theme: the responses tagged with it (exactly
 * those the mentions count) in the days, and the surveys in scope.
 */
export function drillQuery(scope: ThemeScope, key: string): Record<string, string> {
  const q: Record<string, string> = { from: scope.from, to: scope.to, theme: key }
  scopeSurveys(q, scope.surveyIds)
  return q
}

/** The /responses query of one month of a theme's trend; null for a malformed month. */
export function monthDrillQuery(month: string, key: string, surveyIds: number[]): Record<string, string> | null {
  const d = monthDays(month)
  return d ? drillQuery({ ...d, surveyIds }, key) : null
}

/** The /tickets query of a theme: the complaints opened in the days that mention it (ticket_mentions). */
export function ticketDrillQuery(scope: Pick<ThemeScope, 'from' | 'to'>, key: string): Record<string, string> {
  return { theme: key, from: scope.from, to: scope.to }
}

export interface PhraseChip {
  text: string
  count: number
  covered: boolean
  /** Names of the themes covering it, in the UI language. */
  themes: string[]
}

/** Phrase chips: uncovered phrases (candidates for new keywords) first, each group by count. */
export function phraseChips(d: ThemeDashboard, locale: AppLocale): PhraseChip[] {
  const names = new Map(d.themes.map((t) => [t.key, themeName(t, locale)]))
  return d.phrases
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Number(a.p.themes.length > 0) - Number(b.p.themes.length > 0) || b.p.count - a.p.count || a.i - b.i)
    .map(({ p }) => ({
      text: p.text,
      count: p.count,
      covered: p.themes.length > 0,
      themes: p.themes.map((k) => names.get(k) ?? k),
    }))
}

/** A signed whole number of NPS points: "+12", "−8", "0". */
export function fmtDelta(delta: number): string {
  const r = Math.sign(delta) * Math.round(Math.abs(delta))
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0'
}
