/** The mapping model for the customers and orders targets: their fields, identity and required columns, what questions and attributes become. */
import { describe, expect, it } from 'vitest'
import type { Preview, PreviewColumn } from '@/api/importTypes'
import { customerFields, fieldsOf, isImportTarget, orderFields } from '@/api/importTypes'
import { applyMapping, isTimeTarget, mappingFromModel, mappingProblems, modelFromPreview, suggestionTarget } from './model'
import { codeReason, rowReason, type Translator } from './reasons'

const col = (index: number, name: string): PreviewColumn => ({
  index,
  letter: String.fromCharCode(65 + index),
  name,
  generated: false,
  samples: [],
  dateOrder: '',
  dateEvidence: '',
})

function preview(headers: string[], suggestions: Preview['suggestions']): Preview {
  return {
    fileId: 'f1',
    name: 'x.csv',
    format: 'csv',
    encoding: 'UTF-8',
    delimiter: ',',
    sheet: '',
    sheets: [],
    headerRow: 1,
    date1904: false,
    columns: headers.map((h, i) => col(i, h)),
    rows: [],
    signature: 'sig',
    remembered: false,
    mapping: { columns: {} },
    suggestions,
  }
}

const s = (column: string, target: string) => ({ column, target, confidence: 0.9, reason: '' })

describe('customers and orders targets', () => {
  it('have their own field sets', () => {
    expect(fieldsOf('customers')).toBe(customerFields)
    expect(fieldsOf('orders')).toBe(orderFields)
    expect(fieldsOf('customers')).toContain('do_not_contact')
    expect(fieldsOf('orders')).toContain('refund')
    expect(fieldsOf('orders')).not.toContain('customer_name')
    expect(isImportTarget('orders')).toBe(true)
    expect(isImportTarget('widgets')).toBe(false)
    expect(isTimeTarget('field:ordered_at')).toBe(true)
  })

  it('turn questions into custom attributes (customers) or nothing (orders)', () => {
    expect(suggestionTarget(s('满意度', 'question:csat'), 'customers')).toEqual({ target: 'attribute' })
    expect(suggestionTarget(s('满意度', 'question:csat'), 'orders')).toEqual({ target: 'ignore' })
    expect(suggestionTarget(s('门店', 'attribute'), 'orders')).toEqual({ target: 'ignore' })
    expect(suggestionTarget(s('标题', 'field:title'), 'customers')).toEqual({ target: 'ignore' })
  })

  it('customers: an identity column is required; unknown columns are kept as custom attributes', () => {
    const p = preview(['客户编号', '姓名', '会员等级'], [s('客户编号', 'field:customer_id'), s('姓名', 'field:customer_name'), s('会员等级', 'attribute')])
    const m = modelFromPreview(p, 'customers')
    expect(mappingProblems(m)).toEqual([])
    expect(mappingFromModel(m).columns).toEqual({ 客户编号: { field: 'customer_id' }, 姓名: { field: 'customer_name' }, 会员等级: { attribute: '会员等级' } })
    const noId = applyMapping(m, { columns: { 姓名: { field: 'customer_name' } } }, p.columns)
    expect(mappingProblems(noId).map((x) => x.key)).toEqual(['customerIdentityRequired'])
  })

  it('orders: order id, date, amount and a customer column are required; attributes are refused', () => {
    const p = preview(
      ['订单号', '手机', '下单日期', '金额', '备注'],
      [s('订单号', 'field:external_id'), s('手机', 'field:customer_phone'), s('下单日期', 'field:ordered_at'), s('金额', 'field:amount'), s('备注', 'attribute')],
    )
    const m = modelFromPreview(p, 'orders')
    expect(m.rows.map((r) => r.target)).toEqual(['field:external_id', 'field:customer_phone', 'field:ordered_at', 'field:amount', 'ignore'])
    expect(mappingProblems(m)).toEqual([])
    const partial = applyMapping(m, { columns: { 订单号: { field: 'external_id' }, 备注: { attribute: 'x' } } }, p.columns)
    expect(partial.rows[4]?.target).toBe('ignore') // a loaded attribute is not kept for orders
    expect(mappingProblems(partial).map((x) => [x.key, x.detail])).toEqual([
      ['orderFieldRequired', 'ordered_at'],
      ['orderFieldRequired', 'amount'],
      ['orderCustomerRequired', ''],
    ])
    const withAttr = { ...m, rows: m.rows.map((r, i) => (i === 4 ? { ...r, target: 'attribute' as const } : r)) }
    expect(mappingProblems(withAttr).map((x) => [x.key, x.column])).toEqual([['attributeForOrders', '备注']])
  })

  it('order reasons are translated with their values', () => {
    const msgs: Record<string, string> = {
      'error.import.refund_exceeds_amount': '退款“{value}”大于订单金额“{amount}”。',
      'imports.reason.order_customer_unknown': '客户不存在',
    }
    const tr: Translator = {
      t: (k, p) => (msgs[k] ?? k).replace(/\{(\w+)\}/g, (_, n: string) => String((p ?? {})[n] ?? '')),
      te: (k) => k in msgs,
      tm: (k) => msgs[k],
    }
    const e = { row: 9, column: '退款', code: 'refund_exceeds_amount', key: 'error.import.refund_exceeds_amount', message: '', params: { value: '80', amount: '50' } }
    expect(rowReason(tr, e)).toBe('退款“80”大于订单金额“50”。')
    expect(codeReason(tr, 'order_customer_unknown', [])).toBe('客户不存在')
  })
})
