package sla

import (
	"errors"
	"fmt"
	"time"
)

// HorizonYears bounds every forward search (AddWorking, NextOpen): a
// deadline or an opening further than this many years after the start is
// reported as ErrBeyondHorizon instead of searched for.
const HorizonYears = 10

var (
	// ErrNoOpenTime means the calendar is never open from the given instant
	// on (no weekday has hours and no later override opens a day).
	ErrNoOpenTime = errors.New("sla: the calendar has no open time")
	// ErrBeyondHorizon means the answer lies more than HorizonYears ahead.
	ErrBeyondHorizon = errors.New("sla: beyond the search horizon")
)

// Span is a half-open stretch of time [Start, End).
type Span struct {
	Start time.Time
	End   time.Time
}

// Duration returns the length of s, or 0 if End is not after Start.
func (s Span) Duration() time.Duration {
	if !s.End.After(s.Start) {
		return 0
	}
	return s.End.Sub(s.Start)
}

// String formats s in RFC 3339 as "[start, end)".
func (s Span) String() string {
	return "[" + s.Start.Format(time.RFC3339) + ", " + s.End.Format(time.RFC3339) + ")"
}

// cursor walks the calendar's open spans forward from an instant, one local
// day at a time.
type cursor struct {
	c     *Calendar
	from  time.Time
	until time.Time // the search stops once spans start at or after until
	day   day
	last  day
	buf   []Span
	i     int
	done  bool // for 24×7 calendars: the single span was returned
}

func (c *Calendar) cursor(from, until time.Time) *cursor {
	loc := c.Location()
	from, until = from.Round(0).In(loc), until.Round(0).In(loc)
	return &cursor{c: c, from: from, until: until,
		day: localDay(from, loc), last: localDay(until, loc) + 1}
}

// next returns the next open span, clipped to start no earlier than from.
// Spans of consecutive intervals may touch. It returns ErrBeyondHorizon once
// the spans would start at or after until, and ErrNoOpenTime when the
// calendar is closed forever after.
func (k *cursor) next() (Span, error) {
	if k.c.always {
		if k.done || !k.until.After(k.from) {
			return Span{}, ErrBeyondHorizon
		}
		k.done = true
		return Span{Start: k.from, End: k.until}, nil
	}
	for {
		for k.i < len(k.buf) {
			s := k.buf[k.i]
			k.i++
			if !s.End.After(k.from) {
				continue
			}
			if !s.Start.Before(k.until) {
				return Span{}, ErrBeyondHorizon
			}
			if s.Start.Before(k.from) {
				s.Start = k.from
			}
			return s, nil
		}
		if !k.c.hasWeekly && (!k.c.hasOpenOv || k.day > k.c.lastOpen) {
			return Span{}, ErrNoOpenTime
		}
		if k.day > k.last {
			return Span{}, ErrBeyondHorizon
		}
		k.buf, k.i = k.c.daySpans(k.day, k.buf[:0]), 0
		k.day++
	}
}

// OpenSpans returns the open spans within [from, to), in order, clipped to
// the range, with touching spans merged (so 09:00–12:00 and 12:00–13:00
// come back as one span, and a 24×7 stretch as one span however many days
// it covers). It returns nil when to is not after from or nothing is open.
func (c *Calendar) OpenSpans(from, to time.Time) []Span {
	var out []Span
	k := c.cursor(from, to)
	for {
		s, err := k.next()
		if err != nil {
			return out
		}
		if s.End.After(k.until) {
			s.End = k.until
		}
		if n := len(out); n > 0 && out[n-1].End.Equal(s.Start) {
			out[n-1].End = s.End
		} else {
			out = append(out, s)
		}
	}
}

// WorkingTime returns the open time in [from, to): W(from, to) without
// pauses. It is 0 when to is not after from, and additive: for a ≤ b ≤ c,
// W(a, c) = W(a, b) + W(b, c). The cost grows with the number of local
// days in the range.
func (c *Calendar) WorkingTime(from, to time.Time) time.Duration {
	return c.WorkingTimeExcluding(from, to, nil)
}

// AddWorking returns the due instant: the earliest t ≥ start with
// WorkingTime(start, t) == d. So a start outside hours counts from the next
// opening (Friday 16:00 + 4h with Mon–Fri 09–17 → Monday 12:00); a target
// used up exactly at the end of an interval is due at that end (09:00 + 3h
// before a 12:00 lunch → 12:00, not 13:30); and d == 0 gives start itself,
// open or not. On a 24×7 calendar the result is start + d.
//
// It fails for d < 0, with ErrNoOpenTime when the calendar never opens
// again, and with ErrBeyondHorizon when the due instant would lie more than
// HorizonYears after start. The work done grows with the number of days
// covered, never with d's magnitude in minutes.
func (c *Calendar) AddWorking(start time.Time, d time.Duration) (time.Time, error) {
	return c.AddWorkingExcluding(start, d, nil)
}

// NextOpen returns t if the calendar is open at t, otherwise the start of
// the next open span. It fails with ErrNoOpenTime or ErrBeyondHorizon (no
// opening within HorizonYears).
func (c *Calendar) NextOpen(t time.Time) (time.Time, error) {
	k := c.cursor(t, t.AddDate(HorizonYears, 0, 0))
	s, err := k.next()
	if err != nil {
		return time.Time{}, fmt.Errorf("sla: next opening after %s: %w", t.Format(time.RFC3339), err)
	}
	return s.Start, nil
}

// IsOpen reports whether the calendar is open at instant t (an interval
// includes its start and excludes its end).
func (c *Calendar) IsOpen(t time.Time) bool {
	k := c.cursor(t, t.Add(72*time.Hour))
	s, err := k.next()
	return err == nil && s.Start.Equal(k.from)
}
