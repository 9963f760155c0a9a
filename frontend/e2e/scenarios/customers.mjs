/**
 * Customers screen (issue 8, in the browser): demo data → /customers → the
 * list's total and tier counts equal `feedbackctl customers score` → filter
 * by tier high, save it as a segment, pick it again after clearing → the
 * RFM heat map with its rule legend (a click filters the list) → the tier
 * migration matrix (cells add up to its total; this month's snapshot
 * exists in `feedbackctl customers snapshot`) → rates with their
 * definitions, and the same churn as `feedbackctl customers rates` → score
 * settings: only the complaint record weighs → the live note says 100 %,
 * saving recalculates and the tier counts follow the CLI again → a row
 * opens the customer profile. Screenshots of every tab in zh and en.
 */
export const name = 'customers'
export const timezoneId = 'Asia/Shanghai'

const same = (t, a, b, msg) => t.eq(JSON.stringify(a), JSON.stringify(b), msg)
const num = (s) => Number(String(s).replace(/[^\d]/g, ''))

function tierCounts(rows) {
  const c = { high: 0, medium: 0, low: 0 }
  for (const r of rows) if (r.tier in c) c[r.tier]++
  return c
}

async function screenTiers(page) {
  const out = {}
  for (const k of ['high', 'medium', 'low']) out[k] = num(await page.getByTestId(`tier-count-${k}`).innerText())
  return out
}

async function openTab(t, name) {
  await t.page.locator(`.n-tabs-tab[data-name="${name}"]`).click()
  await t.sleep(400)
}

export async function run(t) {
  const { page } = t

  await t.step('demo data loads', async () => {
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
  }, { critical: true })

  let scored = []
  await t.step('the list and its tier counts equal feedbackctl customers score', async () => {
    await t.gotoRoute('/customers')
    await page.getByTestId('customer-table').waitFor({ state: 'visible', timeout: 60000 })
    scored = await t.cli('customers', 'score')
    const summary = await page.getByTestId('customers-summary').innerText()
    t.assert(summary.includes(scored.length.toLocaleString('en-US')) || num(summary).toString().endsWith(String(scored.length)),
      `summary "${summary}" names ${scored.length} customers`)
    same(t, await screenTiers(page), tierCounts(scored), 'tier counts')
    t.assert((await page.getByTestId('customer-row').count()) > 0, 'rows shown')
    await t.shot('customers-list-zh')
  }, { critical: true })

  await t.step('filter by tier and save it as a segment', async () => {
    await page.getByTestId('filter-tier').click()
    await page.locator('.n-base-select-option', { hasText: '高价值' }).first().click()
    await page.keyboard.press('Escape')
    await t.sleep(800)
    const high = tierCounts(scored).high
    same(t, await screenTiers(page), { high, medium: 0, low: 0 }, 'only high-value customers')
    await page.getByTestId('segment-save').click()
    await page.getByTestId('segment-name').locator('input').fill('高价值客户')
    await page.getByTestId('segment-name-save').click()
    await t.sleep(600)
    await page.getByTestId('filter-clear').click()
    await t.sleep(800)
    t.eq((await screenTiers(page)).medium, tierCounts(scored).medium, 'filters cleared')
    await page.getByTestId('segment-select').click()
    await page.locator('.n-base-select-option', { hasText: '高价值客户' }).first().click()
    await t.sleep(800)
    same(t, await screenTiers(page), { high, medium: 0, low: 0 }, 'the saved segment filters again')
    await t.shot('customers-segment-zh')
    await page.getByTestId('filter-clear').click()
    await t.sleep(800)
  })

  await t.step('RFM heat map with its legend; a segment click filters the list', async () => {
    await openTab(t, 'rfm')
    await page.getByTestId('rfm-chart').waitFor({ state: 'visible' })
    const n = num(await page.getByTestId('rfm-segment-champions').locator('.legend-n').innerText())
    t.eq(n, scored.filter((r) => r.rfm_segment === 'champions').length, 'champions count')
    await t.shot('customers-rfm-zh')
    await page.getByTestId('rfm-segment-champions').click()
    await t.sleep(800)
    const rows = await page.getByTestId('customer-row').count()
    t.eq(rows, Math.min(n, 50), 'the list shows the champions')
    await page.getByTestId('filter-clear').click()
    await t.sleep(800)
  })

  await t.step('tier migration matrix adds up; this month is snapshotted', async () => {
    await openTab(t, 'migration')
    await page.getByTestId('migration-matrix').waitFor({ state: 'visible', timeout: 60000 })
    const cells = await page.getByTestId('migration-matrix').locator('td').allInnerTexts()
    const sum = cells.reduce((s, x) => s + num(x), 0)
    const total = num(await page.getByTestId('migration-totals').locator('.dim').innerText())
    t.eq(sum, total, 'cells add up to the total')
    const snap = await t.cli('customers', 'snapshot')
    t.eq(snap.customers, scored.length, 'CLI snapshot covers every customer')
    await t.shot('customers-migration-zh')
  })

  await t.step('rates show their definitions and agree with the CLI', async () => {
    await openTab(t, 'rates')
    await page.getByTestId('rate-definition-churn').waitFor({ state: 'visible', timeout: 30000 })
    await page.getByTestId('rates-last-month').click()
    await t.sleep(800)
    const d = new Date()
    const first = new Date(d.getFullYear(), d.getMonth() - 1, 1)
    const last = new Date(d.getFullYear(), d.getMonth(), 0)
    const day = (x) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`
    const r = await t.cli('customers', 'rates', '--from', day(first), '--to', day(last))
    const detail = await page.getByTestId('rate-detail-customers-churn').innerText()
    if (r.churn.defined) {
      t.assert(detail.replace(/[^\d/]/g, '') === `${r.churn.numerator}/${r.churn.denominator}`, `churn ${detail} = ${r.churn.numerator}/${r.churn.denominator}`)
    }
    await t.shot('customers-rates-zh')
  })

  await t.step('score settings: only the complaint record weighs, tiers follow', async () => {
    await openTab(t, 'settings')
    for (const k of ['value', 'satisfaction', 'loyalty']) {
      const input = page.getByTestId(`weight-${k}`).locator('input')
      await input.fill('0')
      await input.blur()
    }
    const c = page.getByTestId('weight-complaints').locator('input')
    await c.fill('1')
    await c.blur()
    await t.sleep(300)
    const share = await page.getByTestId('weight-share-complaints').innerText()
    t.assert(share.includes('100'), `complaint share ${share}`)
    await t.shot('customers-settings-zh')
    await page.getByTestId('score-settings-save').click()
    await t.sleep(2000)
    const after = await t.cli('customers', 'score')
    same(t, await screenTiers(page), tierCounts(after), 'tier counts after saving')
    t.assert(after.every((r) => r.score === null || r.score === r.components.complaints), 'scores are the complaint record')
  })

  await t.step('English screens', async () => {
    await t.setLocale('en')
    await t.gotoRoute('/customers')
    await openTab(t, 'list')
    await page.getByTestId('customer-table').waitFor({ state: 'visible', timeout: 60000 })
    await t.shot('customers-list-en')
    for (const tab of ['rfm', 'migration', 'rates', 'settings']) {
      await openTab(t, tab)
      await t.sleep(600)
      await t.shot(`customers-${tab}-en`)
    }
    await t.setLocale('zh-CN')
  })

  await t.step('dark theme: the RFM map and the matrix stay readable', async () => {
    await t.gotoRoute('/customers')
    await page.getByTestId('theme-toggle').click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 10000 })
    await openTab(t, 'rfm')
    await t.sleep(600)
    await t.shot('customers-rfm-dark')
    await openTab(t, 'migration')
    await t.sleep(800)
    await t.shot('customers-migration-dark')
    await page.getByTestId('theme-toggle').click()
  })

  await t.step('a row opens the customer profile', async () => {
    await t.gotoRoute('/customers')
    await openTab(t, 'list')
    await page.getByTestId('customer-row').first().waitFor({ state: 'visible', timeout: 60000 })
    await page.getByTestId('customer-row').first().click()
    await page.getByTestId('customer-profile').waitFor({ state: 'visible', timeout: 30000 })
    t.assert(/#\/customers\/\d+/.test(page.url()), `profile route ${page.url()}`)
  })

  await t.step('no console problems', async () => {
    same(t, t.consoleProblems, [], 'console problems')
  })
}
