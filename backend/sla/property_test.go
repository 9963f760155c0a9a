package sla_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"feedbackdesk/backend/sla"
)

// propCalendar is a calendar the property tests run over, with the DST
// days of its zone (if any) so that starts can be drawn near them.
type propCalendar struct {
	name string
	cal  *sla.Calendar
	hot  []string // local dates worth starting near
}

func propCalendars(tb testing.TB) []propCalendar {
	tb.Helper()
	always, err := sla.NewAlways("America/New_York")
	if err != nil {
		tb.Fatal(err)
	}
	return []propCalendar{
		{"shanghai lunch + holiday-cn", shanghaiLunch(tb), []string{"2026-02-13", "2026-02-14", "2026-02-23", "2026-04-30"}},
		{"new york 9-17", mustCal(tb, "America/New_York", "Mon-Fri 09:00-17:00"), []string{"2026-03-06", "2026-10-30"}},
		{"berlin night and gap hours", mustCal(tb, "Europe/Berlin", "Mon-Fri 01:00-04:00,09:00-17:00; Sat,Sun 02:15-02:45,22:00-24:00"), []string{"2026-03-29", "2026-10-25"}},
		{"sydney daily 00-24", mustCal(tb, "Australia/Sydney", "Daily 00:00-24:00"), []string{"2026-04-05", "2026-10-04"}},
		{"new york 24x7", always, []string{"2026-03-08", "2026-11-01"}},
		{"sao paulo 6 days", mustCal(tb, "America/Sao_Paulo", "Mon-Sat 08:00-12:00,14:00-23:59",
			sla.Override{Date: "2026-05-01", Kind: sla.Holiday}, sla.Override{Date: "2026-05-03", Kind: sla.Workday}), []string{"2026-04-30", "2026-05-01"}},
		{"new york sundays in the gap hour", mustCal(tb, "America/New_York", "Sun 01:30-03:30"), []string{"2026-03-08", "2026-11-01"}},
	}
}

// randStart draws a start instant: usually anywhere in 2025-2027, often
// within two days of one of the calendar's hot dates.
func randStart(r *rand.Rand, pc propCalendar) time.Time {
	loc := pc.cal.Location()
	if r.IntN(3) > 0 {
		d, _ := time.ParseInLocation(time.DateOnly, pc.hot[r.IntN(len(pc.hot))], loc)
		return d.Add(time.Duration(r.Int64N(int64(96*time.Hour))) - 24*time.Hour)
	}
	base := time.Date(2025, 9, 1, 0, 0, 0, 0, loc)
	return base.Add(time.Duration(r.Int64N(int64(640 * 24 * time.Hour))))
}

// randTarget draws a working-time target on several scales.
func randTarget(r *rand.Rand) time.Duration {
	switch r.IntN(5) {
	case 0:
		return 0
	case 1:
		return time.Duration(r.IntN(600)) * time.Minute
	case 2:
		return time.Duration(1+r.IntN(200)) * time.Hour
	case 3:
		return time.Duration(r.Int64N(int64(72 * time.Hour)))
	}
	return time.Duration(1+r.IntN(7*24)) * 15 * time.Minute
}

func randPauses(r *rand.Rand, start time.Time) []sla.Span {
	ps := make([]sla.Span, r.IntN(5))
	for i := range ps {
		s := start.Add(time.Duration(r.Int64N(int64(10*24*time.Hour))) - 24*time.Hour)
		if r.IntN(4) == 0 {
			s = start // created while paused
		}
		ps[i] = sla.Span{Start: s, End: s.Add(time.Duration(r.Int64N(int64(3 * 24 * time.Hour))))}
		if r.IntN(6) == 0 {
			ps[i].End = s // paused and resumed in the same instant
		}
	}
	return ps
}

// checkAdd asserts the defining properties of AddWorking(Excluding) for one
// start and target, and returns the due instant without pauses.
func checkAdd(t *testing.T, c *sla.Calendar, start time.Time, d time.Duration, pauses []sla.Span) {
	t.Helper()
	due, err := c.AddWorking(start, d)
	if err != nil {
		t.Fatalf("AddWorking(%s, %v): %v", start.Format(time.RFC3339Nano), d, err)
	}
	if due.Before(start) {
		t.Fatalf("AddWorking(%s, %v) = %s, before the start", start.Format(time.RFC3339Nano), d, due.Format(time.RFC3339Nano))
	}
	if w := c.WorkingTime(start, due); w != d {
		t.Fatalf("WorkingTime(start, AddWorking(start, %v)) = %v; start %s due %s", d, w, start.Format(time.RFC3339Nano), due.Format(time.RFC3339Nano))
	}
	if d > 0 {
		before := due.Add(-time.Nanosecond)
		if w := c.WorkingTime(start, before); w >= d || !c.IsOpen(before) {
			t.Fatalf("due %s is not the earliest instant (W just before = %v, open %v)", due.Format(time.RFC3339Nano), w, c.IsOpen(before))
		}
	}
	dueP, err := c.AddWorkingExcluding(start, d, pauses)
	if err != nil {
		t.Fatalf("AddWorkingExcluding: %v", err)
	}
	if dueP.Before(due) {
		t.Fatalf("pauses %v made due earlier: %s < %s", pauses, dueP.Format(time.RFC3339Nano), due.Format(time.RFC3339Nano))
	}
	if w := c.WorkingTimeExcluding(start, dueP, pauses); w != d {
		t.Fatalf("WorkingTimeExcluding(start, due, pauses) = %v, want %v; pauses %v", w, d, pauses)
	}
}

// Bug class: deadlines and working time that disagree with each other
// (W(start, AddWorking(start, d)) ≠ d), deadlines before the start, pauses
// that pull a deadline earlier, and non-additive working time — over random
// starts near holidays and DST changes, with fixed seeds.
func TestProperties(t *testing.T) {
	for i, pc := range propCalendars(t) {
		t.Run(pc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(2026, uint64(i)))
			c := pc.cal
			for n := 0; n < 1500; n++ {
				start := randStart(r, pc)
				checkAdd(t, c, start, randTarget(r), randPauses(r, start))

				// Additivity and agreement with OpenSpans.
				b := start.Add(time.Duration(r.Int64N(int64(5 * 24 * time.Hour))))
				e := b.Add(time.Duration(r.Int64N(int64(5 * 24 * time.Hour))))
				wac, wab, wbc := c.WorkingTime(start, e), c.WorkingTime(start, b), c.WorkingTime(b, e)
				if wac != wab+wbc {
					t.Fatalf("W(a,c)=%v ≠ W(a,b)+W(b,c)=%v+%v (a %s b %s c %s)", wac, wab, wbc, start, b, e)
				}
				var sum time.Duration
				spans := c.OpenSpans(start, e)
				for k, s := range spans {
					if s.Duration() <= 0 || s.Start.Before(start) || s.End.After(e) || (k > 0 && !s.Start.After(spans[k-1].End)) {
						t.Fatalf("OpenSpans(%s, %s) malformed at %d: %v", start, e, k, spans)
					}
					if !c.IsOpen(s.Start) || (s.End.Before(e) && c.IsOpen(s.End)) {
						t.Fatalf("IsOpen disagrees with span %v", s)
					}
					sum += s.Duration()
				}
				if sum != wac {
					t.Fatalf("OpenSpans sum %v ≠ WorkingTime %v", sum, wac)
				}
				if p := randPauses(r, start); c.WorkingTimeExcluding(start, e, p) > wac {
					t.Fatalf("pauses %v increased working time", p)
				}
				next, err := c.NextOpen(start)
				if err != nil || next.Before(start) || !c.IsOpen(next) || c.WorkingTime(start, next) != 0 {
					t.Fatalf("NextOpen(%s) = %s, %v", start, next, err)
				}
			}
		})
	}
}

// Bug class: a weekly "00:00–24:00 every day" calendar and a 24×7 calendar
// disagreeing across DST nights and midnights.
func TestAlwaysEqualsDailyFullDays(t *testing.T) {
	for _, zone := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai"} {
		always, err := sla.NewAlways(zone)
		if err != nil {
			t.Fatal(err)
		}
		daily := mustCal(t, zone, "Daily 00:00-24:00")
		r := rand.New(rand.NewPCG(7, 7))
		pc := propCalendar{cal: daily, hot: []string{"2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01"}}
		for n := 0; n < 500; n++ {
			start, d := randStart(r, pc), randTarget(r)
			if a, b := mustAdd(t, always, start, d), mustAdd(t, daily, start, d); !a.Equal(b) || !a.Equal(start.Add(d)) {
				t.Fatalf("%s: start %s + %v: always %s, daily %s", zone, start, d, a, b)
			}
		}
	}
}
