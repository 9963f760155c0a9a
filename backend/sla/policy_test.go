package sla_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// Bug class: a stored policy definition that does not survive a JSON round
// trip, or whose defaults differ between Go and JSON.
func TestPolicyJSON(t *testing.T) {
	doc := `{"name":"VIP","version":3,"calendar":"shanghai-office",
	 "conditions":{"tiers":["vip"],"channels":["phone","wechat"]},
	 "targets":{"P1":{"first_response":{"minutes":30},"next_reply":{"minutes":60},
	                  "resolution":{"minutes":480,"mode":"calendar"}}},
	 "pause":{"first_response":[]},"reopen":"restart",
	 "escalations":[{"offset_minutes":-60,"notify":"team lead","targets":["resolution"]}]}`
	var p sla.Policy
	if err := json.Unmarshal([]byte(doc), &p); err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := p.TargetFor(1, sla.Resolution); got != (sla.Target{Minutes: 480, Mode: sla.Elapsed}) {
		t.Errorf("P1 resolution = %+v", got)
	}
	if p.TargetFor(2, sla.Resolution).Minutes != 0 {
		t.Error("P2 has no targets, want zero")
	}
	if p.Pauses(sla.FirstResponse, feedback.CatPendingCust) || !p.Pauses(sla.Resolution, feedback.CatPendingThird) {
		t.Error("explicit empty pause list or default pause list not honoured")
	}
	if p.ReopenMode() != sla.Restart || !reflect.DeepEqual(p.WarningLevels(), []int{75, 90}) {
		t.Errorf("reopen %q warnings %v", p.ReopenMode(), p.WarningLevels())
	}
	if p.Escalations[0].Applies(sla.FirstResponse) || !p.Escalations[0].Applies(sla.Resolution) {
		t.Error("escalation target filter")
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back sla.Policy
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, p) {
		t.Errorf("round trip:\n%+v\n%+v (%v)", back, p, err)
	}
}

// Bug class: policy order ignored, or an empty condition set treated as
// "none" instead of "any".
func TestSelectPolicy(t *testing.T) {
	ps := []sla.Policy{
		{Name: "vip-p1", Conditions: sla.Conditions{Priorities: []int{1}, Tiers: []string{"vip"}}},
		{Name: "wechat", Conditions: sla.Conditions{Channels: []string{"wechat"}}},
		{Name: "vip", Conditions: sla.Conditions{Tiers: []string{"vip"}}},
		{Name: "default"},
	}
	for _, tc := range []struct {
		facts sla.TicketFacts
		want  string
	}{
		{sla.TicketFacts{Priority: 1, Tier: "vip", Channel: "wechat"}, "vip-p1"},
		{sla.TicketFacts{Priority: 2, Tier: "vip", Channel: "wechat"}, "wechat"},
		{sla.TicketFacts{Priority: 2, Tier: "vip", Channel: "phone"}, "vip"},
		{sla.TicketFacts{Priority: 3, Channel: "email"}, "default"},
	} {
		p, ok := sla.SelectPolicy(ps, tc.facts)
		if !ok || p.Name != tc.want {
			t.Errorf("%+v: got %v, want %s", tc.facts, p, tc.want)
		}
	}
	if _, ok := sla.SelectPolicy(ps[:3], sla.TicketFacts{Priority: 4}); ok {
		t.Error("no policy should match")
	}
}

// Bug class: an invalid policy or log accepted silently.
func TestInvalidPolicyAndLog(t *testing.T) {
	c := nineToFive(t)
	for name, mod := range map[string]func(*sla.Policy){
		"no name":  func(p *sla.Policy) { p.Name = "" },
		"bad key":  func(p *sla.Policy) { p.Targets["P5"] = sla.Targets{} },
		"bad mode": func(p *sla.Policy) { p.Targets["P1"] = sla.Targets{Resolution: sla.Target{Minutes: 1, Mode: "wall"}} },
		"negative": func(p *sla.Policy) { p.Targets["P1"] = sla.Targets{Resolution: sla.Target{Minutes: -1}} },
		"resolved pause": func(p *sla.Policy) {
			p.Pause = map[sla.Kind][]feedback.StatusCategory{sla.Resolution: {feedback.CatResolved}}
		},
		"warning 100": func(p *sla.Policy) { p.Warnings = []int{100} },
		"reopen":      func(p *sla.Policy) { p.Reopen = "again" },
	} {
		p := stdPolicy()
		mod(&p)
		if err := p.Validate(); !errors.Is(err, sla.ErrInvalidPolicy) {
			t.Errorf("%s: Validate = %v, want ErrInvalidPolicy", name, err)
		}
	}
	now := sh(t, "2026-03-02 12:00")
	created := evCreated(sh(t, "2026-03-02 09:00"), feedback.CatNew, 2)
	for name, evs := range map[string][]sla.Event{
		"empty":             nil,
		"no creation":       {evOut(now)},
		"bad priority":      {evCreated(now, feedback.CatNew, 7)},
		"policy nil":        {created, {At: now, Kind: feedback.EventPolicy}},
		"bad direction":     {created, {At: now, Kind: feedback.EventReply, Direction: "sideways"}},
		"created twice":     {created, created},
		"created after now": {evCreated(now.Add(time.Hour), feedback.CatNew, 2)},
	} {
		if _, err := sla.Compute(stdPolicy(), c, evs, now); !errors.Is(err, sla.ErrInvalidLog) {
			t.Errorf("%s: Compute = %v, want ErrInvalidLog", name, err)
		}
	}
	out := []sla.Event{evOut(sh(t, "2026-03-02 10:00")), created} // out of order: sorted
	if r := mustCompute(t, stdPolicy(), c, out, now); r.FirstResponse.State != sla.Met {
		t.Errorf("unsorted log: %s", r.FirstResponse.State)
	}
}

// Bug class: attainment counting running targets, or percentiles that
// interpolate values no ticket had.
func TestFigures(t *testing.T) {
	c := nineToFive(t)
	var rs []sla.Result
	for _, reply := range []string{"09:30", "10:00", "10:30", "11:30", "12:00"} { // P2 FR 120: 3 met, 2 breached
		evs := []sla.Event{evCreated(sh(t, "2026-03-02 09:00"), feedback.CatNew, 2), evOut(sh(t, "2026-03-02 "+reply))}
		rs = append(rs, mustCompute(t, stdPolicy(), c, evs, sh(t, "2026-03-02 13:00")))
	}
	rs = append(rs, mustCompute(t, stdPolicy(), c, []sla.Event{evCreated(sh(t, "2026-03-02 09:00"), feedback.CatNew, 2)}, sh(t, "2026-03-02 13:00")))
	met, breached, pct := sla.Attainment(rs, sla.FirstResponse)
	if met != 3 || breached != 2 || pct != 60 {
		t.Errorf("attainment = %d %d %v, want 3 2 60 (the running breach not counted)", met, breached, pct)
	}
	s := sla.Summarize(rs, sla.FirstResponse)
	if s.N != 5 || s.Median != 90*time.Minute || s.P90 != 180*time.Minute {
		t.Errorf("summary = %+v, want n 5, median 1h30m, P90 3h", s)
	}
	ds := []time.Duration{4, 1, 3, 2}
	if d, ok := sla.Percentile(ds, 50); !ok || d != 2 {
		t.Errorf("nearest-rank median of 1..4 = %v, want 2 (the lower middle)", d)
	}
	if _, ok := sla.Percentile(nil, 50); ok {
		t.Error("percentile of nothing")
	}
	if m, b, p := sla.Attainment(nil, sla.Resolution); m+b != 0 || p != 0 {
		t.Error("attainment of nothing")
	}
}
