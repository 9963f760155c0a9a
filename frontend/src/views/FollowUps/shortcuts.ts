/**
 * Keyboard paths of the follow-up workspace: digits 1–6 record a disposition
 * for the current customer, ↑/↓ move through the call list, Ctrl+Enter saves
 * a completed call with its script answers. Keys typed into a field (the
 * note, a script answer) are left to that field.
 */
import { dispositions, type Disposition } from '@/api/followups'

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  shiftKey?: boolean
}

export type WorkspaceAction =
  | { kind: 'disposition'; disposition: Disposition }
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'submit' }

/** The shortcut digit of a disposition ("1" for completed … "6" for callback). */
export function shortcutOf(d: Disposition): string {
  return String(dispositions.indexOf(d) + 1)
}

/** True when the element takes text input, so plain keys belong to it. */
export function isTypingTarget(el: unknown): boolean {
  if (!el || typeof el !== 'object') return false
  const e = el as { tagName?: unknown; isContentEditable?: unknown; getAttribute?: (n: string) => string | null }
  if (e.isContentEditable === true) return true
  const tag = typeof e.tagName === 'string' ? e.tagName.toUpperCase() : ''
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (e.getAttribute?.('type') ?? 'text').toLowerCase()
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type)
}

/** Maps a key press to a workspace action; null when it is not a shortcut. */
export function actionForKey(e: KeyLike, typing: boolean): WorkspaceAction | null {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return { kind: 'submit' }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return null
  if (e.key === 'ArrowDown') return { kind: 'move', delta: 1 }
  if (e.key === 'ArrowUp') return { kind: 'move', delta: -1 }
  if (/^[1-6]$/.test(e.key)) {
    const d = dispositions[Number(e.key) - 1]
    return d ? { kind: 'disposition', disposition: d } : null
  }
  return null
}
