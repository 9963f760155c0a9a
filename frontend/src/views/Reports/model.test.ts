import { describe, expect, it } from 'vitest'
import {
  countsRows,
  exportCommand,
  exportFileName,
  jobPercent,
  lastFullMonth,
  monthKeyOf,
  monthStart,
  periodDays,
  periodComplete,
  periodFields,
  exportRequest,
  reportRequest,
  plannedSheets,
  reportCommand,
  reportFileName,
  shellWord,
} from './model'

describe('period', () => {
  it('defaults to the last full month, across a year end', () => {
    expect(lastFullMonth(new Date(2026, 10, 23))).toBe('2026-10')
    expect(lastFullMonth(new Date(2027, 0, 1))).toBe('2026-12')
  })

  it('round-trips a month key through the picker timestamp', () => {
    expect(monthKeyOf(monthStart('2026-02'))).toBe('2026-02')
    expect(monthStart('nope')).toBeNaN()
  })

  it('sends a month, or an ordered range', () => {
    expect(periodFields({ mode: 'month', month: '2026-10', from: '2026-01-01', to: '2026-01-02' })).toEqual({ month: '2026-10', from: '', to: '' })
    expect(periodFields({ mode: 'range', month: '2026-10', from: '2026-12-31', to: '2026-10-01' })).toEqual({
      month: '',
      from: '2026-10-01',
      to: '2026-12-31',
    })
    expect(periodDays({ mode: 'month', month: '2026-02', from: '', to: '' })).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(periodDays({ mode: 'range', month: '', from: '2026-10-01', to: '' })).toBeNull()
  })
})

describe('sheets and progress', () => {
  it('lists the Data sheet only when asked', () => {
    expect(plannedSheets(false)).toEqual(['summary', 'trends', 'segments', 'complaints', 'verbatims', 'followups', 'definitions'])
    expect(plannedSheets(true).at(-1)).toBe('data')
  })

  it('advances a report stage by stage and an export by rows', () => {
    expect(jobPercent('report', '', 0, 0)).toBe(0)
    expect(jobPercent('report', 'figures', 0, 8)).toBe(0)
    expect(jobPercent('report', 'segments', 2, 8)).toBe(25) // stage 3 of 8 begins
    expect(jobPercent('report', 'data', 500, 1000)).toBe(81) // (6 + 0.5) / 8
    expect(jobPercent('report', 'saving', 7, 8)).toBe(88)
    expect(jobPercent('report', 'saving', 8, 8)).toBe(100)
    expect(countsRows('report', 'figures')).toBe(false)
    expect(countsRows('report', 'data')).toBe(true)
    expect(jobPercent('export', 'rows', 250, 1000)).toBe(25)
    expect(jobPercent('export', 'rows', 5, 0)).toBe(0)
  })
})

describe('file names and command lines', () => {
  it('names files as the Go save dialog does', () => {
    expect(reportFileName('zh', { month: '2026-10', from: '', to: '' })).toBe('满意度月报-2026-10.xlsx')
    expect(reportFileName('en', { month: '', from: '2026-10-01', to: '2026-12-31' })).toBe('satisfaction-report-2026-10-01_2026-12-31.xlsx')
    expect(exportFileName('tickets', 'zh', 'csv', '2026-10-01', '2026-10-31')).toBe('投诉工单-2026-10-01_2026-10-31.csv')
    expect(exportFileName('responses', 'en', 'xlsx', '', '')).toBe('responses.xlsx')
  })

  it('quotes only words that need it', () => {
    expect(shellWord('2026-10')).toBe('2026-10')
    expect(shellWord('满意度月报-2026-10.xlsx')).toBe("'满意度月报-2026-10.xlsx'")
    expect(shellWord("it's")).toBe("'it'\\''s'")
  })

  it('builds the report command for the builder choices', () => {
    const period = { mode: 'month' as const, month: '2026-10', from: '', to: '' }
    expect(reportCommand({ period, lang: 'en', surveyIds: [2, 5], segments: { region: '华东' }, includeData: true })).toBe(
      "feedbackctl report --month 2026-10 --lang en --survey 2 --survey 5 --region '华东' --data -o satisfaction-report-2026-10.xlsx",
    )
    expect(reportCommand({ period, lang: 'zh', surveyIds: [], segments: {}, includeData: false })).toBe(
      "feedbackctl report --month 2026-10 --lang zh -o '满意度月报-2026-10.xlsx'",
    )
  })

  it('builds the export command; encoding only for CSV, surveys only for responses', () => {
    const base = { from: '2026-10-01', to: '2026-10-31', surveyIds: [3], lang: 'en' as const, encoding: 'gb18030' as const }
    expect(exportCommand({ ...base, kind: 'responses', format: 'csv' })).toBe(
      'feedbackctl export responses --from 2026-10-01 --to 2026-10-31 --format csv --encoding gb18030 --survey 3 --lang en -o responses-2026-10-01_2026-10-31.csv',
    )
    expect(exportCommand({ ...base, kind: 'tickets', format: 'xlsx' })).toBe(
      'feedbackctl export tickets --from 2026-10-01 --to 2026-10-31 --format xlsx --lang en -o tickets-2026-10-01_2026-10-31.xlsx',
    )
  })
})

describe('requests', () => {
  it('sends a month report with only the set segments', () => {
    const form = {
      period: { mode: 'month' as const, month: '2026-10', from: '', to: '' },
      lang: 'zh' as const,
      surveyIds: [1],
      segments: { channel: 'phone', region: '' },
      includeData: false,
    }
    expect(reportRequest(form)).toEqual({ month: '2026-10', from: '', to: '', lang: 'zh', surveyIds: [1], segments: { channel: 'phone' }, includeData: false })
  })

  it('turns an export month into its days, all time into an open period', () => {
    const base = { kind: 'tickets' as const, format: 'csv' as const, encoding: 'utf8bom' as const, surveyIds: [4], lang: 'en' as const }
    expect(exportRequest({ ...base, period: { mode: 'month', month: '2026-02', from: '', to: '' } })).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
      surveyIds: [],
    })
    expect(exportRequest({ ...base, period: { mode: 'all', month: '2026-02', from: '', to: '' } })).toMatchObject({ from: '', to: '' })
    expect(periodComplete({ mode: 'range', month: '', from: '2026-01-01', to: '' })).toBe(false)
    expect(periodComplete({ mode: 'all', month: '', from: '', to: '' })).toBe(true)
  })
})
