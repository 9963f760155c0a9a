package api_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/metrics"
)

// TestCustomerInsightsOverview: two customers, one with a ¥25,000 order on
// 2026-11-01 (R5 F1 M5 → FM3, loyal segment) and one with nothing. The
// overview writes the computed tier back, snapshots November once however
// often it is opened, filters by saved segment and refuses bad settings.
func TestCustomerInsightsOverview(t *testing.T) {
	f := newFacades(t)
	const c = "2026-01-01T00:00:00.000000Z"
	f.exec(t,
		`INSERT INTO customers (id, name, region, created_at, updated_at) VALUES (1, '张三', '华东', '`+c+`', '`+c+`'), (2, '李四', '华北', '`+c+`', '`+c+`')`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (1, '会员', '金卡')`,
		`INSERT INTO orders (customer_id, ordered_at, amount) VALUES (1, '2026-11-01T02:00:00.000000Z', 25000)`)
	ci := api.NewCustomerInsights(f.dialogs, nil)
	if _, err := ci.Overview(customerscore.Filter{}, 0); err == nil {
		t.Fatal("an unattached facade answered")
	}
	api.AttachCustomerInsights(ci, context.Background(), f.db)
	var ov *api.CustomerOverview
	var err error
	for range 2 {
		if ov, err = ci.Overview(customerscore.Filter{}, 0); err != nil {
			t.Fatal(err)
		}
	}
	if ov.Total != 2 || len(ov.Rows) != 2 || ov.Month != "2026-11" || ov.RFMMode != "breakpoints" {
		t.Fatalf("overview %+v", ov)
	}
	// 张三: value 100·(5+1+5−3)/12 = 66.667; loyalty mean(tenure 100·22/1095, repeat 0);
	// no satisfaction → partial: (0.4·66.667 + 0.3·loyalty)/0.7 = 38.524 → low.
	z := ov.Rows[0]
	loyalty := 100 * 22.0 / 1095 / 2
	want := (0.4*200/3 + 0.3*loyalty) / 0.7
	if z.Score == nil || *z.Score-want > 1e-6 || want-*z.Score > 1e-6 || z.Tier != "low" || !z.Partial || z.RFMSegment != "loyal" {
		t.Errorf("张三 %+v score %v want %.4f", z, z.Score, want)
	}
	if ov.RFM.Counts[4][2] != 1 || ov.RFM.Unscored != 1 || ov.Tiers["low"] != 1 || ov.Tiers[""] != 1 {
		t.Errorf("map %+v tiers %v", ov.RFM.Counts, ov.Tiers)
	}
	if len(ov.Options.Regions) != 2 || len(ov.Options.Attributes) != 1 || ov.Options.Attributes[0].Key != "会员" {
		t.Errorf("options %+v", ov.Options)
	}
	var tier string
	f.db.SQL().QueryRow(`SELECT tier FROM customers WHERE id = 1`).Scan(&tier)
	var snaps int
	f.db.SQL().QueryRow(`SELECT count(*) FROM customer_score_snapshots`).Scan(&snaps)
	if tier != "low" || snaps != 2 {
		t.Errorf("stored tier %q, %d snapshot rows (want low, 2)", tier, snaps)
	}
	seg, err := ci.SaveSegment(0, "金卡", customerscore.Filter{Attributes: map[string][]string{"会员": {"金卡"}}})
	if err != nil {
		t.Fatal(err)
	}
	if ov, err = ci.Overview(customerscore.Filter{}, seg.ID); err != nil || len(ov.Rows) != 1 || ov.Rows[0].ID != 1 || ov.Total != 2 {
		t.Errorf("segment overview %+v %v", ov, err)
	}
	bad := ov.Settings
	bad.Weights = metrics.ScoreWeights{}
	if _, err := ci.SaveSettings(bad); err == nil {
		t.Error("all-zero weights were saved")
	}
	good := ov.Settings
	good.Tiers.Medium = 30
	good.Tiers.High = 35
	if s, err := ci.SaveSettings(good); err != nil || s.Tiers.High != 35 {
		t.Fatalf("save settings %+v %v", s, err)
	}
	f.db.SQL().QueryRow(`SELECT tier FROM customers WHERE id = 1`).Scan(&tier)
	if tier != "high" {
		t.Errorf("after lowering the thresholds to 35/30 tier %q, want high", tier)
	}
	m, err := ci.Migration("", "")
	if err != nil || m.FromMonth != "2026-10" || m.ToMonth != "2026-11" || len(m.From) != 5 || m.Total != 2 {
		t.Errorf("migration %+v %v", m, err)
	}
	r, err := ci.Rates("2026-11-01", "2026-11-22", 0)
	if err != nil || r.Customers != 2 || r.RepeatPurchase != metrics.NewRate(0, 1) {
		t.Errorf("rates %+v %v", r, err)
	}
	if _, err := ci.Rates("", "2026-11-22", 0); err == nil {
		t.Error("rates without a start")
	}
}
