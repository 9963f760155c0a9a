package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"slices"
	"testing"
)

// customersDir returns a data folder with two customers: 张三 with one
// order of ¥25,000 on 2026-10-01, an NPS 10 on 2026-10-02 and a complaint
// ticket on 2026-10-10 never answered (so its SLA targets are breached by
// the end of October), and 李四 with nothing.
func customersDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "init")
	db := openData(t, dir)
	defer db.Close()
	const c = "2026-01-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, '张三', '` + c + `', '` + c + `'), (2, '李四', '` + c + `', '` + c + `')`,
		`INSERT INTO orders (customer_id, ordered_at, amount) VALUES (1, '2026-10-01T02:00:00.000000Z', 25000)`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES (1, 1, 1, 'nps', 'nps', 0, 10)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at)
			VALUES (1, 1, 1, 'a', 'form', '2026-10-02T02:00:00.000000Z', 202610, '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number) VALUES (1, 1, 10)`,
		`INSERT INTO tickets (id, title, customer_id, priority, status, status_category, created_at, month_key, updated_at)
			VALUES (1, '物流太慢', 1, 3, 'open', 'open', '2026-10-12T02:00:00.000000Z', 202610, '` + c + `')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES (1, '2026-10-12T02:00:00.000000Z', 'created', 'open')`,
		`INSERT INTO ticket_sla (ticket_id, policy_id, policy_version) VALUES (1, 1, 1)`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return dir
}

// within fails the test when got is not within tol of want.
func within(t *testing.T, name string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Errorf("%s = %.6f, want %.6f", name, got, want)
	}
}

func TestCustomersScore(t *testing.T) {
	dir := customersDir(t)
	score := func(t *testing.T, args ...string) []customerScoreRow {
		t.Helper()
		out := mustRun(t, append([]string{"--data-dir", dir, "customers", "score", "--at", "2026-10-31", "--json"}, args...)...)
		var raw []map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &raw); err != nil || len(raw) != 2 {
			t.Fatalf("not a JSON array of 2: %v\n%s", err, out)
		}
		for _, k := range []string{"id", "name", "score", "tier", "components", "rfm_segment"} {
			if _, ok := raw[0][k]; !ok {
				t.Fatalf("key %q missing: %s", k, out)
			}
		}
		var rows []customerScoreRow
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		return rows
	}

	t.Run("OK", func(t *testing.T) {
		rows := score(t)
		// --at 2026-10-31 scores as of 2026-11-01 00:00 Asia/Shanghai = 2026-10-31 16:00 UTC.
		// 张三, breakpoints (2 customers < 500): recency 30 d 14 h → 30 days → R5; 1 order → F1;
		// ¥25,000 → M5; FM ⌊(1+5+1)/2⌋ = 3 → R5 FM3 → loyal.
		// value 100·(5+1+5−3)/12 = 66.667; satisfaction 10·10 = 100;
		// loyalty mean(tenure 100·30/1095 = 2.7397, repeat 0, promoter 100) = 34.2466;
		// score 0.4·66.667 + 0.3·100 + 0.3·34.2466 = 26.6667 + 30 + 10.2740 = 66.9406 → medium.
		z := rows[0]
		if z.ID != 1 || z.Name != "张三" || z.Score == nil || z.Tier != "medium" || z.RFMSegment != "loyal" || z.Partial {
			t.Fatalf("张三 = %+v", z)
		}
		within(t, "score", *z.Score, 66.940639, 1e-5)
		within(t, "value", *z.Components.Value, 200.0/3, 1e-9)
		within(t, "loyalty", *z.Components.Loyalty, (3000.0/1095+100)/3, 1e-9)
		if z.RFM.Mode != "breakpoints" || z.RFM.RecencyDays != 30 || z.RFM.R != 5 || z.RFM.F != 1 || z.RFM.M != 5 {
			t.Errorf("rfm = %+v", z.RFM)
		}
		// One complaint in the window, unanswered for three weeks: breached.
		// Complaint record 100 − 20·1 − 10·1 = 70 (weight 0 by default).
		if z.Complaints != 1 || z.Breaches != 1 || *z.Components.Complaints != 70 {
			t.Errorf("complaints %d breaches %d record %v", z.Complaints, z.Breaches, *z.Components.Complaints)
		}
		if z.Lifecycle != "new" || z.Relationship != "potential" {
			t.Errorf("lifecycle %q relationship %q, want new potential", z.Lifecycle, z.Relationship)
		}
		// 李四: nothing known → no score, no tier, no segment, every weighted component missing.
		l := rows[1]
		if l.Score != nil || l.Tier != "" || l.RFMSegment != "" || !l.Partial || len(l.Missing) != 3 || l.Lifecycle != "prospect" {
			t.Errorf("李四 = %+v", l)
		}
	})
	t.Run("Weights", func(t *testing.T) {
		// Only the complaint record weighs: 张三 scores 70 → high; 李四 too (no complaints: 100).
		rows := score(t, "--w-value", "0", "--w-satisfaction", "0", "--w-loyalty", "0", "--w-complaints", "1")
		if *rows[0].Score != 70 || rows[0].Tier != "high" || *rows[1].Score != 100 || rows[1].Partial {
			t.Errorf("rows = %+v", rows)
		}
	})
	t.Run("ErrNegativeWeight", func(t *testing.T) {
		code, _, errs := runCLI(t, "--data-dir", dir, "customers", "score", "--w-value", "-1", "--json")
		if code != exitError || errorCode(t, errs) != "invalid" {
			t.Errorf("exit %d %s", code, errs)
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		if code, _, _ := runCLI(t, "--data-dir", dir, "customers", "rank"); code != exitUsage {
			t.Errorf("exit %d, want usage", code)
		}
	})
	t.Run("Demo", func(t *testing.T) {
		// The demo data set scores without error, every customer once.
		dir := demoDir(t)
		var rows []customerScoreRow
		if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "customers", "score", "--json")), &rows); err != nil {
			t.Fatal(err)
		}
		ids := make([]int64, len(rows))
		scored := 0
		for i, r := range rows {
			ids[i] = r.ID
			if r.Score != nil {
				scored++
			}
		}
		if len(rows) == 0 || !slices.IsSorted(ids) || scored == 0 {
			t.Errorf("%d rows, %d scored", len(rows), scored)
		}
	})
}

// TestCustomersSnapshotAndRates: October's snapshot taken twice holds one
// row per customer; the October rates are hand-counted from the fixture.
func TestCustomersSnapshotAndRates(t *testing.T) {
	dir := customersDir(t)
	for range 2 {
		var r struct {
			Month     string `json:"month"`
			Customers int    `json:"customers"`
			Scored    int    `json:"scored"`
			Medium    int    `json:"medium"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "customers", "snapshot", "--month", "2026-10", "--json")), &r); err != nil {
			t.Fatal(err)
		}
		// As of 1 November (Shanghai): 张三 66.94 medium (TestCustomersScore), 李四 not scored.
		if r.Month != "2026-10" || r.Customers != 2 || r.Scored != 1 || r.Medium != 1 {
			t.Errorf("snapshot %+v", r)
		}
	}
	db := openData(t, dir)
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM customer_score_snapshots WHERE month_key = 202610`).Scan(&n)
	db.Close()
	if n != 2 {
		t.Errorf("%d snapshot rows, want 2", n)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "customers", "snapshot", "--month", "2026-13", "--json"); code != exitError || errorCode(t, errs) != "invalid" {
		t.Errorf("bad month: exit %d %s", code, errs)
	}
	// October: nobody active on 1 October (no earlier purchase) → churn
	// undefined; 张三 bought once → repeat 0/1; one ticket over one active
	// customer → complaint 1/1 = 100 %; referrals not recorded.
	var r struct {
		Customers int                    `json:"customers"`
		Churn     struct{ Defined bool } `json:"churn"`
		Repeat    struct {
			Numerator, Denominator int
		} `json:"repeat_purchase"`
		Complaint struct {
			Numerator, Denominator int
			Percent                float64
		} `json:"complaint"`
		Referral struct{ Defined bool } `json:"referral"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "customers", "rates", "--from", "2026-10-01", "--to", "2026-10-31", "--json")), &r); err != nil {
		t.Fatal(err)
	}
	if r.Customers != 2 || r.Churn.Defined || r.Repeat.Numerator != 0 || r.Repeat.Denominator != 1 ||
		r.Complaint.Numerator != 1 || r.Complaint.Denominator != 1 || r.Complaint.Percent != 100 || r.Referral.Defined {
		t.Errorf("rates %+v", r)
	}
	if code, _, _ := runCLI(t, "--data-dir", dir, "customers", "rates", "--json"); code != exitUsage {
		t.Errorf("rates without a period: exit %d, want usage", code)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "customers", "rates", "--from", "2026-10-01", "--to", "2026-10-31", "--segment", "9", "--json"); code != exitError || errorCode(t, errs) != "not_found" {
		t.Errorf("unknown segment: exit %d %s", code, errs)
	}
}
