package sqlite_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

func TestPolicies(t *testing.T) {
	ctx := context.Background()

	t.Run("SeededDefault", func(t *testing.T) {
		db := MustOpenDB(t)
		ps, err := db.FindPolicies(ctx)
		if err != nil || len(ps) != 1 {
			t.Fatalf("policies = %v, %v", ps, err)
		}
		p := ps[0].Policy
		want := map[string][3]int{"P1": {30, 60, 480}, "P2": {60, 120, 960}, "P3": {240, 480, 2400}, "P4": {480, 960, 4800}}
		for key, w := range want {
			ts := p.Targets[key]
			if got := [3]int{ts.FirstResponse.Minutes, ts.NextReply.Minutes, ts.Resolution.Minutes}; got != w {
				t.Errorf("%s targets = %v, want %v", key, got, w)
			}
		}
		if p.Version != 1 || ps[0].CalendarID == nil || len(p.WarningLevels()) != 2 || !p.Pauses(sla.FirstResponse, feedback.CatPendingCust) {
			t.Fatalf("default policy = %+v", ps[0])
		}
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("VersionsAndOrder", func(t *testing.T) {
		db := MustOpenDB(t)
		vip := sla.Policy{Name: "VIP", Conditions: sla.Conditions{Tiers: []string{"high"}},
			Targets: map[string]sla.Targets{"P1": {FirstResponse: sla.Target{Minutes: 10}}}}
		v1, err := db.SavePolicy(ctx, vip)
		if err != nil || v1.Policy.Version != 1 || v1.Position != 2 {
			t.Fatalf("save = %+v, %v", v1, err)
		}
		vip.Targets["P1"] = sla.Targets{FirstResponse: sla.Target{Minutes: 15}}
		v2, err := db.SavePolicy(ctx, vip)
		if err != nil || v2.Policy.Version != 2 || v2.ID != v1.ID || v2.Position != 2 {
			t.Fatalf("second save = %+v, %v", v2, err)
		}
		ps, err := db.FindPolicies(ctx)
		if err != nil || len(ps) != 2 || ps[0].Policy.Name != "默认 SLA" || ps[1].Policy.Version != 2 {
			t.Fatalf("policies = %+v, %v", ps, err)
		}
		old, err := db.FindPolicyVersion(ctx, v1.ID, 1)
		if err != nil || old.Policy.TargetFor(1, sla.FirstResponse).Minutes != 10 {
			t.Fatalf("version 1 = %+v, %v", old, err)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := db.SavePolicy(ctx, sla.Policy{}); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("err = %v", err)
		}
		if _, err := db.SavePolicy(ctx, sla.Policy{Name: "x", Calendar: "nope"}); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
		if _, err := db.FindPolicyVersion(ctx, 1, 7); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})
}
