package sla_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/sla"
)

// dstZone describes one zone's 2026 transitions. On the spring day the
// wall clock skips 02:00–03:00 in all three zones; on the fall day it
// repeats the hour starting at repeated.
type dstZone struct {
	zone                      string
	spring, fall              string // local dates
	springBefore, springAfter string // UTC offsets around the spring change
	fallBefore, fallAfter     string // UTC offsets around the fall change
	repeated                  string // first wall-clock hour that occurs twice
}

var dstZones = []dstZone{
	{"America/New_York", "2026-03-08", "2026-11-01", "-05:00", "-04:00", "-04:00", "-05:00", "01"},
	{"Europe/Berlin", "2026-03-29", "2026-10-25", "+01:00", "+02:00", "+02:00", "+01:00", "02"},
	{"Australia/Sydney", "2026-10-04", "2026-04-05", "+10:00", "+11:00", "+11:00", "+10:00", "02"},
}

// at returns the instant date hh:mm at the given offset.
func at(tb testing.TB, date, hhmm, offset string) time.Time {
	tb.Helper()
	return instant(tb, date+"T"+hhmm+":00"+offset)
}

func nextDate(tb testing.TB, date string) string {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		tb.Fatal(err)
	}
	return d.AddDate(0, 0, 1).Format(time.DateOnly)
}

// Bug class: 24×7 deadlines computed in wall-clock hours instead of real
// elapsed hours across a DST night (24 business hours from 00:00 on the
// spring-forward day must end at 01:00 the next day, local).
func TestDST_Always(t *testing.T) {
	for _, z := range dstZones {
		t.Run(z.zone, func(t *testing.T) {
			always, err := sla.NewAlways(z.zone)
			if err != nil {
				t.Fatal(err)
			}
			daily := mustCal(t, z.zone, "Daily 00:00-24:00")
			for name, c := range map[string]*sla.Calendar{"always": always, "daily 00-24": daily} {
				springStart := at(t, z.spring, "00:00", z.springBefore)
				sameInstant(t, name+" spring +24h", mustAdd(t, c, springStart, 24*time.Hour),
					at(t, nextDate(t, z.spring), "01:00", z.springAfter))
				fallStart := at(t, z.fall, "00:00", z.fallBefore)
				sameInstant(t, name+" fall +24h", mustAdd(t, c, fallStart, 24*time.Hour),
					at(t, z.fall, "23:00", z.fallAfter))
				if w := c.WorkingTime(springStart, at(t, nextDate(t, z.spring), "00:00", z.springAfter)); w != 23*time.Hour {
					t.Errorf("%s: spring day working time = %v, want 23h", name, w)
				}
				if w := c.WorkingTime(fallStart, at(t, nextDate(t, z.fall), "00:00", z.fallAfter)); w != 25*time.Hour {
					t.Errorf("%s: fall day working time = %v, want 25h", name, w)
				}
			}
		})
	}
}

// Bug class: a DST change inside an open interval (hours 01:00–04:00)
// counted as wall-clock time: the spring day has 2 open hours, the fall
// day 4, and deadlines land on the right instant.
func TestDST_ChangeInsideOpenInterval(t *testing.T) {
	for _, z := range dstZones {
		t.Run(z.zone, func(t *testing.T) {
			c := mustCal(t, z.zone, "Daily 01:00-04:00")
			// Spring: 01:00 (old offset) to 04:00 (new offset) is 2 real hours.
			sOpen, sClose := at(t, z.spring, "01:00", z.springBefore), at(t, z.spring, "04:00", z.springAfter)
			spans := c.OpenSpans(sOpen.Add(-time.Hour), sClose.Add(time.Hour))
			if len(spans) != 1 || !spans[0].Start.Equal(sOpen) || !spans[0].End.Equal(sClose) || spans[0].Duration() != 2*time.Hour {
				t.Errorf("spring OpenSpans = %v, want [%s, %s) lasting 2h", spans, sOpen, sClose)
			}
			sameInstant(t, "spring 01:00 + 90m", mustAdd(t, c, sOpen, 90*time.Minute), at(t, z.spring, "03:30", z.springAfter))
			sameInstant(t, "spring 01:00 + 2h", mustAdd(t, c, sOpen, 2*time.Hour), sClose)
			sameInstant(t, "spring 01:00 + 3h", mustAdd(t, c, sOpen, 3*time.Hour),
				at(t, nextDate(t, z.spring), "02:00", z.springAfter))

			// Fall: 01:00 (old offset) to 04:00 (new offset) is 4 real hours.
			fOpen, fClose := at(t, z.fall, "01:00", z.fallBefore), at(t, z.fall, "04:00", z.fallAfter)
			if w := c.WorkingTime(fOpen.Add(-time.Hour), fClose.Add(time.Hour)); w != 4*time.Hour {
				t.Errorf("fall day working time = %v, want 4h", w)
			}
			sameInstant(t, "fall 01:00 + 4h", mustAdd(t, c, fOpen, 4*time.Hour), fClose)
			sameInstant(t, "fall 01:00 + 3h", mustAdd(t, c, fOpen, 3*time.Hour), at(t, z.fall, "03:00", z.fallAfter))
			if !c.IsOpen(at(t, z.fall, z.repeated+":30", z.fallAfter)) {
				t.Error("the second pass of the repeated hour lies inside 01:00–04:00 and is open")
			}
			// The neighbouring days are ordinary 3-hour days.
			prev := at(t, z.fall, "00:00", z.fallBefore).Add(-24 * time.Hour)
			if w := c.WorkingTime(prev, prev.Add(24*time.Hour)); w != 3*time.Hour {
				t.Errorf("day before the fall change = %v, want 3h", w)
			}
		})
	}
}

// Bug class: wall-clock times that do not exist (spring gap) or exist twice
// (fall overlap) resolved inconsistently — Go's time.Date picks the second
// occurrence east of UTC and the first west of it, and moves gap times
// backwards in New York. The package rule: a gap time is the transition
// instant; a repeated time is its first occurrence.
func TestDST_GapAndOverlapRule(t *testing.T) {
	for _, z := range dstZones {
		t.Run(z.zone, func(t *testing.T) {
			// Opening inside the gap opens when the clock jumps.
			c := mustCal(t, z.zone, "Daily 02:30-05:00")
			spring := at(t, z.spring, "00:00", z.springBefore)
			next, err := c.NextOpen(spring)
			if err != nil {
				t.Fatal(err)
			}
			sameInstant(t, "opening at 02:30 on the spring day", next, at(t, z.spring, "03:00", z.springAfter))
			if w := c.WorkingTime(spring, spring.Add(20*time.Hour)); w != 2*time.Hour {
				t.Errorf("spring day working time = %v, want 2h", w)
			}

			// An interval wholly inside the gap is empty that day.
			gap := mustCal(t, z.zone, "Daily 02:00-02:45")
			if spans := gap.OpenSpans(spring, spring.Add(20*time.Hour)); len(spans) != 0 {
				t.Errorf("interval inside the gap: OpenSpans = %v, want none", spans)
			}
			next, err = gap.NextOpen(spring)
			if err != nil {
				t.Fatal(err)
			}
			sameInstant(t, "next opening after an empty gap day", next, at(t, nextDate(t, z.spring), "02:00", z.springAfter))

			// An interval inside the repeated hour is open on the first pass.
			ov := mustCal(t, z.zone, "Daily "+z.repeated+":15-"+z.repeated+":45")
			fall := at(t, z.fall, "00:00", z.fallBefore)
			spans := ov.OpenSpans(fall, fall.Add(20*time.Hour))
			want := sla.Span{Start: at(t, z.fall, z.repeated+":15", z.fallBefore), End: at(t, z.fall, z.repeated+":45", z.fallBefore)}
			if len(spans) != 1 || !spans[0].Start.Equal(want.Start) || !spans[0].End.Equal(want.End) {
				t.Errorf("repeated hour: OpenSpans = %v, want [%v]", spans, want)
			}
			if ov.IsOpen(at(t, z.fall, z.repeated+":30", z.fallAfter)) {
				t.Error("second pass of the repeated hour should be closed")
			}
		})
	}
}

// Bug class: business-day deadlines across a weekend DST change shifted by
// the hour that changed on the closed Sunday.
func TestDST_WeekendChange(t *testing.T) {
	ny := mustLoc(t, "America/New_York")
	c := mustCal(t, "America/New_York", "Mon-Fri 09:00-17:00")
	sameInstant(t, "Friday 16:00 + 4h across spring-forward Sunday",
		mustAdd(t, c, local(t, ny, "2026-03-06 16:00"), 4*time.Hour), instant(t, "2026-03-09T12:00:00-04:00"))
	sameInstant(t, "Friday 16:00 + 4h across fall-back Sunday",
		mustAdd(t, c, local(t, ny, "2026-10-30 16:00"), 4*time.Hour), instant(t, "2026-11-02T12:00:00-05:00"))
}
