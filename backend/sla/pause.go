package sla

import (
	"fmt"
	"slices"
	"time"
)

// normalizePauses returns the non-empty pauses sorted by start, with
// overlapping or touching pauses merged. Pauses whose End is not after
// their Start (including a pause and resume in the same instant) are
// dropped.
func normalizePauses(pauses []Span) []Span {
	ps := make([]Span, 0, len(pauses))
	for _, p := range pauses {
		if p.End.After(p.Start) {
			ps = append(ps, Span{Start: p.Start.Round(0), End: p.End.Round(0)})
		}
	}
	slices.SortFunc(ps, func(a, b Span) int { return a.Start.Compare(b.Start) })
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && !p.Start.After(out[n-1].End) {
			if p.End.After(out[n-1].End) {
				out[n-1].End = p.End
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// unpaused calls yield with the parts of open span s outside the pauses ps
// (normalized), in order, until yield returns false. *pi is the index of the
// first pause that may still matter; it only moves forward, so walking
// consecutive spans through one pause list is linear.
func unpaused(s Span, ps []Span, pi *int, yield func(Span) bool) bool {
	for *pi < len(ps) && !ps[*pi].End.After(s.Start) {
		*pi++
	}
	t := s.Start
	for j := *pi; j < len(ps) && ps[j].Start.Before(s.End); j++ {
		if p := ps[j]; p.Start.After(t) {
			if !yield(Span{Start: t, End: p.Start}) {
				return false
			}
		}
		if ps[j].End.After(t) {
			t = ps[j].End
		}
	}
	if t.Before(s.End) {
		return yield(Span{Start: t, End: s.End})
	}
	return true
}

// WorkingTimeExcluding returns W(from, to) as DOMAIN.md defines it: the open
// time in [from, to) minus the open time that falls inside any of pauses
// (the spans spent in pausing statuses). Pauses may overlap, touch, lie
// outside the range or be empty; an empty pause changes nothing. For a
// pause still in progress pass End = now (or any End ≥ to).
func (c *Calendar) WorkingTimeExcluding(from, to time.Time, pauses []Span) time.Duration {
	ps := normalizePauses(pauses)
	k := c.cursor(from, to)
	var total time.Duration
	pi := 0
	for {
		s, err := k.next()
		if err != nil {
			return total
		}
		if s.End.After(k.until) {
			s.End = k.until
		}
		unpaused(s, ps, &pi, func(p Span) bool {
			total += p.End.Sub(p.Start)
			return true
		})
	}
}

// AddWorkingExcluding is AddWorking with pauses: it returns the earliest
// t ≥ start with WorkingTimeExcluding(start, t, pauses) == d. A ticket
// created while paused (a pause starting at start) counts from the end of
// the pause, or from the next opening after it. Adding pauses never makes
// the due instant earlier. A pause still in progress has no end, so while
// it lasts the due instant is unknown: the caller reports the target as
// paused instead of calling this (a far-future End would only give a
// meaningless date). The errors are those of AddWorking.
func (c *Calendar) AddWorkingExcluding(start time.Time, d time.Duration, pauses []Span) (time.Time, error) {
	loc := c.Location()
	start = start.Round(0).In(loc)
	if d < 0 {
		return time.Time{}, fmt.Errorf("sla: add working time: negative duration %v", d)
	}
	if d == 0 {
		return start, nil
	}
	ps := normalizePauses(pauses)
	k := c.cursor(start, start.AddDate(HorizonYears, 0, 0))
	remaining := d
	var due time.Time
	pi := 0
	for due.IsZero() {
		s, err := k.next()
		if err != nil {
			return time.Time{}, fmt.Errorf("sla: add %v working time to %s: %w", d, start.Format(time.RFC3339), err)
		}
		unpaused(s, ps, &pi, func(p Span) bool {
			if n := p.End.Sub(p.Start); n < remaining {
				remaining -= n
				return true
			}
			due = p.Start.Add(remaining)
			return false
		})
	}
	return due, nil
}
