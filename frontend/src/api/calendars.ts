/**
 * Typed facade over the bound Go struct `api.Calendars`: business calendars
 * (weekly hours with lunch breaks, date overrides incl. make-up workdays
 * 调休, 24×7), holiday-list import through a Go open dialog, and the due
 * calculator. Saving adds a version. Every call rejects with an AppError.
 */
import { call } from './errors'
import { arr, bool, num, rec, recs, str, strs } from './coerce'
import * as Calendars from '../../wailsjs/go/api/Calendars'
import { api } from '../../wailsjs/go/models'
import type { Calendar, CalendarDefinition, CalendarOverride, CalendarSummary, HolidayImport } from './ticketTypes'

function toOverride(v: unknown): CalendarOverride {
  const o = rec(v)
  return { date: str(o.date), kind: str(o.kind), hours: strs(o.hours), name: str(o.name) }
}

function toCalendar(v: unknown): Calendar {
  const o = rec(v)
  const weekly = arr(o.weekly).map(strs)
  while (weekly.length < 7) weekly.push([])
  const months: Record<string, CalendarOverride[]> = {}
  for (const [k, x] of Object.entries(rec(o.months))) months[k] = arr(x).map(toOverride)
  return {
    id: num(o.id),
    name: str(o.name),
    version: num(o.version),
    createdAt: str(o.createdAt),
    zone: str(o.zone),
    always: bool(o.always),
    weekly,
    overrides: arr(o.overrides).map(toOverride),
    months,
  }
}

export const calendarsApi = {
  async list(): Promise<CalendarSummary[]> {
    return recs(await call(() => Calendars.List())).map((c) => ({ id: num(c.id), name: str(c.name), version: num(c.version), updatedAt: str(c.updatedAt) }))
  },
  async get(name: string): Promise<Calendar> {
    return toCalendar(await call(() => Calendars.Get(name)))
  },
  /** Saves a new version (or a new calendar); returns it. */
  async save(def: CalendarDefinition): Promise<Calendar> {
    return toCalendar(await call(() => Calendars.Save(api.CalendarInput.createFrom(def))))
  },
  /** Opens a Go file dialog (holiday-cn .json or date,type,hours .csv) and merges the list. */
  async importHolidays(name: string): Promise<HolidayImport> {
    const o = rec(await call(() => Calendars.ImportHolidays(name)))
    return { canceled: bool(o.canceled), file: str(o.file), imported: num(o.imported), calendar: toCalendar(o.calendar) }
  },
  /** The due instant (RFC 3339 with offset) of `minutes` business minutes from start ("YYYY-MM-DDTHH:MM" in the calendar's zone). */
  async due(name: string, start: string, minutes: number): Promise<string> {
    return str(await call(() => Calendars.Due(name, start, minutes)))
  },
}
