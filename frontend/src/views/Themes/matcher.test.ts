/** Tests of the TS theme matcher against the Go package's own cases (backend/themes/themes_test.go). */
import { describe, expect, it } from 'vitest'
import type { Theme } from '@/api/dashboard'
import { cleanCodebook, matchThemes, normalize, validateCodebook } from './matcher'

/** The starter codebook of backend/themes/codebook.go. */
const starter: Theme[] = [
  { key: 'attitude', name: '服务态度', nameEn: 'Staff attitude', keywords: ["态度", "不耐烦", "冷漠", "敷衍", "爱答不理", "服务差", "不礼貌", "热情", "耐心", "礼貌", "attitude", "rude", "impolite", "unfriendly", "friendly", "polite", "patient"], exclude: [] },
  { key: 'speed', name: '响应速度', nameEn: 'Speed and waiting', keywords: ["响应慢", "太慢", "等待", "等了", "排队", "没人回复", "没人接", "拖延", "迟迟", "及时", "速度", "slow", "wait", "waited", "waiting", "delay", "delayed", "delays", "queue", "no reply", "no response", "quick*", "fast"], exclude: ["没有等待", "无需等待", "不用等"] },
  { key: 'price', name: '价格收费', nameEn: 'Price and charges', keywords: ["价格", "太贵", "收费", "乱收费", "性价比", "便宜", "费用", "price", "prices", "pricing", "expensive", "overcharged", "cost", "costs", "cheap", "fee", "fees"], exclude: [] },
  { key: 'quality', name: '产品质量', nameEn: 'Product quality', keywords: ["质量", "坏了", "故障", "损坏", "破损", "次品", "瑕疵", "不耐用", "quality", "broken", "defect*", "faulty", "damaged", "stopped working"], exclude: [] },
  { key: 'delivery', name: '物流配送', nameEn: 'Delivery', keywords: ["物流", "快递", "送货", "配送", "发货", "包裹", "丢件", "到货", "delivery", "deliver*", "shipping", "shipment", "courier", "parcel", "package"], exclude: [] },
  { key: 'refund', name: '退款退货', nameEn: 'Refunds and returns', keywords: ["退款", "退货", "退钱", "退费", "换货", "refund*", "return*", "money back", "exchange"], exclude: [] },
  { key: 'repair', name: '维修安装', nameEn: 'Repair and installation', keywords: ["维修", "修理", "安装", "上门", "师傅", "repair*", "install*", "technician", "engineer", "fix*"], exclude: [] },
  { key: 'billing', name: '账单发票', nameEn: 'Billing and invoices', keywords: ["发票", "账单", "扣费", "扣款", "invoice*", "bill", "billing", "charged twice"], exclude: [] },
  { key: 'communication', name: '沟通解释', nameEn: 'Communication', keywords: ["沟通", "解释", "说不清", "推诿", "踢皮球", "答复", "告知", "explain*", "communicat*", "informed", "passed around"], exclude: [] },
  { key: 'resolution', name: '问题解决', nameEn: 'Problem solved', keywords: ["解决", "没解决", "未解决", "搞定", "处理好", "resolved", "solved", "not fixed", "unresolved", "sorted"], exclude: [] },
]

describe('normalize', () => {
  it('folds full-width forms, case and white space like Go', () => {
    expect(normalize('ＲＥＦＵＮＤ　太慢！')).toBe('refund 太慢!')
    expect(normalize('  Slow\t\n delivery ')).toBe('slow delivery')
    expect(normalize('１２３ＡＢＣ')).toBe('123abc')
    expect(normalize('')).toBe('')
  })
})

describe('matchThemes', () => {
  const cases: [string, string[]][] = [
    ['客服态度很差，等了半个小时才有人接', ['attitude', 'speed']],
    ['快递太慢了，包裹还破损了', ['speed', 'quality', 'delivery']],
    ['退款到现在还没到账', ['refund']],
    ['全程没有等待，很满意', []],
    ['The courier was RUDE and the parcel arrived late', ['attitude', 'delivery']],
    ['Still waiting for my refund.', ['speed', 'refund']],
    ['ＲＥＦＵＮＤＥＤ quickly', ['speed', 'refund']],
    ['The waiter was nice; priceless view', []],
    ['', []],
  ]
  it.each(cases)('%s', (text, want) => {
    expect(matchThemes(starter, text)).toEqual(want)
  })

  it('matches mixed Chinese and English text', () => {
    // Latin words next to Chinese characters are still whole words.
    expect(matchThemes(starter, '师傅很rude，refund也没到')).toEqual(['attitude', 'refund', 'repair'])
    expect(matchThemes(starter, '价格OK但是delivery太慢')).toEqual(['speed', 'price', 'delivery'])
    // "price" inside a longer Latin word is not the word.
    expect(matchThemes(starter, '这个pricey的东西')).toEqual([])
  })

  it('matches full-width keywords and text', () => {
    const cb: Theme[] = [{ key: 'app', name: '应用', nameEn: 'App', keywords: ['ＡＰＰ', 'log in*'], exclude: [] }]
    expect(matchThemes(cb, 'app闪退')).toEqual(['app'])
    expect(matchThemes(cb, 'Ａｐｐ 打不开')).toEqual(['app'])
    expect(matchThemes(cb, 'happy')).toEqual([])
    expect(matchThemes(cb, 'cannot LOG   INTO it')).toEqual(['app'])
  })

  it('lets an exclusion veto the theme', () => {
    expect(matchThemes(starter, '不用等，很快')).toEqual([])
    expect(matchThemes(starter, '等了很久')).toEqual(['speed'])
  })

  it('ignores themes without a key', () => {
    expect(matchThemes([{ key: ' ', name: 'x', nameEn: '', keywords: ['x'], exclude: [] }], 'x')).toEqual([])
  })
})

describe('validateCodebook', () => {
  const ok: Theme = { key: 'a', name: '甲', nameEn: '', keywords: ['甲'], exclude: [] }
  it('accepts the starter codebook', () => {
    expect(validateCodebook(starter)).toEqual([])
  })
  it('reports the same problems as the server', () => {
    const codes = (cb: Theme[]) => validateCodebook(cb).map((i) => i.code)
    expect(codes([{ ...ok, key: '' }])).toEqual(['noKey'])
    expect(codes([ok, { ...ok }])).toEqual(['duplicateKey'])
    expect(codes([{ ...ok, name: ' ', nameEn: '' }])).toEqual(['noName'])
    expect(codes([{ ...ok, keywords: [] }])).toEqual(['noKeywords'])
    expect(codes([{ ...ok, keywords: ['  '] }])).toEqual(['badRule'])
    expect(codes([{ ...ok, keywords: ['*'] }])).toEqual(['badRule'])
    expect(codes([{ ...ok, exclude: ['长'.repeat(51)] }])).toEqual(['badRule'])
    expect(codes([{ ...ok, keywords: ['长'.repeat(50)] }])).toEqual([])
    expect(codes(Array.from({ length: 201 }, (_, i) => ({ ...ok, key: `k${i}` })))).toEqual(['tooMany'])
  })
  it('cleans what is saved', () => {
    expect(cleanCodebook([{ key: ' a ', name: ' 甲 ', nameEn: ' A ', keywords: [' x ', ''], exclude: [' '] }])).toEqual([
      { key: 'a', name: '甲', nameEn: 'A', keywords: ['x'], exclude: [] },
    ])
  })
})
