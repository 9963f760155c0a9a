package sqlite_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/sqlite"
)

// TestCustomerScoreInputs reads the inputs at 2026-11-01 00:00 UTC over a
// 365-day window [2025-11-01, 2026-11-01) from rows written with plain SQL.
func TestCustomerScoreInputs(t *testing.T) {
	db := MustOpenDB(t)
	const c = "2025-01-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, '张三', '` + c + `', '` + c + `'), (2, '李四', '` + c + `', '` + c + `')`,
		`INSERT INTO customers (id, name, merged_into_id, created_at, updated_at) VALUES (3, '王五', 1, '` + c + `', '` + c + `')`,
		// Customer 1: one order before the window, two inside (900 + 500 net),
		// one exactly at `at` (excluded). Customer 3 is merged away.
		`INSERT INTO orders (customer_id, ordered_at, amount, refund) VALUES
			(1, '2025-06-01T00:00:00.000000Z', 300, 0),
			(1, '2026-03-01T00:00:00.000000Z', 1000, 100),
			(1, '2026-10-31T12:00:00.000000Z', 500, 0),
			(1, '2026-11-01T00:00:00.000000Z', 9999, 0),
			(3, '2026-10-01T00:00:00.000000Z', 50, 0)`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', 'nps', 0, 10), (2, 1, 2, 'csat', 'csat', 1, 5), (3, 1, 3, 'rating', '', 0, 10)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(1, 1, 1, 'a', 'form', '2026-05-01T00:00:00.000000Z', 202605, '` + c + `'),
			(2, 1, 1, 'b', 'form', '2026-09-01T00:00:00.000000Z', 202609, '` + c + `'),
			(3, 1, 1, 'c', 'form', '2026-10-01T00:00:00.000000Z', 202610, '` + c + `'),
			(4, 1, 1, 'd', 'form', '2026-11-02T00:00:00.000000Z', 202611, '` + c + `')`,
		// NPS 9 (May), 6 (September: the latest valid before `at`), an invalid
		// answer in October, 10 after `at`; CSAT 4 in September; a plain 0–10
		// rating (no role) in October is never read.
		`INSERT INTO answers (response_id, question_id, number, status) VALUES
			(1, 1, 9, 'valid'), (2, 1, 6, 'valid'), (2, 2, 4, 'valid'), (3, 1, NULL, 'invalid'), (3, 3, 10, 'valid'), (4, 1, 10, 'valid')`,
		// T1 resolved before `at`; T2 open; T3 created before the window, still
		// open, no events; T4 resolved only after `at` (open at `at`).
		`INSERT INTO tickets (id, title, customer_id, status, status_category, created_at, month_key, updated_at) VALUES
			(1, 'T1', 1, 'resolved', 'resolved', '2026-10-01T00:00:00.000000Z', 202610, '` + c + `'),
			(2, 'T2', 1, 'open', 'open', '2026-10-20T00:00:00.000000Z', 202610, '` + c + `'),
			(3, 'T3', 1, 'open', 'open', '2025-01-01T00:00:00.000000Z', 202501, '` + c + `'),
			(4, 'T4', 1, 'resolved', 'resolved', '2026-10-10T00:00:00.000000Z', 202610, '` + c + `')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES
			(1, '2026-10-01T00:00:00.000000Z', 'created', 'new'), (1, '2026-10-05T00:00:00.000000Z', 'status', 'resolved'),
			(2, '2026-10-20T00:00:00.000000Z', 'created', 'new'), (2, '2026-10-21T00:00:00.000000Z', 'status', 'open'),
			(4, '2026-10-10T00:00:00.000000Z', 'created', 'new'), (4, '2026-11-05T00:00:00.000000Z', 'status', 'resolved')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	got, err := db.CustomerScoreInputs(context.Background(), at, 365)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != 1 || got[1].ID != 2 {
		t.Fatalf("customers %+v, want 1 and 2 (3 is merged)", got)
	}
	c1 := got[0]
	day := func(s string) time.Time { d, _ := time.Parse(time.RFC3339, s); return d }
	if !c1.FirstPurchase.Equal(day("2025-06-01T00:00:00Z")) || !c1.LastPurchase.Equal(day("2026-10-31T12:00:00Z")) {
		t.Errorf("purchases %v … %v", c1.FirstPurchase, c1.LastPurchase)
	}
	// (1000 − 100) + 500 = 1400 over 2 orders in the window.
	if c1.Orders != 2 || c1.NetSpend != 1400 {
		t.Errorf("orders %d spend %v, want 2 1400", c1.Orders, c1.NetSpend)
	}
	if a := c1.LatestNPS; a == nil || a.Value != 6 || a.ScaleMax != 10 || !a.At.Equal(day("2026-09-01T00:00:00Z")) {
		t.Errorf("NPS %+v, want 6 on 2026-09-01", a)
	}
	if a := c1.LatestCSAT; a == nil || a.Value != 4 || a.ScaleMin != 1 || a.ScaleMax != 5 {
		t.Errorf("CSAT %+v, want 4 on 1–5", a)
	}
	// In the window: T1, T2, T4. Open at `at`: T2, T3 (no events: current status), T4.
	if c1.Complaints != 3 || c1.OpenComplaints != 3 {
		t.Errorf("complaints %d open %d, want 3 3", c1.Complaints, c1.OpenComplaints)
	}
	want2 := sqlite.CustomerScoreInput{ID: 2, Name: "李四"}
	if *got[1] != want2 {
		t.Errorf("customer 2 = %+v, want nothing recorded", *got[1])
	}
}

// TestLatestAnswerTies: answers given at the same instant (an import with
// dates only) are ordered by response ID, then by question position: the
// latest NPS is the last question of the last response.
func TestLatestAnswerTies(t *testing.T) {
	db := MustOpenDB(t)
	const c = "2025-01-01T00:00:00.000000Z"
	const same = "2026-10-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, '张三', '` + c + `', '` + c + `')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', 'nps', 0, 10), (2, 1, 2, 'nps', 'nps', 0, 10)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(7, 1, 1, 'a', 'import', '` + same + `', 202610, '` + c + `'),
			(5, 1, 1, 'b', 'import', '` + same + `', 202610, '` + c + `'),
			(6, 1, 1, 'c', 'import', '2026-09-30T23:59:59.999999Z', 202609, '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number, status) VALUES
			(7, 2, 4, 'valid'), (7, 1, 9, 'valid'), (5, 1, 1, 'valid'), (5, 2, 2, 'valid'), (6, 1, 10, 'valid')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	got, err := db.CustomerScoreInputs(context.Background(), time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), 365)
	if err != nil {
		t.Fatal(err)
	}
	if a := got[0].LatestNPS; a == nil || a.Value != 4 {
		t.Errorf("latest NPS %+v, want 4 (response 7, question 2)", a)
	}
}
