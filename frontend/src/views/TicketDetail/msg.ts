/**
 * A message to translate later: an i18n key with params (which may
 * themselves be messages, e.g. a status category inside a reason), or raw
 * text that is shown as it is (user text, unknown engine strings). The
 * screen's pure logic builds these so that it can be tested without
 * vue-i18n; `render` turns one into text with the component's `t`.
 */
export type Param = string | number | Msg
export type Msg = { key: string; params?: Record<string, Param> } | { raw: string }

/** A keyed message. */
export function msg(key: string, params?: Record<string, Param>): Msg {
  return params ? { key, params } : { key }
}

/** Raw text, shown as it is. */
export function raw(text: string): Msg {
  return { raw: text }
}

/** Translates m with t, translating nested message params first. */
export function render(t: (key: string, params?: Record<string, unknown>) => string, m: Msg): string {
  if ('raw' in m) return m.raw
  if (!m.params) return t(m.key)
  const params: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(m.params)) params[k] = typeof v === 'object' ? render(t, v) : v
  return t(m.key, params)
}
