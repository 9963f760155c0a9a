/**
 * Customer profile (issue 8, in the browser): demo data → a customer with
 * responses, complaints, calls and orders (found through `feedbackctl
 * customer export`) → /customers/:id shows the same name, phone, order
 * totals, score tier (as `feedbackctl customers score`), satisfaction
 * history (every valid NPS/CSAT answer), complaints with SLA outcomes,
 * calls → a record imported with the same phone written "+86 …" is listed
 * as a duplicate and merged (its profile then says where it went) → the
 * export button writes JSON where the save dialog says → erasure needs the
 * typed ID, returns to the list, the customer is gone from `customers
 * score`, and the database file and WAL hold neither their phone nor their
 * name (when unique) → a retention run masks the phone and e-mail typed
 * into an old imported comment (the export shows *** in their place) and
 * its log counts the masked texts. Screenshots of every tab in zh and en (and dark).
 */
import fs from 'node:fs'
import path from 'node:path'

export const name = 'customer-profile'
export const timezoneId = 'Asia/Shanghai'

async function openTab(t, name) {
  await t.page.locator(`.n-tabs-tab[data-name="${name}"]`).click()
  await t.sleep(500)
}

async function openProfile(t, id) {
  await t.gotoRoute(`/customers/${id}`)
  await t.page.getByTestId('profile-tabs').waitFor({ state: 'visible', timeout: 60000 })
  await openTab(t, 'overview')
  await t.page.getByTestId('profile-contact').waitFor({ state: 'visible', timeout: 20000 })
}

export async function run(t) {
  const { page } = t

  await t.step('demo data loads', async () => {
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
  }, { critical: true })

  // A customer with every kind of history, read through the CLI export.
  let id = 0
  let dossier = null
  let scored = []
  await t.step('pick a customer with responses, complaints, calls and orders', async () => {
    scored = await t.cli('customers', 'score')
    for (const c of scored.filter((x) => x.complaints > 0).slice(0, 40)) {
      const file = path.join(t.tmp, `c${c.id}.json`)
      const r = await t.cli('customer', 'export', String(c.id), '-o', file)
      if (r.responses > 0 && r.tickets > 0 && r.calls > 0 && r.orders > 0) {
        id = c.id
        dossier = JSON.parse(fs.readFileSync(file, 'utf8'))
        break
      }
    }
    t.assert(id > 0 && dossier.customer.phone !== '', 'found a customer with a phone and every kind of history')
  }, { critical: true })

  await t.step('the profile shows the same contact, orders and tier as the CLI', async () => {
    await openProfile(t, id)
    t.eq(await page.getByTestId('profile-field-phone').innerText(), dossier.customer.phone, 'phone')
    t.assert((await page.locator('.page-title').innerText()).includes(dossier.customer.name), 'name in the title')
    const totals = await page.getByTestId('profile-order-totals').count()
    t.eq(totals, 0, 'order totals live on the orders tab')
    const want = scored.find((x) => x.id === id)
    const tierLabel = { high: '高价值', medium: '中价值', low: '低价值', '': '未评分' }[want.tier]
    t.eq((await page.getByTestId('profile-score-tier').innerText()).trim(), tierLabel, 'tier as customers score')
    t.eq(await page.getByTestId('profile-score-bars').locator('.bar-row').count(), 4, 'four component bars')
    await t.shot('customer-profile-overview-zh')
  }, { critical: true })

  await t.step('satisfaction history lists every valid NPS and CSAT answer', async () => {
    const n = dossier.responses.flatMap((r) => r.answers)
      .filter((a) => (a.role === 'nps' || a.role === 'csat') && a.status === 'valid' && a.number !== null).length
    await openTab(t, 'satisfaction')
    const text = await page.getByTestId('profile-satisfaction').locator('.n-card-header').innerText()
    t.assert(text.includes(String(n)), `header "${text}" counts ${n} ratings`)
    const series = await page.getByTestId('profile-satisfaction-chart').getAttribute('data-series')
    t.assert(series && series.includes('NPS'), `chart series ${series}`)
    await t.shot('customer-profile-satisfaction-zh')
  })

  await t.step('complaints carry an SLA outcome; calls and orders are listed', async () => {
    await openTab(t, 'complaints')
    t.eq(await page.getByTestId('profile-complaint-row').count(), dossier.tickets.length, 'one row per ticket')
    const outcomes = await page.getByTestId('profile-complaint-sla').evaluateAll((els) => els.map((e) => e.getAttribute('data-sla')))
    t.assert(outcomes.every((o) => ['none', 'met', 'running', 'at_risk', 'breached'].includes(o)), `outcomes ${outcomes}`)
    await t.shot('customer-profile-complaints-zh')
    await openTab(t, 'calls')
    t.eq(await page.getByTestId('profile-call-row').count(), Math.min(10, dossier.calls.length), 'call rows')
    await openTab(t, 'orders')
    const net = dossier.orders.reduce((s, o) => s + o.amount - o.refund, 0)
    const totals = await page.getByTestId('profile-order-totals').innerText()
    const shown = net.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    t.assert(totals.includes(shown), `totals "${totals}" show the net ${shown}`)
    await t.shot('customer-profile-orders-zh')
  })

  let dupId = 0
  await t.step('a record with the same phone written +86 … is a duplicate and merges with its history', async () => {
    const csv = path.join(t.tmp, 'dup.csv')
    fs.writeFileSync(csv, `name,phone,email\n${dossier.customer.name}（旧）,+86 ${dossier.customer.phone},\n`)
    const imp = await t.cli('import', '--target', 'customers', csv)
    t.eq(imp.imported, 1, 'the import adds one record')
    await openProfile(t, id)
    await openTab(t, 'duplicates')
    const dup = page.getByTestId('profile-duplicate').first()
    await dup.waitFor({ state: 'visible', timeout: 20000 })
    dupId = Number(await dup.getAttribute('data-customer-id'))
    await t.shot('customer-profile-duplicates-zh')
    await dup.getByTestId('profile-merge').click()
    await page.locator('.n-dialog .n-button--warning-type, .n-dialog .n-button--primary-type').last().click()
    await page.getByTestId('profile-merge-log').waitFor({ state: 'visible', timeout: 20000 })
    await openProfile(t, dupId)
    await page.getByTestId('profile-merged-banner').waitFor({ state: 'visible', timeout: 20000 })
    t.assert((await page.getByTestId('profile-merged-banner').innerText()).includes(`#${id}`), 'the merged record names the survivor')
  })

  await t.step('export writes JSON where the save dialog says', async () => {
    await openProfile(t, id)
    await openTab(t, 'privacy')
    await page.getByTestId('profile-export-json').click()
    const file = `${t.savePath}.json`
    for (let i = 0; i < 40 && !fs.existsSync(file); i++) await t.sleep(250)
    const d = JSON.parse(fs.readFileSync(file, 'utf8'))
    t.eq(d.customer.id, id, 'the exported customer')
    t.eq(d.orders.length, dossier.orders.length, 'every order exported')
    t.assert(d.customer.mergedFrom.includes(dupId), 'the merge is in the export')
    await t.shot('customer-profile-privacy-zh')
  })

  await t.step('screens in English', async () => {
    await t.setLocale('en')
    await openProfile(t, id)
    await t.shot('customer-profile-overview-en')
    for (const tab of ['satisfaction', 'complaints', 'orders', 'duplicates', 'privacy']) {
      await openTab(t, tab)
      await t.shot(`customer-profile-${tab}-en`)
    }
    await page.getByTestId('theme-toggle').click()
    await openTab(t, 'overview')
    await t.shot('customer-profile-overview-en-dark')
    await openTab(t, 'satisfaction')
    await t.shot('customer-profile-satisfaction-en-dark')
    await page.getByTestId('theme-toggle').click()
    await t.setLocale('zh-CN')
  })

  await t.step('erasure needs the typed ID and leaves no trace in the database file or WAL', async () => {
    await openProfile(t, id)
    await openTab(t, 'privacy')
    await page.getByTestId('profile-erase').click()
    const confirm = page.getByTestId('profile-privacy-confirm-button')
    await confirm.waitFor({ state: 'visible' })
    t.assert(await confirm.isDisabled(), 'confirm is disabled until the ID is typed')
    await page.getByTestId('profile-privacy-typed').locator('input').fill(String(id + 1))
    t.assert(await confirm.isDisabled(), 'a wrong ID does not enable it')
    await page.getByTestId('profile-privacy-typed').locator('input').fill(String(id))
    await t.shot('customer-profile-erase-confirm-zh')
    await confirm.click()
    await page.getByTestId('customers').waitFor({ state: 'visible', timeout: 30000 })
    const after = await t.cli('customers', 'score')
    t.assert(!after.some((x) => x.id === id || x.id === dupId), 'gone from customers score')
    for (const f of ['feedback.db', 'feedback.db-wal']) {
      const p = path.join(t.dataDir, f)
      if (!fs.existsSync(p)) continue
      const b = fs.readFileSync(p)
      // The name only when no other customer shares it (demo names repeat).
      const unique = scored.filter((x) => x.name === dossier.customer.name).length === 1
      for (const v of [dossier.customer.phone, dossier.customer.email, unique ? dossier.customer.name : ''].filter(Boolean)) {
        t.check(`${f} holds no "${v}"`, !b.includes(Buffer.from(v, 'utf8')))
      }
    }
    await t.gotoRoute(`/customers/${id}`)
    await page.getByTestId('profile-not-found').waitFor({ state: 'visible', timeout: 20000 })
  })

  await t.step('a retention run masks the phone and e-mail typed into an old comment, keeps the words and logs it', async () => {
    const phone = '13912340077'
    const mail = 'old.comment77@example.test'
    const csv = path.join(t.tmp, '旧问卷.csv')
    fs.writeFileSync(csv, `\uFEFF提交时间,推荐意愿(0-10),意见建议\n2025-01-15 10:00,3,"送货太慢，请打 ${phone} 或发邮件到 ${mail} 联系我"\n`)
    const imp = await t.cli('import', csv, '--new-survey', '旧问卷（留存）')
    t.eq(imp.imported, 1, 'the old response is imported')
    const other = scored.find((x) => x.id !== id && x.id !== dupId)
    await openProfile(t, other.id)
    await openTab(t, 'privacy')
    const months = page.getByTestId('retention-months').locator('input')
    await months.fill('6')
    await months.press('Tab')
    await page.getByTestId('retention-save').click()
    await page.locator('[data-testid="retention-run"]:not([disabled])').waitFor({ timeout: 10000 })
    await page.getByTestId('retention-run').click()
    // The log already holds the erasure; wait for the retention run's row.
    const row = page.getByTestId('privacy-log-row').filter({ hasText: '保留期匿名化' }).first()
    await row.waitFor({ state: 'visible', timeout: 30000 })
    const logText = await row.innerText()
    t.assert(/文字回答 [1-9]\d* 条/.test(logText), `the log counts the masked texts: ${logText}`)
    await t.shot('customer-profile-retention-zh')
    const out = path.join(t.tmp, 'old.csv')
    await t.cli('export', 'responses', '--from', '2025-01-01', '--to', '2025-01-31', '--format', 'csv', '-o', out)
    const text = fs.readFileSync(out, 'utf8')
    t.assert(text.includes('送货太慢，请打 *** 或发邮件到 *** 联系我'), 'the exported comment keeps its words with the contact details masked')
    t.assert(!text.includes(phone) && !text.includes(mail), 'the export holds neither the phone nor the e-mail')
  })

  t.check('no console problems', t.consoleProblems.length === 0, t.consoleProblems.join('\n'))
}
