/**
 * The theme matcher of the Go package backend/themes, mirrored in TS for
 * the codebook editor's preview and the response drawer: text is
 * normalised (NFKC folds full-width forms to half-width, lower case, runs
 * of white space become one space); a Chinese keyword matches anywhere, a
 * Latin keyword whole words only ("price" not in "priceless"), a trailing
 * "*" makes it a prefix ("refund*" matches "refunded"); an exclusion
 * phrase vetoes the theme. Also the codebook's validation rules, so the
 * editor can point at a problem before the server refuses the save.
 */
import type { Theme } from '@/api/dashboard'

/** Limits of a codebook (as themes.MaxThemes, MaxKeywords, MaxRuleLen). */
export const maxThemes = 200
export const maxRules = 200
export const maxRuleLen = 50

const han = /\p{Script=Han}/u
const otherCjk = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const letterOrDigit = /[\p{L}\p{Nd}]/u

/** Whether a code point is part of a Latin-style word (letters and digits, not CJK). */
export function isWordChar(ch: string): boolean {
  return ch !== '' && letterOrDigit.test(ch) && !han.test(ch) && !otherCjk.test(ch)
}

/** Folds text for matching: NFKC, lower case, white space runs → one space, trimmed. */
export function normalize(s: string): string {
  const folded = s.normalize('NFKC')
  let out = ''
  let space = false
  for (const ch of folded) {
    if (/\s/u.test(ch)) {
      space = true
      continue
    }
    if (space && out !== '') out += ' '
    space = false
    out += ch.toLowerCase()
  }
  return out
}

interface Rule {
  text: string
  prefix: boolean
  latin: boolean
}

function compileRule(s: string): Rule {
  const n = normalize(s)
  const prefix = n.endsWith('*')
  const text = prefix ? n.slice(0, -1) : n
  const chars = Array.from(text)
  const first = chars[0] ?? ''
  const last = chars[chars.length - 1] ?? ''
  return { text, prefix, latin: isWordChar(first) || isWordChar(last) }
}

/** The code point ending just before UTF-16 index i ("" at the start). */
function charBefore(n: string, i: number): string {
  if (i <= 0) return ''
  const lo = n.charCodeAt(i - 1)
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return n.slice(i - 2, i)
  return n.slice(i - 1, i)
}

/** The code point starting at UTF-16 index i ("" at the end). */
function charAt(n: string, i: number): string {
  const cp = n.codePointAt(i)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

function ruleMatches(n: string, r: Rule): boolean {
  if (r.text === '') return false
  if (!r.latin) return n.includes(r.text)
  for (let from = 0; ; ) {
    const start = n.indexOf(r.text, from)
    if (start < 0) return false
    const end = start + r.text.length
    const okStart = start === 0 || !isWordChar(charBefore(n, start))
    const okEnd = r.prefix || end === n.length || !isWordChar(charAt(n, end))
    if (okStart && okEnd) return true
    from = start + 1
  }
}

/** A codebook compiled for matching many texts. */
export interface Matcher {
  match(text: string): string[]
}

/** Compiles a codebook (themes without a key or keywords never match). */
export function compile(cb: readonly Theme[]): Matcher {
  const compiled = cb.map((t) => ({
    key: t.key.trim(),
    keywords: t.keywords.map(compileRule),
    exclude: t.exclude.map(compileRule),
  }))
  return {
    match(text: string): string[] {
      const n = normalize(text)
      if (n === '') return []
      const out: string[] = []
      for (const t of compiled) {
        if (t.key === '') continue
        if (t.keywords.some((r) => ruleMatches(n, r)) && !t.exclude.some((r) => ruleMatches(n, r))) out.push(t.key)
      }
      return out
    },
  }
}

/** The keys of the themes of cb that text mentions, in codebook order. */
export function matchThemes(cb: readonly Theme[], text: string): string[] {
  return compile(cb).match(text)
}

/** What is wrong with a codebook, per theme (index) when it is one theme's problem. */
export type CodebookIssue =
  | { code: 'tooMany'; index: -1; max: number }
  | { code: 'noKey' | 'noName' | 'noKeywords'; index: number }
  | { code: 'duplicateKey'; index: number; key: string }
  | { code: 'tooManyRules'; index: number; max: number }
  | { code: 'badRule'; index: number; rule: string; max: number }

/** Whether one rule is acceptable: 1 to 50 characters once normalised, without the "*". */
export function ruleProblem(rule: string): boolean {
  const n = normalize(rule)
  const text = n.endsWith('*') ? n.slice(0, -1) : n
  const len = Array.from(text).length
  return len === 0 || len > maxRuleLen
}

/** Every problem of the codebook (the server refuses a codebook with any). */
export function validateCodebook(cb: readonly Theme[]): CodebookIssue[] {
  const issues: CodebookIssue[] = []
  if (cb.length > maxThemes) issues.push({ code: 'tooMany', index: -1, max: maxThemes })
  const seen = new Set<string>()
  cb.forEach((t, index) => {
    const key = t.key.trim()
    if (key === '') issues.push({ code: 'noKey', index })
    else if (seen.has(key)) issues.push({ code: 'duplicateKey', index, key })
    seen.add(key)
    if (t.name.trim() === '' && t.nameEn.trim() === '') issues.push({ code: 'noName', index })
    if (t.keywords.length === 0) issues.push({ code: 'noKeywords', index })
    if (t.keywords.length + t.exclude.length > maxRules) issues.push({ code: 'tooManyRules', index, max: maxRules })
    for (const rule of [...t.keywords, ...t.exclude]) {
      if (ruleProblem(rule)) issues.push({ code: 'badRule', index, rule, max: maxRuleLen })
    }
  })
  return issues
}

/** The codebook as it is saved: keys, names and rules trimmed, empty rules dropped. */
export function cleanCodebook(cb: readonly Theme[]): Theme[] {
  const rules = (rs: string[]) => rs.map((r) => r.trim()).filter((r) => r !== '')
  return cb.map((t) => ({
    key: t.key.trim(),
    name: t.name.trim(),
    nameEn: t.nameEn.trim(),
    keywords: rules(t.keywords),
    exclude: rules(t.exclude),
  }))
}
