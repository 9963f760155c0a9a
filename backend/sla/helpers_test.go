package sla_test

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // zones load on machines without a system zone database

	"feedbackdesk/backend/sla"
)

// mustLoc loads an IANA zone.
func mustLoc(tb testing.TB, name string) *time.Location {
	tb.Helper()
	l, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// local parses "2006-01-02 15:04" as a wall-clock time in l. Use it only for
// times that exist exactly once; DST tests spell instants with an offset.
func local(tb testing.TB, l *time.Location, s string) time.Time {
	tb.Helper()
	t, err := time.ParseInLocation("2006-01-02 15:04", s, l)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// instant parses an RFC 3339 time with an explicit offset.
func instant(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// mustHours parses weekly hours.
func mustHours(tb testing.TB, s string) sla.Weekly {
	tb.Helper()
	w, err := sla.ParseHours(s)
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

// mustCal builds a calendar in zone from an hours string and overrides.
func mustCal(tb testing.TB, zone, hours string, ovs ...sla.Override) *sla.Calendar {
	tb.Helper()
	c, err := sla.New(sla.Definition{Zone: zone, Weekly: mustHours(tb, hours), Overrides: ovs})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// mustAdd is AddWorking that fails the test on error.
func mustAdd(tb testing.TB, c *sla.Calendar, start time.Time, d time.Duration) time.Time {
	tb.Helper()
	due, err := c.AddWorking(start, d)
	if err != nil {
		tb.Fatalf("AddWorking(%s, %v): %v", start.Format(time.RFC3339), d, err)
	}
	return due
}

// sameInstant fails unless got and want are the same instant.
func sameInstant(tb testing.TB, what string, got, want time.Time) {
	tb.Helper()
	if !got.Equal(want) {
		tb.Errorf("%s = %s, want %s", what, got.Format(time.RFC3339), want.Format(time.RFC3339))
	}
}

// holidayCN2026 is a sample in the holiday-cn format: the 2026 Spring
// Festival (春节) days off and its two make-up Saturdays, and Labour Day.
const holidayCN2026 = `{
  "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
  "year": 2026,
  "papers": [],
  "days": [
    {"name": "春节", "date": "2026-02-14", "isOffDay": false},
    {"name": "春节", "date": "2026-02-15", "isOffDay": true},
    {"name": "春节", "date": "2026-02-16", "isOffDay": true},
    {"name": "春节", "date": "2026-02-17", "isOffDay": true},
    {"name": "春节", "date": "2026-02-18", "isOffDay": true},
    {"name": "春节", "date": "2026-02-19", "isOffDay": true},
    {"name": "春节", "date": "2026-02-20", "isOffDay": true},
    {"name": "春节", "date": "2026-02-21", "isOffDay": true},
    {"name": "春节", "date": "2026-02-22", "isOffDay": true},
    {"name": "春节", "date": "2026-02-23", "isOffDay": true},
    {"name": "春节", "date": "2026-02-28", "isOffDay": false},
    {"name": "劳动节", "date": "2026-05-01", "isOffDay": true},
    {"name": "劳动节", "date": "2026-05-02", "isOffDay": true},
    {"name": "劳动节", "date": "2026-05-03", "isOffDay": true},
    {"name": "劳动节", "date": "2026-05-04", "isOffDay": true},
    {"name": "劳动节", "date": "2026-05-05", "isOffDay": true},
    {"name": "劳动节", "date": "2026-05-09", "isOffDay": false}
  ]
}`

// shanghaiLunch is the typical Chinese service desk: Mon–Fri 09:00–12:00
// and 13:30–18:00 in Asia/Shanghai with the 2026 holiday-cn sample.
func shanghaiLunch(tb testing.TB) *sla.Calendar {
	tb.Helper()
	ovs, err := sla.ParseHolidayCN(strings.NewReader(holidayCN2026))
	if err != nil {
		tb.Fatal(err)
	}
	return mustCal(tb, "Asia/Shanghai", "Mon-Fri 09:00-12:00,13:30-18:00", ovs...)
}
