package api_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/api"
)

// TestCustomerProfile reads a profile as the screen does: contact, the NPS
// and CSAT answers in time order with the comment, a complaint whose
// first-response target has no policy (SLA none), calls, orders with
// totals, and a score breakdown.
func TestCustomerProfile(t *testing.T) {
	f := newFacades(t)
	rec := api.NewCustomerRecords(f.dialogs, nil)
	api.AttachCustomerRecords(rec, context.Background(), f.db)
	const c = "2026-01-01T00:00:00.000000Z"
	f.exec(t,
		`INSERT INTO customers (id, name, phone, email, region, consent, tier, created_at, updated_at) VALUES
			(1, '王五', '13900000001', 'ww@example.com', '华南', 1, 'high', '`+c+`', '`+c+`'),
			(2, '王五 (旧)', '+86 139 0000 0001', '', '', 0, '', '`+c+`', '`+c+`')`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (1, 'vip', 'gold'), (1, 'age', '40')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '服务回访', 'active', '`+c+`', '`+c+`')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', 'nps', 0, 10), (2, 1, 2, 'csat', 'csat', 1, 5), (3, 1, 3, 'text', '', 0, 0)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(1, 1, 1, 'a', 'form', '2026-09-01T00:00:00.000000Z', 202609, '`+c+`'),
			(2, 1, 1, 'b', 'form', '2026-03-01T00:00:00.000000Z', 202603, '`+c+`')`,
		`INSERT INTO answers (response_id, question_id, number, text, status) VALUES
			(1, 1, 3, '', 'valid'), (1, 2, 2, '', 'valid'), (1, 3, NULL, '等太久', 'valid'),
			(2, 1, 9, '', 'valid'), (2, 2, NULL, '', 'skipped')`,
		`INSERT INTO tickets (id, title, customer_id, status, status_category, response_id, created_at, month_key, updated_at) VALUES
			(1, '等太久', 1, 'open', 'open', 1, '2026-09-01T01:00:00.000000Z', 202609, '`+c+`')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES (1, '2026-09-01T01:00:00.000000Z', 'created', 'open')`,
		`INSERT INTO followup_calls (customer_id, ticket_id, attempt_at, disposition, note) VALUES (1, 1, '2026-09-02T00:00:00.000000Z', 'no_answer', '')`,
		`INSERT INTO orders (customer_id, ordered_at, amount, refund) VALUES (1, '2026-08-01T00:00:00.000000Z', 500, 50), (1, '2026-10-01T00:00:00.000000Z', 250, 0)`,
	)
	p, err := rec.Profile(1)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "王五" || p.Region != "华南" || !p.Consent || p.Tier != "high" || len(p.Attributes) != 2 || p.Attributes[0].Key != "age" {
		t.Errorf("contact %+v", p)
	}
	// Oldest first: March NPS 9, then September NPS 3 and CSAT 2 with the comment; the skipped CSAT is left out.
	s := p.Satisfaction
	if len(s) != 3 || s[0].Value != 9 || s[0].Metric != "nps" || s[1].Value != 3 || s[2].Metric != "csat" || s[2].Value != 2 ||
		s[2].Comment != "等太久" || s[2].ScaleMax != 5 {
		t.Errorf("satisfaction %+v", s)
	}
	if len(p.Complaints) != 1 || p.Complaints[0].ResponseID != 1 || p.Complaints[0].Title != "等太久" {
		t.Errorf("complaints %+v", p.Complaints)
	}
	if len(p.Calls) != 1 || p.Calls[0].Disposition != "no_answer" || p.Calls[0].TicketID != 1 {
		t.Errorf("calls %+v", p.Calls)
	}
	if p.OrderTotals != (api.OrderTotalsDTO{Count: 2, Amount: 750, Refund: 50, Net: 700}) {
		t.Errorf("order totals %+v", p.OrderTotals)
	}
	if p.Score == nil || p.Score.Complaints != 1 || p.Score.Lifecycle == "" {
		t.Errorf("score %+v", p.Score)
	}

	// 1 and 2 share a phone written two ways; merging moves nothing from
	// 2 (it has no history) but logs it and hides 2's score.
	groups, err := rec.Duplicates()
	if err != nil || len(groups) != 1 || len(groups[0].Members) != 2 {
		t.Fatalf("duplicates %+v %v", groups, err)
	}
	if _, err := rec.Merge(1, 2); err != nil {
		t.Fatal(err)
	}
	p2, err := rec.Profile(2)
	if err != nil || p2.MergedIntoID != 1 || p2.Score != nil {
		t.Errorf("merged profile %+v %v", p2, err)
	}
	if _, err := rec.Merge(1, 2); err == nil || !strings.Contains(err.Error(), "merge_merged") {
		t.Errorf("second merge: %v", err)
	}
	if _, err := rec.Profile(99); err == nil || !strings.Contains(err.Error(), "not_found") {
		t.Errorf("missing profile: %v", err)
	}
}

// TestCustomerExportEraseRetention saves the export where the dialog says
// (adding the extension), cancels cleanly, erases, and runs retention.
func TestCustomerExportEraseRetention(t *testing.T) {
	f := newFacades(t)
	rec := api.NewCustomerRecords(f.dialogs, nil)
	api.AttachCustomerRecords(rec, context.Background(), f.db)
	id := f.mustCustomer(t, "赵六", "13700000000", false)
	dir := t.TempDir()
	f.dialogs.save = filepath.Join(dir, "zl")
	res, err := rec.ExportCustomer(id, "json", "zh")
	if err != nil || res.Path != filepath.Join(dir, "zl.json") {
		t.Fatalf("export %+v %v", res, err)
	}
	if b, _ := os.ReadFile(res.Path); !strings.Contains(string(b), "赵六") {
		t.Errorf("export lacks the name")
	}
	if _, err := rec.ExportCustomer(id, "pdf", "zh"); err == nil {
		t.Error("pdf accepted")
	}
	f.dialogs.save = ""
	if res, err := rec.ExportCustomer(id, "xlsx", "en"); err != nil || !res.Canceled {
		t.Errorf("canceled export %+v %v", res, err)
	}
	er, err := rec.Erase(id)
	if err != nil || er.Customers != 1 || !er.Checkpointed {
		t.Errorf("erase %+v %v", er, err)
	}
	if _, err := rec.RunRetention(); err == nil || !strings.Contains(err.Error(), "retention_off") {
		t.Errorf("retention while off: %v", err)
	}
	if _, err := rec.SaveRetention(-3); err == nil {
		t.Error("negative retention accepted")
	}
	r, err := rec.SaveRetention(12)
	if err != nil || r.Months != 12 {
		t.Fatalf("save retention %+v %v", r, err)
	}
	if _, err := rec.RunRetention(); err != nil {
		t.Fatal(err)
	}
	r, _ = rec.Retention()
	if len(r.Log) != 2 || r.Log[0].Action != "retention" || r.Log[0].Months != 12 || r.Log[1].Action != "erase" || r.Log[1].CustomerID != id {
		t.Errorf("log %+v", r.Log)
	}
}

// TestRetentionRunsOnAttach: with a period set, attaching the facade (app
// start) anonymises the old responses without anyone pressing a button.
func TestRetentionRunsOnAttach(t *testing.T) {
	f := newFacades(t)
	id := f.mustCustomer(t, "钱七", "13600000000", false)
	const c = "2026-01-01T00:00:00.000000Z"
	f.exec(t,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'S', 'active', '`+c+`', '`+c+`')`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, note, created_at) VALUES
			(1, 1, `+strconv.FormatInt(id, 10)+`, 'a', 'form', '2025-01-01T00:00:00.000000Z', 202501, 'old', '`+c+`')`)
	if err := f.db.SetRetentionMonths(context.Background(), 12); err != nil {
		t.Fatal(err)
	}
	rec := api.NewCustomerRecords(f.dialogs, nil)
	api.AttachCustomerRecords(rec, context.Background(), f.db)
	deadline := time.Now().Add(5 * time.Second)
	for {
		var n int
		if err := f.db.SQL().QueryRow(`SELECT count(*) FROM responses WHERE customer_id IS NULL AND note = ''`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the retention job did not run on attach")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
