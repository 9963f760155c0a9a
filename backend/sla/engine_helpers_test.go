package sla_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// Targets of the standard test policy, in minutes: first response, next
// reply, resolution per priority.
var stdMinutes = map[string][3]int{
	"P1": {60, 120, 480},
	"P2": {120, 240, 960},
	"P3": {240, 480, 2400},
	"P4": {480, 960, 4800},
}

// stdPolicy is a business-hours policy with every default.
func stdPolicy() sla.Policy {
	p := sla.Policy{Name: "standard", Version: 1, Targets: map[string]sla.Targets{}}
	for k, m := range stdMinutes {
		p.Targets[k] = sla.Targets{
			FirstResponse: sla.Target{Minutes: m[0]},
			NextReply:     sla.Target{Minutes: m[1]},
			Resolution:    sla.Target{Minutes: m[2]},
		}
	}
	return p
}

// withTarget returns p with target k of priority pr set to t.
func withTarget(p sla.Policy, pr string, k sla.Kind, t sla.Target) sla.Policy {
	ts := map[string]sla.Targets{}
	for key, v := range p.Targets {
		ts[key] = v
	}
	v := ts[pr]
	switch k {
	case sla.FirstResponse:
		v.FirstResponse = t
	case sla.NextReply:
		v.NextReply = t
	case sla.Resolution:
		v.Resolution = t
	}
	ts[pr] = v
	p.Targets = ts
	return p
}

// nineToFive is Mon–Fri 09:00–17:00 in Asia/Shanghai.
func nineToFive(tb testing.TB) *sla.Calendar {
	tb.Helper()
	return mustCal(tb, "Asia/Shanghai", "Mon-Fri 09:00-17:00")
}

// sh parses a Shanghai wall-clock time "2006-01-02 15:04".
func sh(tb testing.TB, s string) time.Time {
	tb.Helper()
	return local(tb, mustLoc(tb, "Asia/Shanghai"), s)
}

func evCreated(at time.Time, cat feedback.StatusCategory, p int) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventCreated, Category: cat, Priority: p}
}

func evStatus(at time.Time, cat feedback.StatusCategory) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventStatus, Category: cat}
}

func evOut(at time.Time) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventReply, Direction: feedback.Outbound}
}

func evIn(at time.Time) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventReply, Direction: feedback.Inbound}
}

func evPriority(at time.Time, p int) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventPriority, Priority: p}
}

func evReopen(at time.Time) sla.Event { return sla.Event{At: at, Kind: feedback.EventReopen} }

func evPolicy(at time.Time, p sla.Policy) sla.Event {
	return sla.Event{At: at, Kind: feedback.EventPolicy, Policy: &p}
}

func evNote(at time.Time) sla.Event { return sla.Event{At: at, Kind: feedback.EventNote} }

// mustCompute is Compute that fails the test on error.
func mustCompute(tb testing.TB, p sla.Policy, c *sla.Calendar, evs []sla.Event, now time.Time) sla.Result {
	tb.Helper()
	r, err := sla.Compute(p, c, evs, now)
	if err != nil {
		tb.Fatalf("Compute: %v", err)
	}
	return r
}

// check asserts a target's state, actual minutes and due (zero want = nil).
func check(tb testing.TB, tr sla.TargetResult, state sla.State, actualMin float64, due time.Time) {
	tb.Helper()
	if tr.State != state {
		tb.Errorf("%s: state = %s, want %s", tr.Kind, tr.State, state)
	}
	if got := tr.Actual.Minutes(); got != actualMin {
		tb.Errorf("%s: actual = %v min, want %v", tr.Kind, got, actualMin)
	}
	switch {
	case due.IsZero() && tr.Due != nil:
		tb.Errorf("%s: due = %s, want none", tr.Kind, tr.Due.Format(time.RFC3339))
	case !due.IsZero() && tr.Due == nil:
		tb.Errorf("%s: due = none, want %s", tr.Kind, due.Format(time.RFC3339))
	case !due.IsZero():
		sameInstant(tb, string(tr.Kind)+" due", *tr.Due, due)
	}
}

// wantAt asserts that an optional instant is set to want (zero = nil).
func wantAt(tb testing.TB, what string, got *time.Time, want time.Time) {
	tb.Helper()
	switch {
	case got == nil && !want.IsZero():
		tb.Errorf("%s = none, want %s", what, want.Format(time.RFC3339))
	case got != nil && want.IsZero():
		tb.Errorf("%s = %s, want none", what, got.Format(time.RFC3339))
	case got != nil:
		sameInstant(tb, what, *got, want)
	}
}
