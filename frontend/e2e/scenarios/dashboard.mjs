/**
 * Satisfaction dashboard scenario (issue 6, in the browser, on demo data):
 * the dashboard for this month scoped to one survey shows the NPS and n
 * that `feedbackctl metrics` prints for the same days, and a channel filter
 * the figure `metrics --by channel` prints for that channel; a breakdown row
 * drills down to exactly its n responses; the complaints section agrees
 * with `feedbackctl sla stats`; a theme row drills down to exactly its
 * mentions (the responses list filtered by the theme) and its complaint
 * count to exactly its tickets, whose detail shows the theme tag; the
 * complaints category filter shows the tickets opened in that category
 * (counted from `feedbackctl ticket list`, and the ticket list it drills
 * to); switching to English relabels every chart (their series names carry
 * no Chinese any more). Screenshots in zh and en.
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

/** The local day (YYYY-MM-DD) of an RFC 3339 instant, in this process's time zone (the app's). */
function localDay(iso) {
  const d = new Date(iso)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** Waits until a test id's data-total equals n (or times out), then returns the shown total. */
async function totalOf(page, testid, n) {
  await page.locator(`[data-testid="${testid}"][data-total="${n}"]`).waitFor({ timeout: 15000 }).catch(() => {})
  return Number(await page.getByTestId(testid).getAttribute('data-total'))
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

  let themeKey = ''
  await t.step('a theme row drills down to exactly its mentions, each tagged with the theme', async () => {
    await page.locator('[data-testid="dash-themes"][data-state="ready"]').waitFor({ timeout: 30000 })
    const rows = page.locator('[data-testid="dash-theme-row"]')
    await rows.first().waitFor({ timeout: 15000 })
    const all = await rows.evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-key'), n: Number(e.getAttribute('data-mentions')) })))
    const pick = all.find((r) => r.n > 0 && r.n <= 50) ?? all.find((r) => r.n > 0)
    t.assert(pick, `a theme with mentions this month: ${JSON.stringify(all)}`)
    themeKey = pick.key
    await page.locator(`[data-testid="dash-theme-row"][data-key="${pick.key}"]`).click()
    await page.getByTestId('screen-responses').waitFor({ timeout: 15000 })
    t.eq(await totalOf(page, 'responses-total', pick.n), pick.n, `responses listed for theme ${pick.key}`)
    t.eq(await page.getByTestId('filter-theme').getAttribute('data-key'), pick.key, 'the theme chip names the theme')
    await page.getByTestId('response-row').first().click()
    const tags = page.getByTestId('response-themes')
    await page.locator('[data-testid="response-themes"][data-loaded="true"]').waitFor({ timeout: 15000 })
    const keys = ((await tags.getAttribute('data-keys')) ?? '').split(',')
    t.assert(keys.includes(pick.key), `the first response carries ${pick.key}: ${keys.join(',')}`)
    await t.shot('dashboard-theme-drill-zh')
    await page.keyboard.press('Escape')
  })

  await t.step("a theme's complaint count drills down to exactly its tickets, and the ticket shows the theme", async () => {
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-themes"][data-state="ready"]').waitFor({ timeout: 30000 })
    const links = page.locator('[data-testid="dash-theme-tickets"]')
    await links.first().waitFor({ timeout: 15000 })
    const all = await links.evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-key'), n: Number(e.getAttribute('data-n')) })))
    const pick = all.find((r) => r.key === themeKey && r.n > 0) ?? all.find((r) => r.n > 0)
    t.assert(pick, `a theme with complaints this month: ${JSON.stringify(all)}`)
    await page.locator(`[data-testid="dash-theme-tickets"][data-key="${pick.key}"]`).click()
    await page.getByTestId('tickets').waitFor({ timeout: 15000 })
    t.eq(await totalOf(page, 'ticket-total', pick.n), pick.n, `tickets listed for theme ${pick.key}`)
    t.eq(await page.getByTestId('ticket-filter-theme').getAttribute('data-key'), pick.key, 'the theme chip names the theme')
    await t.shot('tickets-theme-drill-zh')
    await page.locator('[data-testid^="ticket-row-"]').first().click()
    await page.locator('[data-testid="ticket-themes"][data-loaded="true"]').waitFor({ timeout: 15000 })
    const keys = ((await page.getByTestId('ticket-themes').getAttribute('data-keys')) ?? '').split(',')
    t.assert(keys.includes(pick.key), `the ticket carries ${pick.key}: ${keys.join(',')}`)
    await t.shot('ticket-themes-zh')
    // A decision saved earlier is shown when the ticket is opened again; then undone.
    const tag = page.locator(`[data-testid="ticket-theme-tag"][data-key="${pick.key}"]`)
    if ((await tag.getAttribute('data-source')) === 'rules') {
      const here = new URL(page.url()).hash
      await tag.locator('.n-base-close').click()
      await page.locator(`[data-testid="ticket-theme-tag"][data-key="${pick.key}"][data-source="removed"]`).waitFor({ timeout: 10000 })
      await t.gotoRoute('/tickets')
      await t.gotoRoute(here)
      await page.locator('[data-testid="ticket-themes"][data-loaded="true"]').waitFor({ timeout: 15000 })
      const again = page.locator(`[data-testid="ticket-theme-tag"][data-key="${pick.key}"]`)
      t.eq(await again.getAttribute('data-source'), 'removed', 'the removal saved earlier is shown on reopening')
      await again.click()
      await page.locator(`[data-testid="ticket-theme-tag"][data-key="${pick.key}"][data-source="rules"]`).waitFor({ timeout: 10000 })
    } else t.log(`ticket theme ${pick.key} was not found by the rules here: the saved-decision check is skipped`)
  })

  await t.step('the complaints category filter shows the tickets opened in that category', async () => {
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-complaints"][data-state="ready"]').waitFor({ timeout: 30000 })
    const tickets = await t.cli('ticket', 'list')
    const inPeriod = tickets.filter((x) => {
      const d = localDay(x.created_at)
      return d >= from && d <= to
    })
    const byCat = new Map()
    for (const x of inPeriod) byCat.set(x.category, (byCat.get(x.category) ?? 0) + 1)
    const top = [...byCat.entries()].filter(([c]) => c !== '').sort((a, b) => b[1] - a[1])[0]
    t.assert(top, `tickets with a category this month: ${JSON.stringify([...byCat])}`)
    const [cat, n] = top
    await page.getByTestId('dash-complaints-category').click()
    // Options are labelled by name, not key: try them in turn until the section reports this key.
    await page.locator('.n-base-select-option:visible').first().waitFor({ timeout: 10000 })
    const labels = await page.locator('.n-base-select-option:visible').allInnerTexts()
    await page.keyboard.press('Escape')
    let shown = -1
    for (let i = 1; i < labels.length - 1 && shown !== n; i++) {
      await page.getByTestId('dash-complaints-category').click()
      await page.locator('.n-base-select-option:visible').nth(i).click()
      await t.sleep(300)
      await page.locator(`[data-testid="dash-complaints"][data-state="ready"]:not([data-category=""])`).waitFor({ timeout: 15000 })
      const c = await page.getByTestId('dash-complaints').getAttribute('data-category')
      if (c !== cat) continue
      shown = Number(await page.getByTestId('dash-complaints').getAttribute('data-opened'))
      break
    }
    t.eq(shown, n, `opened in category ${cat} (ticket list of the CLI, created ${from}–${to})`)
    await t.shot('dashboard-complaints-category-zh')
    await page.getByTestId('dash-kpi-opened').click()
    await page.getByTestId('tickets').waitFor({ timeout: 15000 })
    t.eq(await totalOf(page, 'ticket-total', n), n, `the ticket list for ${cat} and the period`)
  })

  await t.step('the uncategorised filter and the list agree (category "none")', async () => {
    const tickets = await t.cli('ticket', 'list')
    const n = tickets.filter((x) => x.category === '' && localDay(x.created_at) >= from && localDay(x.created_at) <= to).length
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-complaints"][data-state="ready"]').waitFor({ timeout: 30000 })
    // The menu scrolls virtually: type the option's name (zh) to reach it.
    await page.getByTestId('dash-complaints-category').click()
    await page.keyboard.type('未分类')
    await page.locator('.n-base-select-option:visible').filter({ hasText: '未分类' }).first().click()
    await t.sleep(300)
    await page.locator('[data-testid="dash-complaints"][data-state="ready"][data-category="none"]').waitFor({ timeout: 15000 })
    t.eq(Number(await page.getByTestId('dash-complaints').getAttribute('data-opened')), n, 'uncategorised tickets opened in the month')
    await t.gotoRoute(`/tickets?category=none&from=${from}&to=${to}`)
    await page.getByTestId('tickets').waitFor({ timeout: 15000 })
    t.eq(await totalOf(page, 'ticket-total', n), n, 'the ticket list with category=none')
    await t.gotoRoute('/')
    await page.getByTestId('dashboard').waitFor({ timeout: 15000 })
  })

  await t.step('a phrase no theme covers becomes a theme: saving re-tags history with progress; its mentions equal `feedbackctl themes`', async () => {
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-themes"][data-state="ready"]').waitFor({ timeout: 30000 })
    const chip = page.locator('[data-testid="dash-phrase"][data-covered="false"]').first()
    await chip.waitFor({ timeout: 15000 })
    const phrase = await chip.getAttribute('data-text')
    await chip.hover()
    await chip.getByTestId('dash-phrase-add').click()
    await page.getByTestId('themes-codebook').waitFor({ timeout: 15000 })
    t.eq(await page.getByTestId('theme-phrase-input').inputValue(), phrase, 'the phrase is offered as a keyword')
    await page.getByTestId('theme-phrase-create').click()
    const row = page.getByTestId('theme-row').last()
    await row.getByTestId('theme-name').fill('端到端新主题')
    await row.getByTestId('theme-name-en').fill('End-to-end theme')
    const key = await row.getByTestId('theme-key').inputValue()
    await page.getByTestId('theme-save').click()
    const banner = page.locator('[data-testid="retag-banner"][data-state="done"]')
    await banner.waitFor({ timeout: 60000 })
    const total = Number(await banner.getAttribute('data-total'))
    t.eq(Number(await banner.getAttribute('data-done')), total, 're-tagged every waiting response and ticket')
    t.assert(total > 0, `the retag counted the stored responses and tickets: ${total}`)
    await t.shot('themes-retag-done-zh')
    await t.gotoRoute('/')
    await page.locator('[data-testid="dash-themes"][data-state="ready"]').waitFor({ timeout: 30000 })
    const scope = ((await page.getByTestId('dashboard').getAttribute('data-surveys')) ?? '').split(',').filter(Boolean)
    const cli = await t.cli('themes', '--from', from, '--to', to, ...scope.flatMap((id) => ['--survey', id]))
    const want = (cli.themes ?? []).find((x) => x.key === key)
    t.assert(want?.mentions > 0, `the CLI counts the new theme ${key} (${phrase}) in surveys [${scope}]: ${JSON.stringify(want)}`)
    const shown = page.locator(`[data-testid="dash-theme-row"][data-key="${key}"]`)
    await shown.waitFor({ timeout: 15000 })
    t.eq(Number(await shown.getAttribute('data-mentions')), want.mentions, `dashboard mentions of the new theme ${key}`)
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
