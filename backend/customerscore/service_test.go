package customerscore_test

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
)

// openFixture opens a fresh database with the clock at 2026-11-15 00:00 UTC
// (November in the reporting zone) and three customers:
//
//	1 甲: orders 2026-05-01 ¥500, 2026-08-01 ¥1,000, 2026-11-10 ¥6,000; NPS 10 on 2026-11-01
//	2 乙: no order; NPS 3 on 2026-10-01
//	3 丙: one order 2025-12-01 ¥100; a ticket on 2026-10-05
func openFixture(t *testing.T) (*sqlite.DB, *customerscore.Service) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "fd.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC) }
	const c = "2025-01-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, region, created_at, updated_at) VALUES (1, '甲', '华东', '` + c + `', '` + c + `'),
			(2, '乙', '华北', '` + c + `', '` + c + `'), (3, '丙', '华东', '` + c + `', '` + c + `')`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (1, '会员', '金卡'), (3, '会员', '普通')`,
		`INSERT INTO orders (customer_id, ordered_at, amount, refund) VALUES
			(1, '2026-05-01T00:00:00.000000Z', 500, 0), (1, '2026-08-01T00:00:00.000000Z', 1000, 0),
			(1, '2026-11-10T00:00:00.000000Z', 6000, 0), (3, '2025-12-01T00:00:00.000000Z', 100, 0)`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'NPS', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES (1, 1, 1, 'nps', 'nps', 0, 10)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(1, 1, 1, 'a', 'form', '2026-11-01T00:00:00.000000Z', 202611, '` + c + `'),
			(2, 1, 2, 'b', 'form', '2026-10-01T00:00:00.000000Z', 202610, '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number, status) VALUES (1, 1, 10, 'valid'), (2, 1, 3, 'valid')`,
		`INSERT INTO tickets (id, title, customer_id, status, status_category, created_at, month_key, updated_at) VALUES
			(1, 'T1', 3, 'resolved', 'resolved', '2026-10-05T00:00:00.000000Z', 202610, '` + c + `')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES
			(1, '2026-10-05T00:00:00.000000Z', 'created', 'new'), (1, '2026-10-06T00:00:00.000000Z', 'status', 'resolved')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return db, customerscore.New(db)
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-3 }

// TestRefreshScoresAndWritesBack checks the hand-computed scores (fixed RFM
// breakpoints: 3 customers < 500) and that tier and relationship reach the
// customer records.
func TestRefreshScoresAndWritesBack(t *testing.T) {
	db, svc := openFixture(t)
	ctx := context.Background()
	res, err := svc.Refresh(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.RFMMode != metrics.RFMBreakpoints || res.RFMScored != 2 || len(res.Customers) != 3 {
		t.Fatalf("mode %q scored %d customers %d", res.RFMMode, res.RFMScored, len(res.Customers))
	}
	// 甲: R 5 (5 days), F 3 (3 orders), M 4 (¥7,500) → FM 4, champions;
	// value 100·(5+3+4−3)/12 = 75; satisfaction 10·10 = 100; loyalty mean of
	// tenure 100·198/1095, repeat 100, promoter 100; score 0.4·75 + 0.3·100 + 0.3·loyalty.
	c1 := res.Find(1)
	loyalty := (100*198.0/1095 + 100 + 100) / 3
	if c1.RFM.R != 5 || c1.RFM.F != 3 || c1.RFM.M != 4 || c1.RFM.Segment != metrics.SegmentChampions {
		t.Errorf("甲 RFM %+v", c1.RFM)
	}
	if c1.Score == nil || !near(*c1.Score, 30+30+0.3*loyalty) || c1.Tier != feedback.TierHigh || c1.Partial {
		t.Errorf("甲 score %v tier %q partial %v, want %.3f high", c1.Score, c1.Tier, c1.Partial, 60+0.3*loyalty)
	}
	// 乙: no purchase → value missing (partial); satisfaction 30, loyalty 0
	// (promoter 0 only) → (0.3·30 + 0.3·0)/0.6 = 15, low; detractor → at risk.
	c2 := res.Find(2)
	if c2.Score == nil || !near(*c2.Score, 15) || c2.Tier != feedback.TierLow || !c2.Partial ||
		c2.Relationship != feedback.RelAtRisk || c2.Lifecycle != metrics.StageProspect {
		t.Errorf("乙 %v %q partial %v %q %q", c2.Score, c2.Tier, c2.Partial, c2.Relationship, c2.Lifecycle)
	}
	// 丙: 349 days since the one order → R 2, F 1, M 1, FM 1, hibernating; lapsed → lost.
	c3 := res.Find(3)
	if c3.RFM.R != 2 || c3.RFM.FM != 1 || c3.RFM.Segment != metrics.SegmentHibernating ||
		c3.Relationship != feedback.RelLost || c3.Tier != feedback.TierLow {
		t.Errorf("丙 %+v %q %q", c3.RFM, c3.Relationship, c3.Tier)
	}
	want := map[int64][2]string{1: {"high", "loyal"}, 2: {"low", "at_risk"}, 3: {"low", "lost"}}
	for id, w := range want {
		var tier, rel string
		if err := db.SQL().QueryRow(`SELECT tier, relationship FROM customers WHERE id = ?`, id).Scan(&tier, &rel); err != nil {
			t.Fatal(err)
		}
		if tier != w[0] || rel != w[1] {
			t.Errorf("customer %d stored %q %q, want %v", id, tier, rel, w)
		}
	}
}

// TestSettingsChangeTiers: giving all weight to the complaint record (100
// for everyone but 丙's 100 − 20 = 80) moves every customer to high.
func TestSettingsChangeTiers(t *testing.T) {
	db, svc := openFixture(t)
	ctx := context.Background()
	st := customerscore.DefaultSettings
	st.Weights = metrics.ScoreWeights{Complaints: 1}
	if err := svc.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, err := svc.Settings(ctx)
	if err != nil || got != st {
		t.Fatalf("settings %+v %v, want %+v", got, err, st)
	}
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM customers WHERE tier = 'high'`).Scan(&n)
	if n != 3 {
		t.Errorf("%d high customers, want 3", n)
	}
	bad := st
	bad.Tiers = metrics.TierThresholds{High: 40, Medium: 70}
	var fe *feedback.Error
	if err := svc.SaveSettings(ctx, bad); !errors.As(err, &fe) || fe.Code != feedback.EINVALID {
		t.Errorf("reversed thresholds: %v, want EINVALID", err)
	}
	if got, _ := svc.Settings(ctx); got != st {
		t.Errorf("invalid settings were stored: %+v", got)
	}
}

// TestSnapshotsAndMigration: October's snapshot (as of 1 November, Shanghai)
// has 甲 medium — 2 orders, 92 days since the last; November's has 甲 high.
// Taking a month twice keeps one row per customer.
func TestSnapshotsAndMigration(t *testing.T) {
	db, svc := openFixture(t)
	ctx := context.Background()
	for range 2 {
		r, err := svc.Snapshot(ctx, 202611)
		if err != nil {
			t.Fatal(err)
		}
		if r.Customers != 3 || r.High != 1 || r.Low != 2 || !r.Current {
			t.Errorf("November snapshot %+v", r)
		}
	}
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM customer_score_snapshots WHERE month_key = 202611`).Scan(&n)
	if n != 3 {
		t.Errorf("%d snapshot rows after taking November twice, want 3", n)
	}
	if _, err := svc.Snapshot(ctx, 202612); err == nil {
		t.Error("a future month was snapshotted")
	}
	m, err := svc.Migration(ctx, 202610, 202611)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Taken) != 1 || m.Taken[0] != "2026-10" {
		t.Errorf("taken %v, want October", m.Taken)
	}
	if m.Count("medium", "high") != 1 || m.Count("low", "low") != 2 || m.Up != 1 || m.Same != 2 || m.Total != 3 {
		t.Errorf("matrix %+v", m.TierMigration)
	}
	// New settings retake both months: with only the complaint record
	// weighing, everyone is high in October and November (丙's ticket of
	// 5 October: 100 − 20 = 80 in both).
	st := customerscore.DefaultSettings
	st.Weights = metrics.ScoreWeights{Complaints: 1}
	if err := svc.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	if m, err = svc.Migration(ctx, 202610, 202611); err != nil || len(m.Taken) != 0 || m.Count("high", "high") != 3 {
		t.Errorf("after new settings: %+v %v", m, err)
	}
	months, err := svc.Months(ctx)
	if err != nil || len(months) != 2 || months[0].Month != "2026-11" {
		t.Errorf("months %+v %v", months, err)
	}
}

// TestSegmentsAndRates filters by tier and custom attribute and computes
// October–mid-November rates by hand.
func TestSegmentsAndRates(t *testing.T) {
	_, svc := openFixture(t)
	ctx := context.Background()
	seg, err := svc.SaveSegment(ctx, 0, " 华东低价值 ", customerscore.Filter{Regions: []string{"华东"}, Tiers: []string{"low"}})
	if err != nil {
		t.Fatal(err)
	}
	if seg.Name != "华东低价值" {
		t.Errorf("name %q", seg.Name)
	}
	var fe *feedback.Error
	if _, err := svc.SaveSegment(ctx, 0, "华东低价值", customerscore.Filter{}); !errors.As(err, &fe) || fe.Code != feedback.ECONFLICT {
		t.Errorf("duplicate name: %v, want ECONFLICT", err)
	}
	if _, err := svc.SaveSegment(ctx, 0, "x", customerscore.Filter{ScoreMin: ptr(80), ScoreMax: ptr(20)}); !errors.As(err, &fe) || fe.Code != feedback.EINVALID {
		t.Errorf("reversed range: %v, want EINVALID", err)
	}
	res, err := svc.Compute(ctx, svc.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := seg.Filter.Select(res.Customers); len(got) != 1 || got[0].ID != 3 {
		t.Errorf("segment members %v, want 丙", got)
	}
	gold := customerscore.Filter{Attributes: map[string][]string{"会员": {"金卡"}}, ScoreMin: ptr(70)}
	if got := gold.Select(res.Customers); len(got) != 1 || got[0].ID != 1 {
		t.Errorf("金卡 ≥ 70: %v, want 甲", got)
	}
	// [2026-10-01, 2026-11-15): active at the start (a purchase in the 180
	// days before) only 甲, still active at the end → churn 0/1; buyers in
	// the period 甲 (one order) → repeat 0/1; one ticket (丙's) over one
	// customer active during the period (甲) → complaint 1/1.
	start, end := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)
	r, err := svc.Rates(ctx, start, end, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Customers != 3 || r.Churn != metrics.NewRate(0, 1) || r.RepeatPurchase != metrics.NewRate(0, 1) ||
		r.Complaint != metrics.NewRate(1, 1) || r.Referral.Defined {
		t.Errorf("rates %+v", r)
	}
	// The segment (丙 only): nobody active → churn and complaint undefined.
	r, err = svc.Rates(ctx, start, end, seg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Customers != 1 || r.SegmentName != "华东低价值" || r.Churn.Defined || r.Complaint.Defined {
		t.Errorf("segment rates %+v", r)
	}
	if _, err := svc.Rates(ctx, end, start, 0); !errors.As(err, &fe) || fe.Code != feedback.EINVALID {
		t.Errorf("reversed period: %v", err)
	}
	if err := svc.DeleteSegment(ctx, seg.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Rates(ctx, start, end, seg.ID); !errors.As(err, &fe) || fe.Code != feedback.ENOTFOUND {
		t.Errorf("deleted segment: %v, want ENOTFOUND", err)
	}
}

func ptr(x float64) *float64 { return &x }

// TestMemo: a scoring is reused while the data, the settings and the
// instant (within MaxAge) stay, and computed again when any of them moves —
// a new order changes the buyer's score at once.
func TestMemo(t *testing.T) {
	db, svc := openFixture(t)
	ctx := context.Background()
	var m customerscore.Memo
	at := db.CurrentTime()
	first, err := m.Compute(ctx, svc, at)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := m.Compute(ctx, svc, at.Add(time.Minute)); again != first {
		t.Fatal("unchanged data a minute later: scored again")
	}
	if later, _ := m.Compute(ctx, svc, at.Add(customerscore.MaxAge)); later == first || !later.At.Equal(at.Add(customerscore.MaxAge)) {
		t.Fatal("a scoring older than MaxAge was reused")
	}
	must := func(now time.Time) *customerscore.Result {
		t.Helper()
		r, err := m.Compute(ctx, svc, now)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	now := at.Add(customerscore.MaxAge)
	before := *must(now).Find(2)
	if _, err := db.SQL().Exec(`INSERT INTO orders (customer_id, ordered_at, amount, refund) VALUES (2, '2026-11-14T00:00:00.000000Z', 800, 0)`); err != nil {
		t.Fatal(err)
	}
	after := must(now).Find(2)
	if after == nil || before.RFM.Scored || !after.RFM.Scored || after.RFM.Frequency != 1 {
		t.Fatalf("customer 2's first order: before %+v, after %+v", before.RFM, after)
	}
}
