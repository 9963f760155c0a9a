package sla

import (
	"fmt"
	"time"
)

// SegmentKind says what a stretch of an explained timeline did to a clock.
type SegmentKind string

// Segment kinds.
const (
	// Counted time used up the target.
	Counted SegmentKind = "counted"
	// PausedTime was open time not counted because of a pausing status.
	PausedTime SegmentKind = "paused"
	// OutOfHours was closed time of the calendar (nights, weekends, lunch
	// breaks, holidays); it never counts, paused or not.
	OutOfHours SegmentKind = "out_of_hours"
	// StoppedTime is time the ticket spent resolved or closed before it was
	// reopened and its resolution clock resumed.
	StoppedTime SegmentKind = "stopped"
)

// Segment is one consecutive stretch of a target's timeline.
type Segment struct {
	From time.Time   `json:"from"`
	To   time.Time   `json:"to"`
	Kind SegmentKind `json:"kind"`
	// Reason is for people: "open hours", "make-up workday 春节",
	// "status pending_customer", "outside hours", "lunch break",
	// "closed: holiday 春节", "partial day 除夕".
	Reason string `json:"reason"`
	// Minutes is the segment's length in real minutes.
	Minutes float64 `json:"minutes"`
	// Projected segments lie after now: how the clock will run to its due
	// instant if nothing changes.
	Projected bool `json:"projected,omitempty"`
}

// Timeline explains one target: its segments from the start of the current
// run (for next reply, the current or last cycle) to its stop, or to now and
// on to the projected due instant, and facts in plain English saying why
// the due instant is what it is.
type Timeline struct {
	Kind     Kind      `json:"kind"`
	Segments []Segment `json:"segments"`
	Facts    []string  `json:"facts"`
}

// Explanation is Compute's result with a timeline per target.
type Explanation struct {
	Result    Result     `json:"result"`
	Timelines []Timeline `json:"timelines"` // in Kinds order
}

// Explain replays the log exactly as Compute does and also returns, per
// target, the timeline behind the figures. It is consistent with Compute by
// construction: the counted segments that are not projected add up to
// Actual, and a Due instant (projected or breached) is the end of the
// counted segment with which the counted time first reaches the target.
func Explain(policy Policy, cal *Calendar, events []Event, now time.Time) (Explanation, error) {
	e, err := run(&policy, cal, events, now, true)
	if err != nil {
		return Explanation{}, err
	}
	res, err := e.result()
	if err != nil {
		return Explanation{}, err
	}
	x := Explanation{Result: res}
	names := cal.overrideNames()
	for i, k := range Kinds {
		x.Timelines = append(x.Timelines, e.timeline(&e.clocks[i], *res.Target(k), names))
	}
	return x, nil
}

// timeline builds one target's segments and facts.
func (e *engine) timeline(c *clock, r TargetResult, names map[day]Override) Timeline {
	tl := Timeline{Kind: c.kind, Segments: []Segment{}}
	switch r.State {
	case NotApplicable:
		tl.Facts = []string{fmt.Sprintf("Policy %s sets no %s target for P%d.", e.pol.Name, c.kind, e.priority)}
		return tl
	case NotStarted:
		tl.Facts = []string{"Not started: no customer message has waited for a reply since the first response."}
		return tl
	}
	for _, s := range c.stretches {
		tl.Segments = e.expand(tl.Segments, s, false, names)
	}
	if r.State == Running && r.Due.After(e.now) {
		s := stretch{From: e.now, To: *r.Due, Cat: e.cat, Mode: r.Mode}
		tl.Segments = e.expand(tl.Segments, s, true, names)
	}
	tl.Segments = mergeSegments(tl.Segments)
	if r.Due != nil {
		tl.Segments = splitAt(tl.Segments, *r.Due)
	}
	cal := e.pol.Calendar
	if cal == "" {
		cal = e.loc.String()
	}
	if r.Mode == Elapsed {
		tl.Facts = append(tl.Facts, fmt.Sprintf("Target %d min for P%d under policy %s v%d, counted in calendar minutes (24×7).",
			c.target.Minutes, e.priority, e.pol.Name, e.pol.Version))
	} else {
		tl.Facts = append(tl.Facts, fmt.Sprintf("Target %d min for P%d under policy %s v%d, counted in open hours of calendar %s.",
			c.target.Minutes, e.priority, e.pol.Name, e.pol.Version, cal))
	}
	if s := tl.Segments; len(s) > 0 && s[0].Kind == OutOfHours {
		tl.Facts = append(tl.Facts, fmt.Sprintf("Started outside open hours (%s): counting began at %s.", s[0].Reason, e.fmt(s[0].To)))
	}
	tl.Facts = append(tl.Facts, c.notes...)
	var counted, paused time.Duration
	for _, s := range tl.Segments {
		switch {
		case s.Projected:
		case s.Kind == Counted:
			counted += s.To.Sub(s.From)
		case s.Kind == PausedTime:
			paused += s.To.Sub(s.From)
		}
	}
	tl.Facts = append(tl.Facts, fmt.Sprintf("Counted %v; paused %v of open time.", minutes(counted), minutes(paused)))
	switch r.State {
	case Running:
		tl.Facts = append(tl.Facts, fmt.Sprintf("Due %s: %v left to count from now (%s).", e.fmt(*r.Due), minutes(r.TimeLeft), e.fmt(e.now)))
	case Paused:
		tl.Facts = append(tl.Facts, fmt.Sprintf("Paused by status %s: the due instant is unknown until the pause ends; %v left.", r.PausedBy, minutes(r.TimeLeft)))
	case Met:
		tl.Facts = append(tl.Facts, fmt.Sprintf("Met: stopped %s with %v to spare.", e.fmt(*r.StoppedAt), minutes(r.TimeLeft)))
	case Breached:
		tl.Facts = append(tl.Facts, fmt.Sprintf("Breached at %s, when the counted time reached the target in force.", e.fmt(*r.BreachedAt)))
	}
	return tl
}

// expand appends the segments of stretch s.
func (e *engine) expand(out []Segment, s stretch, projected bool, names map[day]Override) []Segment {
	open := Counted
	if s.Paused {
		open = PausedTime
	}
	seg := func(from, to time.Time, kind SegmentKind, reason string) {
		if to.After(from) {
			out = append(out, Segment{From: from, To: to, Kind: kind, Reason: reason,
				Minutes: to.Sub(from).Minutes(), Projected: projected})
		}
	}
	openReason := func(t time.Time) string {
		if s.Paused {
			return "status " + string(s.Cat)
		}
		if o, ok := names[localDay(t, e.loc)]; ok && o.Kind == Workday {
			return label("make-up workday", o.Name)
		}
		return "open hours"
	}
	if s.Stopped {
		seg(s.From, s.To, StoppedTime, "status "+string(s.Cat))
		return out
	}
	if s.Mode == Elapsed || e.cal.Always() {
		seg(s.From, s.To, open, openReason(s.From))
		return out
	}
	t := s.From
	for _, sp := range e.cal.OpenSpans(s.From, s.To) {
		for _, g := range e.gaps(t, sp.Start, names) {
			seg(g.From, g.To, OutOfHours, g.Reason)
		}
		seg(sp.Start, sp.End, open, openReason(sp.Start))
		t = sp.End
	}
	for _, g := range e.gaps(t, s.To, names) {
		seg(g.From, g.To, OutOfHours, g.Reason)
	}
	return out
}

// gaps splits closed time [from, to) into local days, each with its reason.
func (e *engine) gaps(from, to time.Time, names map[day]Override) []Segment {
	var out []Segment
	for t := from; t.Before(to); {
		d := localDay(t, e.loc)
		y, m, dd := (d + 1).date()
		end := wall(e.loc, y, m, dd, 0)
		if end.After(to) {
			end = to
		}
		reason := "outside hours"
		if o, ok := names[d]; ok && o.Kind == Holiday {
			reason = label("closed: holiday", o.Name)
		} else if ok && o.Kind == Partial {
			reason = label("partial day", o.Name)
		} else {
			spans := e.cal.daySpans(d, nil)
			if len(spans) > 1 && !t.Before(spans[0].End) && !end.After(spans[len(spans)-1].Start) {
				reason = "lunch break"
			}
		}
		out = append(out, Segment{From: t, To: end, Reason: reason})
		t = end
	}
	return out
}

// mergeSegments joins neighbours of the same kind, reason and projection.
func mergeSegments(segs []Segment) []Segment {
	out := segs[:0]
	for _, s := range segs {
		if n := len(out); n > 0 && out[n-1].Kind == s.Kind && out[n-1].Reason == s.Reason &&
			out[n-1].Projected == s.Projected && out[n-1].To.Equal(s.From) {
			out[n-1].To = s.To
			out[n-1].Minutes = out[n-1].To.Sub(out[n-1].From).Minutes()
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitAt splits the segment strictly containing t, so that t is a
// segment boundary.
func splitAt(segs []Segment, t time.Time) []Segment {
	for i, s := range segs {
		if s.From.Before(t) && s.To.After(t) {
			a, b := s, s
			a.To, b.From = t, t
			a.Minutes, b.Minutes = t.Sub(a.From).Minutes(), b.To.Sub(t).Minutes()
			return append(segs[:i], append([]Segment{a, b}, segs[i+1:]...)...)
		}
	}
	return segs
}

// overrideNames indexes the calendar's overrides by local date.
func (c *Calendar) overrideNames() map[day]Override {
	m := make(map[day]Override, len(c.def.Overrides))
	for _, o := range c.def.Overrides {
		if d, err := parseDay(o.Date); err == nil {
			m[d] = o
		}
	}
	return m
}

func label(what, name string) string {
	if name == "" {
		return what
	}
	return what + " " + name
}
