/** The mapping model per import target: ticket fields, tags instead of questions, required fields, reasons without a question. */
import { describe, expect, it } from 'vitest'
import type { Preview, PreviewColumn } from '@/api/importTypes'
import { fieldsOf, ticketFields } from '@/api/importTypes'
import { toMapping } from '@/api/imports'
import { applyMapping, isTimeTarget, mappingFromModel, mappingProblems, modelFromPreview, suggestionTarget } from './model'
import { rowReason, type Translator } from './reasons'

const col = (index: number, name: string): PreviewColumn => ({
  index,
  letter: String.fromCharCode(65 + index),
  name,
  generated: false,
  samples: [],
  dateOrder: '',
  dateEvidence: '',
})

const HEADERS = ['工单号', '标题', '创建时间', '首次响应时间', '解决时间', '状态', '优先级', '渠道', '门店']

function ticketPreview(over: Partial<Preview> = {}): Preview {
  return {
    fileId: 'f1',
    name: 't.csv',
    format: 'csv',
    encoding: 'UTF-8',
    delimiter: ',',
    sheet: '',
    sheets: [],
    headerRow: 1,
    date1904: false,
    columns: HEADERS.map((h, i) => col(i, h)),
    rows: [],
    signature: 'sig',
    remembered: false,
    mapping: { columns: {} },
    suggestions: [
      { column: '工单号', target: 'field:external_id', confidence: 0.9, reason: '' },
      { column: '标题', target: 'field:title', confidence: 0.9, reason: '' },
      { column: '创建时间', target: 'field:created_at', confidence: 0.9, reason: '' },
      { column: '首次响应时间', target: 'field:first_response_at', confidence: 0.9, reason: '' },
      { column: '解决时间', target: 'field:resolved_at', confidence: 0.9, reason: '' },
      { column: '状态', target: 'field:status', confidence: 0.9, reason: '' },
      { column: '优先级', target: 'field:priority', confidence: 0.9, reason: '' },
      { column: '渠道', target: 'field:channel', confidence: 0.9, reason: '' },
      { column: '门店', target: 'attribute', confidence: 0.3, reason: '' },
    ],
    ...over,
  }
}

describe('import targets', () => {
  it('each target has its own field set', () => {
    expect(fieldsOf('tickets')).toBe(ticketFields)
    expect(fieldsOf('tickets')).toContain('created_at')
    expect(fieldsOf('tickets')).not.toContain('submitted_at')
    expect(fieldsOf('responses')).toContain('submitted_at')
    expect(fieldsOf('responses')).not.toContain('title')
  })

  it('reads suggestions within the target: a foreign field is ignored, a question becomes a tag for tickets', () => {
    const s = (target: string) => ({ column: 'a', target, confidence: 1, reason: '' })
    expect(suggestionTarget(s('field:title'), 'tickets')).toEqual({ target: 'field:title' })
    expect(suggestionTarget(s('field:title'), 'responses')).toEqual({ target: 'ignore' })
    expect(suggestionTarget(s('field:submitted_at'), 'tickets')).toEqual({ target: 'ignore' })
    expect(suggestionTarget(s('question:nps'), 'tickets')).toEqual({ target: 'attribute' })
    expect(suggestionTarget(s('question:nps'))).toEqual({ target: 'question', type: 'nps' })
  })

  it('knows the time fields of both targets', () => {
    for (const k of ['field:submitted_at', 'field:created_at', 'field:first_response_at', 'field:resolved_at'] as const) expect(isTimeTarget(k)).toBe(true)
    expect(isTimeTarget('field:title')).toBe(false)
    expect(isTimeTarget('attribute')).toBe(false)
  })
})

describe('ticket mapping model', () => {
  it('follows the ticket suggestions and writes ticket fields and tags', () => {
    const m = modelFromPreview(ticketPreview(), 'tickets')
    expect(m.target).toBe('tickets')
    expect(m.rows.map((r) => r.target)).toEqual([
      'field:external_id',
      'field:title',
      'field:created_at',
      'field:first_response_at',
      'field:resolved_at',
      'field:status',
      'field:priority',
      'field:channel',
      'attribute',
    ])
    expect(mappingProblems(m)).toEqual([])
    const json = mappingFromModel(m)
    expect(json.columns['创建时间']).toEqual({ field: 'created_at' })
    expect(json.columns['门店']).toEqual({ attribute: '门店' })
    expect(json.values).toEqual({})
    expect(toMapping(JSON.parse(JSON.stringify(json)))).toEqual(json)
  })

  it('requires title and created_at, not submitted_at or a question', () => {
    const m = modelFromPreview(ticketPreview(), 'tickets')
    m.rows[1] = { ...m.rows[1]!, target: 'ignore' }
    m.rows[2] = { ...m.rows[2]!, target: 'attribute' }
    const problems = mappingProblems(m)
    expect(problems.map((p) => [p.key, p.detail])).toEqual([
      ['ticketFieldRequired', 'title'],
      ['ticketFieldRequired', 'created_at'],
    ])
  })

  it('refuses questions, foreign fields, empty tag names and a field twice', () => {
    const m = modelFromPreview(ticketPreview(), 'tickets')
    m.rows[0] = { ...m.rows[0]!, target: 'question' }
    m.rows[6] = { ...m.rows[6]!, target: 'field:submitted_at' }
    m.rows[7] = { ...m.rows[7]!, target: 'field:status' }
    m.rows[8] = { ...m.rows[8]!, attribute: '  ' }
    expect(mappingProblems(m).map((p) => [p.key, p.column, p.detail])).toEqual([
      ['questionForTickets', '工单号', ''],
      ['fieldWrongTarget', '优先级', 'submitted_at'],
      ['fieldTwice', '渠道', '状态'],
      ['tagMissing', '门店', ''],
    ])
  })

  it('brings a loaded mapping into the target: questions become tags, response-only fields are ignored', () => {
    const p = ticketPreview()
    const loaded = toMapping({
      columns: { 标题: { field: 'title' }, 创建时间: { field: 'submitted_at' }, 门店: { question: '门店评分', type: 'rating' } },
    })
    const m = applyMapping(modelFromPreview(p, 'tickets'), loaded, p.columns)
    expect(m.target).toBe('tickets')
    expect(m.rows[1]?.target).toBe('field:title')
    expect(m.rows[2]?.target).toBe('ignore')
    expect(m.rows[8]).toMatchObject({ target: 'attribute', attribute: '门店评分' })
  })

  it('a remembered ticket mapping is used as it is', () => {
    const m = modelFromPreview(
      ticketPreview({ remembered: true, mapping: { columns: { 标题: { field: 'title' }, 门店: { ignore: true } }, date_order: 'YMD' } }),
      'tickets',
    )
    expect(m.rows[1]?.target).toBe('field:title')
    expect(m.rows[8]?.target).toBe('ignore')
    expect(m.dateOrder).toBe('YMD')
  })

  it('the responses checks stay as they were', () => {
    const m = modelFromPreview(ticketPreview(), 'responses')
    expect(m.rows[1]?.target).toBe('ignore')
    expect(mappingProblems(m).map((p) => p.key)).toEqual(['noSubmittedAt', 'noQuestion'])
  })
})

describe('ticket row reasons', () => {
  const messages: Record<string, string> = {
    'error.import.required_missing': '“{question}”为必填项，但此单元格为空。',
    'error.import.ticket_response_before_created': '首次响应时间 {value} 早于创建时间 {created}。',
  }
  const tr: Translator = {
    t: (k, p) => (messages[k] ?? k).replace(/\{(\w+)\}/g, (_, n: string) => String(p?.[n] ?? '')),
    te: (k) => k in messages,
    tm: (k) => messages[k],
  }

  it('names the column when a required ticket cell is empty', () => {
    const e = { row: 4, column: '标题', code: 'required_missing', key: 'error.import.required_missing', message: '', params: { column: '标题' } }
    expect(rowReason(tr, e)).toBe('“标题”为必填项，但此单元格为空。')
  })

  it('fills the anomaly params', () => {
    const e = {
      row: 5,
      column: '首次响应时间',
      code: 'ticket_response_before_created',
      key: 'error.import.ticket_response_before_created',
      message: '',
      params: { column: '首次响应时间', value: '2026-10-01 08:00', created: '2026-10-01 09:00' },
    }
    expect(rowReason(tr, e)).toBe('首次响应时间 2026-10-01 08:00 早于创建时间 2026-10-01 09:00。')
  })
})
