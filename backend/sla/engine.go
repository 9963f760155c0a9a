package sla

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
)

// ErrInvalidLog is wrapped by Compute's errors about an event log it cannot
// read (no creation first, a bad priority, a policy event without a policy).
var ErrInvalidLog = errors.New("sla: invalid ticket event log")

// Compute replays a ticket's event log up to now under policy and cal and
// returns the state of its three targets. It is pure: the same inputs give
// the same result, so recomputing with another policy or calendar (a
// what-if) needs nothing more than passing them. cal is used for business
// mode targets and for the zone of the returned instants.
//
// The rules (DOMAIN.md "Complaint tickets and SLA"), with the edge cases:
//
//   - Events are taken in time order (a log out of order is sorted, stably);
//     events after now are ignored; the first must be EventCreated. Events
//     at the same instant are applied in log order, and a clock's breach at
//     that instant is judged after all of them, so "pending then resolved"
//     in one instant is a plain stop and leaves no pause.
//   - First response and resolution start at creation; a ticket created in
//     a pausing status starts paused, one created resolved stops at once.
//   - Working time counts open time of cal (business mode) or real elapsed
//     time (calendar mode), minus time spent in a status category that
//     pauses that target (Policy.Pauses).
//   - A target is met when the clock stops at or before its due instant,
//     the earliest instant with consumed working time = target. It is
//     breached when the clock is still running (or paused) at due;
//     BreachedAt is then due itself, even when the stop comes days later
//     after closed hours in which no more time was consumed.
//   - A priority or policy change keeps the consumed working time and
//     applies the new target (and mode and pausing statuses) from the
//     change instant on; if the consumed time is already over the new
//     target, the target is breached at the change instant. A breach,
//     once recorded, is not undone by a later, longer target.
//   - A public outbound reply stops first response and the open next-reply
//     cycle. An inbound reply opens a next-reply cycle only once the first
//     response has stopped and when no cycle is open (so the cycle runs
//     from the oldest unanswered message). Internal notes are ignored.
//   - Moving to resolved or closed stops every running clock (StoppedBy
//     "resolved"/"closed"). Moving back out of them (EventReopen or a
//     status event) resumes the resolution clock, or restarts it when the
//     policy says so; a customer message that arrived while the ticket was
//     done opens a next-reply cycle at the reopen instant.
func Compute(policy Policy, cal *Calendar, events []Event, now time.Time) (Result, error) {
	e, err := run(&policy, cal, events, now, false)
	if err != nil {
		return Result{}, err
	}
	return e.result()
}

// engine replays one ticket's log.
type engine struct {
	pol      *Policy
	cal      *Calendar
	loc      *time.Location
	now      time.Time
	warnings []int
	priority int
	cat      feedback.StatusCategory
	before   feedback.StatusCategory // the category just before the current instant
	clocks   [3]clock                // FirstResponse, NextReply, Resolution
	inbound  bool                    // an inbound message arrived while done and is unanswered
	trace    bool
}

// run validates its inputs and replays the events up to now.
func run(pol *Policy, cal *Calendar, events []Event, now time.Time, trace bool) (*engine, error) {
	if cal == nil {
		return nil, errors.New("sla: compute: no calendar")
	}
	if err := pol.Validate(); err != nil {
		return nil, err
	}
	if !slices.IsSortedFunc(events, byTime) {
		events = slices.Clone(events)
		slices.SortStableFunc(events, byTime)
	}
	if len(events) == 0 || events[0].Kind != feedback.EventCreated {
		return nil, fmt.Errorf("%w: the first event must be %q", ErrInvalidLog, feedback.EventCreated)
	}
	loc := cal.Location()
	now = now.Round(0).In(loc)
	created := events[0]
	if created.At.After(now) {
		return nil, fmt.Errorf("%w: the ticket was created after now", ErrInvalidLog)
	}
	e := &engine{pol: pol, cal: cal, loc: loc, now: now, warnings: pol.WarningLevels(), trace: trace}
	for i, k := range Kinds {
		e.clocks[i].kind = k
	}
	prev := created.At.Round(0).In(loc)
	for i := 0; i < len(events); {
		b := events[i].At.Round(0).In(loc)
		if b.After(now) {
			break
		}
		if err := e.advance(prev, b); err != nil {
			return nil, err
		}
		e.before = e.cat
		for ; i < len(events) && events[i].At.Equal(b); i++ {
			if err := e.apply(events[i], b, i == 0); err != nil {
				return nil, err
			}
		}
		e.settle(b)
		prev = b
	}
	if err := e.advance(prev, now); err != nil {
		return nil, err
	}
	return e, nil
}

func byTime(a, b Event) int { return a.At.Compare(b.At) }

// apply applies one event at instant b.
func (e *engine) apply(ev Event, b time.Time, first bool) error {
	if ev.Kind == feedback.EventCreated && !first {
		return fmt.Errorf("%w: a second %q event", ErrInvalidLog, ev.Kind)
	}
	switch ev.Kind {
	case feedback.EventCreated:
		if err := e.setPriority(ev.Priority, b); err != nil {
			return err
		}
		e.clocks[0].begin(e, b)
		e.clocks[2].begin(e, b)
		return e.setCategory(ev.Category, feedback.CatNew, b)
	case feedback.EventStatus:
		return e.setCategory(ev.Category, e.cat, b)
	case feedback.EventReopen:
		return e.setCategory(ev.Category, feedback.CatOpen, b)
	case feedback.EventPriority:
		return e.setPriority(ev.Priority, b)
	case feedback.EventPolicy:
		if ev.Policy == nil {
			return fmt.Errorf("%w: a %q event without a policy", ErrInvalidLog, ev.Kind)
		}
		if err := ev.Policy.Validate(); err != nil {
			return err
		}
		old := e.pol.Name
		e.pol, e.warnings = ev.Policy, ev.Policy.WarningLevels()
		for i := range e.clocks {
			if c := &e.clocks[i]; c.started {
				c.resetMarks(e.warnings, c.marks)
			}
		}
		e.retarget(b, func() string { return fmt.Sprintf("policy %s → %s v%d", old, ev.Policy.Name, ev.Policy.Version) })
	case feedback.EventReply:
		switch ev.Direction {
		case feedback.Outbound:
			e.inbound = false
			e.clocks[0].stop(e, b, "reply")
			e.clocks[1].stop(e, b, "reply")
		case feedback.Inbound:
			fr, nr := &e.clocks[0], &e.clocks[1]
			switch {
			case e.cat.Done():
				e.inbound = true
			case fr.started && !fr.active && !nr.active:
				nr.begin(e, b)
			}
		default:
			return fmt.Errorf("%w: reply direction %q", ErrInvalidLog, ev.Direction)
		}
	}
	return nil
}

// setCategory moves the ticket to category cat (def when empty).
func (e *engine) setCategory(cat, def feedback.StatusCategory, b time.Time) error {
	if cat == "" {
		cat = def
	}
	if !cat.Valid() {
		return fmt.Errorf("%w: unknown status category %q", ErrInvalidLog, cat)
	}
	old := e.cat
	e.cat = cat
	switch {
	case cat.Done() && !old.Done():
		for i := range e.clocks {
			e.clocks[i].stop(e, b, string(cat))
		}
	case old.Done() && !cat.Done():
		res := &e.clocks[2]
		if e.pol.ReopenMode() == Restart {
			res.begin(e, b)
			if e.trace {
				res.note("reopened %s: the resolution clock restarts from zero", e.fmt(b))
			}
		} else {
			res.resume(e, b)
		}
		if e.inbound && e.clocks[0].started && !e.clocks[0].active {
			e.clocks[1].begin(e, b)
			e.inbound = false
		}
	}
	if cat != old && !cat.Done() {
		for i := range e.clocks {
			c := &e.clocks[i]
			if c.active && e.pol.Pauses(c.kind, cat) != (old != "" && e.pol.Pauses(c.kind, old)) {
				if e.trace {
					c.note("status %s at %s (%v consumed)", cat, e.fmt(b), minutes(c.consumed))
				}
			}
		}
	}
	return nil
}

// setPriority changes the priority and applies its targets.
func (e *engine) setPriority(p int, b time.Time) error {
	if p < 1 || p > 4 {
		return fmt.Errorf("%w: priority %d (want 1 … 4)", ErrInvalidLog, p)
	}
	old := e.priority
	e.priority = p
	if old != 0 && old != p {
		e.retarget(b, func() string { return fmt.Sprintf("priority P%d → P%d", old, p) })
	} else if old == 0 {
		for i := range e.clocks {
			e.clocks[i].target = e.pol.TargetFor(p, e.clocks[i].kind)
		}
	}
	return nil
}

// retarget applies the current policy's targets for the current priority
// at instant b, keeping the consumed time.
func (e *engine) retarget(b time.Time, why func() string) {
	for i := range e.clocks {
		c := &e.clocks[i]
		t := e.pol.TargetFor(e.priority, c.kind)
		if t == c.target {
			continue
		}
		c.target = t
		if !c.active {
			continue
		}
		if e.trace {
			c.note("%s at %s: target now %d min (%s), %v already consumed", why(), e.fmt(b), t.Minutes, modeOf(t), minutes(c.consumed))
		}
		if t.Minutes > 0 {
			for j := range c.marks {
				if m := &c.marks[j]; !m.reached && c.consumed > need(t, m.pct) {
					m.reached, m.at = true, b
				}
			}
		}
	}
}

// advance runs the clocks over the stretch [a, b), in which no event
// happens, recording the marks (warnings, breach) reached strictly inside.
func (e *engine) advance(a, b time.Time) error {
	if !b.After(a) {
		return nil
	}
	wBusiness := time.Duration(-1)
	for i := range e.clocks {
		c := &e.clocks[i]
		if !c.active {
			continue
		}
		mode := modeOf(c.target)
		paused := e.pol.Pauses(c.kind, e.cat)
		if e.trace {
			c.stretches = append(c.stretches, stretch{From: a, To: b, Paused: paused, Cat: e.cat, Mode: mode})
		}
		if paused {
			continue
		}
		var w time.Duration
		switch {
		case mode == Elapsed:
			w = b.Sub(a)
		case wBusiness < 0:
			wBusiness = e.cal.WorkingTime(a, b)
			w = wBusiness
		default:
			w = wBusiness
		}
		if c.target.Minutes > 0 {
			for j := range c.marks {
				m := &c.marks[j]
				left := need(c.target, m.pct) - c.consumed
				if m.reached || left > w {
					continue
				}
				t, err := e.add(mode, a, max(left, 0))
				if err != nil {
					return err
				}
				if t.Before(b) {
					m.reached, m.at = true, t
				}
			}
		}
		c.consumed += w
	}
	return nil
}

// settle records, after all events at instant b, the marks that clocks
// still running (or paused) have reached by b.
func (e *engine) settle(b time.Time) {
	for i := range e.clocks {
		c := &e.clocks[i]
		if !c.active || c.target.Minutes <= 0 {
			continue
		}
		for j := range c.marks {
			if m := &c.marks[j]; !m.reached && c.consumed >= need(c.target, m.pct) {
				m.reached, m.at = true, b
			}
		}
	}
}

// add returns the instant d of working time after a in mode.
func (e *engine) add(mode Mode, a time.Time, d time.Duration) (time.Time, error) {
	if mode == Elapsed {
		return a.Add(d).In(e.loc), nil
	}
	return e.cal.AddWorking(a, d)
}

// need is the working time at which pct percent of t is consumed.
func need(t Target, pct int) time.Duration { return t.Duration() * time.Duration(pct) / 100 }

// modeOf returns t's mode, Business when unset.
func modeOf(t Target) Mode {
	if t.Mode == Elapsed {
		return Elapsed
	}
	return Business
}

// minutes formats a duration as whole or fractional minutes.
func minutes(d time.Duration) string {
	if d%time.Minute == 0 {
		return fmt.Sprintf("%d min", d/time.Minute)
	}
	return fmt.Sprintf("%.1f min", d.Minutes())
}

// fmt formats an instant in the calendar's zone.
func (e *engine) fmt(t time.Time) string { return t.In(e.loc).Format("2006-01-02 15:04 Mon") }
