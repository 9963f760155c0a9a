package dashboard_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/slaservice"
)

// TestSLAMemo: figures are computed once per category and windows while the
// data fingerprint and the minute stay the same, and again when either moves.
func TestSLAMemo(t *testing.T) {
	ctx := context.Background()
	calls := 0
	of := func(_ context.Context, category string, ws []slaservice.Window) ([]*slaservice.Figures, error) {
		calls++
		return []*slaservice.Figures{{Tickets: calls}}, nil
	}
	at := time.Date(2026, 11, 23, 9, 30, 10, 0, time.UTC)
	w := []slaservice.Window{{From: at.AddDate(0, -1, 0), To: at}}
	var m dashboard.SLAMemo
	get := func(version string, now time.Time, category string) int {
		t.Helper()
		figs, err := m.Wrap(of, version, now)(ctx, category, w)
		if err != nil || len(figs) != 1 {
			t.Fatal(figs, err)
		}
		return figs[0].Tickets
	}
	if get("v1", at, "") != 1 || get("v1", at.Add(40*time.Second), "") != 1 {
		t.Fatalf("same data, same minute: computed again (%d calls)", calls)
	}
	if get("v1", at, "物流配送") != 2 || get("v1", at, "") != 1 {
		t.Fatalf("a category is its own entry (%d calls)", calls)
	}
	if get("v2", at, "") != 3 {
		t.Fatalf("a new ticket event (fingerprint) must recompute (%d calls)", calls)
	}
	if get("v2", at.Add(time.Minute), "") != 4 {
		t.Fatalf("the next minute must recompute: running targets move with time (%d calls)", calls)
	}
}
