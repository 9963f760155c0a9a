package sla

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"feedbackdesk/backend/feedback"
)

// clock is one target's clock during a replay.
type clock struct {
	kind     Kind
	target   Target // the target in force (updated while stopped too)
	stopTgt  Target // the target in force at the stop
	started  bool   // a run has begun
	active   bool   // the run counts (or is paused): not stopped
	stopped  bool
	start    time.Time
	stopAt   time.Time
	stopBy   string
	heldStop bool // the run stopped while a pausing status held it
	consumed time.Duration
	marks    []mark // one per warning threshold, ascending, then 100 (breach)
	counted  int    // how the last stop was counted: 0 not, 1 met, 2 breached
	met      int
	breached int
	done     []time.Duration // working time of each counted run

	stretches []stretch // trace only: the run's stretches between events
	notes     []string  // trace only: what changed, for people
}

// mark is the first instant a run consumed pct percent of its target.
type mark struct {
	pct     int
	reached bool
	at      time.Time
}

// stretch is a traced span between events with the clock's state in it.
type stretch struct {
	From, To time.Time
	Paused   bool
	Stopped  bool // the ticket was done between a stop and a reopen
	Cat      feedback.StatusCategory
	Mode     Mode
}

// begin starts a fresh run at b (next reply cycle, restarted resolution,
// or the first run).
func (c *clock) begin(e *engine, b time.Time) {
	c.started, c.active, c.stopped = true, true, false
	c.start, c.consumed, c.counted = b, 0, 0
	c.resetMarks(e.warnings, nil)
	c.stretches, c.notes = c.stretches[:0], c.notes[:0]
	if e.trace {
		c.note("started %s with target %d min (%s)", e.fmt(b), c.target.Minutes, modeOf(c.target))
	}
}

// resetMarks sets the marks to warnings and 100, keeping the reached state
// of thresholds also found in old.
func (c *clock) resetMarks(warnings []int, old []mark) {
	var marks []mark
	if old == nil && cap(c.marks) > len(warnings) {
		marks = c.marks[:0] // a fresh run reuses the slice
	} else {
		marks = make([]mark, 0, len(warnings)+1)
	}
	for i := 0; i <= len(warnings); i++ {
		m := mark{pct: 100}
		if i < len(warnings) {
			m.pct = warnings[i]
		}
		for _, o := range old {
			if o.pct == m.pct {
				m = o
			}
		}
		marks = append(marks, m)
	}
	c.marks = marks
}

// breach returns the breach mark.
func (c *clock) breach() mark {
	if len(c.marks) == 0 {
		return mark{}
	}
	return c.marks[len(c.marks)-1]
}

// stop ends the running run at b.
func (c *clock) stop(e *engine, b time.Time, by string) {
	if !c.active {
		return
	}
	c.heldStop = e.pol.Pauses(c.kind, e.before) // a pause begun at b itself held nothing
	c.active, c.stopped, c.stopAt, c.stopBy, c.stopTgt = false, true, b, by, c.target
	c.counted = 0
	if c.target.Minutes > 0 {
		c.counted = 1
		if c.breach().reached {
			c.counted = 2
		}
		c.met += c.counted & 1
		c.breached += c.counted >> 1
		c.done = append(c.done, c.consumed)
	}
	if e.trace {
		c.note("stopped by %s at %s with %v consumed", by, e.fmt(b), minutes(c.consumed))
	}
}

// resume continues a stopped run at b, undoing how its stop was counted.
func (c *clock) resume(e *engine, b time.Time) {
	if !c.started || c.active {
		return
	}
	if e.trace {
		c.stretches = append(c.stretches, stretch{From: c.stopAt, To: b, Stopped: true, Cat: feedback.StatusCategory(c.stopBy)})
	}
	c.active, c.stopped = true, false
	if c.counted != 0 {
		c.met -= c.counted & 1
		c.breached -= c.counted >> 1
		c.done = c.done[:len(c.done)-1]
		c.counted = 0
	}
	if e.trace {
		c.note("reopened %s: the clock resumes with %v already consumed", e.fmt(b), minutes(c.consumed))
	}
}

// note records a fact for Explain; callers check e.trace first so that a
// plain Compute formats nothing.
func (c *clock) note(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = string(unicode.ToUpper(r)) + s[n:] + "."
	}
	c.notes = append(c.notes, s)
}

// result reports the clock's state as of e.now.
func (c *clock) result(e *engine) (TargetResult, error) {
	t := c.target
	if c.stopped {
		t = c.stopTgt // a stopped run is judged by the target it stopped under
	}
	r := TargetResult{Kind: c.kind, Mode: modeOf(t), Target: t.Duration(), Actual: c.consumed,
		TimeLeft: t.Duration() - c.consumed, Met: c.met, Breached: c.breached, Completed: c.done}
	if c.started {
		r.StartedAt = ptr(c.start)
	}
	if c.stopped {
		r.StoppedAt, r.StoppedBy = ptr(c.stopAt), c.stopBy
	}
	paused := c.active && e.pol.Pauses(c.kind, e.cat)
	if paused {
		r.PausedBy = e.cat
	}
	switch {
	case t.Minutes <= 0:
		r.State, r.TimeLeft = NotApplicable, 0
		return r, nil
	case !c.started:
		r.State = NotStarted
		return r, nil
	}
	running := c.active && !paused
	for _, pct := range e.warnings {
		if c.consumed >= need(t, pct) {
			r.Warning = pct
		}
	}
	for _, m := range c.marks[:len(c.marks)-1] {
		switch {
		case m.reached:
			r.Warnings = append(r.Warnings, Mark{Percent: m.pct, At: m.at})
		case running:
			at, err := e.add(r.Mode, e.now, need(t, m.pct)-c.consumed)
			if err != nil {
				return r, err
			}
			r.Warnings = append(r.Warnings, Mark{Percent: m.pct, At: at, Projected: true})
		}
	}
	switch bm := c.breach(); {
	case bm.reached:
		r.State, r.BreachedAt, r.Due = Breached, ptr(bm.at), ptr(bm.at)
	case c.stopped:
		r.State = Met
		if !c.heldStop {
			due, err := e.add(r.Mode, c.stopAt, r.TimeLeft)
			if err != nil {
				return r, fmt.Errorf("sla: %s due: %w", c.kind, err)
			}
			r.Due = ptr(due)
		}
	case paused:
		r.State = Paused
	default:
		due, err := e.add(r.Mode, e.now, max(r.TimeLeft, 0))
		if err != nil {
			return r, fmt.Errorf("sla: %s due: %w", c.kind, err)
		}
		r.State, r.Due = Running, ptr(due)
	}
	return r, nil
}

// result reports every target as of e.now.
func (e *engine) result() (Result, error) {
	r := Result{Policy: e.pol.Name, PolicyVersion: e.pol.Version, Priority: e.priority, Category: e.cat, AsOf: e.now}
	for i, k := range Kinds {
		tr, err := e.clocks[i].result(e)
		if err != nil {
			return Result{}, err
		}
		*r.Target(k) = tr
	}
	return r, nil
}

func ptr(t time.Time) *time.Time { return &t }
