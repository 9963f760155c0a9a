/**
 * Follow-ups scenario (回访 workspace and the responses list):
 * demo data → Follow-ups lists customers to call → the rules dialog sets the
 * demo's "电话回访" survey as the call script → three customers not called
 * this month get, by keyboard, completed (script: NPS 9), no answer and
 * refused → the rates strip moves by exactly dialled +3, reached +2,
 * completed +1 and shows reached ÷ dialled; the completed call stored one
 * phone response (`feedbackctl stats`). Responses list: survey 1, all time,
 * detractors → every NPS badge is 0–6 and the total equals the detractors
 * of `feedbackctl metrics --survey 1`; ↓ + Enter opens the drawer, a tag is
 * added and survives a reload. Screenshots in zh and en.
 */
export const name = 'followups'

const TAG = 'e2e回访'

/** Picks an option of a naive-ui select by its visible text. */
async function choose(page, testid, text) {
  await page.getByTestId(testid).click()
  const opt = page.locator('.n-base-select-option').filter({ hasText: text }).first()
  await opt.waitFor({ state: 'visible', timeout: 10000 })
  await opt.click()
  await page.waitForTimeout(200)
}

async function readRates(page) {
  return page.evaluate(() => {
    const a = (id, k) => Number(document.querySelector(`[data-testid="rate-${id}"]`)?.getAttribute(`data-${k}`) ?? NaN)
    const text = (id) => document.querySelector(`[data-testid="rate-value-${id}"]`)?.textContent?.trim() ?? ''
    return {
      dialled: a('contact', 'dialled'),
      reached: a('contact', 'reached'),
      completed: a('response', 'completed'),
      eligible: a('response', 'eligible'),
      contactText: text('contact'),
      responseText: text('response'),
    }
  })
}

function pct(num, den) {
  return den === 0 ? '—' : `${((100 * num) / den).toFixed(1)}%`
}

export async function run(t) {
  const { page } = t
  const monthStart = (() => {
    const d = new Date()
    return new Date(d.getFullYear(), d.getMonth(), 1).getTime()
  })()

  await t.step('demo data loads', async () => {
    await page.getByTestId('welcome').waitFor({ state: 'visible', timeout: 30000 })
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
  }, { critical: true })

  const statsBefore = await t.cli('stats')

  await t.step('the follow-up list shows customers to call', async () => {
    await t.gotoRoute('/followups')
    await page.getByTestId('followups').waitFor({ timeout: 15000 })
    await page.getByTestId('call-row').first().waitFor({ timeout: 20000 })
    const count = Number(await page.getByTestId('call-count').getAttribute('data-count'))
    const rows = await page.getByTestId('call-row').count()
    t.assert(count > 0, `call list count > 0, got ${count}`)
    t.eq(rows, count, 'rows shown vs count in the header')
    await page.getByTestId('call-customer').waitFor({ timeout: 10000 })
  }, { critical: true })

  await t.step('the rules dialog sets the phone follow-up survey as the script', async () => {
    await page.getByTestId('open-rules').click()
    await page.getByTestId('rules-dialog').waitFor({ timeout: 10000 })
    await choose(page, 'rules-survey', '电话回访')
    await t.shot('followups-rules-zh')
    await page.getByTestId('rules-save').click()
    await page.getByTestId('rules-dialog').waitFor({ state: 'hidden', timeout: 10000 })
    await page.getByTestId('call-script').waitFor({ timeout: 10000 })
    t.assert(await page.getByTestId('script-nps-10').isVisible(), 'NPS 0–10 buttons shown')
  }, { critical: true })

  await t.step('screenshot: workspace (zh)', async () => {
    await t.shot('followups-zh')
  })

  const before = await readRates(page)
  const picked = []

  /** Selects the next listed customer with no call at all this month (fresh: no attempt this cycle). */
  async function pickUncalled({ fresh = false } = {}) {
    const sel = fresh ? '[data-testid="call-row"][data-attempts="0"]' : '[data-testid="call-row"]'
    const ids = await page.locator(sel).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-customer-id'))))
    for (const id of ids) {
      if (picked.includes(id)) continue
      await page.locator(`[data-testid="call-row"][data-customer-id="${id}"]`).click()
      await page.locator(`[data-testid="call-customer"][data-customer-id="${id}"]`).waitFor({ timeout: 10000 })
      await t.sleep(400) // history loads
      const times = await page.locator('[data-testid="call-history"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-attempt-at') ?? ''))
      if (times.every((s) => !s || new Date(s).getTime() < monthStart)) {
        picked.push(id)
        return id
      }
    }
    throw new Error('no listed customer without a call this month')
  }

  async function recorded(id) {
    await page.locator(`[data-testid="recent-calls"] [data-customer-id="${id}"]`).waitFor({ timeout: 15000 })
    await t.sleep(300)
  }

  await t.step('key 1 with the script filled records a completed call', async () => {
    const id = await pickUncalled()
    await page.keyboard.press('1')
    await page.locator('.q.missing').first().waitFor({ timeout: 5000 }) // NPS is required: the form asks first
    await page.getByTestId('script-nps-9').click()
    await page.keyboard.press('1')
    await recorded(id)
  }, { critical: true })

  await t.step('key 2 records no answer and shows when the customer returns', async () => {
    const id = await pickUncalled({ fresh: true }) // a first attempt: retried after the delay
    await page.keyboard.press('2')
    await recorded(id)
    const text = await page.locator(`[data-testid="recent-calls"] [data-customer-id="${id}"]`).innerText()
    t.assert(/\d{1,2}:\d{2}/.test(text), `retry time shown for no answer: ${text}`)
  }, { critical: true })

  await t.step('key 4 records refused', async () => {
    const id = await pickUncalled()
    await page.keyboard.press('4')
    await recorded(id)
    t.eq(await page.locator(`[data-testid="call-row"][data-customer-id="${id}"]`).count(), 0, 'refused customer left the list')
  }, { critical: true })

  await t.step('the rates strip moved by dialled +3, reached +2, completed +1', async () => {
    const after = await readRates(page)
    t.eq(after.dialled - before.dialled, 3, 'dialled change')
    t.eq(after.reached - before.reached, 2, 'reached change')
    t.eq(after.completed - before.completed, 1, 'completed change')
    t.eq(after.contactText, pct(after.reached, after.dialled), 'contact rate shown = reached ÷ dialled')
    t.eq(after.responseText, pct(after.completed, after.eligible), 'response rate shown = completed ÷ eligible')
    t.log(`rates before ${JSON.stringify(before)} after ${JSON.stringify(after)}`)
  })

  await t.step('the completed call stored one phone response', async () => {
    const stats = await t.cli('stats')
    t.eq(stats.responses - statsBefore.responses, 1, 'responses added by the calls')
  })

  await t.step('screenshot: workspace (en)', async () => {
    await t.gotoRoute('/followups')
    await t.setLocale('en')
    await page.getByTestId('rates-strip').filter({ hasText: 'Contact rate' }).waitFor({ timeout: 15000 })
    await page.getByTestId('call-customer').waitFor({ timeout: 10000 }).catch(() => {})
    await t.shot('followups-en')
    await t.setLocale('zh-CN')
  })

  let detractors = -1
  await t.step('responses: detractors of survey 1, all time, match `feedbackctl metrics`', async () => {
    const m = await t.cli('metrics', '--survey', '1')
    detractors = m[0]?.nps?.detractors ?? -1
    const surveys = await t.cli('survey', 'list')
    const list = Array.isArray(surveys) ? surveys : (surveys.surveys ?? [])
    const title = list.find((s) => s.id === 1)?.title ?? '关系型 NPS 调研'
    await t.gotoRoute('/responses')
    await page.getByTestId('response-table').waitFor({ timeout: 15000 })
    await choose(page, 'filter-survey', title)
    await choose(page, 'filter-period', '全部时间')
    await choose(page, 'filter-band', '贬损者')
    await page.waitForFunction((n) => document.querySelector('[data-testid="responses-total"]')?.getAttribute('data-total') === String(n), detractors, { timeout: 15000 }).catch(() => {})
    const total = Number(await page.getByTestId('responses-total').getAttribute('data-total'))
    t.eq(total, detractors, 'list total vs metrics detractors')
    const scores = await page.locator('[data-testid="response-row"] .fd-score').evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''))
    const nps = await page.locator('[data-testid="response-row"] [data-band]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-band'), Number(e.textContent)]))
    t.assert(nps.length > 0, `visible NPS badges: ${scores.length}`)
    t.assert(nps.every(([band, n]) => band === 'detractor' && n <= 6), `every NPS badge ≤ 6: ${JSON.stringify(nps.slice(0, 20))}`)
  })

  let taggedId = 0
  await t.step('↓ + Enter opens the drawer; a tag is added and survives a reload', async () => {
    await page.evaluate(() => document.activeElement?.blur())
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const drawer = page.getByTestId('response-drawer')
    await page.getByTestId('drawer-answers').waitFor({ timeout: 10000 })
    taggedId = Number(await page.locator('[data-testid="response-row"]').first().getAttribute('data-response-id'))
    await page.getByTestId('drawer-add-tag').click()
    await page.keyboard.type(TAG)
    await page.keyboard.press('Enter')
    await page.locator('.n-message').filter({ hasText: '标签已保存' }).first().waitFor({ timeout: 10000 })
    await t.shot('responses-drawer-zh')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {})
    await page.reload({ waitUntil: 'domcontentloaded' })
    await page.getByTestId('response-table').waitFor({ timeout: 20000 })
    await choose(page, 'filter-period', '全部时间')
    await choose(page, 'filter-tag', TAG)
    await page.waitForFunction(() => document.querySelector('[data-testid="responses-total"]')?.getAttribute('data-total') === '1', null, { timeout: 15000 })
    const row = page.getByTestId('response-row').first()
    t.eq(Number(await row.getAttribute('data-response-id')), taggedId, 'the tagged response')
    t.assert((await row.innerText()).includes(TAG), 'row shows the tag')
    await row.click()
    await page.getByTestId('drawer-tags').filter({ hasText: TAG }).waitFor({ timeout: 10000 })
    await page.keyboard.press('Escape')
    await page.getByTestId('response-drawer').waitFor({ state: 'hidden', timeout: 10000 })
  })

  await t.step('screenshots: responses list zh and en', async () => {
    await choose(page, 'filter-tag', '不限')
    // Wait for the unfiltered total, not just any row: the one tagged row
    // is visible before the list reloads.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="responses-total"]')?.getAttribute('data-total')) > 1, null, { timeout: 20000 })
    await page.getByTestId('response-row').first().waitFor({ timeout: 10000 })
    await t.shot('responses-zh')
    await t.setLocale('en')
    await page.getByTestId('responses-total').filter({ hasText: 'responses' }).waitFor({ timeout: 15000 })
    await page.getByTestId('response-row').first().waitFor({ timeout: 10000 })
    await t.shot('responses-en')
    await t.setLocale('zh-CN')
  })

  await t.step('screenshot: workspace in the dark theme', async () => {
    await t.gotoRoute('/followups')
    await page.getByTestId('rates-strip').waitFor({ timeout: 15000 })
    await page.getByTestId('theme-toggle').click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 10000 })
    await t.shot('followups-dark')
    await page.getByTestId('theme-toggle').click()
  })

  await t.step('no console problems', async () => {
    t.assert(t.consoleProblems.length === 0, `console problems:\n      ${t.consoleProblems.join('\n      ')}`)
  })
}
