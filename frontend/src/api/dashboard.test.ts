import { afterEach, describe, expect, it } from 'vitest'
import { dashboardApi, toRetagProgress } from './dashboard'

/** What the Go facade returns (metrics JSON in snake_case, as the CLI's). */
const payload = {
  from: '2026-10-01',
  to: '2026-10-31',
  previous_from: '2026-09-01',
  previous_to: '2026-09-30',
  summaries: true,
  headline: {
    current: { group: 'all', nps: { valid: true, score: 25, rounded: 25, n: 40, ci_low: 5, ci_high: 43, indicative: false } },
    previous: { group: 'all', nps: { valid: true, score: 5, rounded: 5, n: 38 } },
    nps_change: { delta: 20, z: 2.1, significant: true, direction: 'up' },
    csat_change: null,
  },
  trend: [{ group: '2026-09', nps: { valid: true, n: 38 } }, { group: '2026-10' }],
  breakdowns: [{ by: 'channel', groups: [{ group: '电话', csat: { valid: true, n: 12, percent: 75, scale_min: 1, scale_max: 5 } }] }],
}

const w = globalThis as unknown as { window?: unknown }

afterEach(() => {
  delete w.window
})

describe('dashboardApi', () => {
  it('normalises the survey figures', async () => {
    let asked: unknown = null
    w.window = { go: { api: { Dashboard: { Surveys: async (q: unknown) => ((asked = q), payload) } } } }
    const d = await dashboardApi.surveys({ from: '2026-10-01', to: '2026-10-31', surveyIds: [3], trendMonths: 24 })
    expect(asked).toMatchObject({ from: '2026-10-01', surveyIds: [3], trendMonths: 24 })
    expect(d.previousFrom).toBe('2026-09-01')
    expect(d.current.nps?.ciLow).toBe(5)
    expect(d.npsChange).toMatchObject({ significant: true, direction: 'up' })
    expect(d.csatChange).toBeNull()
    expect(d.trend.map((g) => g.group)).toEqual(['2026-09', '2026-10'])
    expect(d.trend[1]!.nps).toBeNull()
    expect(d.breakdowns[0]!.groups[0]!.csat?.percent).toBe(75)
  })

  it('turns a coded Go error into an AppError', async () => {
    w.window = {
      go: { api: { Dashboard: { Surveys: async () => Promise.reject('{"code":"invalid","key":"error.period.reversed","message":"x"}') } } },
    }
    await expect(dashboardApi.surveys({ from: '2026-11-01', to: '2026-10-01', surveyIds: [], trendMonths: 12 })).rejects.toMatchObject({
      key: 'error.period.reversed',
    })
  })
})

describe('dashboardApi.tickets', () => {
  it('normalises the complaint figures', async () => {
    const sla = { tickets: 2, attainment: [{ kind: 'resolution', met: 1, breached: 0, n: 1, percent: 100 }], durations: [] }
    w.window = {
      go: {
        api: {
          Dashboard: {
            Tickets: async () => ({
              from: '2026-03-01', opened: 2, resolved: 1, backlog: 1, sla,
              trend: [{ month: '2026-03', opened: 2, resolved: 1, sla }], months: ['2026-03'],
              heatmap: [{ category: '账单', counts: [1], total: 1 }],
            }),
          },
        },
      },
    }
    const c = await dashboardApi.tickets({ from: '', to: '', surveyIds: [], trendMonths: 12 })
    expect(c.opened).toBe(2)
    expect(c.sla.attainment[0]!.percent).toBe(100)
    expect(c.trend[0]!.sla.tickets).toBe(2)
    expect(c.heatmap[0]).toEqual({ category: '账单', counts: [1], total: 1 })
    expect(c.openedPrevious).toBe(0)
  })
})

describe('dashboardApi.themes', () => {
  it('normalises theme figures and sends the codebook in Go field names', async () => {
    let saved: unknown = null
    w.window = {
      go: {
        api: {
          Dashboard: {
            Themes: async () => ({
              from: '2026-10-01', texts: 100, months: ['2026-10'],
              themes: [{ key: 'speed', name: '响应速度', name_en: 'Speed', mentions: 6, share: 6, counts: [6],
                impact: { with: { valid: true, rounded: -50, n: 2 }, without: { valid: true, rounded: 55, n: 55 }, delta: -105 } }],
              phrases: [{ text: '当天', count: 21, themes: [] }],
            }),
            SaveCodebook: async (cb: unknown) => ((saved = cb), cb),
          },
        },
      },
    }
    const d = await dashboardApi.themes({ from: '2026-10-01', to: '2026-10-31', surveyIds: [], trendMonths: 12 })
    expect(d.themes[0]).toMatchObject({ key: 'speed', nameEn: 'Speed', mentions: 6, delta: -105 })
    expect(d.themes[0]!.npsWith?.n).toBe(2)
    expect(d.phrases[0]!.themes).toEqual([])
    const cb = await dashboardApi.saveCodebook([{ key: 'x', name: '甲', nameEn: 'A', keywords: ['甲'], exclude: [] }])
    expect(saved).toEqual([{ key: 'x', name: '甲', name_en: 'A', keywords: ['甲'], exclude: [] }])
    expect(cb[0]!.nameEn).toBe('A')
  })
})

describe('dashboardApi theme decisions and complaint category', () => {
  it('sends the category, "" when absent', async () => {
    const asked: unknown[] = []
    w.window = { go: { api: { Dashboard: { Tickets: async (q: unknown) => (asked.push(q), {}) } } } }
    await dashboardApi.tickets({ from: '', to: '', surveyIds: [], trendMonths: 12, category: 'none' })
    await dashboardApi.tickets({ from: '', to: '', surveyIds: [], trendMonths: 12 })
    expect(asked[0]).toMatchObject({ category: 'none' })
    expect(asked[1]).toMatchObject({ category: '' })
  })

  it('reads saved decisions back, keeping only booleans', async () => {
    const asked: unknown[] = []
    w.window = {
      go: {
        api: {
          Dashboard: {
            ThemeDecisions: async (kind: string, id: number) => (asked.push([kind, id]), { speed: true, price: false, junk: 'x', '': true }),
            SetTicketThemes: async (id: number, d: unknown) => void asked.push(['set', id, d]),
          },
        },
      },
    }
    expect(await dashboardApi.themeDecisions('ticket', 9)).toEqual({ speed: true, price: false })
    await dashboardApi.setTicketThemes(9, { refund: false })
    expect(asked).toEqual([['ticket', 9], ['set', 9, { refund: false }]])
  })

  it('treats a null map as no decisions', async () => {
    w.window = { go: { api: { Dashboard: { ThemeDecisions: async () => null } } } }
    expect(await dashboardApi.themeDecisions('response', 1)).toEqual({})
  })
})

describe('dashboardApi re-tagging after a codebook save', () => {
  it('reads the status, "idle" when the backend says nothing, and asks to cancel', async () => {
    const asked: string[] = []
    let status: unknown = { state: 'running', done: 2000, total: 9000, tagged: 700 }
    w.window = {
      go: {
        api: {
          Dashboard: {
            RetagStatus: async () => (asked.push('status'), status),
            CancelRetag: async () => void asked.push('cancel'),
          },
        },
      },
    }
    expect(await dashboardApi.retagStatus()).toEqual({ state: 'running', done: 2000, total: 9000, tagged: 700, errorKey: '', error: '' })
    status = null
    expect((await dashboardApi.retagStatus()).state).toBe('idle')
    await dashboardApi.cancelRetag()
    expect(asked).toEqual(['status', 'status', 'cancel'])
  })

  it('keeps a failure reason from an event', () => {
    expect(toRetagProgress({ state: 'failed', done: 5, total: 9, errorKey: 'error.internal', error: 'Internal error.' })).toMatchObject({
      state: 'failed',
      done: 5,
      errorKey: 'error.internal',
    })
  })
})
