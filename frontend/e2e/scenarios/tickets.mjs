/**
 * Tickets and SLA scenario (issue 5 acceptance, in the browser), on the
 * default calendar 标准工作日 (Mon–Fri 09:00–12:00, 13:30–18:00, Shanghai)
 * and the default policy (P2: first response 60, resolution 960 business
 * minutes), with the app's clock set through FEEDBACKDESK_TEST_CLOCK_FILE:
 *
 *  Mon 2026-03-02 09:00 a P2 ticket is created in the UI → first response
 *  due 10:00; 09:30 outbound reply → first response met; 09:40 status
 *  待客户回复 → resolution paused; 14:00 back to 处理中 → 40 counted, 920
 *  left, due Wed 03-04 14:20 (the pause, the lunch break and the nights do
 *  not count); the explain view shows counted, paused and out-of-hours
 *  spans; 15:00 resolved → badge "met"; the list's badge, the activity log
 *  and the SLA figures (and `feedbackctl sla stats`) agree.
 *
 *  Calendar override: a P1 ticket created Fri 03-06 16:00 (resolution 480)
 *  is due Mon 03-09 16:30, as the due calculator says; a make-up workday 调休
 *  on Sat 03-07 added in the month grid moves both to Sat 16:30 (and
 *  `feedbackctl sla due` agrees).
 *
 *  Ticket import: a CSV of old tickets through the import studio (opened
 *  from the ticket list, target preselected) — the row whose first response
 *  precedes its creation is rejected with its row number; the others land
 *  in the list and in `feedbackctl ticket list`. Screenshots in zh and en.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const name = 'tickets'

const clockPath = path.join(os.tmpdir(), `fd-e2e-tickets-clock-${process.pid}`)
// The Go open dialog "chooses" this ticket spreadsheet (written in run()).
const csvDir = path.join(os.tmpdir(), `fd-e2e-tickets-files-${process.pid}`)
const csvPath = path.join(csvDir, '历史工单.csv')
export const appEnv = { FEEDBACKDESK_TEST_CLOCK_FILE: clockPath, FEEDBACKDESK_TEST_OPEN_PATH: csvPath }
/** Old tickets: row 3 answers before it was created — flagged, never "fixed". */
const CSV = [
  '工单号,标题,创建时间,首次响应时间,解决时间,状态,优先级,渠道',
  'H-1,发票开错,2026-02-10 09:10,2026-02-10 09:40,2026-02-11 11:00,已解决,P2,电话',
  'H-2,物流太慢,2026-02-10 10:00,2026-02-10 09:00,,处理中,P3,微信',
  'H-3,退款未到账,2026-02-12 14:00,,,新建,P1,网站',
].join('\n')
// The desk works in Shanghai: times on screen read as the calendar's.
export const timezoneId = 'Asia/Shanghai'

/**
 * Sets the app's clock (the Go side, through the clock file) and the page's
 * (Date.now, so the top bar's month agrees) to a Shanghai wall-clock time
 * "YYYY-MM-DDTHH:MM".
 */
async function setClock(page, local) {
  fs.writeFileSync(clockPath, `${local}:00+08:00`)
  await page.clock.setFixedTime(new Date(`${local}:00+08:00`))
}

/** The UTC instant of a Shanghai wall-clock time, as Date. */
function sh(local) {
  return new Date(`${local}:00+08:00`)
}

/** Picks an option of a naive-ui select by its visible text. */
async function choose(page, testid, text) {
  await page.getByTestId(testid).click()
  const opt = page.locator('.n-base-select-option').filter({ hasText: text }).first()
  await opt.waitFor({ state: 'visible', timeout: 10000 })
  await opt.click()
  await page.waitForTimeout(300)
}

async function attr(page, testid, name) {
  return page.getByTestId(testid).first().getAttribute(name)
}

export async function run(t) {
  const { page } = t
  let ticketId = 0

  /** Waits until an SLA card reaches a state; returns its attributes. */
  async function card(kind, state) {
    const sel = `[data-testid="sla-card-${kind}"]${state ? `[data-state="${state}"]` : ''}`
    await page.locator(sel).first().waitFor({ timeout: 15000 })
    const el = page.locator(sel).first()
    return { state: await el.getAttribute('data-state'), due: await el.getAttribute('data-due'), left: Number(await el.getAttribute('data-minutes-left')) }
  }

  async function setStatus(label) {
    await choose(page, 'ticket-status-select', label)
  }

  await t.step('start empty; the ticket list teaches', async () => {
    await setClock(page, '2026-03-02T09:00')
    await page.reload()
    await page.getByTestId('welcome').waitFor({ state: 'visible', timeout: 30000 })
    await page.getByTestId('welcome-start-empty').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 30000 })
    await t.gotoRoute('/tickets')
    await page.getByTestId('tickets').waitFor({ timeout: 15000 })
  }, { critical: true })

  await t.step('create a P2 ticket: first response due at 10:00', async () => {
    await page.getByTestId('ticket-new').first().click()
    await page.getByTestId('ticket-new-title').locator('input, textarea').first().fill('快递丢件，要求赔偿')
    await page.getByTestId('ticket-new-description').locator('textarea, input').first().fill('<b>客户</b> 说包裹三天没到')
    await page.getByTestId('ticket-new-priority-2').click()
    await choose(page, 'ticket-new-channel', '电话')
    await page.getByTestId('ticket-new-submit').click()
    await page.getByTestId('ticket-detail').waitFor({ timeout: 15000 })
    await page.getByTestId('ticket-title').waitFor({ timeout: 15000 })
    ticketId = Number(page.url().match(/tickets\/(\d+)/)?.[1] ?? 0)
    t.assert(ticketId > 0, `detail URL names the ticket: ${page.url()}`)
    const fr = await card('first_response', 'running')
    t.eq(new Date(fr.due).getTime(), sh('2026-03-02T10:00').getTime(), 'first response due')
    const html = await page.getByTestId('ticket-detail').innerHTML()
    t.assert(!html.includes('<b>客户</b>'), 'customer text is not rendered as HTML')
  }, { critical: true })

  await t.step('09:30 an outbound reply meets the first response', async () => {
    await setClock(page, '2026-03-02T09:30')
    await page.getByTestId('composer-mode-reply').click()
    await page.getByTestId('composer-text').locator('textarea').fill('您好，已收到，正在联系快递公司。')
    await page.getByTestId('composer-send').click()
    await page.locator('[data-testid="conversation-item"][data-kind="reply"]').first().waitFor({ timeout: 10000 })
    await card('first_response', 'met')
  }, { critical: true })

  await t.step('09:40 waiting on the customer pauses the resolution clock', async () => {
    await setClock(page, '2026-03-02T09:40')
    await setStatus('待客户回复')
    await card('resolution', 'paused')
  }, { critical: true })

  await t.step('14:00 back to open: 40 counted, 920 left, due Wed 14:20', async () => {
    await setClock(page, '2026-03-02T14:00')
    await page.getByTestId('composer-mode-note').click()
    await page.getByTestId('composer-text').locator('textarea').fill('客户补充了单号 SF123')
    await page.getByTestId('composer-send').click()
    await page.locator('[data-testid="conversation-item"][data-kind="note"]').first().waitFor({ timeout: 10000 })
    await setStatus('处理中')
    const r = await card('resolution', 'running')
    t.eq(r.left, 920, 'resolution minutes left')
    t.eq(new Date(r.due).getTime(), sh('2026-03-04T14:20').getTime(), 'resolution due')
  }, { critical: true })

  await t.step('the explain view shows counted, paused and out-of-hours spans', async () => {
    const segs = page.locator('[data-testid="explain-resolution"] [data-testid="explain-segment"]')
    await segs.first().waitFor({ timeout: 10000 })
    const kinds = await segs.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))
    for (const k of ['counted', 'paused', 'out_of_hours']) t.assert(kinds.includes(k), `segment ${k} in ${kinds.join(',')}`)
    await t.shot('ticket-detail-zh')
  })

  await t.step('15:00 resolved: every target met; the activity log kept every change', async () => {
    await setClock(page, '2026-03-02T15:00')
    await setStatus('已解决')
    await card('resolution', 'met')
    const kinds = await page.locator('[data-testid="activity-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))
    t.eq(kinds.filter((k) => k === 'status').length, 3, `status events in ${kinds.join(',')}`)
    t.assert(kinds.includes('created') && kinds.includes('reply') && kinds.includes('note'), `activity kinds: ${kinds.join(',')}`)
  }, { critical: true })

  await t.step('the list shows the ticket with a "met" badge', async () => {
    await t.gotoRoute('/tickets')
    const row = page.getByTestId(`ticket-row-${ticketId}`)
    await row.waitFor({ timeout: 15000 })
    t.eq(await row.getByTestId('sla-badge').getAttribute('data-state'), 'met', 'list badge state')
  })

  await t.step('SLA figures equal `feedbackctl sla stats`', async () => {
    const cli = await t.cli('sla', 'stats')
    await page.getByTestId('tickets-tab-figures').click()
    await page.getByTestId('sla-figures').waitFor({ timeout: 15000 })
    await page.locator('[data-testid="sla-attainment-resolution"][data-n="1"]').waitFor({ timeout: 15000 })
    t.eq(await attr(page, 'sla-attainment-resolution', 'data-percent'), '100', 'resolution attainment')
    t.eq(Number(await attr(page, 'sla-duration-first_response', 'data-median')), 30, 'median first response (business minutes)')
    const fr = (cli.durations ?? []).find((d) => d.kind === 'first_response')
    t.eq(fr?.median_minutes ?? fr?.medianMinutes, 30, 'CLI median first response')
    await t.shot('sla-figures-zh')
  })

  let dueBefore = ''
  await t.step('a Friday P1 ticket is due Monday 16:30', async () => {
    await setClock(page, '2026-03-06T16:00')
    await page.getByTestId('tickets-tab-list').click()
    await page.getByTestId('ticket-new').first().click()
    await page.getByTestId('ticket-new-title').locator('input, textarea').first().fill('周五傍晚的投诉')
    await page.getByTestId('ticket-new-priority-1').click()
    await choose(page, 'ticket-new-channel', '微信')
    await page.getByTestId('ticket-new-submit').click()
    await page.getByTestId('ticket-detail').waitFor({ timeout: 15000 })
    const r = await card('resolution', 'running')
    dueBefore = r.due
    t.eq(new Date(r.due).getTime(), sh('2026-03-09T16:30').getTime(), 'resolution due before the override')
  }, { critical: true })
  const fridayTicket = Number(page.url().match(/tickets\/(\d+)/)?.[1] ?? 0)

  /** Waits until the due calculator shows an instant. */
  async function dueShown(rfc3339) {
    await page.locator(`[data-testid="due-result"][data-due="${rfc3339}"]`).waitFor({ timeout: 15000 })
  }

  await t.step('the due calculator: Fri 16:00 + 480 business minutes is Mon 16:30', async () => {
    await t.gotoRoute('/sla')
    await page.getByTestId('sla-settings').waitFor({ timeout: 15000 })
    await page.getByTestId('due-start').locator('input').fill('2026-03-06 16:00')
    await page.getByTestId('due-start').locator('input').press('Enter')
    await page.getByTestId('due-minutes').locator('input').fill('480')
    await page.getByTestId('due-compute').click()
    await dueShown('2026-03-09T16:30:00+08:00')
  }, { critical: true })

  await t.step('a make-up workday on Saturday (month grid) moves the due times: calculator and ticket', async () => {
    for (let i = 0; i < 36; i++) {
      const month = await page.getByTestId('calendar-month-label').getAttribute('data-month')
      if (month === '2026-03') break
      await page.getByTestId(month > '2026-03' ? 'calendar-month-prev' : 'calendar-month-next').click()
      await t.sleep(100)
    }
    const day = page.getByTestId('calendar-day-2026-03-07')
    t.eq(await day.getAttribute('data-kind'), 'closed', 'Saturday is closed before the override')
    await day.click()
    await page.getByTestId('override-kind-workday').click()
    await page.getByTestId('override-name').locator('input').fill('调休上班')
    await page.getByTestId('override-apply').click()
    await page.getByTestId('calendar-save').click()
    await page.locator('[data-testid="calendar-day-2026-03-07"][data-kind="workday"]').waitFor({ timeout: 10000 })
    await page.locator('[data-testid="calendar-version"][data-version="2"]').waitFor({ timeout: 10000 })
    await dueShown('2026-03-07T16:30:00+08:00')
    await t.shot('calendar-zh')
    await t.gotoRoute(`/tickets/${fridayTicket}`)
    const r = await card('resolution', 'running')
    t.assert(r.due !== dueBefore, 'due moved')
    t.eq(new Date(r.due).getTime(), sh('2026-03-07T16:30').getTime(), 'resolution due after the override')
  })

  await t.step('the due calculator agrees with `feedbackctl sla due`', async () => {
    const cli = await t.cli('sla', 'due', '--calendar', '标准工作日', '--start', '2026-03-06T16:00', '--minutes', '480')
    t.eq(new Date(cli.due).getTime(), sh('2026-03-07T16:30').getTime(), 'CLI due with the make-up workday')
  })

  await t.step('ticket import: events from the times, the anomaly row flagged with its number', async () => {
    fs.mkdirSync(csvDir, { recursive: true })
    fs.writeFileSync(csvPath, '\ufeff' + CSV + '\n')
    await t.gotoRoute('/tickets')
    await page.getByTestId('ticket-import').click()
    await page.getByTestId('screen-imports').waitFor({ timeout: 10000 })
    t.eq(await page.getByTestId('import-target-tickets').getAttribute('data-selected'), '1', 'tickets preselected from the list')
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-preview').waitFor({ timeout: 30000 })
    await page.getByTestId('import-to-mapping').click()
    await page.getByTestId('import-mapping').waitFor()
    t.eq(await page.getByTestId('import-problems').count(), 0, 'the suggested ticket mapping needs no fixing')
    await page.getByTestId('import-dryrun').click()
    await page.getByTestId('import-summary').waitFor({ timeout: 60000 })
    const rows = await page.getByTestId('import-rejected').locator('tbody tr').evaluateAll((trs) => trs.map((r) => Number(r.getAttribute('data-row'))))
    t.eq(JSON.stringify([...new Set(rows)]), '[3]', 'rejected row numbers')
    await t.shot('ticket-import-summary-zh')
    await page.getByTestId('import-run-skip').click()
    await page.getByTestId('import-result').waitFor({ timeout: 60000 })
    t.eq(Number(await page.getByTestId('import-res-imported').getAttribute('data-value')), 2, 'imported')
    const list = await t.cli('ticket', 'list')
    t.eq((list.tickets ?? list).length, 4, 'feedbackctl ticket list after the import')
    await page.getByTestId('import-open-tickets').click()
    await page.getByTestId('tickets').waitFor({ timeout: 10000 })
    t.eq(Number(await page.getByTestId('ticket-total').getAttribute('data-total')), 4, 'the list counts the imported tickets')
  })

  await t.step('screenshots in English', async () => {
    await t.setLocale('en')
    await t.gotoRoute(`/tickets/${ticketId}`)
    await page.getByTestId('ticket-detail').waitFor({ timeout: 15000 })
    await t.sleep(500)
    await t.shot('ticket-detail-en')
    await t.gotoRoute('/tickets')
    await page.getByTestId(`ticket-row-${ticketId}`).waitFor({ timeout: 15000 })
    await t.shot('tickets-en')
    await t.gotoRoute('/sla')
    await page.getByTestId('sla-settings').waitFor({ timeout: 15000 })
    await t.sleep(500)
    await t.shot('calendar-en')
    t.eq(t.consoleProblems.length, 0, `console problems: ${t.consoleProblems.join(' | ')}`)
  })
  fs.rmSync(clockPath, { force: true })
  fs.rmSync(csvDir, { recursive: true, force: true })
}
