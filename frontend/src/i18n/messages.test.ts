/**
 * The two message trees have exactly the same keys (deep), no empty
 * strings, and every error key the backend contract names is present.
 */
import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN'
import en from './en'
import { formatCount, formatMonthKey, formatBytes } from './format'

type Tree = { [k: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(path, v)
    else for (const [p, s] of leaves(v, path)) out.set(p, s)
  }
  return out
}

const zh = leaves(zhCN as Tree)
const eng = leaves(en as Tree)

describe('messages', () => {
  it('zh-CN and en have the same key set', () => {
    expect([...eng.keys()].sort()).toEqual([...zh.keys()].sort())
  })

  it('has no empty strings', () => {
    for (const [k, v] of [...zh, ...eng]) expect(v.trim(), k).not.toBe('')
  })

  it('has no unescaped special characters that vue-i18n would parse', () => {
    for (const [k, v] of [...zh, ...eng]) expect(/[@|]/.test(v), k).toBe(false)
  })

  it('covers every backend error key', () => {
    const keys = [
      'error.internal',
      'error.db.not_open',
      'error.db.newer_schema',
      'error.db.not_feedback_desk',
      'error.db.not_a_database',
      'error.db.corrupt_backup',
      'error.app.already_open',
      'error.demo.running',
      'error.demo.not_empty',
      'error.prefs.language',
      'error.prefs.theme',
      'error.activity.months_range',
      'error.backup.failed',
      'error.restore.failed',
    ]
    for (const k of keys) {
      expect(zh.has(k), k).toBe(true)
      expect(eng.has(k), k).toBe(true)
    }
  })
})

describe('format', () => {
  it('formats months per language', () => {
    expect(formatMonthKey('2026-10', 'zh-CN')).toBe('2026年10月')
    expect(formatMonthKey('2026-10', 'en')).toBe('Oct 2026')
    expect(formatMonthKey('bad', 'en')).toBe('bad')
  })

  it('uses thousands separators', () => {
    expect(formatCount(1234567, 'en')).toBe('1,234,567')
    expect(formatCount(1234, 'zh-CN')).toBe('1,234')
  })

  it('formats sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B')
    expect(formatBytes(1536, 'en')).toBe('1.5 KB')
  })
})
