/** The mapping model ↔ CLI mapping JSON, dictionary editing, problems and reason texts. */
import { describe, expect, it } from 'vitest'
import type { Preview, PreviewColumn } from '@/api/importTypes'
import { toMapping } from '@/api/imports'
import {
  addPair,
  applyMapping,
  dictFromPairs,
  duplicatePairs,
  mappingFromModel,
  mappingProblems,
  modelFromPreview,
  pairsFromDict,
  removePair,
  suggestionTarget,
  withPreset,
  withType,
} from './model'
import { fill, rowReason, type Translator } from './reasons'

const col = (index: number, name: string, extra: Partial<PreviewColumn> = {}): PreviewColumn => ({
  index,
  letter: String.fromCharCode(65 + index),
  name,
  generated: false,
  samples: [],
  dateOrder: '',
  dateEvidence: '',
  ...extra,
})

function preview(over: Partial<Preview> = {}): Preview {
  return {
    fileId: 'f1',
    name: 'a.csv',
    format: 'csv',
    encoding: 'UTF-8',
    delimiter: ',',
    sheet: '',
    sheets: [],
    headerRow: 1,
    date1904: false,
    columns: [col(0, '提交时间', { dateOrder: 'DMY' }), col(1, '推荐意愿'), col(2, '满意度'), col(3, '备注'), col(4, '列5', { generated: true })],
    rows: [],
    signature: 'sig',
    remembered: false,
    mapping: {
      columns: {
        提交时间: { field: 'submitted_at' },
        推荐意愿: { question: '推荐意愿', type: 'nps', scale: [0, 10], metric: 'nps' },
        满意度: { question: '满意度', type: 'csat', scale: [1, 5], metric: 'csat' },
      },
      values: { 满意度: { 非常满意: 5, 满意: 4 } },
      timezone: 'Asia/Shanghai',
    },
    suggestions: [{ column: '备注', target: 'question:text', confidence: 0.4, reason: 'free text' }],
    ...over,
  }
}

describe('mapping model', () => {
  it('round-trips the mapping JSON, unmapped columns follow their suggestion or are ignored', () => {
    const m = modelFromPreview(preview())
    expect(m.rows.map((r) => r.target)).toEqual(['field:submitted_at', 'question', 'question', 'question', 'ignore'])
    expect(m.rows[3]?.question.type).toBe('text')
    expect(m.rows[2]?.dict).toEqual([
      { from: '非常满意', to: 5 },
      { from: '满意', to: 4 },
    ])
    const json = mappingFromModel(m)
    expect(json.columns['推荐意愿']).toEqual({ question: '推荐意愿', type: 'nps', scale: [0, 10], metric: 'nps' })
    expect(json.columns['备注']).toEqual({ question: '备注', type: 'text' })
    expect(json.columns['列5']).toEqual({ ignore: true })
    expect(json.values).toEqual({ 满意度: { 非常满意: 5, 满意: 4 } })
    expect(json.timezone).toBe('Asia/Shanghai')
    expect(json.date_order).toBe('auto')
    // What the UI saves, the facade (and the CLI) reads back unchanged.
    expect(toMapping(JSON.parse(JSON.stringify(json)))).toEqual(json)
  })

  it('sends only the title for a question the target survey already has', () => {
    const m = modelFromPreview(preview())
    const json = mappingFromModel(m, new Set(['推荐意愿']))
    expect(json.columns['推荐意愿']).toEqual({ question: '推荐意愿' })
  })

  it('keys the dictionary by the edited question title', () => {
    const m = modelFromPreview(preview())
    const row = m.rows[2]
    if (!row) throw new Error('row')
    row.question = { ...row.question, title: '总体满意度' }
    const json = mappingFromModel(m)
    expect(json.values).toEqual({ 总体满意度: { 非常满意: 5, 满意: 4 } })
    expect(json.columns['满意度']).toMatchObject({ question: '总体满意度' })
  })

  it('a loaded mapping ignores the columns it does not name', () => {
    const p = preview()
    const m = applyMapping(modelFromPreview(p), toMapping({ columns: { 备注: { attribute: 'note' } }, date_order: 'MDY' }), p.columns)
    expect(m.rows.map((r) => r.target)).toEqual(['ignore', 'ignore', 'ignore', 'attribute', 'ignore'])
    expect(m.rows[3]?.attribute).toBe('note')
    expect(m.dateOrder).toBe('MDY')
  })

  it('changing the type resets scale and metric', () => {
    const q = withType({ title: 'x', type: 'csat', scaleMin: 1, scaleMax: 5, metric: 'csat' }, 'ces')
    expect(q).toEqual({ title: 'x', type: 'ces', scaleMin: 1, scaleMax: 7, metric: 'ces' })
    expect(withType(q, 'rating').metric).toBe('')
  })

  it('reads suggestion targets', () => {
    expect(suggestionTarget({ column: 'a', target: 'field:customer_phone', confidence: 1, reason: '' })).toEqual({ target: 'field:customer_phone' })
    expect(suggestionTarget({ column: 'a', target: 'question:nps', confidence: 1, reason: '' })).toEqual({ target: 'question', type: 'nps' })
    expect(suggestionTarget({ column: 'a', target: 'field:nonsense', confidence: 1, reason: '' })).toEqual({ target: 'ignore' })
  })

  it('lists what blocks the dry run', () => {
    const m = modelFromPreview(preview())
    expect(mappingProblems(m)).toEqual([])
    m.rows[3] = { ...m.rows[3]!, target: 'field:submitted_at' }
    m.rows[4] = { ...m.rows[4]!, target: 'attribute', attribute: ' ' }
    expect(mappingProblems(m).map((p) => p.key)).toEqual(['fieldTwice', 'attributeMissing'])
    for (const r of m.rows) r.target = 'ignore'
    expect(mappingProblems(m).map((p) => p.key)).toEqual(['noSubmittedAt', 'noQuestion'])
  })
})

describe('value dictionary editing', () => {
  it('adds, edits and removes pairs; blank keys and missing numbers are dropped; the last duplicate wins', () => {
    let pairs = pairsFromDict({ 非常满意: 5 })
    pairs = addPair(pairs, ' 满意 ', 4)
    pairs = addPair(pairs)
    pairs = addPair(pairs, '满意', 3)
    expect(duplicatePairs(pairs)).toEqual(new Set([3]))
    expect(dictFromPairs(pairs)).toEqual({ 非常满意: 5, 满意: 3 })
    pairs = removePair(pairs, 3)
    expect(dictFromPairs(pairs)).toEqual({ 非常满意: 5, 满意: 4 })
    expect(duplicatePairs(pairs).size).toBe(0)
  })

  it('fills common words without overwriting what is there', () => {
    const pairs = withPreset([{ from: '满意', to: 5 }], 'csat', 5)
    expect(pairs[0]).toEqual({ from: '满意', to: 5 })
    expect(dictFromPairs(pairs)).toEqual({ 满意: 5, 非常满意: 5, 一般: 3, 不满意: 2, 非常不满意: 1 })
    expect(dictFromPairs(withPreset([], 'single', 0))).toMatchObject({ 是: 1, 否: 0 })
  })
})

describe('reason texts', () => {
  const messages: Record<string, string> = {
    'error.value.date_invalid': '无法识别的日期“{value}”。',
    'error.answer.not_integer': '“{question}”只接受整数，{value} 无效。',
  }
  const tr: Translator = {
    t: (k, p) => (messages[k] ?? k).replace(/\{(\w+)\}/g, (_, n: string) => String(p?.[n] ?? '')),
    te: (k) => k in messages,
    tm: (k) => messages[k],
  }

  it('translates by key with params, else by code, else the message', () => {
    const e = { row: 3, column: 'B', code: 'date_invalid', key: '', message: 'bad date', params: { value: '2026/13/40' } }
    expect(rowReason(tr, e)).toBe('无法识别的日期“2026/13/40”。')
    expect(rowReason(tr, { ...e, key: 'error.answer.not_integer', params: { question: 'NPS', value: '6.5' } })).toBe('“NPS”只接受整数，6.5 无效。')
    expect(rowReason(tr, { ...e, code: 'weird', params: {} })).toBe('bad date')
  })

  it('drops placeholders the backend did not fill', () => {
    expect(fill(tr, 'error.value.date_invalid', {})).toBe('无法识别的日期。')
  })
})
