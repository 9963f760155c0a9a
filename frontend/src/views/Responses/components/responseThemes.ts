/**
 * Pure logic of a response's theme tags in the drawer: the themes the
 * codebook's rules find in the comment combined with the person's
 * decisions (true adds a theme, false removes one the rules found), as the
 * server applies them (dashboard.Tag). There is no API to read decisions
 * back, so the decisions made in this app session are remembered here per
 * response — the drawer can show them when reopened.
 */
import type { Theme } from '@/api/dashboard'

export type Decisions = Record<string, boolean>

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

/** The themes of the response after the decisions (what the figures count). */
export function effectiveKeys(tags: readonly ThemeTag[]): string[] {
  return tags.filter((t) => t.source !== 'removed').map((t) => t.key)
}

/** Themes that can still be added (not on the response; a removed one is restored from its tag). */
export function addable(cb: readonly Theme[], tags: readonly ThemeTag[]): Theme[] {
  const on = new Set(tags.map((t) => t.key))
  return cb.filter((t) => !on.has(t.key))
}

const session = new Map<number, Decisions>()

/** Decisions made on the response in this session. */
export function sessionDecisions(responseId: number): Decisions {
  return { ...(session.get(responseId) ?? {}) }
}

/** Remembers saved decisions (merged, as the server keeps unnamed ones). */
export function rememberDecisions(responseId: number, d: Decisions): void {
  session.set(responseId, { ...(session.get(responseId) ?? {}), ...d })
}
