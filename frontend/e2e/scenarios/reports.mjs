/**
 * Reports scenario (issue 7, in the browser, on demo data): the report
 * builder writes the monthly workbook where the save dialog says (the
 * harness's preset path, given its .xlsx extension by Go), its Summary NPS
 * and n for one survey equal `feedbackctl metrics` for the same month, and the success
 * panel lists its sheets; a responses CSV export has as many rows as
 * `feedbackctl export` writes for the same days, counted in the file too.
 * Screenshots in zh and en.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export const name = 'reports'

/** Picks an option of a naive-ui select by its visible text, then closes the menu. */
async function choose(page, testid, text) {
  await page.getByTestId(testid).click()
  const opt = page.locator('.n-base-select-option:visible').filter({ hasText: text }).first()
  await opt.waitFor({ state: 'visible', timeout: 10000 })
  await opt.click()
  await page.keyboard.press('Escape')
  await page.waitForTimeout(300)
}

/** One entry of a zip file (an .xlsx), inflated; null when missing. */
function zipEntry(file, want) {
  const b = fs.readFileSync(file)
  let eocd = b.length - 22
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error(`${file} is not a zip file`)
  let p = b.readUInt32LE(eocd + 16)
  const count = b.readUInt16LE(eocd + 10)
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10)
    const size = b.readUInt32LE(p + 20)
    const nameLen = b.readUInt16LE(p + 28)
    const skip = nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32)
    const entry = b.toString('utf8', p + 46, p + 46 + nameLen)
    const local = b.readUInt32LE(p + 42)
    if (entry === want) {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28)
      const data = b.subarray(start, start + size)
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8')
    }
    p += 46 + skip
  }
  return null
}

const unescape = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The cells of the workbook's first sheet (the Summary) as { A6: 'text' | number }. */
function firstSheetCells(file) {
  const shared = [...(zipEntry(file, 'xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unescape([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((x) => x[1]).join('')),
  )
  const xml = zipEntry(file, 'xl/worksheets/sheet1.xml') ?? ''
  const cells = {}
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, ref, attrs, body = ''] = m
    const type = /t="(\w+)"/.exec(attrs)?.[1] ?? ''
    const v = /<v>(.*?)<\/v>/s.exec(body)?.[1]
    if (type === 's' && v !== undefined) cells[ref] = shared[Number(v)] ?? ''
    else if (type === 'inlineStr') cells[ref] = unescape([...body.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((x) => x[1]).join(''))
    else if (type === 'str') cells[ref] = unescape(v ?? '')
    else if (v !== undefined) cells[ref] = Number(v)
  }
  return cells
}

/** Counts the records of a CSV file (quoted fields may hold line breaks). */
function csvRecords(file) {
  const s = fs.readFileSync(file, 'utf8')
  let records = 0
  let quoted = false
  let any = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '"') quoted = !quoted
    else if (c === '\n' && !quoted) {
      records++
      any = false
      continue
    }
    if (c !== '\r') any = true
  }
  return records + (any ? 1 : 0)
}

export async function run(t) {
  const { page } = t
  let from = ''
  let to = ''

  await t.step('demo data loads and the reports screen opens on the last full month', async () => {
    await page.getByTestId('welcome').waitFor({ state: 'visible', timeout: 30000 })
    await page.getByTestId('welcome-load-demo').click()
    await page.getByTestId('dashboard').waitFor({ state: 'visible', timeout: 180000 })
    await t.gotoRoute('/reports')
    await page.getByTestId('report-builder').waitFor({ state: 'visible', timeout: 15000 })
    t.eq(await page.getByTestId('report-period').getAttribute('data-mode'), 'month', 'the builder starts on a whole month')
    t.eq(Number(await page.getByTestId('report-sheets').getAttribute('data-count')), 7, 'seven sheets without the Data sheet')
    await t.shot('reports-zh')
  }, { critical: true })

  await t.step('Generate… writes the workbook where the dialog says; its Summary NPS equals `feedbackctl metrics`', async () => {
    const surveys = await t.cli('survey', 'list')
    const survey = surveys.find((x) => x.id === 1) ?? surveys[0]
    await choose(page, 'report-surveys', survey.title)
    await page.getByTestId('report-lang-en').click()
    await page.getByTestId('report-include-data').click()
    t.eq(Number(await page.getByTestId('report-sheets').getAttribute('data-count')), 8, 'the Data sheet is listed once asked for')
    await page.getByTestId('report-generate').click()
    const res = page.getByTestId('report-result')
    await res.waitFor({ state: 'visible', timeout: 180000 })
    const file = await res.getAttribute('data-path')
    from = await res.getAttribute('data-from')
    to = await res.getAttribute('data-to')
    t.eq(file, `${t.savePath}.xlsx`, 'the preset save path, given the .xlsx extension')
    t.assert(fs.existsSync(file), `${file} exists`)
    t.assert(/^\d{4}-\d{2}-01$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to), `period ${from}–${to}`)
    const sheets = (await res.getAttribute('data-sheets')).split(',')
    t.eq(sheets[0], 'Summary', 'the first sheet')
    t.assert(sheets.includes('Data'), `the Data sheet is there: ${sheets}`)

    const [g] = await t.cli('metrics', '--survey', survey.id, '--from', from, '--to', to)
    t.assert(g?.nps?.valid && g.nps.n > 0, `the CLI sees NPS answers in ${from}–${to}: ${JSON.stringify(g?.nps)}`)
    const cells = firstSheetCells(file)
    t.assert(String(cells.A6 ?? '').includes('NPS'), `Summary A6 is the NPS line: ${cells.A6}`)
    t.assert(Math.abs(cells.B6 - g.nps.score) < 1e-9, `Summary NPS ${cells.B6} = metrics ${g.nps.score}`)
    t.eq(cells.C6, g.nps.n, 'Summary NPS n = metrics n')
    await page.getByTestId('report-builder').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await t.shot('reports-zh-generated')
  })

  await t.step('a responses CSV export has the rows `feedbackctl export` writes for the same days', async () => {
    await page.getByTestId('export-format-csv').click()
    await page.getByTestId('export-run').click()
    const res = page.getByTestId('export-result')
    await res.waitFor({ state: 'visible', timeout: 180000 })
    const file = await res.getAttribute('data-path')
    t.eq(file, `${t.savePath}.csv`, 'the preset save path, given the .csv extension')
    const rows = Number(await res.getAttribute('data-rows'))
    const cliFile = path.join(t.tmp, 'cli-responses.csv')
    const cli = await t.cli('export', 'responses', '--from', from, '--to', to, '--format', 'csv', '-o', cliFile)
    t.assert(rows > 0, `rows exported: ${rows}`)
    t.eq(rows, cli.rows, 'rows = feedbackctl export rows')
    t.eq(csvRecords(file), rows + 1, 'the CSV holds a header and one record per row')
    t.eq(fs.readFileSync(file).subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 with BOM by default')
    await page.getByTestId('export-card').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await t.shot('reports-zh-exported')
  })

  await t.step('English relabels the screen; the schedule help shows the command line', async () => {
    await t.setLocale('en')
    await page.getByTestId('report-builder').waitFor({ state: 'visible', timeout: 15000 })
    const line = await page.getByTestId('report-schedule-report').textContent()
    t.assert(/^feedbackctl report --month \d{4}-\d{2} --lang en .*-o \S+\.xlsx$/.test(line.trim()), `command line: ${line}`)
    t.assert(!/\p{Script=Han}/u.test(await page.getByTestId('export-card').textContent().then((s) => s.replace(/中文/g, ''))),
      'no Chinese left on the export card (the 中文 language choice aside)')
    await page.getByTestId('report-builder').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await t.shot('reports-en')
  })
}
