// Package sla holds the pure business-time arithmetic of Feedback Desk: a
// business Calendar (an IANA time zone; per weekday a list of open
// intervals, so a lunch break is two intervals; date overrides for
// holidays, make-up workdays (调休/补班) and partial days; or 24×7), and
// the operations the SLA engine is built on: the open spans in a range,
// working time between two instants, the deadline after a given amount of
// working time, the next opening, and the same with pauses (time spent in
// pausing statuses) removed.
//
// On top of the calendar sits the SLA policy engine: a [Policy] (ordered
// conditions, per-priority targets for first response, next reply and
// resolution in business or calendar minutes, pausing categories, reopen
// behaviour, warnings and escalations; [SelectPolicy] picks the first
// match), [Compute] (target states recomputed from a ticket's append-only
// event log), [Explain] (the counted, paused and out-of-hours timeline that
// shows why a due time is what it is), [Notifications] (warnings and
// escalations, shifted into open hours) and the figures dashboards need
// ([Attainment], [Summarize]).
//
// Everything here is pure: no I/O, no global state, and never time.Now();
// the caller passes every instant in. The definitions follow DOMAIN.md
// ("Complaint tickets and SLA"):
//
//   - W(t₁, t₂) = open time in [t₁, t₂) minus open time spent in pausing
//     statuses: [Calendar.WorkingTime], [Calendar.WorkingTimeExcluding].
//   - Due = the earliest t with W(start, t) = target:
//     [Calendar.AddWorking], [Calendar.AddWorkingExcluding]. A start outside
//     hours therefore counts from the next opening, a target that is used up
//     exactly at the end of an interval is due at that end (09:00 + 3h with a
//     lunch break at 12:00 is due 12:00, not 13:30), and a zero target is due
//     at start itself.
//
// # Time zones and daylight saving time
//
// Open intervals are local wall-clock times of the calendar's zone, and
// overrides are keyed by the local date, so a holiday on 2026-05-01 closes
// exactly the local day 2026-05-01 00:00–24:00 in that zone (never a UTC
// day). Each local day's intervals are turned into absolute instants one
// day at a time, and all durations are real elapsed time: an interval
// 01:00–04:00 lasts 2h on a spring-forward night and 4h on a fall-back
// night, and a 24×7 calendar gives 23 working hours on a spring-forward day.
//
// Wall-clock times that do not exist or exist twice are resolved by one
// rule, the same in every zone (Go's time.Date leaves this unspecified and
// in practice picks differently east and west of UTC):
//
//   - A time in a spring-forward gap (02:30 in New York on 2026-03-08)
//     means the instant of the transition (03:00 EDT): an interval opening
//     inside the gap opens when the clock jumps, and one lying wholly inside
//     the gap is empty.
//   - A time that occurs twice on a fall-back night (01:30 in New York on
//     2026-11-01) means its first occurrence (01:30 EDT). An interval that
//     spans the repeated hour includes it; one lying wholly inside it is
//     open during the first pass only.
//
// This mapping from wall-clock time to instants never decreases, so the
// spans of consecutive days never overlap and never run backwards.
//
// Instants returned by this package are in the calendar's location.
// Errors returned by [New] and the parsers wrap [ErrInvalidCalendar].
package sla
