package sla

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ParseClock parses a wall-clock time "HH:MM" (or "H:MM"), 00:00 to 24:00.
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || !digits(h) || !digits(m) || len(h) > 2 || len(m) != 2 ||
		hh < 0 || hh > 24 || mm < 0 || mm > 59 || (hh == 24 && mm != 0) {
		return 0, invalidf("time %q: want HH:MM between 00:00 and 24:00", s)
	}
	return Clock(hh*60 + mm), nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// rangeSeps are accepted between the two ends of a day or time range:
// "-", "–" (en dash), "~" and "～" (full width), and "至".
var rangeSeps = []string{"-", "–", "~", "～", "至"}

func cutRange(s string) (string, string, bool) {
	for _, sep := range rangeSeps {
		if a, b, ok := strings.Cut(s, sep); ok {
			return a, b, true
		}
	}
	return "", "", false
}

// ParseInterval parses "HH:MM-HH:MM", such as "09:00-12:00" or
// "13:30-24:00"; the end must be after the start.
func ParseInterval(s string) (Interval, error) {
	a, b, ok := cutRange(s)
	if !ok {
		return Interval{}, invalidf("interval %q: want HH:MM-HH:MM", s)
	}
	start, err := ParseClock(a)
	if err != nil {
		return Interval{}, fmt.Errorf("interval %q: %w", s, err)
	}
	end, err := ParseClock(b)
	if err != nil {
		return Interval{}, fmt.Errorf("interval %q: %w", s, err)
	}
	iv := Interval{Start: start, End: end}
	if err := ValidateIntervals([]Interval{iv}); err != nil {
		return Interval{}, fmt.Errorf("%w: %w", ErrInvalidCalendar, err)
	}
	return iv, nil
}

// ParseIntervals parses a list of intervals separated by commas, semicolons
// or spaces, such as "09:00-12:00 13:00-17:00", sorts them and checks they
// do not overlap. An empty list gives nil.
func ParseIntervals(s string) ([]Interval, error) {
	var out []Interval
	for _, f := range strings.FieldsFunc(s, isListSep) {
		iv, err := ParseInterval(f)
		if err != nil {
			return nil, err
		}
		out = append(out, iv)
	}
	slices.SortFunc(out, func(a, b Interval) int { return int(a.Start - b.Start) })
	if err := ValidateIntervals(out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidCalendar, err)
	}
	return out, nil
}

func isListSep(r rune) bool {
	return r == ',' || r == ';' || r == '，' || r == '；' || r == ' ' || r == '\t' || r == '\u3000'
}

// weekdayNames maps lower-case day names (English short and long, and
// Chinese 周一/星期一 forms) to weekdays.
var weekdayNames = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	zh := []string{"日", "一", "二", "三", "四", "五", "六"}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		m[dayKeys[wd]] = wd
		m[strings.ToLower(wd.String())] = wd
		m["周"+zh[wd]] = wd
		m["星期"+zh[wd]] = wd
	}
	m["周天"], m["星期天"] = time.Sunday, time.Sunday
	return m
}()

// parseDays parses "Mon", "Mon-Fri" (ranges may wrap: "Fri-Mon") or
// "Daily"; ok is false when s is not a day specification at all.
func parseDays(s string) (days []time.Weekday, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "daily" || s == "每天" {
		return []time.Weekday{0, 1, 2, 3, 4, 5, 6}, true
	}
	if wd, ok := weekdayNames[s]; ok {
		return []time.Weekday{wd}, true
	}
	a, b, found := cutRange(s)
	from, ok1 := weekdayNames[strings.TrimSpace(a)]
	to, ok2 := weekdayNames[strings.TrimSpace(b)]
	if !found || !ok1 || !ok2 {
		return nil, false
	}
	for wd := from; ; wd = (wd + 1) % 7 {
		days = append(days, wd)
		if wd == to {
			return days, true
		}
	}
}

// ParseHours parses weekly opening hours as typed on the command line:
// groups separated by ";", each a list of days followed by a list of
// intervals or the word "closed":
//
//	Mon-Fri 09:00-12:00,13:30-18:00; Sat 10:00-14:00
//	Mon,Wed,Fri 09:00-17:00; Tue,Thu 12:00-20:00
//	周一-周五 09:00-18:00; Sun closed
//
// Days are Mon … Sun (or Monday … Sunday, or 周一/星期一 …, any case),
// single or as a range (a range may wrap, "Fri-Mon"), or "Daily". Days not
// named are closed. A day named twice, an unknown word, a group without
// hours, and overlapping intervals are errors wrapping ErrInvalidCalendar.
func ParseHours(s string) (Weekly, error) {
	var w Weekly
	seen := [7]bool{}
	groups := 0
	for _, group := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '；' || r == '\n' }) {
		fields := strings.FieldsFunc(group, isListSep)
		if len(fields) == 0 {
			continue
		}
		groups++
		var days []time.Weekday
		i := 0
		for ; i < len(fields); i++ {
			ds, ok := parseDays(fields[i])
			if !ok {
				break
			}
			days = append(days, ds...)
		}
		if len(days) == 0 {
			return Weekly{}, invalidf("hours %q: group %q must start with days such as Mon-Fri", s, strings.TrimSpace(group))
		}
		rest := fields[i:]
		var hours []Interval
		switch {
		case len(rest) == 1 && strings.EqualFold(rest[0], "closed"):
		case len(rest) == 0:
			return Weekly{}, invalidf("hours %q: group %q has no hours (give HH:MM-HH:MM or closed)", s, strings.TrimSpace(group))
		default:
			var err error
			if hours, err = ParseIntervals(strings.Join(rest, " ")); err != nil {
				return Weekly{}, fmt.Errorf("hours %q: group %q: %w", s, strings.TrimSpace(group), err)
			}
		}
		for _, wd := range days {
			if seen[wd] {
				return Weekly{}, invalidf("hours %q: %s is given twice", s, wd)
			}
			seen[wd] = true
			w[wd] = slices.Clone(hours)
		}
	}
	if groups == 0 {
		return Weekly{}, invalidf("hours %q: no days given", s)
	}
	return w, nil
}
