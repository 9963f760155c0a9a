package sla

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// DefaultZone is the IANA time zone of a calendar whose definition names
// none.
const DefaultZone = "Asia/Shanghai"

// ErrInvalidCalendar is wrapped by every error about a calendar definition
// or an imported hours or holiday list that cannot be used as given.
var ErrInvalidCalendar = errors.New("sla: invalid calendar")

// Clock is a local wall-clock time of day in minutes after midnight,
// 0 (00:00) to 1440 (24:00, allowed only as the end of an interval).
type Clock int

// EndOfDay is the Clock 24:00, the end of a day's last interval.
const EndOfDay Clock = 24 * 60

// String formats c as "HH:MM".
func (c Clock) String() string {
	if c < 0 || c > EndOfDay {
		return fmt.Sprintf("Clock(%d)", int(c))
	}
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

// Interval is a half-open span [Start, End) of local wall-clock time within
// one day, such as 09:00–12:00.
type Interval struct {
	Start Clock
	End   Clock
}

// String formats iv as "HH:MM-HH:MM".
func (iv Interval) String() string { return iv.Start.String() + "-" + iv.End.String() }

// Weekly holds the usual open intervals of each weekday, indexed by
// time.Weekday (Weekly[time.Monday] is Monday's). A day with no intervals is
// closed.
type Weekly [7][]Interval

// OverrideKind says how an Override changes its date.
type OverrideKind string

// The kinds of date override.
const (
	// Holiday closes the whole local day.
	Holiday OverrideKind = "holiday"
	// Workday (调休/补班) opens a day that is normally closed. Its Hours
	// default to the calendar's regular workday hours (see
	// Definition.RegularHours).
	Workday OverrideKind = "workday"
	// Partial replaces the day's usual intervals with its own Hours.
	Partial OverrideKind = "partial"
)

// Override changes the opening hours of one local date of the calendar's
// zone.
type Override struct {
	// Date is the local date, "YYYY-MM-DD".
	Date string `json:"date"`
	// Kind is Holiday, Workday or Partial.
	Kind OverrideKind `json:"kind"`
	// Hours are the day's intervals: none for a Holiday, optional for a
	// Workday, required for a Partial day.
	Hours []Interval `json:"hours,omitempty"`
	// Name is a label for people, such as "春节" or "春节调休".
	Name string `json:"name,omitempty"`
}

// Definition is the stored, JSON-encoded form of a calendar:
//
//	{"zone":"Asia/Shanghai","weekly":{"mon":[["09:00","12:00"],["13:30","18:00"]]},
//	 "overrides":[{"date":"2026-02-14","kind":"workday","name":"春节调休"}]}
//
// Build a usable Calendar from it with New.
type Definition struct {
	// Zone is an IANA time zone name; empty means DefaultZone.
	Zone string `json:"zone"`
	// Always makes the calendar open 24×7 (calendar-minutes mode); it
	// then has no Weekly hours and no Overrides. A round-the-clock desk
	// that closes on holidays uses "Daily 00:00-24:00" Weekly hours with
	// Overrides instead.
	Always bool `json:"always,omitempty"`
	// Weekly holds the usual hours of each weekday.
	Weekly Weekly `json:"weekly"`
	// Overrides change single dates; at most one per date.
	Overrides []Override `json:"overrides,omitempty"`
}

// RegularHours returns the hours a Workday override without its own hours
// takes: Monday's, or if Monday is closed those of the first open day in
// the order Tuesday … Saturday, Sunday; nil if no weekday is open.
func (d Definition) RegularHours() []Interval {
	for i := 1; i <= 7; i++ {
		if h := d.Weekly[i%7]; len(h) > 0 {
			return h
		}
	}
	return nil
}

// Calendar is a validated business calendar, ready for arithmetic. Build
// one with New, NewAlways or by decoding its JSON definition. A Calendar is
// immutable and safe for concurrent use. The zero Calendar is a UTC
// calendar that is never open.
type Calendar struct {
	def       Definition
	loc       *time.Location
	always    bool
	weekly    Weekly
	overrides map[day][]Interval // the complete hours of each overridden date
	hasWeekly bool               // some weekday has hours
	lastOpen  day                // the last overridden date with hours
	hasOpenOv bool               // some override has hours
	// spans remembers each date's absolute open spans (day → []Span):
	// resolving wall-clock times in the zone is most of the cost of SLA
	// arithmetic, and a calendar never changes. Safe for concurrent use.
	spans *sync.Map
}

// New validates def and builds its Calendar. Intervals must lie within
// 00:00–24:00, be non-empty, sorted and non-overlapping (touching is
// allowed); the zone must load; dates must be real YYYY-MM-DD dates, each
// overridden at most once. Errors wrap ErrInvalidCalendar.
func New(def Definition) (*Calendar, error) {
	def = def.clone()
	if def.Zone == "" {
		def.Zone = DefaultZone
	}
	loc, err := time.LoadLocation(def.Zone)
	if err != nil || def.Zone == "Local" {
		return nil, invalidf("unknown time zone %q", def.Zone)
	}
	c := &Calendar{def: def, loc: loc, always: def.Always, weekly: def.Weekly, spans: &sync.Map{}}
	if def.Always {
		for _, h := range def.Weekly {
			if len(h) > 0 {
				return nil, invalidf("a 24×7 calendar has no weekly hours")
			}
		}
		if len(def.Overrides) > 0 {
			return nil, invalidf("a 24×7 calendar has no date overrides")
		}
		return c, nil
	}
	for wd, h := range def.Weekly {
		if err := ValidateIntervals(h); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrInvalidCalendar, dayKeys[wd], err)
		}
		c.hasWeekly = c.hasWeekly || len(h) > 0
	}
	regular := def.RegularHours()
	c.overrides = make(map[day][]Interval, len(def.Overrides))
	for _, o := range def.Overrides {
		hours, d, err := o.resolve(regular)
		if err != nil {
			return nil, err
		}
		if _, dup := c.overrides[d]; dup {
			return nil, invalidf("date %s is overridden twice", o.Date)
		}
		c.overrides[d] = hours
		if len(hours) > 0 && (!c.hasOpenOv || d > c.lastOpen) {
			c.lastOpen, c.hasOpenOv = d, true
		}
	}
	slices.SortStableFunc(c.def.Overrides, func(a, b Override) int { return strings.Compare(a.Date, b.Date) })
	return c, nil
}

// resolve checks o and returns the complete hours of its date.
func (o Override) resolve(regular []Interval) ([]Interval, day, error) {
	d, err := parseDay(o.Date)
	if err != nil {
		return nil, 0, invalidf("override date %q: want YYYY-MM-DD", o.Date)
	}
	if err := ValidateIntervals(o.Hours); err != nil {
		return nil, 0, fmt.Errorf("%w: override %s: %w", ErrInvalidCalendar, o.Date, err)
	}
	switch o.Kind {
	case Holiday:
		if len(o.Hours) > 0 {
			return nil, 0, invalidf("override %s: a holiday has no hours", o.Date)
		}
		return []Interval{}, d, nil
	case Workday:
		if len(o.Hours) > 0 {
			return o.Hours, d, nil
		}
		if len(regular) == 0 {
			return nil, 0, invalidf("override %s: a workday needs hours when no weekday is open", o.Date)
		}
		return regular, d, nil
	case Partial:
		if len(o.Hours) == 0 {
			return nil, 0, invalidf("override %s: a partial day needs hours", o.Date)
		}
		return o.Hours, d, nil
	}
	return nil, 0, invalidf("override %s: unknown kind %q (want holiday, workday or partial)", o.Date, o.Kind)
}

// MustNew is New for definitions known to be valid; it panics on error.
func MustNew(def Definition) *Calendar {
	c, err := New(def)
	if err != nil {
		panic(err)
	}
	return c
}

// NewAlways returns a 24×7 calendar in zone (empty means DefaultZone), for
// targets counted in calendar minutes: AddWorking(start, d) is start + d in
// real elapsed time, across DST changes too.
func NewAlways(zone string) (*Calendar, error) {
	return New(Definition{Zone: zone, Always: true})
}

// Definition returns a copy of the calendar's definition, with the zone
// filled in and the overrides sorted by date.
func (c *Calendar) Definition() Definition { return c.def.clone() }

// Location returns the calendar's time zone.
func (c *Calendar) Location() *time.Location {
	if c.loc == nil {
		return time.UTC
	}
	return c.loc
}

// Always reports whether the calendar is open 24×7.
func (c *Calendar) Always() bool { return c.always }

// ValidateIntervals checks that ivs lie within 00:00–24:00, are each
// non-empty, and are sorted without overlapping (touching is allowed).
func ValidateIntervals(ivs []Interval) error {
	for i, iv := range ivs {
		switch {
		case iv.Start < 0 || iv.End > EndOfDay:
			return fmt.Errorf("interval %s is outside 00:00-24:00", iv)
		case iv.Start >= iv.End:
			return fmt.Errorf("interval %s ends before it starts", iv)
		case i > 0 && iv.Start < ivs[i-1].End:
			return fmt.Errorf("intervals %s and %s overlap or are out of order", ivs[i-1], iv)
		}
	}
	return nil
}

func (d Definition) clone() Definition {
	out := d
	for i, h := range d.Weekly {
		out.Weekly[i] = slices.Clone(h)
	}
	out.Overrides = slices.Clone(d.Overrides)
	for i := range out.Overrides {
		out.Overrides[i].Hours = slices.Clone(out.Overrides[i].Hours)
	}
	return out
}

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidCalendar, fmt.Sprintf(format, args...))
}
