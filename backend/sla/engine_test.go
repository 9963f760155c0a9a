package sla_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// Golden cases on Mon–Fri 09:00–17:00 Shanghai (2026-03-02 is a Monday)
// unless a case says otherwise. Each test names the bug class it guards.

// Bug class: a pause and a resolve in the same instant leave the clock
// "paused" forever, or record a pause with no end.
func TestPauseThenResolveSameInstant(t *testing.T) {
	c := nineToFive(t)
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 2),
		evOut(sh(t, "2026-03-02 09:30")),
		evStatus(sh(t, "2026-03-02 11:00"), feedback.CatPendingCust),
		evStatus(sh(t, "2026-03-02 11:00"), feedback.CatResolved),
	}
	r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 15:00"))
	check(t, r.Resolution, sla.Met, 120, sh(t, "2026-03-03 17:00")) // due as it stood at the stop
	wantAt(t, "stopped_at", r.Resolution.StoppedAt, sh(t, "2026-03-02 11:00"))
	if r.Resolution.StoppedBy != "resolved" || r.Resolution.PausedBy != "" || r.Resolution.Met != 1 {
		t.Errorf("resolution = %+v, want stopped by resolved, not paused, counted met", r.Resolution)
	}
	x, err := sla.Explain(stdPolicy(), c, evs, sh(t, "2026-03-02 15:00"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.Timelines[2].Segments {
		if s.Kind == sla.PausedTime {
			t.Errorf("resolution timeline has a paused segment %+v", s)
		}
	}

	t.Run("due exactly at that instant is met", func(t *testing.T) {
		p := withTarget(stdPolicy(), "P2", sla.Resolution, sla.Target{Minutes: 120})
		r := mustCompute(t, p, c, evs, sh(t, "2026-03-02 15:00"))
		check(t, r.Resolution, sla.Met, 120, sh(t, "2026-03-02 11:00"))
		if r.Resolution.TimeLeft != 0 {
			t.Errorf("time left = %v, want 0", r.Resolution.TimeLeft)
		}
	})
}

// Bug class: a ticket created directly in a pausing status counts from
// creation instead of starting paused.
func TestCreatedInPausedStatus(t *testing.T) {
	c := nineToFive(t)
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-02 09:00"), feedback.CatPendingThird, 2),
		evStatus(sh(t, "2026-03-02 10:00"), feedback.CatOpen),
	}
	r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 09:30"))
	check(t, r.FirstResponse, sla.Paused, 0, time.Time{})
	check(t, r.Resolution, sla.Paused, 0, time.Time{})
	if r.FirstResponse.PausedBy != feedback.CatPendingThird {
		t.Errorf("paused by %q", r.FirstResponse.PausedBy)
	}
	r = mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 11:00"))
	check(t, r.FirstResponse, sla.Running, 60, sh(t, "2026-03-02 12:00"))
	check(t, r.Resolution, sla.Running, 60, sh(t, "2026-03-04 10:00"))

	// Replied while still paused: met, and no due (it was unknown then).
	r = mustCompute(t, stdPolicy(), c, append(evs[:1:1], evOut(sh(t, "2026-03-02 09:45"))), sh(t, "2026-03-02 11:00"))
	check(t, r.FirstResponse, sla.Met, 0, time.Time{})
}

// Bug class: a priority or policy change during a pause loses the consumed
// time, ignores the new target until the pause ends, or erases a breach.
func TestChangeWhilePaused(t *testing.T) {
	c := nineToFive(t)
	t.Run("priority raised past the consumed time: breached at the change", func(t *testing.T) {
		evs := []sla.Event{
			evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 3),
			evStatus(sh(t, "2026-03-02 11:00"), feedback.CatPendingCust),
			evPriority(sh(t, "2026-03-02 12:00"), 1),
		}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 13:00"))
		check(t, r.FirstResponse, sla.Breached, 120, sh(t, "2026-03-02 12:00"))
		wantAt(t, "breached_at", r.FirstResponse.BreachedAt, sh(t, "2026-03-02 12:00"))
		if r.FirstResponse.PausedBy != feedback.CatPendingCust || r.Priority != 1 {
			t.Errorf("paused by %q, priority %d", r.FirstResponse.PausedBy, r.Priority)
		}
	})
	t.Run("priority lowered while paused: new target, consumed kept", func(t *testing.T) {
		evs := []sla.Event{
			evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 1),
			evStatus(sh(t, "2026-03-02 09:30"), feedback.CatPendingCust),
			evPriority(sh(t, "2026-03-02 12:00"), 3),
		}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 13:00"))
		check(t, r.FirstResponse, sla.Paused, 30, time.Time{})
		if r.FirstResponse.TimeLeft != 210*time.Minute {
			t.Errorf("time left = %v, want 3h30m", r.FirstResponse.TimeLeft)
		}
		evs = append(evs, evStatus(sh(t, "2026-03-02 14:00"), feedback.CatOpen))
		r = mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 14:30"))
		check(t, r.FirstResponse, sla.Running, 60, sh(t, "2026-03-03 09:30"))
	})
	t.Run("policy change while paused to a stricter policy", func(t *testing.T) {
		strict := withTarget(stdPolicy(), "P2", sla.FirstResponse, sla.Target{Minutes: 60})
		strict.Name, strict.Version = "strict", 2
		evs := []sla.Event{
			evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 2),
			evStatus(sh(t, "2026-03-02 10:30"), feedback.CatPendingCust),
			evPolicy(sh(t, "2026-03-02 11:00"), strict),
		}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 12:00"))
		check(t, r.FirstResponse, sla.Breached, 90, sh(t, "2026-03-02 11:00"))
		if r.Policy != "strict" || r.PolicyVersion != 2 || r.FirstResponse.Target != time.Hour {
			t.Errorf("policy %s v%d target %v, want strict v2 1h", r.Policy, r.PolicyVersion, r.FirstResponse.Target)
		}
	})
}

// Bug class: a breach is judged against the wrong instant when the priority
// is raised after more than the new target was consumed (it is breached at
// the change, not retroactively), or a breach is erased by lowering it.
func TestPriorityRaisedP3ToP1(t *testing.T) {
	c := nineToFive(t)
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 3),
		evPriority(sh(t, "2026-03-02 10:30"), 1),
		evOut(sh(t, "2026-03-02 10:45")),
	}
	r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 12:00"))
	check(t, r.FirstResponse, sla.Breached, 105, sh(t, "2026-03-02 10:30"))
	wantAt(t, "breached_at", r.FirstResponse.BreachedAt, sh(t, "2026-03-02 10:30"))

	t.Run("raised before the new target is used up", func(t *testing.T) {
		r := mustCompute(t, stdPolicy(), c, evs[:2:2], sh(t, "2026-03-02 09:40"))
		r2 := mustCompute(t, stdPolicy(), c, []sla.Event{evs[0], evPriority(sh(t, "2026-03-02 09:30"), 1)}, sh(t, "2026-03-02 09:40"))
		check(t, r.FirstResponse, sla.Running, 40, sh(t, "2026-03-02 13:00")) // the 10:30 change is after now: ignored
		check(t, r2.FirstResponse, sla.Running, 40, sh(t, "2026-03-02 10:00"))
	})
	t.Run("a breach stays when the priority is lowered", func(t *testing.T) {
		evs := []sla.Event{
			evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 1),
			evPriority(sh(t, "2026-03-02 10:30"), 3),
		}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 11:00"))
		check(t, r.FirstResponse, sla.Breached, 120, sh(t, "2026-03-02 10:00"))
		if r.FirstResponse.TimeLeft != 2*time.Hour {
			t.Errorf("time left against the P3 target = %v, want 2h", r.FirstResponse.TimeLeft)
		}
	})
}

// Bug class: reopen restarts a clock that should resume (or the reverse),
// or counts the earlier run twice.
func TestReopenResumeVsRestart(t *testing.T) {
	c := nineToFive(t)
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 2),
		evOut(sh(t, "2026-03-02 09:10")),
		evStatus(sh(t, "2026-03-02 13:00"), feedback.CatResolved),
		evIn(sh(t, "2026-03-02 15:00")),
		evReopen(sh(t, "2026-03-03 09:00")),
	}
	now := sh(t, "2026-03-03 10:00")
	r := mustCompute(t, stdPolicy(), c, evs, now)
	check(t, r.Resolution, sla.Running, 300, sh(t, "2026-03-04 13:00"))
	if r.Resolution.Met != 0 || len(r.Resolution.Completed) != 0 || r.Resolution.StoppedAt != nil {
		t.Errorf("resumed resolution still counts its first stop: %+v", r.Resolution)
	}
	wantAt(t, "started_at", r.Resolution.StartedAt, sh(t, "2026-03-02 09:00"))
	check(t, r.NextReply, sla.Running, 60, sh(t, "2026-03-03 13:00"))

	resolvedAgain := append(evs[:len(evs):len(evs)], evStatus(sh(t, "2026-03-04 10:00"), feedback.CatClosed))
	r = mustCompute(t, stdPolicy(), c, resolvedAgain, sh(t, "2026-03-05 10:00"))
	check(t, r.Resolution, sla.Met, 780, sh(t, "2026-03-04 13:00"))
	if r.Resolution.Met != 1 || len(r.Resolution.Completed) != 1 || r.Resolution.StoppedBy != "closed" {
		t.Errorf("resolved again: %+v, want one met run stopped by closed", r.Resolution)
	}

	restart := stdPolicy()
	restart.Reopen = sla.Restart
	r = mustCompute(t, restart, c, evs, now)
	check(t, r.Resolution, sla.Running, 60, sh(t, "2026-03-04 17:00"))
	wantAt(t, "started_at", r.Resolution.StartedAt, sh(t, "2026-03-03 09:00"))
	if r.Resolution.Met != 1 || len(r.Resolution.Completed) != 1 || r.Resolution.Completed[0] != 4*time.Hour {
		t.Errorf("restarted resolution: met %d completed %v, want the first run counted once (4h)", r.Resolution.Met, r.Resolution.Completed)
	}
}

// Bug class: a deadline that ends exactly at an interval boundary is pushed
// past the lunch break, or a reply at the boundary is called a breach.
func TestDeadlineAtIntervalBoundary(t *testing.T) {
	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-12:00,13:30-18:00")
	p := withTarget(stdPolicy(), "P2", sla.FirstResponse, sla.Target{Minutes: 180})
	created := evCreated(sh(t, "2026-03-02 09:00"), feedback.CatOpen, 2)
	r := mustCompute(t, p, c, []sla.Event{created}, sh(t, "2026-03-02 12:00"))
	check(t, r.FirstResponse, sla.Running, 180, sh(t, "2026-03-02 12:00"))
	r = mustCompute(t, p, c, []sla.Event{created}, sh(t, "2026-03-02 12:01"))
	check(t, r.FirstResponse, sla.Breached, 180, sh(t, "2026-03-02 12:00"))
	for _, tc := range []struct {
		reply  string
		state  sla.State
		actual float64
	}{
		{"2026-03-02 12:00", sla.Met, 180},
		{"2026-03-02 13:30", sla.Breached, 180}, // no more open time, but the deadline had passed
		{"2026-03-02 13:31", sla.Breached, 181},
	} {
		r := mustCompute(t, p, c, []sla.Event{created, evOut(sh(t, tc.reply))}, sh(t, "2026-03-02 15:00"))
		if r.FirstResponse.State != tc.state || r.FirstResponse.Actual.Minutes() != tc.actual {
			t.Errorf("reply %s: %s with %v min, want %s with %v", tc.reply, r.FirstResponse.State, r.FirstResponse.Actual.Minutes(), tc.state, tc.actual)
		}
		if tc.state == sla.Breached {
			wantAt(t, "breached_at", r.FirstResponse.BreachedAt, sh(t, "2026-03-02 12:00"))
		}
	}
}

// Bug class: a ticket created outside hours, on a holiday (春节) or on a
// make-up Saturday (调休) counts from creation, or skips the make-up day.
func TestCreatedOutsideHoursHolidayMakeUpDay(t *testing.T) {
	t.Run("Friday 16:00 + 4 business hours → Monday 12:00", func(t *testing.T) {
		evs := []sla.Event{evCreated(sh(t, "2026-03-06 16:00"), feedback.CatNew, 3)}
		r := mustCompute(t, stdPolicy(), nineToFive(t), evs, sh(t, "2026-03-06 18:00"))
		check(t, r.FirstResponse, sla.Running, 60, sh(t, "2026-03-09 12:00"))
	})
	t.Run("before opening", func(t *testing.T) {
		evs := []sla.Event{evCreated(sh(t, "2026-03-02 07:00"), feedback.CatNew, 1)}
		r := mustCompute(t, stdPolicy(), nineToFive(t), evs, sh(t, "2026-03-02 08:00"))
		check(t, r.FirstResponse, sla.Running, 0, sh(t, "2026-03-02 10:00"))
	})
	t.Run("on a 春节 holiday", func(t *testing.T) {
		c := shanghaiLunch(t)
		evs := []sla.Event{evCreated(sh(t, "2026-02-16 10:00"), feedback.CatNew, 1)}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-02-16 20:00"))
		check(t, r.FirstResponse, sla.Running, 0, sh(t, "2026-02-24 10:00"))
		x, err := sla.Explain(stdPolicy(), c, evs, sh(t, "2026-02-16 20:00"))
		if err != nil {
			t.Fatal(err)
		}
		if s := x.Timelines[0].Segments[0]; s.Kind != sla.OutOfHours || s.Reason != "closed: holiday 春节" {
			t.Errorf("first segment = %+v, want out of hours: closed: holiday 春节", s)
		}
	})
	t.Run("on a make-up Saturday (调休)", func(t *testing.T) {
		c := shanghaiLunch(t)
		evs := []sla.Event{evCreated(sh(t, "2026-02-14 10:00"), feedback.CatNew, 1), evOut(sh(t, "2026-02-14 10:45"))}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-02-14 10:30"))
		check(t, r.FirstResponse, sla.Running, 30, sh(t, "2026-02-14 11:00"))
		r = mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-02-14 12:00"))
		check(t, r.FirstResponse, sla.Met, 45, sh(t, "2026-02-14 11:00"))
		x, err := sla.Explain(stdPolicy(), c, evs, sh(t, "2026-02-14 12:00"))
		if err != nil {
			t.Fatal(err)
		}
		if s := x.Timelines[0].Segments[0]; s.Kind != sla.Counted || s.Reason != "make-up workday 春节" {
			t.Errorf("first segment = %+v, want counted on the make-up workday", s)
		}
	})
}

// Bug class: a breach judged by wall clock (or by counted time alone)
// across a weekend.
func TestFirstResponseAcrossWeekend(t *testing.T) {
	c := nineToFive(t)
	met := []sla.Event{evCreated(sh(t, "2026-03-06 16:00"), feedback.CatNew, 2), evOut(sh(t, "2026-03-09 09:45"))}
	r := mustCompute(t, stdPolicy(), c, met, sh(t, "2026-03-09 12:00"))
	check(t, r.FirstResponse, sla.Met, 105, sh(t, "2026-03-09 10:00"))
	for _, reply := range []string{"2026-03-09 09:05", "2026-03-09 09:00"} {
		evs := []sla.Event{evCreated(sh(t, "2026-03-06 15:00"), feedback.CatNew, 2), evOut(sh(t, reply))}
		r := mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-09 12:00"))
		wantActual := 125.0
		if reply == "2026-03-09 09:00" {
			wantActual = 120
		}
		check(t, r.FirstResponse, sla.Breached, wantActual, sh(t, "2026-03-06 17:00"))
		wantAt(t, "breached_at "+reply, r.FirstResponse.BreachedAt, sh(t, "2026-03-06 17:00"))
		wantAt(t, "stopped_at", r.FirstResponse.StoppedAt, sh(t, reply))
	}
}

// Bug class: next reply measured from the newest instead of the oldest
// unanswered message, cycles not counted, or started before the first
// response.
func TestNextReplyTwoCycles(t *testing.T) {
	c := nineToFive(t)
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-02 09:00"), feedback.CatNew, 2),
		evIn(sh(t, "2026-03-02 09:10")), // before the first response: no cycle
		evOut(sh(t, "2026-03-02 09:30")),
		evIn(sh(t, "2026-03-02 10:00")),
		evNote(sh(t, "2026-03-02 10:15")),
		evIn(sh(t, "2026-03-02 10:30")),
		evOut(sh(t, "2026-03-02 12:00")), // cycle 1: 120 min, met
		evIn(sh(t, "2026-03-02 13:00")),
		evOut(sh(t, "2026-03-03 13:30")), // cycle 2: 510 min, breached Mon 17:00
	}
	r := mustCompute(t, stdPolicy(), c, evs[:3], sh(t, "2026-03-02 09:40"))
	check(t, r.NextReply, sla.NotStarted, 0, time.Time{})
	r = mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-03 15:00"))
	check(t, r.NextReply, sla.Breached, 510, sh(t, "2026-03-02 17:00"))
	wantAt(t, "started_at", r.NextReply.StartedAt, sh(t, "2026-03-02 13:00"))
	if r.NextReply.Met != 1 || r.NextReply.Breached != 1 ||
		len(r.NextReply.Completed) != 2 || r.NextReply.Completed[0] != 2*time.Hour {
		t.Errorf("cycles: met %d breached %d completed %v", r.NextReply.Met, r.NextReply.Breached, r.NextReply.Completed)
	}
	r = mustCompute(t, stdPolicy(), c, append(evs, evIn(sh(t, "2026-03-03 14:00"))), sh(t, "2026-03-03 15:00"))
	check(t, r.NextReply, sla.Running, 60, sh(t, "2026-03-04 10:00"))
	if r.NextReply.Met != 1 || r.NextReply.Breached != 1 {
		t.Errorf("third cycle: met %d breached %d, want 1 and 1", r.NextReply.Met, r.NextReply.Breached)
	}
}

// Bug class: calendar-minutes targets counted in business hours, or
// pauses ignored in calendar mode.
func TestCalendarMinutesMode(t *testing.T) {
	c := nineToFive(t)
	p := withTarget(stdPolicy(), "P2", sla.Resolution, sla.Target{Minutes: 1440, Mode: sla.Elapsed})
	created := evCreated(sh(t, "2026-03-06 16:00"), feedback.CatOpen, 2)
	r := mustCompute(t, p, c, []sla.Event{created}, sh(t, "2026-03-07 17:00"))
	check(t, r.Resolution, sla.Breached, 1500, sh(t, "2026-03-07 16:00"))
	if r.Resolution.Mode != sla.Elapsed {
		t.Errorf("mode = %q", r.Resolution.Mode)
	}
	evs := []sla.Event{created,
		evStatus(sh(t, "2026-03-06 18:00"), feedback.CatPendingCust),
		evStatus(sh(t, "2026-03-07 18:00"), feedback.CatOpen)}
	r = mustCompute(t, p, c, evs, sh(t, "2026-03-07 20:00"))
	check(t, r.Resolution, sla.Running, 240, sh(t, "2026-03-08 16:00"))
}

// Bug class: a what-if recompute that reads a recorded calendar (or
// mutates the log) instead of the one passed in.
func TestWhatIfNewCalendarMovesDue(t *testing.T) {
	evs := []sla.Event{evCreated(sh(t, "2026-04-03 16:00"), feedback.CatNew, 2)}
	now := sh(t, "2026-04-03 16:30")
	before := mustCompute(t, stdPolicy(), nineToFive(t), evs, now)
	check(t, before.FirstResponse, sla.Running, 30, sh(t, "2026-04-06 10:00"))
	qingming := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-17:00",
		sla.Override{Date: "2026-04-06", Kind: sla.Holiday, Name: "清明节"})
	after := mustCompute(t, stdPolicy(), qingming, evs, now)
	check(t, after.FirstResponse, sla.Running, 30, sh(t, "2026-04-07 10:00"))
	again := mustCompute(t, stdPolicy(), nineToFive(t), evs, now)
	sameInstant(t, "due recomputed on the old calendar", *again.FirstResponse.Due, *before.FirstResponse.Due)
}
