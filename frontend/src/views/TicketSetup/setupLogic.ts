/**
 * Pure logic of the ticket set-up screen: form checks (status keys,
 * category keys, names, handlers), handler grouping by team, the two-level
 * category tree and what each status category does to SLA clocks.
 */
import type { Handler, TicketCategory, TicketStatus } from '@/api/ticketTypes'
import { doneCategories, pausingCategories, statusCategories } from '@/api/ticketTypes'

/* ---------- handlers ---------- */

/** A team of handlers as the table shows it ("" = no team). */
export interface HandlerGroup {
  team: string
  handlers: Handler[]
  active: number
}

/** Compares two strings as a person would (Chinese by pinyin where the runtime knows how). */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN')
}

/** The distinct non-empty team names, sorted. */
export function teamNames(handlers: Handler[]): string[] {
  return [...new Set(handlers.map((h) => h.team.trim()).filter((t) => t !== ''))].sort(compareText)
}

export interface HandlerQuery {
  /** null = every team; "" = handlers without a team. */
  team: string | null
  showInactive: boolean
  /** Free text matched against name and email. */
  text: string
}

/** The handlers the query keeps. */
export function filterHandlers(handlers: Handler[], q: HandlerQuery): Handler[] {
  const text = q.text.trim().toLowerCase()
  return handlers.filter(
    (h) =>
      (q.team === null || h.team.trim() === q.team) &&
      (q.showInactive || h.active) &&
      (text === '' || h.name.toLowerCase().includes(text) || h.email.toLowerCase().includes(text)),
  )
}

/** Active before inactive, then by name. */
function byActiveName(a: Handler, b: Handler): number {
  return Number(b.active) - Number(a.active) || compareText(a.name, b.name) || a.id - b.id
}

/**
 * Groups handlers by team: teams by name (descending when `desc`), the
 * handlers without a team last; inside a team active first, then by name.
 */
export function groupHandlers(handlers: Handler[], desc = false): HandlerGroup[] {
  const map = new Map<string, Handler[]>()
  for (const h of handlers) {
    const team = h.team.trim()
    const list = map.get(team)
    if (list) list.push(h)
    else map.set(team, [h])
  }
  const teams = [...map.keys()].sort((a, b) => {
    if (a === '' || b === '') return a === '' ? 1 : -1
    return desc ? compareText(b, a) : compareText(a, b)
  })
  return teams.map((team) => {
    const list = map.get(team)!.sort(byActiveName)
    return { team, handlers: list, active: list.filter((h) => h.active).length }
  })
}

/** A table row: the handler and, on the first row of its team, how many rows the team cell spans. */
export interface HandlerRow {
  handler: Handler
  team: string
  /** > 0 on the first row of a team, 0 on the others. */
  span: number
  /** Active handlers of the team (on the first row). */
  teamActive: number
}

/** Flattens groups into table rows with the team cell spanning its rows. */
export function handlerRows(groups: HandlerGroup[]): HandlerRow[] {
  const rows: HandlerRow[] = []
  for (const g of groups) {
    g.handlers.forEach((h, i) => rows.push({ handler: h, team: g.team, span: i === 0 ? g.handlers.length : 0, teamActive: g.active }))
  }
  return rows
}

export type HandlerProblem = 'nameRequired' | 'nameTooLong' | 'emailInvalid' | 'nameTaken'

/** What is wrong with a handler form, or null. Two active handlers of one team may not share a name. */
export function handlerProblem(h: Handler, others: Handler[]): HandlerProblem | null {
  const name = h.name.trim()
  if (name === '') return 'nameRequired'
  if ([...name].length > 60) return 'nameTooLong'
  const email = h.email.trim()
  if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'emailInvalid'
  const clash = others.some((o) => o.id !== h.id && o.name.trim() === name && o.team.trim() === h.team.trim())
  if (clash) return 'nameTaken'
  return null
}

/** The handler to send: trimmed. */
export function toHandler(h: Handler): Handler {
  return { id: h.id, name: h.name.trim(), team: h.team.trim(), email: h.email.trim(), active: h.active }
}

/* ---------- names (categories and statuses) ---------- */

/**
 * Names in both languages: at least one is needed; a missing Chinese name
 * takes the English one (the Chinese name is what zh screens and exports show).
 */
export function normalizeNames(name: string, nameEn: string): { name: string; nameEn: string } {
  const zh = name.trim()
  const en = nameEn.trim()
  return { name: zh || en, nameEn: en }
}

/** The label in the UI language, falling back to the other name. */
export function localName(item: { name: string; nameEn: string }, zh: boolean): string {
  return zh ? item.name || item.nameEn : item.nameEn || item.name
}

/* ---------- categories ---------- */

/** What the category dialog does: add at the top level, add under `parent`, or edit `category`. */
export type CategoryDialogMode = { kind: 'add' } | { kind: 'addSub'; parent: TicketCategory } | { kind: 'edit'; category: TicketCategory }

export interface CategoryNode {
  category: TicketCategory
  children: TicketCategory[]
}

/**
 * Builds the two-level tree in the server's order. A subcategory whose
 * parent is missing is shown at the top level (so it can still be fixed).
 */
export function buildCategoryTree(categories: TicketCategory[]): CategoryNode[] {
  const tops = categories.filter((c) => c.parent === '' || !categories.some((p) => p.key === c.parent && p.parent === ''))
  const topKeys = new Set(tops.map((c) => c.key))
  return tops.map((c) => ({
    category: c,
    children: c.parent === '' ? categories.filter((s) => s.parent === c.key && topKeys.has(s.parent)) : [],
  }))
}

/** The nodes whose category or a subcategory matches text (zh, en or key); a matching parent keeps all its children. */
export function filterCategoryTree(tree: CategoryNode[], text: string): CategoryNode[] {
  const q = text.trim().toLowerCase()
  if (q === '') return tree
  const hit = (c: TicketCategory) => [c.key, c.name, c.nameEn].some((s) => s.toLowerCase().includes(q))
  const out: CategoryNode[] = []
  for (const n of tree) {
    if (hit(n.category)) out.push(n)
    else {
      const children = n.children.filter(hit)
      if (children.length) out.push({ category: n.category, children })
    }
  }
  return out
}

export type CategoryKeyProblem = 'keyRequired' | 'keyTooLong' | 'keySpaces' | 'keyTaken'

/** What is wrong with a new category key, or null. Keys are stored on tickets; any script is fine. */
export function categoryKeyProblem(key: string, existing: TicketCategory[]): CategoryKeyProblem | null {
  const k = key.trim()
  if (k === '') return 'keyRequired'
  if ([...k].length > 40) return 'keyTooLong'
  if (/[\s/]/.test(k)) return 'keySpaces'
  if (existing.some((c) => c.key === k)) return 'keyTaken'
  return null
}

/** A suggested key for a new category: its Chinese name when that is a valid unused key. */
export function suggestCategoryKey(name: string, existing: TicketCategory[]): string {
  const k = name.trim().replace(/[\s/]+/g, '_')
  return categoryKeyProblem(k, existing) ? '' : k
}

/* ---------- statuses ---------- */

export type StatusKeyProblem = 'keyRequired' | 'keyFormat' | 'keyTooLong' | 'keyTaken'

/** Status keys: lowercase letters, digits and underscores, starting with a letter; unique. */
export function statusKeyProblem(key: string, existing: TicketStatus[]): StatusKeyProblem | null {
  const k = key.trim()
  if (k === '') return 'keyRequired'
  if (!/^[a-z][a-z0-9_]*$/.test(k)) return 'keyFormat'
  if (k.length > 40) return 'keyTooLong'
  if (existing.some((s) => s.key === k)) return 'keyTaken'
  return null
}

/** A key suggested from an English name: "Waiting on courier" → "waiting_on_courier". */
export function suggestStatusKey(nameEn: string): string {
  return nameEn
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .slice(0, 40)
}

/** What a status category does to the SLA clocks. */
export type ClockEffect = 'runs' | 'pauses' | 'stops'

export function clockEffect(category: string): ClockEffect {
  if (pausingCategories.includes(category)) return 'pauses'
  if (doneCategories.includes(category)) return 'stops'
  return 'runs'
}

/** The statuses of each category, in workflow order (every category present). */
export function statusesByCategory(statuses: TicketStatus[]): { category: string; statuses: TicketStatus[] }[] {
  return statusCategories.map((category) => ({ category, statuses: statuses.filter((s) => s.category === category) }))
}

/** Whether the status is the only one of its category (the server refuses to delete or move it). */
export function isLastOfCategory(status: TicketStatus, statuses: TicketStatus[]): boolean {
  return !statuses.some((s) => s.key !== status.key && s.category === status.category)
}
