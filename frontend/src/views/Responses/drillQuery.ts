/**
 * Reads a drill-down route query (/responses?from=…&to=…&channel=…&surveyId=…
 * &surveyIds=1,2&band=…&search=…&theme=…, as the dashboard's sections build it) into a
 * patch of the responses list's filters (theme = a verbatim theme key).
 * Unknown or malformed parameters are ignored; null when the query carries
 * nothing to apply (the list keeps its current filters).
 */
import type { ResponseFilters } from '@/stores/responses'

type Query = Record<string, unknown>

const day = /^\d{4}-\d{2}-\d{2}$/

function one(v: unknown): string {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' ? s.trim() : ''
}

export function parseDrillQuery(q: Query): Partial<ResponseFilters> | null {
  const patch: Partial<ResponseFilters> = {}
  const from = one(q.from)
  const to = one(q.to)
  if (day.test(from) && day.test(to)) {
    Object.assign(patch, from <= to ? { from, to } : { from: to, to: from })
  }
  for (const k of ['channel', 'region', 'product', 'agent'] as const) {
    const v = one(q[k])
    if (v !== '') patch[k] = v.slice(0, 200)
  }
  const band = one(q.band)
  if (['promoter', 'passive', 'detractor', 'scored'].includes(band)) patch.band = band as ResponseFilters['band']
  const search = one(q.search)
  if (search !== '') patch.search = search.slice(0, 100)
  const theme = one(q.theme)
  if (theme !== '') patch.theme = theme.slice(0, 100)
  const id = Number(one(q.surveyId))
  if (one(q.surveyId) !== '' && Number.isSafeInteger(id) && id > 0) patch.surveyId = id
  const ids = one(q.surveyIds)
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isSafeInteger(n) && n > 0)
  if (ids.length > 1 && patch.surveyId === undefined) patch.surveyIds = [...new Set(ids)].slice(0, 100)
  return Object.keys(patch).length > 0 ? patch : null
}
