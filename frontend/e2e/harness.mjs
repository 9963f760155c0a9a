/**
 * End-to-end harness: the real Go backend (a dev-tagged build serving
 * frontend/dist on its dev web server) driven through Debian's chromium by
 * playwright-core, as described in shared/TOOLCHAIN.md.
 *
 * `runScenarios(list)` starts Xvfb when there is no DISPLAY and one chromium,
 * then for every scenario module ({ name, run(t) }) a fresh data folder, a
 * fresh app process on a free port and a fresh browser context, and hands
 * `run` a test object `t`:
 *
 *   t.page                 the page, already on the app (welcome screen on a fresh folder)
 *   t.url                  the app's base URL
 *   t.dataDir, t.tmp       the scenario's data folder and its private temp folder
 *   t.savePath, t.openPath what the Go save / open dialogs "choose" (FEEDBACKDESK_TEST_*_PATH)
 *   t.cli(...args)         build/bin/feedbackctl --data-dir <dataDir> …args --json → parsed JSON
 *   t.check(label, cond, detail?)   records a pass or a failure; returns cond
 *   t.step(label, fn, {critical})   runs fn; a throw is a failure; after a failed critical
 *                                   step later steps are skipped
 *   t.assert(cond, msg), t.eq(actual, expected, msg)   throw inside a step
 *   t.shot(name)           screenshot → artifacts/e2e/<name>.png
 *   t.gotoRoute(hash)      e.g. '/surveys' or '#/surveys/1'; waits for the route
 *   t.setLocale(l)         'zh-CN' | 'en' (the language switch, or the bound API + reload)
 *   t.restartApp()         stops and starts the app on the same folder and port, reloads
 *   t.consoleProblems      CSP violations, console errors, page errors seen so far
 *   t.sleep(ms), t.log(msg)
 *
 * A scenario module may export `appEnv` (extra environment for the app),
 * `timezoneId` (the browser's time zone, e.g. 'Asia/Shanghai') and
 * `seedDatabase` (a database file copied into the data folder before the
 * app starts, e.g. a large `feedbackctl demo --scale 334` one for a look at
 * 1M responses).
 *
 * Paths (defaults relative to the repository root):
 *   FD_E2E_APP build/bin/app-e2e, FD_E2E_CLI build/bin/feedbackctl,
 *   FD_E2E_DIST frontend/dist, FD_E2E_CHROMIUM /usr/bin/chromium, FD_E2E_OUT artifacts/e2e
 */
import { spawn, execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'

const execFileP = promisify(execFile)
const here = path.dirname(fileURLToPath(import.meta.url))
export const root = path.resolve(here, '..', '..')
const abs = (p) => (path.isAbsolute(p) ? p : path.join(root, p))

export const cfg = {
  app: abs(process.env.FD_E2E_APP ?? 'build/bin/app-e2e'),
  cli: abs(process.env.FD_E2E_CLI ?? 'build/bin/feedbackctl'),
  dist: abs(process.env.FD_E2E_DIST ?? 'frontend/dist'),
  chromium: process.env.FD_E2E_CHROMIUM ?? '/usr/bin/chromium',
  out: abs(process.env.FD_E2E_OUT ?? 'artifacts/e2e'),
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/* ---------- process helpers ---------- */

const started = [] // every child process the harness started, stopped in finally

function startProcess(cmd, args, opts, logName) {
  const log = fs.openSync(path.join(cfg.out, logName), 'a')
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', log, log], detached: true })
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  child.on('error', () => {})
  started.push(child)
  return child
}

async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), graceMs))
  if ((await Promise.race([child.exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
    await child.exited
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port })
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

async function waitFor(what, fn, timeoutMs, child) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await fn()) return
    if (child && child.exitCode !== null) throw new Error(`${what}: process exited with code ${child.exitCode}`)
    await sleep(200)
  }
  throw new Error(`${what}: timed out after ${timeoutMs} ms`)
}

async function startXvfb() {
  for (let n = 90; n < 100; n++) {
    if (fs.existsSync(`/tmp/.X11-unix/X${n}`) || fs.existsSync(`/tmp/.X${n}-lock`)) continue
    const x = startProcess('Xvfb', [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'], {}, 'xvfb.log')
    try {
      await waitFor('Xvfb', () => fs.existsSync(`/tmp/.X11-unix/X${n}`), 10000, x)
      return { display: `:${n}`, proc: x }
    } catch {
      await stopProcess(x)
    }
  }
  throw new Error('no free X display in :90–:99')
}

/* ---------- results ---------- */

const results = [] // {scenario, name, status}

function record(scenario, name, status, detail) {
  results.push({ scenario, name, status })
  const mark = status === 'passed' ? '✓' : status === 'failed' ? '✗' : '-'
  console.log(`${mark} [${scenario}] ${name}${detail ? `\n    ${detail}` : ''}`)
}

/* ---------- one scenario ---------- */

async function runOne(mod, { browser, display }) {
  const scenario = mod.name ?? 'unnamed'
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `fd-e2e-${scenario}-`))
  const dataDir = path.join(tmp, 'data')
  fs.mkdirSync(dataDir)
  if (mod.seedDatabase) fs.copyFileSync(mod.seedDatabase, path.join(dataDir, 'feedback.db'))
  const logName = `app-${scenario}.log`
  fs.rmSync(path.join(cfg.out, logName), { force: true })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const savePath = path.join(tmp, 'save.out')
  const openPath = path.join(tmp, 'open.in')
  let app = null
  let context = null
  let criticalFailed = false

  const startApp = async () => {
    app = startProcess(
      cfg.app,
      ['-assetdir', cfg.dist, '-devserver', `127.0.0.1:${port}`],
      {
        cwd: root,
        env: {
          ...process.env,
          DISPLAY: display,
          NO_AT_BRIDGE: '1',
          FEEDBACKDESK_DATA_DIR: dataDir,
          FEEDBACKDESK_TEST_DIALOGS: '1',
          FEEDBACKDESK_TEST_SAVE_PATH: savePath,
          FEEDBACKDESK_TEST_OPEN_PATH: openPath,
          ...(mod.appEnv ?? {}),
        },
      },
      logName,
    )
    await waitFor('app dev server', () => canConnect(port), 90000, app)
  }

  try {
    await startApp()
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...(mod.timezoneId ? { timezoneId: mod.timezoneId } : {}) })
    const page = await context.newPage()
    const consoleProblems = []
    page.on('console', (m) => {
      const text = m.text()
      if (/Refused to|Content Security Policy/i.test(text)) consoleProblems.push(`csp: ${text}`)
      else if (m.type() === 'error' && !/favicon/i.test(text) && !/404/.test(text)) consoleProblems.push(`console: ${text}`)
    })
    page.on('pageerror', (e) => {
      const text = `${e.message}\n${e.stack ?? ''}`
      if (/nodes/.test(text) && /ipc\.js/.test(text)) return // known Wails dev noise
      consoleProblems.push(`pageerror: ${e.message}`)
    })

    const cliRaw = async (args) => {
      const { stdout } = await execFileP(cfg.cli, ['--data-dir', dataDir, ...args.map(String), '--json'], {
        timeout: 60000,
        maxBuffer: 64 << 20,
      })
      return JSON.parse(stdout)
    }

    const t = {
      page,
      url,
      dataDir,
      tmp,
      savePath,
      openPath,
      consoleProblems,
      sleep,
      log: (msg) => console.log(`    ${msg}`),

      async cli(...args) {
        try {
          return await cliRaw(args)
        } catch (err) {
          // The CLI may refuse a folder the app holds open: stop the app, ask, restart.
          console.log(`    (CLI with the app running failed: ${String(err.stderr || err.message).trim().split('\n')[0]}; retrying with the app stopped)`)
          await stopProcess(app)
          try {
            return await cliRaw(args)
          } finally {
            await startApp()
            await page.goto(url, { waitUntil: 'domcontentloaded' })
          }
        }
      },

      check(label, cond, detail) {
        if (criticalFailed) {
          record(scenario, label, 'skipped')
          return false
        }
        record(scenario, label, cond ? 'passed' : 'failed', cond ? undefined : detail)
        return Boolean(cond)
      },

      async step(label, fn, { critical = false } = {}) {
        if (criticalFailed) {
          record(scenario, label, 'skipped')
          return false
        }
        const t0 = Date.now()
        try {
          await fn()
          record(scenario, `${label} (${Date.now() - t0} ms)`, 'passed')
          return true
        } catch (err) {
          if (critical) criticalFailed = true
          record(scenario, label, 'failed', String(err?.stack ?? err).split('\n').slice(0, 6).join('\n    '))
          // What the page showed when the step failed, for the CI artifacts.
          const shot = path.join(cfg.out, `FAILED-${scenario}-${results.length}.png`)
          await page.screenshot({ path: shot }).then(() => console.log(`    screenshot: ${shot}`), () => {})
          return false
        }
      },

      assert(cond, msg) {
        if (!cond) throw new Error(msg)
      },

      eq(actual, expected, msg) {
        if (actual !== expected) throw new Error(`${msg}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
      },

      async shot(name) {
        await page.mouse.move(1270, 795) // no hover tooltips in the picture
        await sleep(1200) // let transitions and chart animations settle
        await page.screenshot({ path: path.join(cfg.out, `${name}.png`) })
      },

      async gotoRoute(hash) {
        const h = hash.startsWith('#') ? hash : `#${hash.startsWith('/') ? hash : `/${hash}`}`
        await page.evaluate((x) => {
          window.location.hash = x
        }, h)
        await page.waitForFunction((x) => window.location.hash === x, h, { timeout: 10000 }).catch(() => {})
        await sleep(300)
      },

      async setLocale(locale) {
        const want = locale === 'en' ? 'en' : 'zh-CN'
        const sw = page.getByTestId(want === 'en' ? 'lang-en' : 'lang-zh')
        if (await sw.isVisible().catch(() => false)) {
          await sw.click()
        } else {
          await page.evaluate(async (language) => {
            const sys = window.go.api.System
            const p = await sys.Preferences()
            await sys.SetPreferences({ language, theme: p.theme })
          }, want)
          await page.reload({ waitUntil: 'domcontentloaded' })
        }
        await page.waitForFunction((l) => document.documentElement.lang === l, want, { timeout: 15000 })
        await sleep(300)
      },

      async restartApp() {
        await stopProcess(app)
        await startApp()
        await page.goto(url, { waitUntil: 'domcontentloaded' })
      },
    }

    await page.goto(url, { waitUntil: 'domcontentloaded' })
    await mod.run(t)
  } catch (err) {
    record(scenario, 'scenario crashed', 'failed', String(err?.stack ?? err).split('\n').slice(0, 8).join('\n    '))
  } finally {
    if (context) await context.close().catch(() => {})
    await stopProcess(app)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/* ---------- the run ---------- */

/**
 * Runs the scenario modules in order and prints "N passed, N failed" as the
 * last line; returns the process exit code (non-zero on any failure).
 */
export async function runScenarios(mods) {
  fs.mkdirSync(cfg.out, { recursive: true })
  let fatal = null
  let xvfb = null
  let browser = null
  try {
    for (const [what, p] of [
      ['app binary (go build -tags dev,webkit2_41 -o build/bin/app-e2e .)', cfg.app],
      ['feedbackctl (go build -o build/bin/feedbackctl ./backend/cmd/feedbackctl)', cfg.cli],
      ['frontend bundle (npm run build)', path.join(cfg.dist, 'index.html')],
      ['chromium', cfg.chromium],
    ]) {
      if (!fs.existsSync(p)) throw new Error(`missing ${what}: ${p}`)
    }
    let display = process.env.DISPLAY
    if (!display) {
      xvfb = await startXvfb()
      display = xvfb.display
    }
    browser = await chromium.launch({ executablePath: cfg.chromium, headless: true, args: CHROMIUM_ARGS })
    for (const mod of mods) {
      console.log(`— scenario ${mod.name}`)
      await runOne(mod, { browser, display })
    }
  } catch (err) {
    fatal = err
    console.log(`✗ setup: ${String(err?.stack ?? err)}`)
  } finally {
    if (browser) await browser.close().catch(() => {})
    if (xvfb) await stopProcess(xvfb.proc)
    for (const c of started) await stopProcess(c, 1000)
  }
  const passed = results.filter((r) => r.status === 'passed').length
  const failed = results.filter((r) => r.status === 'failed').length + (fatal ? 1 : 0)
  const skipped = results.filter((r) => r.status === 'skipped').length
  console.log(`screenshots and logs: ${path.relative(root, cfg.out) || cfg.out}${skipped ? ` (${skipped} skipped)` : ''}`)
  console.log(`${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}
