package metrics_test

import (
	"slices"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// bought returns facts with the first and last purchase that many days
// before scoreAt (-1 = no purchase) and the given orders in the RFM window.
func bought(first, last, orders int) metrics.CustomerFacts {
	f := metrics.CustomerFacts{RFM: metrics.CustomerRFM{Frequency: orders}}
	if first >= 0 {
		f.FirstPurchase, f.LastPurchase = ago(first), ago(last)
		f.RFM.Scored = true
	}
	return f
}

func withNPS(f metrics.CustomerFacts, score, daysAgo int) metrics.CustomerFacts {
	f.LatestNPS = &metrics.NPSAnswer{Score: score, At: ago(daysAgo)}
	return f
}

// Defaults: new ≤ 90 days since the first purchase, at risk > 90 days since
// the last, lapsed > 180 days since the last; windows include their far end.
func TestLifecycleStageOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    metrics.CustomerFacts
		want metrics.LifecycleStage
	}{
		{"NoPurchase", bought(-1, -1, 0), metrics.StageProspect},
		{"Lapsed181", bought(400, 181, 0), metrics.StageLapsed},
		{"AtRisk180IsStillActiveWindow", bought(400, 180, 0), metrics.StageAtRisk},
		{"New90", bought(90, 90, 1), metrics.StageNew},
		{"AtRisk91", bought(91, 91, 1), metrics.StageAtRisk},
		{"Active", bought(400, 10, 3), metrics.StageActive},
		{"NewRecent", bought(30, 5, 2), metrics.StageNew},
		// Lapsed is tested before new: impossible with the defaults, but a
		// new window longer than the inactivity window cannot make a lapsed customer new.
		{"LapsedBeforeNew", bought(100, 100, 1), metrics.StageLapsed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := metrics.LifecycleOptions{}
			if tc.name == "LapsedBeforeNew" {
				opt = metrics.LifecycleOptions{NewDays: 120, AtRiskDays: 30, InactivityDays: 60}
			}
			got, err := metrics.LifecycleStageOf(tc.f, scoreAt, opt)
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	t.Run("ErrFuturePurchase", func(t *testing.T) {
		f := bought(10, 0, 1) // last purchase exactly at `at`
		if _, err := metrics.LifecycleStageOf(f, scoreAt, metrics.LifecycleOptions{}); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
	t.Run("ErrWindows", func(t *testing.T) {
		opt := metrics.LifecycleOptions{AtRiskDays: 200} // ≥ inactivity 180
		if _, err := metrics.LifecycleStageOf(bought(10, 5, 1), scoreAt, opt); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}

func TestRelationshipOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    metrics.CustomerFacts
		want feedback.Relationship
	}{
		{"LapsedIsLost", bought(400, 200, 0), feedback.RelLost},
		{"StageAtRisk", bought(400, 120, 0), feedback.RelAtRisk},
		{"RecentDetractor", withNPS(bought(400, 10, 5), 6, 30), feedback.RelAtRisk},
		{"OldDetractorIgnored", withNPS(bought(400, 10, 3), 6, 400), feedback.RelLoyal},
		{"RepeatPromoter", withNPS(bought(400, 10, 2), 9, 30), feedback.RelLoyal},
		{"PassiveRepeat", withNPS(bought(400, 10, 2), 7, 30), feedback.RelLoyal},
		{"NewOneOrder", bought(30, 30, 1), feedback.RelPotential},
		{"ActiveOneOrder", bought(400, 10, 1), feedback.RelPotential},
		{"Prospect", bought(-1, -1, 0), feedback.RelPotential},
		{"ProspectDetractor", withNPS(bought(-1, -1, 0), 2, 5), feedback.RelAtRisk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := metrics.RelationshipOf(tc.f, scoreAt, metrics.LifecycleOptions{})
			if err != nil || got != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestChurnRiskOf(t *testing.T) {
	open := func(f metrics.CustomerFacts, n int) metrics.CustomerFacts { f.OpenComplaints = n; return f }
	base := bought(400, 10, 3)
	for _, tc := range []struct {
		name            string
		f               metrics.CustomerFacts
		score, previous *float64
		opt             metrics.LifecycleOptions
		want            metrics.ChurnRisk
	}{
		// 60 − 50 = 10 ≥ 5: all three → at risk.
		{"AllThree", open(withNPS(base, 5, 10), 1), f64(50), f64(60), metrics.LifecycleOptions{},
			metrics.ChurnRisk{AtRisk: true, Detractor: true, OpenComplaint: true, FallingScore: true}},
		// 60 − 55 = 5 ≥ 5: the drop threshold is inclusive.
		{"DropExactly5", open(withNPS(base, 0, 10), 2), f64(55), f64(60), metrics.LifecycleOptions{},
			metrics.ChurnRisk{AtRisk: true, Detractor: true, OpenComplaint: true, FallingScore: true}},
		// 60 − 55.1 = 4.9 < 5.
		{"DropBelowThreshold", open(withNPS(base, 0, 10), 2), f64(55.1), f64(60), metrics.LifecycleOptions{},
			metrics.ChurnRisk{Detractor: true, OpenComplaint: true}},
		// No snapshot last month: not falling.
		{"NoPrevious", open(withNPS(base, 3, 10), 1), f64(20), nil, metrics.LifecycleOptions{},
			metrics.ChurnRisk{Detractor: true, OpenComplaint: true}},
		// A passive (7) is not a detractor.
		{"Passive", open(withNPS(base, 7, 10), 1), f64(20), f64(60), metrics.LifecycleOptions{},
			metrics.ChurnRisk{OpenComplaint: true, FallingScore: true}},
		{"NoOpenComplaint", withNPS(base, 3, 10), f64(20), f64(60), metrics.LifecycleOptions{},
			metrics.ChurnRisk{Detractor: true, FallingScore: true}},
		// MinScoreDrop 1: 60 − 58 = 2 ≥ 1.
		{"CustomDrop", open(withNPS(base, 3, 10), 1), f64(58), f64(60), metrics.LifecycleOptions{MinScoreDrop: 1},
			metrics.ChurnRisk{AtRisk: true, Detractor: true, OpenComplaint: true, FallingScore: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := metrics.ChurnRiskOf(tc.f, tc.score, tc.previous, scoreAt, tc.opt)
			if err != nil || got != tc.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}

func TestMigrateTiers(t *testing.T) {
	const (
		high, medium, low, none = feedback.TierHigh, feedback.TierMedium, feedback.TierLow, feedback.TierNone
	)
	last := map[int64]feedback.ValueTier{1: high, 2: high, 3: medium, 4: low, 5: none, 6: medium}
	this := map[int64]feedback.ValueTier{1: high, 2: medium, 3: high, 4: low, 5: low, 7: high, 8: none}
	m, err := metrics.MigrateTiers(last, this)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.From, []string{"new", "high", "medium", "low", "none"}) ||
		!slices.Equal(m.To, []string{"high", "medium", "low", "none", "gone"}) {
		t.Fatalf("labels %v × %v", m.From, m.To)
	}
	// 1 high→high, 2 high→medium, 3 medium→high, 4 low→low, 5 none→low,
	// 6 medium→gone, 7 new→high, 8 new→none.
	want := [][]int{
		//   high medium low none gone
		{1, 0, 0, 1, 0}, // new
		{1, 1, 0, 0, 0}, // high
		{1, 0, 0, 0, 1}, // medium
		{0, 0, 1, 0, 0}, // low
		{0, 0, 1, 0, 0}, // none
	}
	for i := range want {
		if !slices.Equal(m.Counts[i], want[i]) {
			t.Errorf("row %s = %v, want %v", m.From[i], m.Counts[i], want[i])
		}
	}
	// Up: 3 (medium→high). Down: 2 (high→medium). Same: 1, 4. Customer 5
	// (none→low) moved but has no tier to compare last month.
	if m.Total != 8 || m.Up != 1 || m.Down != 1 || m.Same != 2 {
		t.Errorf("total %d up %d down %d same %d, want 8 1 1 2", m.Total, m.Up, m.Down, m.Same)
	}
	if m.Count("medium", "gone") != 1 || m.Count("new", "high") != 1 || m.Count("platinum", "high") != 0 {
		t.Errorf("Count lookups wrong")
	}

	t.Run("Empty", func(t *testing.T) {
		m, err := metrics.MigrateTiers(nil, nil)
		if err != nil || m.Total != 0 || len(m.Counts) != 5 {
			t.Errorf("got %+v, %v", m, err)
		}
	})
	t.Run("ErrUnknownTier", func(t *testing.T) {
		_, err := metrics.MigrateTiers(nil, map[int64]feedback.ValueTier{1: "platinum"})
		if feedback.ErrorCode(err) != feedback.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}
