package dashboard

import (
	"time"

	"feedbackdesk/backend/feedback"
)

// Period is a half-open range of instants [Start, End) in the reporting
// zone, with the calendar days it was asked as.
type Period struct {
	Start, End time.Time
}

// From and To are the period's first and last calendar days (YYYY-MM-DD).
func (p Period) From() string { return p.Start.Format("2006-01-02") }

// To is the period's last calendar day.
func (p Period) To() string { return p.End.AddDate(0, 0, -1).Format("2006-01-02") }

// WholeMonths reports whether the period starts on a first and ends on a
// last day of a month, and returns its first and last month keys.
func (p Period) WholeMonths() (from, to int, ok bool) {
	last := p.End.AddDate(0, 0, -1)
	if p.Start.Day() != 1 || p.End.Day() != 1 {
		return 0, 0, false
	}
	return p.Start.Year()*100 + int(p.Start.Month()), last.Year()*100 + int(last.Month()), true
}

// Previous is the period of the same length just before p: the same number
// of whole months before a whole-month period, else as many days.
func (p Period) Previous() Period {
	if from, to, ok := p.WholeMonths(); ok {
		months := (to/100-from/100)*12 + to%100 - from%100 + 1
		return Period{Start: p.Start.AddDate(0, -months, 0), End: p.Start}
	}
	days := int(p.End.Sub(p.Start).Hours()/24 + 0.5)
	return Period{Start: p.Start.AddDate(0, 0, -days), End: p.Start}
}

// ParsePeriod reads the calendar days from–to (inclusive); an empty from
// or to means the month of now in the reporting zone.
func ParsePeriod(from, to string, now time.Time) (Period, error) {
	loc := feedback.ReportingLocation()
	n := now.In(loc)
	first := time.Date(n.Year(), n.Month(), 1, 0, 0, 0, 0, loc)
	p := Period{Start: first, End: first.AddDate(0, 1, 0)}
	if from != "" {
		d, err := feedback.ParseDay(from)
		if err != nil {
			return p, err
		}
		p.Start = d
	}
	if to != "" {
		d, err := feedback.ParseDay(to)
		if err != nil {
			return p, err
		}
		p.End = d.AddDate(0, 0, 1)
	}
	if !p.End.After(p.Start) {
		return p, feedback.Errorf(feedback.EINVALID, "error.period.reversed", "The period ends before it starts.")
	}
	if p.End.Sub(p.Start) > 10*366*24*time.Hour {
		return p, feedback.Errorf(feedback.EINVALID, "error.period.too_long", "A dashboard period spans at most ten years.")
	}
	return p, nil
}

// trendMonths returns the month keys (yyyymm) of the trend: q.TrendMonths
// months (default 12, at most 24) ending with the period's last month.
func trendMonths(p Period, q Query) []int {
	n := min(max(q.TrendMonths, 0), 24)
	if n == 0 {
		n = 12
	}
	last := p.End.AddDate(0, 0, -1)
	return feedback.MonthKeys(last.Year()*100+int(last.Month()), n)
}

// monthStart is the first instant of month key k in the reporting zone.
func monthStart(k int) time.Time {
	return time.Date(k/100, time.Month(k%100), 1, 0, 0, 0, 0, feedback.ReportingLocation())
}

// monthLabel is month key k as "2026-10".
func monthLabel(k int) string { return monthStart(k).Format("2006-01") }
