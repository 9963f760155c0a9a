/**
 * Satisfaction dashboard scenario (issue 6, in the browser, on demo data):
 * the dashboard for this month scoped to one survey shows the NPS and n
 * that `feedbackctl metrics` prints for the same days, and a channel filter
 * the figure `metrics --by channel` prints for that channel; a breakdown row
 * drills down to exactly its n responses; the complaints section agrees
 * with `feedbackctl sla stats`; switching to English relabels every chart
 * (their series names carry no Chinese any more). Screenshots in zh and en.
 */
export const name = 'dashboard'

const HAN = /\p{Script=Han}/u

/** Picks an option of a naive-ui select by its visible text, then closes the menu. */
async function choose(page, testid, text) {
  await page.getByTestId(testid).click()
  const opt = page.locator('.n-base-select-option:visible').filter({ hasText: text }).first()
  await opt.waitFor({ state: 'visible', timeout: 10000 })
  await opt.click()
  await page.keyboard.press('Escape')
  await page.waitForTimeout(300)
}

/** The series names of every chart on the page, by its test id. */
async function chartSeries(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-series]')].map((el) => ({
      id: el.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
      series: el.getAttribute('data-series') ?? '',
    })),
  )
}

export async function run(t) {
  const { page } = t
  let from = ''
  let to = ''

  await t.step('demo data loads and the dashboard shows this month', async () => {
    await page.getByTestId('welcome').waitFor({ state: 'visible', timeout: 30000 })
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="dash-kpi-nps"]')?.getAttribute('data-n')) > 0, null, {
      timeout: 30000,
    })
    from = await page.getByTestId('dashboard').getAttribute('data-from')
    to = await page.getByTestId('dashboard').getAttribute('data-to')
    t.assert(/^\d{4}-\d{2}-01$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to), `period ${from}–${to}`)
  }, { critical: true })

  let surveyId = 0
  await t.step("scoped to one survey, NPS and n equal `feedbackctl metrics` for the month", async () => {
    const surveys = await t.cli('survey', 'list')
    const s = surveys.find((x) => x.id === 1) ?? surveys[0]
    surveyId = s.id
    const [g] = await t.cli('metrics', '--survey', s.id, '--from', from, '--to', to)
    t.assert(g?.nps?.n > 0, `the CLI sees NPS answers this month: ${JSON.stringify(g?.nps)}`)
    await choose(page, 'scope-picker', s.title)
    await page.locator(`[data-testid="dash-kpi-nps"][data-n="${g.nps.n}"]`).waitFor({ timeout: 15000 })
    t.eq(Number(await page.getByTestId('dash-kpi-nps').getAttribute('data-score')), g.nps.rounded, 'NPS (rounded)')
    await t.shot('dashboard-zh')
  }, { critical: true })

  await t.step('a channel filter narrows NPS to `feedbackctl metrics --by channel` for that channel', async () => {
    const groups = await t.cli('metrics', '--survey', surveyId, '--from', from, '--to', to, '--by', 'channel')
    const phone = groups.find((g) => g.group === 'phone')
    t.assert(phone?.nps?.n > 0, `phone answers this month: ${JSON.stringify(phone?.nps)}`)
    await choose(page, 'dash-segment-channel', '电话')
    await page.locator(`[data-testid="dash-kpi-nps"][data-n="${phone.nps.n}"]`).waitFor({ timeout: 15000 })
    t.eq(Number(await page.getByTestId('dash-kpi-nps').getAttribute('data-score')), phone.nps.rounded, 'NPS of the phone channel')
    await t.shot('dashboard-filtered-zh')
    await page.getByTestId('dash-segments-reset').click()
    await page.locator('[data-testid="dash-segments"][data-active="0"]').waitFor({ timeout: 10000 })
  })

  await t.step('a breakdown row drills down to exactly its n responses', async () => {
    const row = page.getByTestId('dash-breakdown-row').first()
    await row.waitFor({ timeout: 10000 })
    const n = Number(await row.getAttribute('data-n'))
    const group = await row.getAttribute('data-group')
    t.assert(n > 0, `row ${group} has n = ${n}`)
    await row.click()
    await page.getByTestId('screen-responses').waitFor({ timeout: 15000 })
    await page.locator(`[data-testid="responses-total"][data-total="${n}"]`).waitFor({ timeout: 15000 }).catch(() => {})
    t.eq(Number(await page.getByTestId('responses-total').getAttribute('data-total')), n, `responses listed for ${group}`)
    await t.shot('dashboard-drill-zh')
  })

  await t.step('the complaints section agrees with `feedbackctl sla stats`', async () => {
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-complaints"][data-state="ready"]').waitFor({ timeout: 30000 })
    const stats = await t.cli('sla', 'stats', '--from', from, '--to', to)
    const res = (stats.attainment ?? []).find((a) => a.kind === 'resolution')
    const shown = await page.getByTestId('dash-kpi-sla').getAttribute('data-n')
    t.eq(Number(shown), res?.n ?? 0, 'resolution attainment n')
    t.eq(Number(await page.getByTestId('dash-complaints').getAttribute('data-opened')), stats.tickets, 'tickets opened in the month')
  })

  await t.step('English relabels every chart', async () => {
    const zh = await chartSeries(page)
    t.assert(zh.length >= 4, `charts found: ${JSON.stringify(zh)}`)
    await t.setLocale('en')
    await page.getByTestId('dashboard').waitFor({ timeout: 15000 })
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-series]')].every((el) => !/\p{Script=Han}/u.test(el.getAttribute('data-series') ?? '')),
      null,
      { timeout: 15000 },
    ).catch(() => {})
    const en = await chartSeries(page)
    const stuck = en.filter((c) => HAN.test(c.series))
    t.eq(stuck.length, 0, `charts still in Chinese: ${JSON.stringify(stuck)}`)
    await t.shot('dashboard-en')
    t.eq(t.consoleProblems.length, 0, `console problems: ${t.consoleProblems.join(' | ')}`)
  })
}
