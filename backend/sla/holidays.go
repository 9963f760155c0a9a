package sla

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// ParseHolidayCN reads a yearly holiday list in the public holiday-cn JSON
// format:
//
//	{"year":2026,"days":[{"name":"春节","date":"2026-02-15","isOffDay":true},
//	                     {"name":"春节","date":"2026-02-14","isOffDay":false}]}
//
// A day with isOffDay true becomes a Holiday (closed all day); one with
// isOffDay false is a make-up working day (调休/补班) and becomes a Workday
// without hours, so it takes the calendar's regular workday hours. Other
// fields (such as "$schema") are ignored. A missing isOffDay, a bad or
// repeated date, or an empty list is an error wrapping ErrInvalidCalendar.
// The result is sorted by date.
func ParseHolidayCN(r io.Reader) ([]Override, error) {
	var doc struct {
		Year int `json:"year"`
		Days []struct {
			Name     string `json:"name"`
			Date     string `json:"date"`
			IsOffDay *bool  `json:"isOffDay"`
		} `json:"days"`
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		return nil, invalidf("holiday-cn JSON: %v", err)
	}
	if len(doc.Days) == 0 {
		return nil, invalidf("holiday-cn JSON: no days listed")
	}
	out := make([]Override, 0, len(doc.Days))
	seen := map[string]bool{}
	for i, d := range doc.Days {
		date, err := parseDate(d.Date)
		if err != nil {
			return nil, invalidf("holiday-cn JSON: day %d (%s): bad date %q", i+1, d.Name, d.Date)
		}
		if d.IsOffDay == nil {
			return nil, invalidf("holiday-cn JSON: day %d (%s %s): isOffDay missing", i+1, d.Name, date)
		}
		if seen[date] {
			return nil, invalidf("holiday-cn JSON: day %d: date %s listed twice", i+1, date)
		}
		seen[date] = true
		kind := Workday
		if *d.IsOffDay {
			kind = Holiday
		}
		out = append(out, Override{Date: date, Kind: kind, Name: d.Name})
	}
	sortOverrides(out)
	return out, nil
}

// LineError is one bad line of an imported file.
type LineError struct {
	Line   int    // 1-based line number in the file, the header being line 1
	Reason string // what is wrong, in English
}

// ImportError lists every bad line of an import. It wraps
// ErrInvalidCalendar.
type ImportError struct {
	Lines []LineError
}

// Error names each bad line with its number and reason.
func (e *ImportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sla: holiday CSV: %d bad line(s)", len(e.Lines))
	for _, l := range e.Lines {
		fmt.Fprintf(&b, "; line %d: %s", l.Line, l.Reason)
	}
	return b.String()
}

// Unwrap lets errors.Is(err, ErrInvalidCalendar) match.
func (e *ImportError) Unwrap() error { return ErrInvalidCalendar }

// ParseHolidayCSV reads date overrides from CSV with a header row naming
// the columns date, type and optionally hours and name (any order, any
// case; a UTF-8 byte-order mark is tolerated):
//
//	date,type,hours,name
//	2026-05-01,holiday,,劳动节
//	2026-05-09,workday,,劳动节调休
//	2026-12-31,partial,09:00-12:00 13:00-16:00,
//
// type is holiday (or 休), workday (or 班) or partial; hours are intervals
// separated by spaces or semicolons, required for partial, optional for
// workday and not allowed for holiday. Dates may be written YYYY-MM-DD or
// YYYY/M/D (as spreadsheets export them). Blank lines are ignored. Every
// other bad line, including a repeated date, is reported in an
// *ImportError with its line number and reason; the good lines are
// returned sorted by date either way, so the caller can show both.
func ParseHolidayCSV(r io.Reader) ([]Override, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("sla: holiday CSV: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var (
		out  []Override
		errs []LineError
		col  map[string]int
		seen = map[string]int{}
	)
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		if err != nil && col == nil {
			return nil, &ImportError{Lines: []LineError{{n, "header is not valid CSV: " + err.Error()}}}
		} else if err != nil {
			errs = append(errs, LineError{n, "not valid CSV: " + err.Error()})
			continue
		}
		if col == nil {
			if col, err = csvHeader(rec); err != nil {
				return nil, &ImportError{Lines: []LineError{{n, err.Error()}}}
			}
			continue
		}
		o, reason := csvOverride(rec, col)
		if reason == "" && seen[o.Date] > 0 {
			reason = fmt.Sprintf("date %s already given on line %d", o.Date, seen[o.Date])
		}
		if reason != "" {
			errs = append(errs, LineError{n, reason})
			continue
		}
		seen[o.Date] = n
		out = append(out, o)
	}
	if col == nil {
		return nil, &ImportError{Lines: []LineError{{1, "empty file: want a header row date,type,hours"}}}
	}
	sortOverrides(out)
	if len(errs) > 0 {
		return out, &ImportError{Lines: errs}
	}
	return out, nil
}

func csvHeader(rec []string) (map[string]int, error) {
	col := map[string]int{}
	for i, h := range rec {
		h = strings.ToLower(strings.TrimSpace(h))
		switch h {
		case "date", "type", "hours", "name":
			if _, dup := col[h]; dup {
				return nil, fmt.Errorf("column %q appears twice in the header", h)
			}
			col[h] = i
		default:
			return nil, fmt.Errorf("unknown column %q in the header (want date,type,hours,name)", h)
		}
	}
	if _, ok := col["date"]; !ok {
		return nil, fmt.Errorf("the header has no date column (want date,type,hours)")
	}
	if _, ok := col["type"]; !ok {
		return nil, fmt.Errorf("the header has no type column (want date,type,hours)")
	}
	return col, nil
}

// csvOverride converts one data row; reason is empty when it is good.
func csvOverride(rec []string, col map[string]int) (o Override, reason string) {
	field := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	if len(rec) > len(col) {
		return o, fmt.Sprintf("%d fields, but the header has %d columns", len(rec), len(col))
	}
	date, err := parseDate(field("date"))
	if err != nil {
		return o, fmt.Sprintf("bad date %q (want YYYY-MM-DD)", field("date"))
	}
	o = Override{Date: date, Name: field("name")}
	switch strings.ToLower(field("type")) {
	case "holiday", "休":
		o.Kind = Holiday
	case "workday", "班":
		o.Kind = Workday
	case "partial":
		o.Kind = Partial
	default:
		return o, fmt.Sprintf("unknown type %q (want holiday, workday or partial)", field("type"))
	}
	if o.Hours, err = ParseIntervals(field("hours")); err != nil {
		return o, fmt.Sprintf("bad hours %q: %v", field("hours"), err)
	}
	switch {
	case o.Kind == Holiday && len(o.Hours) > 0:
		return o, "a holiday has no hours (use partial for a short day)"
	case o.Kind == Partial && len(o.Hours) == 0:
		return o, "a partial day needs hours, such as 09:00-12:00"
	}
	return o, ""
}

// parseDate accepts YYYY-MM-DD, YYYY-M-D and YYYY/M/D and returns
// YYYY-MM-DD.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, "2006-1-2", "2006/1/2"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("bad date %q", s)
}

func sortOverrides(os []Override) {
	slices.SortStableFunc(os, func(a, b Override) int { return strings.Compare(a.Date, b.Date) })
}

// MergeOverrides returns base with add applied: an override in add
// replaces base's override of the same date, the others are kept. The
// result is sorted by date; neither input is modified. Use it to apply an
// imported yearly holiday list to a stored Definition.
func MergeOverrides(base, add []Override) []Override {
	byDate := map[string]Override{}
	for _, o := range base {
		byDate[o.Date] = o
	}
	for _, o := range add {
		byDate[o.Date] = o
	}
	out := make([]Override, 0, len(byDate))
	for _, o := range byDate {
		o.Hours = slices.Clone(o.Hours)
		out = append(out, o)
	}
	sortOverrides(out)
	return out
}
