package sla_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// logOpts says which events randLog may draw.
type logOpts struct {
	done     bool // resolved/closed and reopen
	priority bool // priority changes
	pausing  bool // pausing statuses
}

// randStep draws the time to the next event: often the same instant,
// sometimes a few seconds, usually minutes up to two days.
func randStep(r *rand.Rand) time.Duration {
	switch r.IntN(10) {
	case 0:
		return 0
	case 1:
		return time.Duration(r.IntN(120)) * time.Second
	}
	return time.Duration(1+r.IntN(48*60)) * time.Minute
}

var openCats = []feedback.StatusCategory{feedback.CatNew, feedback.CatOpen}
var pauseCats = []feedback.StatusCategory{feedback.CatPendingCust, feedback.CatPendingThird}

// randLog draws a ticket log of n events after creation at start, and the
// spans spent in pausing categories up to the last event.
func randLog(r *rand.Rand, start time.Time, n int, o logOpts) ([]sla.Event, []sla.Span, time.Time) {
	cats := slices.Clone(openCats)
	if o.pausing {
		cats = append(cats, pauseCats...)
	}
	cat := cats[r.IntN(len(cats))]
	evs := []sla.Event{evCreated(start, cat, 1+r.IntN(4))}
	var pauses []sla.Span
	pausedSince := start
	t := start
	for range n {
		t = t.Add(randStep(r))
		var ev sla.Event
		switch k := r.IntN(10); {
		case k < 3:
			next := cats[r.IntN(len(cats))]
			if o.done && r.IntN(4) == 0 {
				next = []feedback.StatusCategory{feedback.CatResolved, feedback.CatClosed}[r.IntN(2)]
			}
			ev = evStatus(t, next)
		case k < 5:
			ev = evIn(t)
		case k < 7:
			ev = evOut(t)
		case k < 8 && o.priority:
			ev = evPriority(t, 1+r.IntN(4))
		case k < 9 && o.done:
			ev = evReopen(t)
		default:
			ev = evNote(t)
		}
		if ev.Kind == feedback.EventStatus || ev.Kind == feedback.EventReopen {
			next := ev.Category
			if next == "" {
				next = feedback.CatOpen
			}
			if cat.Pausing() && !next.Pausing() {
				pauses = append(pauses, sla.Span{Start: pausedSince, End: t})
			} else if !cat.Pausing() && next.Pausing() {
				pausedSince = t
			}
			cat = next
		}
		evs = append(evs, ev)
	}
	if cat.Pausing() {
		pauses = append(pauses, sla.Span{Start: pausedSince, End: t.Add(1000 * time.Hour)})
	}
	return evs, pauses, t
}

// Property: a running resolution clock's actual time is exactly
// WorkingTimeExcluding(created, now, pauses) — the engine adds stretch by
// stretch what the arithmetic computes in one go.
func TestPropertyActualEqualsWorkingTimeExcluding(t *testing.T) {
	r := rand.New(rand.NewPCG(20260302, 1))
	for _, pc := range propCalendars(t) {
		for i := range 150 {
			start := randStart(r, pc)
			evs, pauses, last := randLog(r, start, r.IntN(12), logOpts{priority: true, pausing: true})
			now := last.Add(randStep(r))
			res := mustCompute(t, stdPolicy(), pc.cal, evs, now)
			want := pc.cal.WorkingTimeExcluding(start, now, pauses)
			if got := res.Resolution.Actual; got != want {
				t.Fatalf("%s #%d: actual %v, want %v\nevents %+v", pc.name, i, got, want, evs)
			}
			if res.Resolution.State == sla.Paused && res.Resolution.Due != nil {
				t.Fatalf("%s #%d: paused with a due instant", pc.name, i)
			}
		}
	}
}

// Property: adding a pause never makes a due instant (projected or
// breached) earlier, and never turns a running target into a breach.
func TestPropertyPauseNeverMakesDueEarlier(t *testing.T) {
	r := rand.New(rand.NewPCG(20260302, 2))
	for _, pc := range propCalendars(t) {
		for i := range 150 {
			start := randStart(r, pc)
			base, _, last := randLog(r, start, r.IntN(10), logOpts{priority: true})
			now := last.Add(time.Duration(1+r.IntN(72*60)) * time.Minute)
			p1 := start.Add(time.Duration(r.Int64N(int64(now.Sub(start)))))
			p2 := p1.Add(time.Duration(r.Int64N(int64(now.Sub(p1)) + 1)))
			paused := append(slices.Clone(base),
				evStatus(p1, pauseCats[r.IntN(2)]), evStatus(p2, feedback.CatOpen))
			slices.SortStableFunc(paused, func(a, b sla.Event) int { return a.At.Compare(b.At) })
			rb := mustCompute(t, stdPolicy(), pc.cal, base, now)
			rp := mustCompute(t, stdPolicy(), pc.cal, paused, now)
			for _, k := range []sla.Kind{sla.FirstResponse, sla.Resolution} {
				b, p := rb.Target(k), rp.Target(k)
				if b.State == sla.Running && p.State == sla.Breached {
					t.Fatalf("%s #%d %s: the pause turned running into breached", pc.name, i, k)
				}
				if b.Due != nil && p.Due != nil && (b.State == sla.Running || b.State == sla.Breached) &&
					(p.State == sla.Running || p.State == sla.Breached) && p.Due.Before(*b.Due) {
					t.Fatalf("%s #%d %s: pause [%s, %s) moved due from %s to %s", pc.name, i, k,
						p1, p2, b.Due, p.Due)
				}
			}
		}
	}
}

// Property: Explain's counted minutes equal Compute's actual for every
// target, and a due instant sits where the counted time reaches the target.
func TestPropertyExplainCountsActual(t *testing.T) {
	r := rand.New(rand.NewPCG(20260302, 3))
	restart := stdPolicy()
	restart.Reopen = sla.Restart
	for _, pc := range propCalendars(t) {
		for i := range 100 {
			start := randStart(r, pc)
			prio := r.IntN(2) == 0
			evs, _, last := randLog(r, start, r.IntN(16), logOpts{done: true, priority: prio, pausing: true})
			now := last.Add(randStep(r))
			p := stdPolicy()
			if r.IntN(2) == 0 {
				p = restart
			}
			if r.IntN(3) == 0 {
				p = withTarget(p, "P2", sla.Resolution, sla.Target{Minutes: 600, Mode: sla.Elapsed})
			}
			x, err := sla.Explain(p, pc.cal, evs, now)
			if err != nil {
				t.Fatalf("%s #%d: %v", pc.name, i, err)
			}
			res := mustCompute(t, p, pc.cal, evs, now)
			if xd, rd := x.Result.Resolution.Due, res.Resolution.Due; (xd == nil) != (rd == nil) || xd != nil && !xd.Equal(*rd) {
				t.Fatalf("%s #%d: Explain and Compute disagree", pc.name, i)
			}
			checkExplain(t, x, !prio)
		}
	}
}
