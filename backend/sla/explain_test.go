package sla_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// segString renders segments as "15:04-15:04 kind reason [~]".
func segString(segs []sla.Segment) string {
	var out []string
	for _, s := range segs {
		line := fmt.Sprintf("%s-%s %s %s", s.From.Format("Mon 15:04"), s.To.Format("Mon 15:04"), s.Kind, s.Reason)
		if s.Projected {
			line += " ~"
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// Bug class: an explanation that disagrees with the figures (lunch break or
// weekend shown as counted, a pause without its status, the due instant
// not where the counted time reaches the target).
func TestExplainTimeline(t *testing.T) {
	c := mustCal(t, "Asia/Shanghai", "Mon-Fri 09:00-12:00,13:30-18:00")
	p := withTarget(stdPolicy(), "P3", sla.FirstResponse, sla.Target{Minutes: 250})
	evs := []sla.Event{
		evCreated(sh(t, "2026-03-06 17:00"), feedback.CatNew, 3),
		evStatus(sh(t, "2026-03-06 17:20"), feedback.CatPendingCust),
		evStatus(sh(t, "2026-03-06 17:30"), feedback.CatOpen),
	}
	x, err := sla.Explain(p, c, evs, sh(t, "2026-03-09 10:00"))
	if err != nil {
		t.Fatal(err)
	}
	got := segString(x.Timelines[0].Segments)
	want := strings.Join([]string{
		"Fri 17:00-Fri 17:20 counted open hours",
		"Fri 17:20-Fri 17:30 paused status pending_customer",
		"Fri 17:30-Fri 18:00 counted open hours",
		"Fri 18:00-Mon 09:00 out_of_hours outside hours",
		"Mon 09:00-Mon 10:00 counted open hours",
		"Mon 10:00-Mon 12:00 counted open hours ~",
		"Mon 12:00-Mon 13:30 out_of_hours lunch break ~",
		"Mon 13:30-Mon 13:50 counted open hours ~",
	}, "\n")
	if got != want {
		t.Errorf("segments:\n%s\nwant\n%s", got, want)
	}
	fr := x.Result.FirstResponse
	check(t, fr, sla.Running, 110, sh(t, "2026-03-09 13:50"))
	facts := strings.Join(x.Timelines[0].Facts, "\n")
	for _, f := range []string{"Target 250 min for P3", "Status pending_customer at 2026-03-06 17:20 Fri (20 min consumed)",
		"Counted 110 min; paused 10 min of open time.", "Due 2026-03-09 13:50 Mon"} {
		if !strings.Contains(facts, f) {
			t.Errorf("facts lack %q:\n%s", f, facts)
		}
	}
	if r, err := sla.Compute(p, c, evs, sh(t, "2026-03-09 10:00")); err != nil || !r.FirstResponse.Due.Equal(*fr.Due) {
		t.Errorf("Compute and Explain disagree: %v %v", r.FirstResponse.Due, err)
	}
}

// checkExplain asserts Explain's invariants for every target: counted
// minutes that are not projected add up to Actual; the segments are
// consecutive; a Due instant is a segment end, and when the target did
// not change during the run, the counted time up to it is the target.
func checkExplain(t *testing.T, x sla.Explanation, fixedTarget bool) {
	t.Helper()
	for i, tl := range x.Timelines {
		tr := x.Result.Target(sla.Kinds[i])
		var counted, upToDue time.Duration
		dueAtEnd := tr.Due == nil || len(tl.Segments) == 0
		for j, s := range tl.Segments {
			if j > 0 && !tl.Segments[j-1].To.Equal(s.From) {
				t.Fatalf("%s: gap between segments %d and %d", tr.Kind, j-1, j)
			}
			if s.Kind == sla.Counted && !s.Projected {
				counted += s.To.Sub(s.From)
			}
			if s.Kind == sla.Counted && tr.Due != nil && !s.To.After(*tr.Due) {
				upToDue += s.To.Sub(s.From)
			}
			if tr.Due != nil && s.To.Equal(*tr.Due) {
				dueAtEnd = true
			}
		}
		if counted != tr.Actual {
			t.Fatalf("%s: counted %v, actual %v", tr.Kind, counted, tr.Actual)
		}
		if tr.State == sla.Running || tr.State == sla.Breached {
			if !dueAtEnd && tr.Target > 0 && tr.Due.After(*tr.StartedAt) {
				t.Fatalf("%s: due %s is not a segment end", tr.Kind, tr.Due)
			}
			if fixedTarget && upToDue != tr.Target && tr.Due.After(*tr.StartedAt) {
				t.Fatalf("%s: counted up to due %v, target %v\n%s", tr.Kind, upToDue, tr.Target, segString(tl.Segments))
			}
		}
	}
}
