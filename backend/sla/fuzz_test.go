package sla_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/sla"
)

// FuzzAddWorking checks the defining properties of AddWorking and
// AddWorkingExcluding (see checkAdd) for arbitrary calendars from
// propCalendars, starts within 2020–2035, targets up to 60 days and one
// pause. The f.Add seeds are the golden cases of the other tests.
//
// Bug class: any start/target combination where due ≠ the earliest t with
// W(start, t) = d.
func FuzzAddWorking(f *testing.F) {
	cals := propCalendars(f)
	for _, seed := range []struct {
		cal                  uint8
		start                string
		d, pauseAt, pauseFor time.Duration
	}{
		{0, "2026-03-02T11:00:00+08:00", 2 * time.Hour, 0, 0},
		{0, "2026-03-02T09:00:00+08:00", 3 * time.Hour, 0, 0},
		{0, "2026-02-14T10:00:00+08:00", time.Hour, 0, time.Hour},
		{0, "2026-02-13T17:00:00+08:00", 40 * time.Hour, time.Hour, 0},
		{1, "2026-03-06T16:00:00-05:00", 4 * time.Hour, 30 * time.Minute, 20 * time.Hour},
		{2, "2026-03-29T00:00:00+01:00", 5 * time.Hour, 0, 0},
		{2, "2026-10-25T01:30:00+02:00", 90 * time.Minute, 10 * time.Minute, 10 * time.Minute},
		{3, "2026-10-04T00:00:00+10:00", 24 * time.Hour, 0, 0},
		{4, "2026-11-01T00:00:00-04:00", 24 * time.Hour, time.Hour, time.Hour},
		{5, "2026-04-30T23:30:00-03:00", time.Hour, 0, 0},
		{6, "2026-03-08T01:45:00-05:00", 3 * time.Hour, 0, 0},
	} {
		f.Add(seed.cal, instant(f, seed.start).Unix(), int64(seed.d), int64(seed.pauseAt), int64(seed.pauseFor))
	}
	lo := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	f.Fuzz(func(t *testing.T, cal uint8, startUnix, d, pauseAt, pauseFor int64) {
		pc := cals[int(cal)%len(cals)]
		start := time.Unix(lo+mod(startUnix, hi-lo), mod(d, 1e9)) // sub-second starts too
		target := time.Duration(mod(d, int64(60*24*time.Hour)))
		ps := start.Add(time.Duration(mod(pauseAt, int64(30*24*time.Hour))))
		pauses := []sla.Span{{Start: ps, End: ps.Add(time.Duration(mod(pauseFor, int64(30*24*time.Hour))))}}
		checkAdd(t, pc.cal, start, target, pauses)
	})
}

// mod returns x mod m in [0, m).
func mod(x, m int64) int64 {
	r := x % m
	if r < 0 {
		r += m
	}
	return r
}
