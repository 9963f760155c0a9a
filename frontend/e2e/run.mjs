#!/usr/bin/env node
/**
 * End-to-end tests: runs every scenario in e2e/scenarios/ (or only those
 * named on the command line, e.g. `node e2e/run.mjs surveys followups`)
 * through the harness (e2e/harness.mjs: Xvfb, the dev-tagged app on a fresh
 * data folder per scenario, Debian's chromium). Prints "N passed, N failed"
 * as its last line; exits non-zero on any failure.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runScenarios } from './harness.mjs'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios')
const wanted = process.argv.slice(2)
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort((a, b) => (a === 'foundation.mjs' ? -1 : b === 'foundation.mjs' ? 1 : a.localeCompare(b)))

const mods = []
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(dir, f)).href)
  if (typeof mod.run !== 'function') continue
  if (wanted.length && !wanted.includes(mod.name) && !wanted.includes(f.replace(/\.mjs$/, ''))) continue
  mods.push(mod)
}
const unknown = wanted.filter((w) => !mods.some((m) => m.name === w))
if (unknown.length) {
  console.log(`unknown scenario(s): ${unknown.join(', ')} (have: ${files.join(', ')})`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
process.exit(await runScenarios(mods))
