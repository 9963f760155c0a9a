package sla_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// Bug class: warning levels computed on wall-clock time or on the wrong
// target, or warning instants missing once reached.
func TestWarningsAt75And90(t *testing.T) {
	c := nineToFive(t)
	p := withTarget(stdPolicy(), "P2", sla.FirstResponse, sla.Target{Minutes: 100})
	evs := []sla.Event{evCreated(sh(t, "2026-03-02 09:00"), feedback.CatNew, 2)}
	for _, tc := range []struct {
		now     string
		warning int
		marks   string
	}{
		{"2026-03-02 10:00", 0, "75@10:15~ 90@10:30~"},
		{"2026-03-02 10:20", 75, "75@10:15 90@10:30~"},
		{"2026-03-02 10:35", 90, "75@10:15 90@10:30"},
	} {
		r := mustCompute(t, p, c, evs, sh(t, tc.now))
		var got []string
		for _, m := range r.FirstResponse.Warnings {
			s := fmt.Sprintf("%d@%s", m.Percent, m.At.Format("15:04"))
			if m.Projected {
				s += "~"
			}
			got = append(got, s)
		}
		if r.FirstResponse.Warning != tc.warning || strings.Join(got, " ") != tc.marks {
			t.Errorf("at %s: warning %d marks %q, want %d %q", tc.now, r.FirstResponse.Warning, got, tc.warning, tc.marks)
		}
		sameInstant(t, "due", *r.FirstResponse.Due, sh(t, "2026-03-02 10:40"))
	}
	none := p
	none.Warnings = []int{}
	if r := mustCompute(t, none, c, evs, sh(t, "2026-03-02 10:35")); r.FirstResponse.Warning != 0 || len(r.FirstResponse.Warnings) != 0 {
		t.Errorf("warnings disabled: %+v", r.FirstResponse)
	}
}

// Bug class: escalations raised at night or over the weekend, raised after
// the target was met, or shifted on a 24×7 calendar.
func TestEscalationsShiftedIntoOpenHours(t *testing.T) {
	p := stdPolicy()
	p.Escalations = []sla.Escalation{
		{OffsetMinutes: -60, Notify: "team lead"},
		{OffsetMinutes: 0, Notify: "manager"},
		{OffsetMinutes: 120, Notify: "director", Name: "L3"},
	}
	evs := []sla.Event{evCreated(sh(t, "2026-03-06 15:00"), feedback.CatNew, 2)} // FR due Fri 17:00
	list := func(c *sla.Calendar, evs []sla.Event, now, from, to time.Time) string {
		r := mustCompute(t, p, c, evs, now)
		ns, err := sla.Notifications(r, p, c, from, to)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range ns {
			s := fmt.Sprintf("%s %s %d%d %s", n.At.Format("Mon 15:04"), n.Target, n.Percent, n.Level, n.Notify)
			if n.Shifted {
				s += " (from " + n.Scheduled.Format("Mon 15:04") + ")"
			}
			out = append(out, s)
		}
		return strings.Join(out, "\n")
	}
	got := list(nineToFive(t), evs, sh(t, "2026-03-06 15:30"), sh(t, "2026-03-06 15:00"), sh(t, "2026-03-10 00:00"))
	want := strings.Join([]string{
		"Fri 16:00 first_response 01 team lead",
		"Fri 16:30 first_response 750 ",
		"Fri 16:48 first_response 900 ",
		"Mon 09:00 first_response 02 manager (from Fri 17:00)",
		"Mon 09:00 first_response 03 director (from Fri 19:00)",
	}, "\n")
	if got != want {
		t.Errorf("business calendar:\n%s\nwant\n%s", got, want)
	}

	always, err := sla.NewAlways("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	got = list(always, evs, sh(t, "2026-03-06 15:30"), sh(t, "2026-03-06 15:00"), sh(t, "2026-03-06 20:00"))
	if !strings.Contains(got, "Fri 17:00 first_response 02 manager") || !strings.Contains(got, "Fri 19:00 first_response 03 director") || strings.Contains(got, "from") {
		t.Errorf("24×7 calendar shifted or lost escalations:\n%s", got)
	}

	met := append(evs[:1:1], evOut(sh(t, "2026-03-06 16:45")))
	got = list(nineToFive(t), met, sh(t, "2026-03-06 17:00"), sh(t, "2026-03-06 15:00"), sh(t, "2026-03-10 00:00"))
	if got != "Fri 16:00 first_response 01 team lead\nFri 16:30 first_response 750 " {
		t.Errorf("met at 16:45, got:\n%s", got)
	}
}
