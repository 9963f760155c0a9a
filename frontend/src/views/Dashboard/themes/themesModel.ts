/**
 * Pure view model of the dashboard's verbatim themes section: rows sorted
 * by mentions with their NPS impact (greyed when fewer than 30 answers
 * mention the theme), the top themes for the trend chart, the keyword a
 * drill-down searches the responses list for, and the phrase chips.
 */
import type { Theme, ThemeDashboard, ThemeFigure } from '@/api/dashboard'
import type { AppLocale } from '@/i18n/schema'
import { isWordChar } from '@/views/Themes/matcher'

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

function isLatin(rule: string): boolean {
  return Array.from(rule).some(isWordChar)
}

/**
 * The text a drill-down searches for: the theme's first keyword (its first
 * Latin keyword in English), without a prefix "*"; "" when it has none.
 */
export function drillKeyword(theme: Theme | undefined, locale: AppLocale): string {
  if (!theme) return ''
  const rules = theme.keywords.map((k) => k.trim().replace(/\*$/, '').trim()).filter((k) => k !== '')
  const pick = locale === 'en' ? (rules.find(isLatin) ?? rules[0]) : (rules.find((k) => !isLatin(k)) ?? rules[0])
  return pick ?? ''
}

/** The /responses query of a theme's drill-down. */
export function drillQuery(d: Pick<ThemeDashboard, 'from' | 'to'>, keyword: string): Record<string, string> {
  return keyword === '' ? { from: d.from, to: d.to } : { from: d.from, to: d.to, search: keyword }
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
