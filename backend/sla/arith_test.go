package sla_test

import (
	"errors"
	"testing"
	"time"

	"feedbackdesk/backend/sla"
)

// Bug class: lunch breaks counted as working time, or the deadline pushed
// past the break when the target ends exactly at an interval boundary.
func TestAddWorking_LunchBreak(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-12:00,13:30-18:00")
	for _, tc := range []struct {
		name, start string
		d           time.Duration
		want        string
	}{
		{"across lunch", "2026-03-02 11:00", 2 * time.Hour, "2026-03-02 14:30"},
		{"ends at lunch boundary", "2026-03-02 09:00", 3 * time.Hour, "2026-03-02 12:00"},
		{"ends at closing boundary", "2026-03-02 13:30", 270 * time.Minute, "2026-03-02 18:00"},
		{"one minute past the boundary", "2026-03-02 09:00", 181 * time.Minute, "2026-03-02 13:31"},
		{"created during lunch", "2026-03-02 12:30", time.Hour, "2026-03-02 14:30"},
		{"whole day to next morning", "2026-03-02 09:00", 8 * time.Hour, "2026-03-03 09:30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mustAdd(t, c, local(t, sh, tc.start), tc.d)
			sameInstant(t, "due", got, local(t, sh, tc.want))
			if got.Location().String() != "Asia/Shanghai" {
				t.Errorf("due is in %v, want the calendar's zone", got.Location())
			}
		})
	}
}

// Bug class: a start outside hours (before opening, after closing, on a
// weekend) counted from the start instead of the next opening.
func TestAddWorking_StartOutsideHours(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-17:00")
	for _, tc := range []struct {
		name, start string
		d           time.Duration
		want        string
	}{
		{"DOMAIN example: Friday 16:00 + 4h", "2026-03-06 16:00", 4 * time.Hour, "2026-03-09 12:00"},
		{"before opening", "2026-03-02 07:15", time.Hour, "2026-03-02 10:00"},
		{"after closing", "2026-03-02 19:00", time.Hour, "2026-03-03 10:00"},
		{"exactly at closing", "2026-03-02 17:00", time.Hour, "2026-03-03 10:00"},
		{"on a Saturday", "2026-03-07 10:00", time.Hour, "2026-03-09 10:00"},
		{"on a Sunday night", "2026-03-08 23:59", 30 * time.Minute, "2026-03-09 09:30"},
		{"two business weeks", "2026-03-02 09:00", 80 * time.Hour, "2026-03-13 17:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sameInstant(t, "due", mustAdd(t, c, local(t, sh, tc.start), tc.d), local(t, sh, tc.want))
		})
	}
}

// Bug class: a zero target, or a start given in another zone, handled
// differently from the definition "earliest t with W(start, t) = target".
func TestAddWorking_ZeroAndForeignZone(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-17:00")
	sat := local(t, sh, "2026-03-07 10:00")
	sameInstant(t, "zero target on a closed day", mustAdd(t, c, sat, 0), sat)
	// 2026-03-06 08:00 UTC is Friday 16:00 in Shanghai.
	sameInstant(t, "UTC start", mustAdd(t, c, instant(t, "2026-03-06T08:00:00Z"), 4*time.Hour),
		local(t, sh, "2026-03-09 12:00"))
	if _, err := c.AddWorking(sat, -time.Minute); err == nil {
		t.Error("negative target: want an error")
	}
}

// Bug class: holidays and make-up workdays (调休/补班) ignored, or a ticket
// created on a make-up Saturday counted from Monday.
func TestAddWorking_HolidayCN(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	c := shanghaiLunch(t)
	for _, tc := range []struct {
		name, start string
		d           time.Duration
		want        string
	}{
		{"created on make-up Saturday counts from 10:00", "2026-02-14 10:00", time.Hour, "2026-02-14 11:00"},
		{"Friday evening runs into make-up Saturday", "2026-02-13 17:00", 2 * time.Hour, "2026-02-14 10:00"},
		{"created during 春节 counts from the first day back", "2026-02-16 10:00", time.Hour, "2026-02-24 10:00"},
		{"make-up Saturday into the holiday", "2026-02-14 17:00", 2 * time.Hour, "2026-02-24 10:00"},
		{"second make-up Saturday", "2026-02-27 17:30", time.Hour, "2026-02-28 09:30"},
		{"Labour Day", "2026-04-30 17:00", 2 * time.Hour, "2026-05-06 10:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sameInstant(t, "due", mustAdd(t, c, local(t, sh, tc.start), tc.d), local(t, sh, tc.want))
		})
	}
	if !c.IsOpen(local(t, sh, "2026-02-14 09:00")) || c.IsOpen(local(t, sh, "2026-02-14 12:00")) {
		t.Error("make-up Saturday should take the regular hours, lunch break included")
	}
	// 13 Feb 7.5h + 14 Feb 7.5h + 24 Feb 7.5h.
	if got := c.WorkingTime(local(t, sh, "2026-02-13 00:00"), local(t, sh, "2026-02-25 00:00")); got != 22*time.Hour+30*time.Minute {
		t.Errorf("WorkingTime over 春节 = %v, want 22h30m", got)
	}
}

// Bug class: "holiday one day early" — a holiday applied to a UTC day
// instead of the local day of the calendar's zone.
func TestHolidayIsTheLocalDay(t *testing.T) {
	for _, zone := range []string{"America/Sao_Paulo", "Asia/Shanghai"} {
		t.Run(zone, func(t *testing.T) {
			l := mustLoc(t, zone)
			c := mustCal(t, zone, "Daily 08:00-24:00",
				sla.Override{Date: "2026-05-01", Kind: sla.Holiday, Name: "Labour Day"})
			for _, tc := range []struct {
				at   string
				open bool
			}{
				{"2026-04-30 22:00", true}, {"2026-04-30 23:30", true}, {"2026-04-30 23:59", true},
				{"2026-05-01 00:00", false}, {"2026-05-01 09:00", false}, {"2026-05-01 21:30", false},
				{"2026-05-01 23:59", false}, {"2026-05-02 07:59", false}, {"2026-05-02 08:00", true},
			} {
				if got := c.IsOpen(local(t, l, tc.at)); got != tc.open {
					t.Errorf("IsOpen(%s local) = %v, want %v", tc.at, got, tc.open)
				}
			}
			spans := c.OpenSpans(local(t, l, "2026-04-30 00:00"), local(t, l, "2026-05-03 00:00"))
			want := []sla.Span{
				{Start: local(t, l, "2026-04-30 08:00"), End: local(t, l, "2026-05-01 00:00")},
				{Start: local(t, l, "2026-05-02 08:00"), End: local(t, l, "2026-05-03 00:00")},
			}
			if len(spans) != len(want) {
				t.Fatalf("OpenSpans = %v, want %v", spans, want)
			}
			for i := range want {
				sameInstant(t, "span start", spans[i].Start, want[i].Start)
				sameInstant(t, "span end", spans[i].End, want[i].End)
			}
			sameInstant(t, "due", mustAdd(t, c, local(t, l, "2026-04-30 23:30"), time.Hour),
				local(t, l, "2026-05-02 08:30"))
		})
	}
}

// Bug class: day boundaries on a 24×7 calendar (split or double-counted
// midnight) and pauses that start exactly at start or have zero length.
func TestAlwaysAndPauses(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	always, err := sla.NewAlways("")
	if err != nil {
		t.Fatal(err)
	}
	daily := mustCal(t, "Asia/Shanghai", "Daily 00:00-24:00")
	start := local(t, sh, "2026-03-02 23:00")
	for _, c := range []*sla.Calendar{always, daily} {
		sameInstant(t, "24×7 across midnight", mustAdd(t, c, start, 2*time.Hour), local(t, sh, "2026-03-03 01:00"))
		if spans := c.OpenSpans(start, start.Add(72*time.Hour)); len(spans) != 1 || spans[0].Duration() != 72*time.Hour {
			t.Errorf("OpenSpans across midnights = %v, want one 72h span", spans)
		}
	}

	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-12:00,13:30-18:00")
	s := local(t, sh, "2026-03-02 10:00")
	plain := mustAdd(t, c, s, time.Hour)
	for _, tc := range []struct {
		name   string
		pauses []sla.Span
		want   string
	}{
		{"pause and resume in the same instant changes nothing", []sla.Span{{Start: s.Add(10 * time.Minute), End: s.Add(10 * time.Minute)}}, "2026-03-02 11:00"},
		{"created while paused", []sla.Span{{Start: s, End: local(t, sh, "2026-03-02 14:00")}}, "2026-03-02 15:00"},
		{"pause over lunch only removes open time", []sla.Span{{Start: local(t, sh, "2026-03-02 10:30"), End: local(t, sh, "2026-03-02 13:45")}}, "2026-03-02 14:15"},
		{"overlapping pauses count once", []sla.Span{
			{Start: local(t, sh, "2026-03-02 10:15"), End: local(t, sh, "2026-03-02 10:45")},
			{Start: local(t, sh, "2026-03-02 10:30"), End: local(t, sh, "2026-03-02 10:45")},
		}, "2026-03-02 11:30"},
		{"pause ending exactly at due", []sla.Span{{Start: local(t, sh, "2026-03-02 10:30"), End: local(t, sh, "2026-03-02 11:00")}}, "2026-03-02 11:30"},
		{"pause before start is ignored", []sla.Span{{Start: s.Add(-time.Hour), End: s}}, "2026-03-02 11:00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			due, err := c.AddWorkingExcluding(s, time.Hour, tc.pauses)
			if err != nil {
				t.Fatal(err)
			}
			sameInstant(t, "due", due, local(t, sh, tc.want))
			if due.Before(plain) {
				t.Errorf("pauses made the due instant earlier: %s < %s", due, plain)
			}
			if w := c.WorkingTimeExcluding(s, due, tc.pauses); w != time.Hour {
				t.Errorf("WorkingTimeExcluding(start, due) = %v, want 1h", w)
			}
		})
	}
}

// Bug class: infinite loops on a calendar that is never open, or searches
// without bound.
func TestNoOpenTimeAndHorizon(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	start := local(t, sh, "2026-03-02 10:00")
	closed, err := sla.New(sla.Definition{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := closed.AddWorking(start, time.Minute); !errors.Is(err, sla.ErrNoOpenTime) {
		t.Errorf("closed calendar: err = %v, want ErrNoOpenTime", err)
	}
	if _, err := closed.NextOpen(start); !errors.Is(err, sla.ErrNoOpenTime) {
		t.Errorf("closed calendar NextOpen: err = %v, want ErrNoOpenTime", err)
	}
	if closed.WorkingTime(start, start.AddDate(1, 0, 0)) != 0 || closed.IsOpen(start) {
		t.Error("closed calendar has open time")
	}
	var zero sla.Calendar
	if _, err := zero.AddWorking(start, time.Minute); !errors.Is(err, sla.ErrNoOpenTime) {
		t.Errorf("zero calendar: err = %v, want ErrNoOpenTime", err)
	}

	// Open only on one make-up day: usable before it, closed forever after.
	once, err := sla.New(sla.Definition{Overrides: []sla.Override{{Date: "2026-03-07", Kind: sla.Partial,
		Hours: []sla.Interval{{Start: 9 * 60, End: 10 * 60}}}}})
	if err != nil {
		t.Fatal(err)
	}
	sameInstant(t, "due on the only open day", mustAdd(t, once, start, 30*time.Minute), local(t, sh, "2026-03-07 09:30"))
	if _, err := once.AddWorking(start, 2*time.Hour); !errors.Is(err, sla.ErrNoOpenTime) {
		t.Errorf("past the last open day: err = %v, want ErrNoOpenTime", err)
	}

	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-17:00")
	if _, err := c.AddWorking(start, 24*365*11*time.Hour); !errors.Is(err, sla.ErrBeyondHorizon) {
		t.Errorf("huge target: err = %v, want ErrBeyondHorizon", err)
	}
	always, _ := sla.NewAlways("UTC")
	if _, err := always.AddWorking(start, 24*366*sla.HorizonYears*time.Hour); !errors.Is(err, sla.ErrBeyondHorizon) {
		t.Errorf("huge 24×7 target: err = %v, want ErrBeyondHorizon", err)
	}
}

// Bug class: NextOpen/IsOpen disagreeing with interval ends (an interval
// includes its start and excludes its end).
func TestNextOpenIsOpen(t *testing.T) {
	sh := mustLoc(t, "Asia/Shanghai")
	c := shanghaiLunch(t)
	for _, tc := range []struct {
		at, next string
		open     bool
	}{
		{"2026-03-02 09:00", "2026-03-02 09:00", true},
		{"2026-03-02 11:59", "2026-03-02 11:59", true},
		{"2026-03-02 12:00", "2026-03-02 13:30", false},
		{"2026-03-02 18:00", "2026-03-03 09:00", false},
		{"2026-03-06 18:00", "2026-03-09 09:00", false},
		{"2026-02-13 18:00", "2026-02-14 09:00", false},
		{"2026-02-15 00:00", "2026-02-24 09:00", false},
	} {
		at := local(t, sh, tc.at)
		next, err := c.NextOpen(at)
		if err != nil {
			t.Fatal(err)
		}
		sameInstant(t, "NextOpen("+tc.at+")", next, local(t, sh, tc.next))
		if got := c.IsOpen(at); got != tc.open {
			t.Errorf("IsOpen(%s) = %v, want %v", tc.at, got, tc.open)
		}
	}
}
