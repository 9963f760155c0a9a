/**
 * Pure logic of the theme tags of one text (a response's comment or a
 * complaint's title and description), shared by TextThemes.vue: the themes
 * the codebook's rules find combined with the decisions a person saved
 * (true adds a theme, false removes one the rules found), as the server
 * applies them when it counts (dashboard.Tag); what can still be added; the
 * text of a complaint as the server reads it; the test ids per kind.
 */
import type { Theme, ThemeDecisions, ThemeTarget } from '@/api/dashboard'

export type Decisions = ThemeDecisions

export interface ThemeTag {
  key: string
  /** rules: found by the rules; added: added by hand; removed: found by the rules, removed by hand. */
  source: 'rules' | 'added' | 'removed'
}

/** Tags in codebook order: rule matches (kept or removed), then themes added by hand. */
export function themeTags(cb: readonly Theme[], matched: readonly string[], decisions: Decisions): ThemeTag[] {
  const found = new Set(matched)
  const out: ThemeTag[] = []
  for (const t of cb) {
    const d = decisions[t.key]
    if (found.has(t.key)) out.push({ key: t.key, source: d === false ? 'removed' : 'rules' })
    else if (d === true) out.push({ key: t.key, source: 'added' })
  }
  return out
}

/** The themes of the text after the decisions (what the figures count). */
export function effectiveKeys(tags: readonly ThemeTag[]): string[] {
  return tags.filter((t) => t.source !== 'removed').map((t) => t.key)
}

/** Themes that can still be added (not on the text; a removed one is restored from its tag). */
export function addable(cb: readonly Theme[], tags: readonly ThemeTag[]): Theme[] {
  const on = new Set(tags.map((t) => t.key))
  return cb.filter((t) => !on.has(t.key))
}

/** Saved decisions merged with a new one (the server keeps those not named). */
export function mergeDecisions(saved: Decisions, change: Decisions): Decisions {
  return { ...saved, ...change }
}

/** A complaint's text as the server tags it: title and description joined by a space. */
export function ticketText(title: string, description: string): string {
  return `${title} ${description}`
}

/** The data-testids of the block, its tags, the add button and the theme picker, per kind. */
export function themeTestIds(kind: ThemeTarget): { root: string; tag: string; add: string; select: string } {
  return { root: `${kind}-themes`, tag: `${kind}-theme-tag`, add: `${kind}-theme-add`, select: `${kind}-theme-select` }
}
