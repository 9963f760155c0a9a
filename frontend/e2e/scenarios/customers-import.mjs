/**
 * Customer and order imports (issue 8, in the browser): start empty → the
 * import studio → "customers" → a customer list (one row without id, phone
 * or email, one with a broken email) → suggested mapping checked → dry run
 * rejects rows 7 and 8 with their reasons → import (skip) → `feedbackctl
 * stats` customers = 5 → "orders" → an order file naming those customers
 * (an unknown customer, a negative amount, a refund over the amount, an
 * impossible date) → dry run lists rows 6–9 → import → the same file again:
 * "open customers" → the same file again: nothing new, every order a
 * duplicate (the studio and feedbackctl agree). Screenshots of the target choice, both mappings and the
 * order summary in zh and en.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const name = 'customers-import'

// The Go open dialog "chooses" this path; the scenario writes the customer
// list there first, then the orders (the folder is made in run()).
const dir = path.join(os.tmpdir(), `fd-e2e-customers-files-${process.pid}`)
const filePath = path.join(dir, '客户与订单.csv')
export const appEnv = { FEEDBACKDESK_TEST_OPEN_PATH: filePath, FEEDBACKDESK_TEST_SAVE_PATH: path.join(dir, 'errors.xlsx') }

const CUSTOMERS = [
  ['客户编号', '客户名称', '手机号', '邮箱', '公司', '地区', '行业', '获客渠道', '会员等级'],
  ['C001', '王芳', '13800138000', 'wangfang@example.com', '星河贸易', '华东', '零售', '门店', '金卡'],
  ['C002', '李雷', '13900139000', '', '云杉科技', '华北', '制造', '官网', '银卡'],
  ['C003', '韩梅', '', 'han@example.com', '', '华南', '教育', '转介绍', ''],
  ['C004', '赵强', '13700137000', '', '', '西南', '零售', '门店', '银卡'],
  ['C005', '钱丽', '13600136000', 'qian@example.com', '青禾餐饮', '华东', '餐饮', '微信', '金卡'],
  ['', '只有名字', '', '', '', '华东', '', '', ''],
  ['C007', '邮箱写错', '', 'qian@@example', '', '', '', '', ''],
]
const ORDERS = [
  ['订单号', '客户编号', '下单日期', '实付金额', '退款金额'],
  ['SO-1001', 'C001', '2026-09-01', '¥1,280.00', ''],
  ['SO-1002', 'C001', '2026-10-15', '560', '60'],
  ['SO-1003', 'C002', '2026-10-20', '99元', ''],
  ['SO-1004', 'C005', '2026-11-02', '2400', '0'],
  ['SO-1005', 'C404', '2026-11-03', '100', ''],
  ['SO-1006', 'C003', '2026-11-04', '-50', ''],
  ['SO-1007', 'C003', '2026-11-05', '80', '120'],
  ['SO-1008', 'C004', '2026-02-30', '300', ''],
]
const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
function writeCsv(records) {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(filePath, records.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n')
}

export async function run(t) {
  const { page } = t
  const value = async (id) => Number(await page.getByTestId(id).getAttribute('data-value'))
  const targetOf = async (header) => {
    const rows = page.locator('[data-testid^="import-map-"][data-header]')
    const n = await rows.count()
    for (let i = 0; i < n; i++) {
      if ((await rows.nth(i).getAttribute('data-header')) === header) return (await page.getByTestId(`import-map-${i}-target`).innerText()).trim()
    }
    throw new Error(`no mapping row for ${header}`)
  }
  const rejectedRows = async () =>
    (await page.getByTestId('import-rejected').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row')))))
  async function chooseAndMap(target) {
    await page.getByTestId(`import-target-${target}`).click()
    t.eq(await page.getByTestId(`import-target-${target}`).getAttribute('data-selected'), '1', `${target} selected`)
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-preview').waitFor({ timeout: 30000 })
    await page.getByTestId('import-to-mapping').click()
    await page.getByTestId('import-mapping').waitFor()
    await page.getByTestId(`import-${target}-info`).waitFor()
  }
  async function dryRun() {
    await page.getByTestId('import-dryrun').click()
    await page.getByTestId('import-summary').waitFor({ timeout: 30000 })
  }
  async function importSkip() {
    await page.getByTestId('import-run-skip').click()
    await page.getByTestId('import-result').waitFor({ timeout: 30000 })
  }

  await t.step('start empty; the import studio offers customers and orders', async () => {
    writeCsv(CUSTOMERS)
    await page.getByTestId('welcome').waitFor({ timeout: 30000 })
    await page.getByTestId('welcome-start-empty').click()
    await page.getByTestId('dashboard').waitFor({ timeout: 30000 })
    await t.gotoRoute('/imports')
    await page.getByTestId('screen-imports').waitFor({ timeout: 10000 })
    for (const k of ['responses', 'tickets', 'customers', 'orders']) t.assert(await page.getByTestId(`import-target-${k}`).isVisible(), `tile ${k}`)
    await page.getByTestId('import-target-customers').click()
    await t.shot('customers-import-targets-zh')
    await t.setLocale('en')
    await page.getByTestId('import-target-orders').waitFor()
    await t.shot('customers-import-targets-en')
    await t.setLocale('zh-CN')
    await page.getByTestId('import-target-orders').waitFor()
  }, { critical: true })

  await t.step('customers: the suggested mapping names the customer fields; unknown columns become custom attributes', async () => {
    await chooseAndMap('customers')
    const want = { 客户编号: '客户编号', 客户名称: '客户名称', 手机号: '手机', 邮箱: '邮箱', 公司: '公司', 地区: '地区', 行业: '行业', 获客渠道: '获客渠道', 会员等级: '自定义属性' }
    for (const [h, label] of Object.entries(want)) t.eq(await targetOf(h), label, `${h} → ${label}`)
    t.assert((await page.getByTestId('import-problems').count()) === 0, 'no mapping problems')
    await t.shot('customers-import-mapping-zh')
    await t.setLocale('en')
    await page.getByTestId('import-mapping').waitFor()
    t.eq(await targetOf('获客渠道'), 'Acquisition channel', 'English field label')
    await t.shot('customers-import-mapping-en')
    await t.setLocale('zh-CN')
    await page.getByTestId('import-mapping').waitFor()
  }, { critical: true })

  await t.step('customers: the dry run rejects rows 7 and 8 with their reasons; the import writes 5', async () => {
    await dryRun()
    t.eq(await value('import-sum-rows'), 7, 'rows')
    t.eq(await value('import-sum-valid'), 5, 'valid')
    t.eq(await value('import-sum-rejected'), 2, 'rejected')
    t.eq(JSON.stringify(await rejectedRows()), JSON.stringify([7, 8]), 'rejected row numbers')
    const text = await page.getByTestId('import-rejected').innerText()
    t.assert(text.includes('没有客户编号、手机或邮箱') && text.includes('qian@@example'), `reasons shown: ${text}`)
    await importSkip()
    t.eq(await value('import-res-imported'), 5, 'imported')
    const stats = await t.cli('stats')
    t.eq(stats.customers, 5, 'feedbackctl stats: customers')
  }, { critical: true })

  await t.step('orders: mapping suggested, the dry run lists the impossible rows, the import writes 4', async () => {
    writeCsv(ORDERS)
    await page.getByTestId('import-another').click()
    await chooseAndMap('orders')
    const want = { 订单号: '订单号（必填）', 客户编号: '客户编号', 下单日期: '下单日期（必填）', 实付金额: '金额（必填）', 退款金额: '退款金额' }
    for (const [h, label] of Object.entries(want)) t.eq(await targetOf(h), label, `${h} → ${label}`)
    await t.shot('customers-import-orders-mapping-zh')
    await dryRun()
    t.eq(await value('import-sum-valid'), 4, 'valid orders')
    t.eq(await value('import-sum-rejected'), 4, 'rejected orders')
    t.eq(JSON.stringify(await rejectedRows()), JSON.stringify([6, 7, 8, 9]), 'rejected order rows')
    for (const code of ['order_customer_unknown', 'amount_negative', 'refund_exceeds_amount', 'date_invalid']) {
      t.assert(await page.getByTestId(`import-reason-${code}`).isVisible(), `reason ${code}`)
    }
    await page.getByTestId('import-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await t.shot('customers-import-orders-summary-zh')
    await t.setLocale('en')
    await page.getByTestId('import-summary').waitFor()
    const en = await page.getByTestId('import-rejected').innerText()
    t.assert(en.includes('import the customers first') && en.includes('larger than the order amount'), `English reasons: ${en}`)
    await t.shot('customers-import-orders-summary-en')
    await t.setLocale('zh-CN')
    await page.getByTestId('import-summary').waitFor()
    await importSkip()
    t.eq(await value('import-res-imported'), 4, 'orders imported')
    await page.getByTestId('import-open-customers').click()
    await page.getByTestId('customers').waitFor({ timeout: 10000 })
  }, { critical: true })

  await t.step('a retry adds nothing: the studio and feedbackctl see four duplicates', async () => {
    const cli = await t.cli('import', filePath, '--target', 'orders', '--dry-run')
    t.eq(cli.valid, 0, 'feedbackctl dry run: nothing new')
    t.eq(cli.duplicates, 4, 'feedbackctl dry run: duplicates')
    await t.gotoRoute('/imports')
    await page.getByTestId('screen-imports').waitFor({ timeout: 10000 })
    await chooseAndMap('orders')
    t.assert(await page.getByTestId('import-remembered').isVisible(), 'the orders mapping is remembered')
    await dryRun()
    t.eq(await value('import-sum-duplicates'), 4, 'duplicates in the dry run')
    t.assert(await page.getByTestId('import-nothing').isVisible(), 'nothing new to import')
  })

  t.check('no console problems', t.consoleProblems.length === 0, t.consoleProblems.join('\n'))
}
