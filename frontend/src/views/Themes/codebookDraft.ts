/**
 * Pure helpers of the codebook editor: a fingerprint to tell unsaved
 * changes, a fresh unique key for a new theme, adding a keyword once
 * (compared on normalised text, as the matcher sees it) and grouping the
 * validation issues by theme.
 */
import type { Theme } from '@/api/dashboard'
import { cleanCodebook, normalize, type CodebookIssue } from './matcher'

/** Compares drafts as they would be saved (trimmed, empty rules dropped). */
export function fingerprint(cb: readonly Theme[]): string {
  return JSON.stringify(cleanCodebook(cb))
}

/** A key not used by any theme: theme_1, theme_2, … */
export function freshKey(cb: readonly Theme[]): string {
  const used = new Set(cb.map((t) => t.key.trim()))
  for (let i = cb.length + 1; ; i++) {
    const k = `theme_${i}`
    if (!used.has(k)) return k
  }
}

/** A new empty theme with a fresh key. */
export function blankTheme(cb: readonly Theme[], keywords: string[] = []): Theme {
  return { key: freshKey(cb), name: '', nameEn: '', keywords, exclude: [] }
}

/** Whether the theme already has the keyword (same normalised text). */
export function hasKeyword(t: Theme, keyword: string): boolean {
  const n = normalize(keyword)
  return t.keywords.some((k) => normalize(k) === n)
}

/** The theme with the keyword added at the end; the same theme when it is already there or empty. */
export function withKeyword(t: Theme, keyword: string): Theme {
  const k = keyword.trim()
  if (k === '' || hasKeyword(t, k)) return t
  return { ...t, keywords: [...t.keywords, k] }
}

/** Issues by theme index (-1 for the codebook as a whole). */
export function issuesByTheme(issues: readonly CodebookIssue[]): Map<number, CodebookIssue[]> {
  const out = new Map<number, CodebookIssue[]>()
  for (const i of issues) {
    const list = out.get(i.index) ?? []
    list.push(i)
    out.set(i.index, list)
  }
  return out
}

/** The first value of a route query parameter, trimmed and bounded ("" when absent). */
export function queryText(v: unknown, max = 50): string {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? Array.from(s.trim()).slice(0, max).join('') : ''
}
