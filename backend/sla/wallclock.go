package sla

import (
	"time"
)

// day is a civil date counted in days since 1970-01-01 (no zone attached).
type day int64

func dayOf(y int, m time.Month, d int) day {
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) date() (int, time.Month, int) {
	return time.Unix(int64(d)*86400, 0).UTC().Date()
}

func (d day) weekday() time.Weekday {
	return time.Weekday(((int64(d)+4)%7 + 7) % 7) // 1970-01-01 was a Thursday
}

func (d day) String() string {
	return time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)
}

// parseDay parses a strict "YYYY-MM-DD".
func parseDay(s string) (day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, err
	}
	return dayOf(t.Date()), nil
}

// localDay is the local date of t in loc.
func localDay(t time.Time, loc *time.Location) day {
	return dayOf(t.In(loc).Date())
}

// wall returns the instant at which loc's wall clock reads minute m (0 …
// 1440) of the civil date y-mo-d, resolving DST deterministically (see the
// package documentation): a time in a spring-forward gap is the instant of
// the transition; a time that occurs twice is its first occurrence.
func wall(loc *time.Location, y int, mo time.Month, d, m int) time.Time {
	g := time.Date(y, mo, d, 0, m, 0, 0, loc)
	want := time.Date(y, mo, d, 0, m, 0, 0, time.UTC)
	gy, gmo, gd := g.Date()
	gh, gmi, gs := g.Clock()
	got := time.Date(gy, gmo, gd, gh, gmi, gs, g.Nanosecond(), time.UTC)
	switch {
	case got.After(want): // in a gap; Go moved past the transition
		start, _ := g.ZoneBounds()
		return start
	case got.Before(want): // in a gap; Go stayed before the transition
		_, end := g.ZoneBounds()
		return end
	}
	// The wall time exists. If the zone in effect began with a fall-back
	// transition, the same wall time may also exist before it.
	start, _ := g.ZoneBounds()
	if start.IsZero() {
		return g
	}
	_, off := g.Zone()
	_, prevOff := start.Add(-time.Nanosecond).Zone()
	if prevOff <= off {
		return g
	}
	earlier := g.Add(time.Duration(off-prevOff) * time.Second)
	if _, eo := earlier.Zone(); earlier.Before(start) && eo == prevOff {
		return earlier
	}
	return g
}

// hoursOn returns the open intervals of local date d.
func (c *Calendar) hoursOn(d day) []Interval {
	if h, ok := c.overrides[d]; ok {
		return h
	}
	return c.weekly[d.weekday()]
}

// daySpans appends the absolute open spans of local date d to buf. Spans
// that DST makes empty are dropped. They are worked out once per date.
func (c *Calendar) daySpans(d day, buf []Span) []Span {
	if c.spans == nil {
		return c.resolveSpans(d, buf)
	}
	if v, ok := c.spans.Load(d); ok {
		return append(buf, v.([]Span)...)
	}
	spans := c.resolveSpans(d, nil)
	c.spans.Store(d, spans)
	return append(buf, spans...)
}

// resolveSpans appends the absolute open spans of local date d to buf.
func (c *Calendar) resolveSpans(d day, buf []Span) []Span {
	hours := c.hoursOn(d)
	if len(hours) == 0 {
		return buf
	}
	loc := c.Location()
	y, mo, dd := d.date()
	for _, iv := range hours {
		s := wall(loc, y, mo, dd, int(iv.Start))
		e := wall(loc, y, mo, dd, int(iv.End))
		if e.After(s) {
			buf = append(buf, Span{Start: s, End: e})
		}
	}
	return buf
}
