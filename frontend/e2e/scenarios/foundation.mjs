/**
 * Foundation scenario: fresh data folder → welcome screen → load demo data →
 * dashboard counts equal `feedbackctl stats --json` → English (persists
 * across a reload) → Chinese → backup through Settings (preset save path) →
 * dark theme → no CSP violations.
 */
import fs from 'node:fs'

export const name = 'foundation'

const KPIS = ['surveys', 'responses', 'customers', 'tickets', 'handlers']

async function kpiValues(page) {
  const out = {}
  for (const k of KPIS) {
    const text = await page.getByTestId(`kpi-value-${k}`).innerText()
    out[k] = Number(text.replace(/[^\d]/g, ''))
  }
  return out
}

export async function run(t) {
  const { page } = t
  const backupPath = t.savePath

  await t.step('fresh data folder shows the welcome screen', async () => {
    const csp = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    )
    t.assert(csp.includes("script-src 'self'"), 'index.html carries the CSP meta tag')
    await page.getByTestId('welcome').waitFor({ state: 'visible', timeout: 30000 })
    t.assert(await page.getByTestId('welcome-load-demo').isVisible(), 'load-demo button visible')
    await t.shot('welcome')
  }, { critical: true })

  let shown = null
  await t.step('loading demo data leads to a dashboard with counts', async () => {
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="kpi-value-responses"]')
        return el && el.textContent && el.textContent.replace(/[^\d]/g, '') !== '0'
      },
      null,
      { timeout: 60000 },
    )
    await page.getByTestId('activity-chart').locator('canvas').first().waitFor({ timeout: 15000 })
    shown = await kpiValues(page)
    for (const k of KPIS) t.assert(shown[k] > 0, `dashboard ${k} should be > 0, got ${shown[k]}`)
    await t.shot('dashboard-zh')
  }, { critical: true })

  await t.step('dashboard counts equal `feedbackctl stats --json`', async () => {
    const stats = await t.cli('stats')
    if (!(await page.getByTestId('dashboard').isVisible())) {
      await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 30000 })
    }
    for (const k of KPIS) t.eq(shown[k], stats[k], `dashboard ${k} vs CLI`)
  })

  await t.step('switching to English translates the UI and survives a reload', async () => {
    await page.getByTestId('lang-en').click()
    await page.getByTestId('nav-dashboard').filter({ hasText: 'Dashboard' }).waitFor({ timeout: 10000 })
    t.eq(await page.getByTestId('nav-tickets').innerText(), 'Tickets', 'English nav label')
    await t.sleep(300)
    await t.shot('dashboard-en')
    await page.reload({ waitUntil: 'domcontentloaded' })
    await page.getByTestId('nav-dashboard').filter({ hasText: 'Dashboard' }).waitFor({ timeout: 30000 })
    t.eq(await page.evaluate(() => document.documentElement.lang), 'en', 'html lang after reload')
  })

  await t.step('switching back to Chinese', async () => {
    await page.getByTestId('lang-zh').click()
    await page.getByTestId('nav-dashboard').filter({ hasText: '仪表盘' }).waitFor({ timeout: 10000 })
    t.eq(await page.getByTestId('nav-tickets').innerText(), '投诉工单', 'Chinese nav label')
  })

  await t.step('the customers screen counts every customer', async () => {
    await page.getByTestId('nav-customers').click()
    await page.getByTestId('customers').waitFor({ timeout: 10000 })
    const summary = page.getByTestId('customers-summary')
    await summary.filter({ hasText: /\d/ }).waitFor({ timeout: 30000 })
    const digits = (await summary.innerText()).replace(/[,\s]/g, '')
    t.assert(digits.includes(String(shown.customers)), `customers summary "${digits}" should count ${shown.customers}`)
  })

  await t.step('the ticket list counts what the dashboard counts', async () => {
    await page.getByTestId('nav-tickets').click()
    await page.getByTestId('tickets').waitFor({ timeout: 10000 })
    await page.locator(`[data-testid="ticket-total"][data-total="${shown.tickets}"]`).waitFor({ timeout: 15000 })
  })

  await t.step('backup from Settings writes a non-empty file', async () => {
    await page.getByTestId('nav-settings').click()
    await page.getByTestId('settings').waitFor({ timeout: 10000 })
    await page.getByTestId('backup-button').click()
    await page.getByTestId('backup-result').waitFor({ timeout: 60000 })
    t.assert(fs.existsSync(backupPath), `backup file ${backupPath} exists`)
    t.assert(fs.statSync(backupPath).size > 0, 'backup file is non-empty')
    const text = await page.getByTestId('backup-result').innerText()
    t.assert(text.includes(backupPath), 'backup result names the path')
    await page.getByTestId('check-button').click()
    await page.getByTestId('check-result').waitFor({ timeout: 60000 })
    await t.shot('settings')
  })

  await t.step('dark theme applies and persists', async () => {
    await page.getByTestId('nav-dashboard').click()
    await page.getByTestId('dashboard').waitFor({ timeout: 10000 })
    await page.getByTestId('theme-toggle').click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 10000 })
    await page.reload({ waitUntil: 'domcontentloaded' })
    await page.getByTestId('dashboard').waitFor({ timeout: 30000 })
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 10000 })
    await page.getByTestId('activity-chart').locator('canvas').first().waitFor({ timeout: 15000 })
    await t.shot('dark')
  })

  await t.step('no CSP violations or unexpected errors in the console', async () => {
    t.assert(t.consoleProblems.length === 0, `console problems:\n      ${t.consoleProblems.join('\n      ')}`)
  })
}
