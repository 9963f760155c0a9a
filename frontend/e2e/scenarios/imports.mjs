/**
 * Import studio scenario (issue 4 acceptance, in the browser): a messy
 * UTF-8-with-BOM CSV (NPS "6.5", a bad date, "10分", full-width "９", a phone
 * turned into "1.38E+10") → start empty → Responses → import studio →
 * choose the file (Go dialog test seam) → preview shows the headers → map
 * (new survey "导入测试", CSAT words through the value dictionary) → dry run:
 * rejected count and row numbers → errors.xlsx saved → import (skip) →
 * `feedbackctl stats` responses = imported, `metrics` NPS n = valid NPS
 * answers → the same file again: remembered mapping, 0 imported, all
 * duplicates. Screenshots of the mapping step and the summary in zh and en.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const name = 'imports'

// The Go dialogs "choose" these (the harness' defaults carry no file extension);
// the folder is made in run(), so merely loading this module writes nothing.
const dir = path.join(os.tmpdir(), `fd-e2e-imports-files-${process.pid}`)
const csvPath = path.join(dir, '门店回访满意度.csv')
const errorsPath = path.join(dir, 'errors.xlsx')
export const appEnv = { FEEDBACKDESK_TEST_OPEN_PATH: csvPath, FEEDBACKDESK_TEST_SAVE_PATH: errorsPath }

const HEADER = ['编号', '提交时间', '客户姓名', '手机', '渠道', '您有多大可能向朋友推荐我们？(0-10)', '总体满意度', '意见建议']
/** Data rows; the physical row number is index + 2 (row 1 is the header). */
const ROWS = [
  ['R001', '2026/10/3 09:15', '张伟', '13800138000', '电话', '9', '非常满意', '服务很好'],
  ['R002', '2026/10/04 14:02', '李娜', '13912345678', '门店', '10分', '满意', ''],
  ['R003', '2026-10-05 10:30', '王芳', '+86 137 0000 1111', '微信', '９', '满意', ''],
  ['R004', '2026年10月6日', '刘洋', '1.38E+10', '电话', '8', '一般', '排队太久，等了一个小时'],
  ['R005', '2026/10/07 16:45', '陈静', '13600001234', '门店', '6.5', '不满意', '价格偏高'],
  ['R006', '2026/13/45', '赵磊', '13700002222', '电话', '3', '非常不满意', '送货晚了三天'],
  ['R007', '2026/10/09 11:00', '孙丽', '13500003333', '微信', '10', '非常满意', ''],
  ['R008', '2026/10/10 08:20', '周杰', '13300004444', '电话', '7', '满意', ''],
  ['R009', '2026/10/11', '吴敏', '13200005555', '门店', '5', '一般', '希望营业时间更长，周末人太多'],
  ['R010', '2026/10/12 19:05', '郑强', '13100006666', '微信', '9', '满意', 'Great service, thanks'],
  ['R011', '2026/10/13 13:13', '冯雪', '13000007777', '电话', '10', '非常满意', ''],
]
/** Rows the dry run must reject: 1.38E+10 phone (row 5), NPS 6.5 (row 6), 2026/13/45 (row 7). */
const REJECTED_ROWS = [5, 6, 7]
const VALID = ROWS.length - REJECTED_ROWS.length

const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
function writeCsv() {
  fs.mkdirSync(dir, { recursive: true })
  const text = [HEADER, ...ROWS].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  fs.writeFileSync(csvPath, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
}

/** Expected targets by header (option labels in zh). */
const TARGETS = {
  编号: '答卷编号',
  提交时间: '提交时间',
  客户姓名: '客户姓名',
  手机: '客户手机',
  渠道: '渠道',
  '您有多大可能向朋友推荐我们？(0-10)': '题目',
  总体满意度: '题目',
  意见建议: '题目',
}

export async function run(t) {
  const { page } = t
  const value = async (id) => Number(await page.getByTestId(id).getAttribute('data-value'))
  let surveyId = 0
  let imported = 0

  /** Picks an option of a naive-ui select by its exact label. */
  async function pick(testId, label) {
    await page.getByTestId(testId).click()
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    const option = page.locator('.n-base-select-menu').last().locator('.n-base-select-option').filter({ hasText: exact }).first()
    await option.scrollIntoViewIfNeeded()
    await option.click()
    await page.locator('.n-base-select-menu').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {})
  }

  /** The mapping row index of a header. */
  async function rowOf(header) {
    const rows = page.locator('[data-testid^="import-map-"][data-header]')
    const n = await rows.count()
    for (let i = 0; i < n; i++) if ((await rows.nth(i).getAttribute('data-header')) === header) return i
    throw new Error(`no mapping row for ${header}`)
  }

  async function chooseFileAndPreview() {
    await page.getByTestId('import-choose').click()
    await page.getByTestId('import-preview').waitFor({ timeout: 30000 })
  }

  await t.step('start empty and open the import studio from the responses screen', async () => {
    writeCsv()
    await page.getByTestId('welcome').waitFor({ timeout: 30000 })
    await page.getByTestId('welcome-start-empty').click()
    await page.getByTestId('dashboard').waitFor({ timeout: 30000 })
    await page.getByTestId('nav-responses').click()
    await page.getByTestId('responses-import').click()
    await page.getByTestId('screen-imports').waitFor({ timeout: 10000 })
  }, { critical: true })

  await t.step('choose the CSV: name, encoding and delimiter detected; the preview shows the headers', async () => {
    await chooseFileAndPreview()
    t.eq(await page.getByTestId('import-file-name').innerText(), path.basename(csvPath), 'file name')
    const enc = await page.getByTestId('import-file-encoding').innerText()
    t.assert(/utf-?8/i.test(enc), `encoding shown: ${enc}`)
    t.assert((await page.getByTestId('import-file-delimiter').innerText()).includes(','), 'comma delimiter')
    const head = await page.getByTestId('import-preview').locator('thead').innerText()
    for (const h of HEADER) t.assert(head.includes(h), `preview header shows ${h}`)
    t.assert(!head.includes('\uFEFF'), 'BOM stripped from the first header')
    const body = await page.getByTestId('import-preview').locator('tbody').innerText()
    t.assert(body.includes('1.38E+10') && body.includes('6.5'), 'raw values previewed as text')
    await t.shot('imports-preview-zh')
  }, { critical: true })

  await t.step('map: suggestions checked, new survey 导入测试, CSAT words in the dictionary', async () => {
    await page.getByTestId('import-to-mapping').click()
    await page.getByTestId('import-mapping').waitFor()
    t.assert(await page.getByTestId('import-suggested').isVisible(), 'first time: suggested, not remembered')
    for (const [header, label] of Object.entries(TARGETS)) {
      const i = await rowOf(header)
      const sel = page.getByTestId(`import-map-${i}-target`)
      if ((await sel.innerText()).trim() !== label) await pick(`import-map-${i}-target`, label)
    }
    const nps = await rowOf(HEADER[5])
    await pick(`import-map-${nps}-type`, 'NPS（0–10）')
    const csat = await rowOf('总体满意度')
    await pick(`import-map-${csat}-type`, '满意度 CSAT')
    await page.getByTestId(`import-map-${csat}-dict`).click()
    await page.getByTestId('import-dict-preset').click()
    await page.getByTestId('import-dict').getByRole('button', { name: '关闭' }).last().click()
    const text = await rowOf('意见建议')
    await pick(`import-map-${text}-type`, '文字')
    await page.getByTestId('import-target-new').click()
    await page.getByTestId('import-survey-name').locator('input').fill('导入测试')
    t.assert(await page.getByTestId('import-problems').count() === 0, 'no mapping problems left')
    // The picture shows the question columns: scroll so the NPS row sits at the top.
    await page.getByTestId(`import-map-${nps}`).evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await t.shot('imports-mapping-zh')
    await t.setLocale('en')
    await page.getByTestId('import-mapping').waitFor()
    await t.shot('imports-mapping-en')
    await t.setLocale('zh-CN')
  }, { critical: true })

  await t.step('the mapping saved from the studio is the file feedbackctl reads', async () => {
    await page.getByTestId('import-mapping-save').click()
    await page.locator('.n-message').filter({ hasText: '对应关系已保存' }).first().waitFor({ timeout: 10000 })
    const saved = JSON.parse(fs.readFileSync(errorsPath, 'utf8'))
    t.assert(saved.columns && Object.keys(saved.columns).length > 0, 'saved mapping has columns')
    const r = await t.cli('import', csvPath, '--new-survey', 'CLI 核对', '--mapping', errorsPath, '--dry-run')
    t.eq(r.rejected, 3, 'the CLI dry run with the saved mapping rejects the same 3 rows')
    t.eq(r.rows, 11, 'rows read by the CLI')
  })

  await t.step('dry run: counts, rejected row numbers and translated reasons', async () => {
    await page.getByTestId('import-dryrun').click()
    await page.getByTestId('import-summary').waitFor({ timeout: 60000 })
    t.eq(await value('import-sum-rows'), ROWS.length, 'rows')
    t.eq(await value('import-sum-rejected'), REJECTED_ROWS.length, 'rejected')
    t.eq(await value('import-sum-valid'), VALID, 'valid')
    const rows = await page.getByTestId('import-rejected').locator('tbody tr').evaluateAll((trs) => trs.map((r) => Number(r.getAttribute('data-row'))))
    t.eq(JSON.stringify([...new Set(rows)].sort((a, b) => a - b)), JSON.stringify(REJECTED_ROWS), 'rejected row numbers')
    const table = await page.getByTestId('import-rejected').innerText()
    t.assert(!/error\.|\{value\}/.test(table), `reasons are translated: ${table}`)
    await t.shot('imports-summary-zh')
    await t.setLocale('en')
    await page.getByTestId('import-summary').waitFor()
    await t.shot('imports-summary-en')
    await t.setLocale('zh-CN')
  }, { critical: true })

  await t.step('errors.xlsx is saved through the Go dialog', async () => {
    fs.rmSync(errorsPath, { force: true })
    await page.getByTestId('import-download-errors').click()
    await page.locator('.n-message').filter({ hasText: errorsPath }).waitFor({ timeout: 15000 })
    const size = () => (fs.existsSync(errorsPath) ? fs.statSync(errorsPath).size : 0)
    const t0 = Date.now()
    while (size() === 0 && Date.now() - t0 < 15000) await t.sleep(200)
    t.assert(fs.existsSync(errorsPath), `errors.xlsx written to ${errorsPath}`)
    t.assert(fs.statSync(errorsPath).size > 0, 'errors.xlsx is non-empty')
    t.eq(fs.readFileSync(errorsPath).subarray(0, 2).toString(), 'PK', 'errors.xlsx is a zip (xlsx)')
  })

  await t.step('import, skipping the rejected rows', async () => {
    await page.getByTestId('import-run-skip').click()
    await page.getByTestId('import-result').waitFor({ timeout: 60000 })
    imported = await value('import-res-imported')
    t.eq(imported, VALID, 'imported')
    surveyId = Number(await page.getByTestId('import-result').getAttribute('data-survey-id'))
    t.assert(surveyId > 0, 'the result links the new survey')
    await t.shot('imports-result-zh')
  }, { critical: true })

  await t.step('feedbackctl agrees: responses and NPS n', async () => {
    const stats = await t.cli('stats')
    t.eq(stats.responses, imported, 'stats responses')
    const [g] = await t.cli('metrics', '--survey', surveyId)
    t.eq(g?.nps?.n, VALID, 'NPS n = valid NPS answers')
    const list = await t.cli('survey', 'list')
    t.eq(list.find((s) => s.id === surveyId)?.title, '导入测试', 'survey title')
  }, { critical: true })

  await t.step('the same file again: remembered mapping, 0 imported, all duplicates', async () => {
    if (await page.getByTestId('import-another').isVisible().catch(() => false)) await page.getByTestId('import-another').click()
    else await t.gotoRoute('/imports')
    await page.getByTestId('screen-imports').waitFor({ timeout: 10000 })
    await chooseFileAndPreview()
    await page.getByTestId('import-to-mapping').click()
    await page.getByTestId('import-remembered').waitFor({ timeout: 10000 })
    await page.getByTestId('import-target-existing').click()
    await pick('import-survey-pick', '导入测试')
    await page.getByTestId('import-dryrun').click()
    await page.getByTestId('import-summary').waitFor({ timeout: 60000 })
    t.eq(await value('import-sum-duplicates'), VALID, 'all valid rows are duplicates')
    if (await page.getByTestId('import-run-skip').count()) {
      await page.getByTestId('import-run-skip').click()
      await page.getByTestId('import-result').waitFor({ timeout: 60000 })
      t.eq(await value('import-res-imported'), 0, 'imported again')
    } else {
      t.assert(await page.getByTestId('import-nothing').isVisible(), 'nothing new to import')
    }
    await t.shot('imports-again-zh')
    const stats = await t.cli('stats')
    t.eq(stats.responses, imported, 'responses unchanged')
  })

  await t.step('a long dry run shows progress and can be canceled; nothing is written', async () => {
    await page.getByTestId('import-back-mapping').click()
    await page.getByTestId('import-mapping').waitFor()
    const lines = [HEADER.join(',')]
    for (let i = 0; i < 300000; i++) {
      const d = 1 + (i % 28)
      lines.push(`B${i},2026/10/${d} 10:00,客户${i},139${String(i).padStart(8, '0')},电话,${i % 11},满意,`)
    }
    fs.writeFileSync(csvPath, lines.join('\r\n') + '\r\n')
    await page.getByTestId('import-dryrun').click()
    await page.getByTestId('import-progress').waitFor({ timeout: 30000 })
    await page.getByTestId('import-cancel').click()
    await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 60000 })
    t.eq(await page.getByTestId('import-summary').count(), 0, 'no summary after cancel')
    await page.locator('.n-message').filter({ hasText: '已取消' }).waitFor({ timeout: 10000 })
    t.eq(await page.locator('.n-message--error-type').count(), 0, 'cancel is not reported as an error')
    t.assert(await page.getByTestId('import-dryrun-again').isVisible(), 'offers to dry run again')
    const stats = await t.cli('stats')
    t.eq(stats.responses, imported, 'responses unchanged after cancel')
  })

  await t.step('screenshot: the mapping step in the dark theme', async () => {
    await page.getByTestId('import-dryrun-again').locator('xpath=preceding-sibling::button').click()
    await page.getByTestId('import-mapping').waitFor()
    await page.getByTestId('theme-toggle').click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: 10000 })
    await t.shot('imports-mapping-dark')
    await page.getByTestId('theme-toggle').click()
  })

  await t.step('no CSP violations or unexpected errors in the console', async () => {
    t.assert(t.consoleProblems.length === 0, `console problems:\n      ${t.consoleProblems.join('\n      ')}`)
  })
}
