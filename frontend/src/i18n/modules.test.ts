/**
 * Feature modules merge their `errors` into `error.*` with a shallow spread,
 * so two modules defining the same subtree would silently drop one of them.
 * Each error subtree must have exactly one owner.
 */
import { describe, expect, it } from 'vitest'

const modules = import.meta.glob<{ default: { errors: Record<string, unknown> } }>('./modules/*.zh-CN.ts', { eager: true })

describe('i18n feature modules', () => {
  it('own disjoint error subtrees', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const [file, mod] of Object.entries(modules)) {
      for (const key of Object.keys(mod.default.errors ?? {})) {
        const prev = owner.get(key)
        if (prev) clashes.push(`error.${key}: ${prev} and ${file}`)
        owner.set(key, file)
      }
    }
    expect(clashes).toEqual([])
  })
})
