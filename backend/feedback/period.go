package feedback

import (
	"sync"
	"time"
)

var (
	reportingOnce sync.Once
	reportingLoc  *time.Location
)

// ReportingLocation returns the ReportingZone location, falling back to a
// fixed UTC+8 zone when the time zone database is unavailable.
func ReportingLocation() *time.Location {
	reportingOnce.Do(func() {
		loc, err := time.LoadLocation(ReportingZone)
		if err != nil {
			loc = time.FixedZone("CST", 8*3600)
		}
		reportingLoc = loc
	})
	return reportingLoc
}

// ParseDay reads a calendar day "YYYY-MM-DD" as midnight in the reporting zone.
func ParseDay(s string) (time.Time, error) {
	d, err := time.ParseInLocation("2006-01-02", s, ReportingLocation())
	if err != nil {
		return time.Time{}, Errorf(EINVALID, "error.period.day_invalid", "%q is not a date (YYYY-MM-DD).", s).
			WithParams(map[string]any{"value": s})
	}
	return d, nil
}

// ParsePeriod reads the calendar days from and to (inclusive) as the
// half-open range of instants [from 00:00, the day after to 00:00) in the
// reporting zone. An empty day leaves that end open (nil).
func ParsePeriod(from, to string) (start, end *time.Time, err error) {
	if from != "" {
		d, err := ParseDay(from)
		if err != nil {
			return nil, nil, err
		}
		start = &d
	}
	if to != "" {
		d, err := ParseDay(to)
		if err != nil {
			return nil, nil, err
		}
		d = d.AddDate(0, 0, 1)
		end = &d
	}
	if start != nil && end != nil && !start.Before(*end) {
		return nil, nil, Errorf(EINVALID, "error.period.reversed", "The period ends (%s) before it starts (%s).", to, from).
			WithParams(map[string]any{"from": from, "to": to})
	}
	return start, end, nil
}

// MonthLabel renders a yyyymm month key as "2026-10".
func MonthLabel(key int) string {
	return time.Date(key/100, time.Month(key%100), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}

// MonthKeys returns n consecutive month keys ending with last, oldest first.
func MonthKeys(last, n int) []int {
	keys := make([]int, n)
	y, m := last/100, last%100
	for i := n - 1; i >= 0; i-- {
		keys[i] = y*100 + m
		if m--; m == 0 {
			y, m = y-1, 12
		}
	}
	return keys
}

// MonthStart returns the first instant of the month key in the reporting zone.
func MonthStart(key int) time.Time {
	return time.Date(key/100, time.Month(key%100), 1, 0, 0, 0, 0, ReportingLocation())
}
