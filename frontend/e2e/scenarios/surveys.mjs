/**
 * Surveys scenario (issue 3 acceptance): start empty → build a survey in the
 * builder (NPS with role NPS, CSAT 1–5 with role CSAT, long text) → start
 * collecting → enter 12 responses through the form with the keyboard (digits
 * + Enter, Ctrl+Enter) → 6.5 is refused → the overview's NPS, CI bounds and
 * n equal `feedbackctl metrics` (rounded as displayed) → kiosk: PIN, one
 * response, thank-you then a fresh form, wrong PIN refused, exit with the
 * PIN → `feedbackctl survey list` shows 13 responses. Screenshots of the
 * builder, overview and kiosk in zh and en.
 */
export const name = 'surveys'

/** Known answers: NPS, CSAT (1–5), comment. P = 6, passives 3, D = 3 → NPS 25. */
const FORMS = [
  [10, 5, ''],
  [9, 4, '店员很热情'],
  [9, 5, ''],
  [10, 3, ''],
  [8, 4, '排队有点久'],
  [7, 2, ''],
  [6, 5, '退货流程太复杂，跑了两次才办好'],
  [3, 4, '送货晚了三天，也没有人通知我'],
  [10, 1, ''],
  [9, 5, 'Great service'],
  [5, 4, '价格比别家贵'],
  [8, 3, ''],
]
const PIN = '2468'

/** Go's math.Round: half away from zero. */
const roundHalfAway = (x) => Math.sign(x) * Math.round(Math.abs(x))
/** Parses "NPS 25（95% CI 3–44），n = 12" / "NPS 25 (95% CI 3–44), n = 12". */
function parseNpsLine(text) {
  const m = /NPS\s+(−?\d+)\D+95% CI\s+(−?\d+)–(−?\d+)\D+n = ([\d,]+)/.exec(text)
  if (!m) return null
  const n = (s) => Number(s.replace('−', '-').replace(/,/g, ''))
  return { score: n(m[1]), low: n(m[2]), high: n(m[3]), n: n(m[4]) }
}

export async function run(t) {
  const { page } = t
  const input = (id) => page.getByTestId(id).locator('input')
  let surveyId = 0

  await t.step('start empty from the welcome screen', async () => {
    await page.getByTestId('welcome').waitFor({ timeout: 30000 })
    await page.getByTestId('welcome-start-empty').click()
    await page.getByTestId('dashboard').waitFor({ timeout: 30000 })
  }, { critical: true })

  await t.step('the empty survey list teaches and offers templates', async () => {
    await page.getByTestId('nav-surveys').click()
    await page.getByTestId('survey-empty-new').waitFor({ timeout: 10000 })
    await page.getByTestId('survey-new').click()
    await page.getByTestId('new-survey-dialog').waitFor()
    await page.getByTestId('new-survey-template-relationship_nps').waitFor({ timeout: 10000 })
    const n = await page.locator('[data-testid^="new-survey-template-"]').count()
    t.eq(n, 4, 'template cards')
    await page.getByTestId('new-survey-blank').click()
    await page.getByTestId('survey-editor').waitFor()
  }, { critical: true })

  await t.step('build NPS + CSAT 1–5 + long text in the builder', async () => {
    await input('survey-title').fill('门店服务满意度调查')
    await input('survey-title-en').fill('Store service survey')
    await page.getByTestId('question-add').click()
    t.eq(await page.getByTestId('q0-type').innerText(), 'NPS 推荐意愿（0–10）', 'first question defaults to NPS')
    await input('q0-title').fill('您有多大可能向朋友推荐我们的门店？')
    await input('q0-title-en').fill('How likely are you to recommend our store to a friend?')
    await page.getByTestId('q0-role-nps').click()
    await page.getByTestId('question-add').click()
    await page.getByTestId('q1-type').click()
    await page.locator('.n-base-select-option').filter({ hasText: '满意度 CSAT' }).click()
    await page.getByTestId('q1-role-csat').click()
    t.eq(await page.getByTestId('q1-csat-scale').innerText(), '1–5', 'CSAT scale 1–5')
    const npsRoleOnCsat = await page.getByTestId('q1-role-nps').locator('input').isDisabled()
    t.assert(npsRoleOnCsat, 'the NPS role is disabled on a CSAT question')
    await input('q1-title').fill('您对本次服务满意吗？')
    await input('q1-title-en').fill('How satisfied are you with the service?')
    await page.getByTestId('q1-required').click()
    await page.getByTestId('question-add').click()
    t.eq(await page.getByTestId('q2-type').innerText(), '文字', 'third question defaults to text')
    await page.getByTestId('q2-long').click()
    await input('q2-title').fill('还有什么想告诉我们的？')
    await input('q2-title-en').fill('Anything else you would like to tell us?')
    await t.shot('survey-builder-zh')
    await page.getByTestId('survey-save').click()
    await page.waitForFunction(() => /#\/surveys\/\d+\/edit/.test(location.hash), null, { timeout: 15000 })
    surveyId = Number(/surveys\/(\d+)/.exec(await page.evaluate(() => location.hash))[1])
    t.assert(surveyId > 0, 'saved survey has an id')
    await t.setLocale('en')
    await page.getByTestId('survey-editor').waitFor()
    await t.shot('survey-builder-en')
    await t.setLocale('zh-CN')
  }, { critical: true })

  await t.step('start collecting from the survey list', async () => {
    await page.getByTestId('nav-surveys').click()
    await page.getByTestId(`survey-more-${surveyId}`).click()
    await page.getByTestId(`survey-activate-${surveyId}`).click()
    await page.getByTestId(`survey-status-${surveyId}`).filter({ hasText: '收集中' }).waitFor({ timeout: 10000 })
    const list = await t.cli('survey', 'list')
    t.eq(list.find((s) => s.id === surveyId)?.status, 'active', 'CLI status')
  }, { critical: true })

  await t.step('6.5 is refused: by the keyboard and by the backend', async () => {
    await page.getByTestId(`survey-entry-${surveyId}`).click()
    await page.getByTestId('response-entry').waitFor()
    await page.getByTestId('entry-score-0').focus()
    await page.keyboard.type('6.5')
    await page.getByTestId('entry-refused').waitFor({ timeout: 5000 })
    t.eq(await page.getByTestId('entry-score-0').getAttribute('data-value'), '', 'no score kept after 6.5')
    const survey = await page.evaluate((id) => window.go.api.Surveys.Get(id), surveyId)
    const err = await page.evaluate(async (s) => {
      try {
        await window.go.api.Responses.Submit({
          surveyId: s.id, source: 'form', channel: '', region: '', product: '', agent: '', submittedAt: '', note: '', tags: [],
          answers: [{ questionId: s.questions[0].id, number: 6.5, text: '', choices: [], skipped: false }],
        })
        return 'accepted'
      } catch (e) {
        return String(e)
      }
    }, survey)
    t.assert(err.includes('error.answer.not_integer'), `backend refuses 6.5 (got ${err.slice(0, 160)})`)
    await page.keyboard.press('Backspace')
    await t.sleep(900)
  }, { critical: true })

  await t.step('enter 12 responses through the form with the keyboard', async () => {
    const kb = page.keyboard
    // Focus starts on the customer look-up: Enter walks channel, region, product, agent.
    await page.getByTestId('customer-search').locator('input').focus()
    await kb.press('Enter')
    await kb.type('门店')
    for (let i = 0; i < 4; i++) await kb.press('Enter')
    for (const [k, [nps, csat, comment]] of FORMS.entries()) {
      if (k > 0) for (let i = 0; i < 5; i++) await kb.press('Enter') // customer → … → first question
      const active = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')
      t.eq(active, 'entry-score-0', `form ${k + 1}: Enter leads to the first question`)
      await kb.type(String(nps)) // "10" typed quickly = 10
      await kb.press('Enter')
      await kb.type(String(csat))
      await kb.press('Enter')
      if (comment) await kb.type(comment)
      t.eq(await page.getByTestId('entry-score-0').getAttribute('data-value'), String(nps), `form ${k + 1}: NPS shown`)
      await kb.press('Control+Enter')
      await page.getByTestId('entry-success').filter({ hasText: `第 ${k + 1} 份` }).waitFor({ timeout: 10000 })
      await page.waitForFunction(() => document.activeElement?.closest('[data-field="customer"]') !== null, null, { timeout: 5000 })
    }
    const list = await t.cli('survey', 'list')
    t.eq(list.find((s) => s.id === surveyId)?.responses, 12, 'CLI response count after the form')
  }, { critical: true })

  await t.step('the overview shows exactly what `feedbackctl metrics` prints', async () => {
    const [g] = await t.cli('metrics', '--survey', surveyId)
    await t.gotoRoute(`/surveys/${surveyId}`)
    await page.getByTestId('survey-overview').waitFor()
    const line = page.getByTestId('nps-card-line')
    await line.filter({ hasText: 'n = 12' }).waitFor({ timeout: 15000 })
    const shown = parseNpsLine(await line.innerText())
    t.assert(shown, `NPS line parses: ${await line.innerText()}`)
    t.eq(shown.score, roundHalfAway(g.nps.score), 'NPS')
    t.eq(shown.low, roundHalfAway(g.nps.ci_low), 'CI low')
    t.eq(shown.high, roundHalfAway(g.nps.ci_high), 'CI high')
    t.eq(shown.n, g.nps.n, 'n')
    t.eq(g.nps.n, 12, 'CLI n')
    t.eq(roundHalfAway(g.nps.score), 25, 'NPS of the known answers')
    t.assert(await page.getByTestId('nps-card-indicative').isVisible(), 'n < 30 is marked indicative')
    const csat = await page.getByTestId('csat-card-line').innerText()
    t.assert(csat.includes('n = 12'), `CSAT line carries n: ${csat}`)
    t.eq(await page.getByTestId('overview-responses').innerText(), '12', 'responses in the period')
    const comments = await page.getByTestId('comments-card').innerText()
    t.assert(comments.includes('送货晚了三天'), 'latest detractor comment shown')
    await page.getByTestId('trend-chart').locator('canvas').first().waitFor({ timeout: 10000 })
    await t.shot('survey-overview-zh')
    await t.setLocale('en')
    await page.getByTestId('nps-card-line').filter({ hasText: 'NPS 25 (95% CI' }).waitFor({ timeout: 10000 })
    await t.shot('survey-overview-en')
    await t.setLocale('zh-CN')
  })

  await t.step('kiosk: PIN, one response, thank-you, fresh form', async () => {
    await page.getByTestId('nav-surveys').click()
    await page.getByTestId('survey-kiosk').click()
    await page.getByTestId('kiosk-dialog').waitFor()
    await input('kiosk-pin').fill(PIN)
    await page.getByTestId('kiosk-start').click()
    await page.getByTestId('kiosk-form').waitFor({ timeout: 15000 })
    t.eq(await page.getByTestId('nav-surveys').count(), 0, 'no navigation chrome in kiosk mode')
    await page.getByTestId('kiosk-submit').click()
    await page.getByTestId('kiosk-error').filter({ hasText: '必答' }).waitFor({ timeout: 5000 })
    await page.getByTestId('kiosk-score-0-9').click()
    await page.getByTestId('kiosk-score-1-4').click()
    await page.getByTestId('kiosk-text-2').fill('环境很干净')
    await t.shot('kiosk-zh')
    await page.getByTestId('kiosk-submit').click()
    await page.getByTestId('kiosk-thanks').waitFor({ timeout: 10000 })
    await t.shot('kiosk-thanks-zh')
    await page.getByTestId('kiosk-form').waitFor({ timeout: 6000 }) // back after ~3 s
    t.eq(await page.getByTestId('kiosk-score-0-9').getAttribute('aria-checked'), 'false', 'the fresh form has no score selected')
  }, { critical: true })

  await t.step('kiosk in English, wrong PIN refused, exit with the PIN', async () => {
    await t.setLocale('en')
    await page.getByTestId('kiosk-form').waitFor({ timeout: 15000 })
    await page.getByTestId('kiosk-score-0-10').click()
    await t.shot('kiosk-en')
    await page.getByTestId('kiosk-score-0-10').click() // unselect again: nothing submitted
    await page.getByTestId('kiosk-exit').click()
    await page.getByTestId('kiosk-pinpad').waitFor()
    for (const d of '1111') await page.getByTestId(`kiosk-pin-${d}`).click()
    await page.getByTestId('kiosk-pin-ok').click()
    await page.getByTestId('kiosk-pin-message').filter({ hasText: 'Wrong PIN' }).waitFor({ timeout: 5000 })
    for (const d of PIN) await page.getByTestId(`kiosk-pin-${d}`).click()
    await page.getByTestId('kiosk-pin-ok').click()
    await page.getByTestId('screen-surveys').waitFor({ timeout: 10000 })
    await t.setLocale('zh-CN')
  })

  await t.step('`feedbackctl survey list` shows 13 responses', async () => {
    const list = await t.cli('survey', 'list')
    t.eq(list.find((s) => s.id === surveyId)?.responses, 13, 'responses after the kiosk')
    t.eq(await page.getByTestId(`survey-responses-${surveyId}`).innerText(), '13', 'list shows 13')
    await t.shot('survey-list-zh')
  })

  await t.step('no CSP violations or unexpected errors in the console', async () => {
    t.assert(t.consoleProblems.length === 0, `console problems:\n      ${t.consoleProblems.join('\n      ')}`)
  })
}
