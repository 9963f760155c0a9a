package customerrecords_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/customerrecords"
	"feedbackdesk/backend/sqlite"

	"github.com/xuri/excelize/v2"
)

// openSeeded opens a fresh database with customer 5 (a formula-like name,
// an attribute, one response with an NPS and a text answer, a ticket with
// two events, a call and two orders) and customer 6 merged into it.
func openSeeded(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { db.Close() })
	const c = "2026-03-01T08:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, phone, email, company, region, consent, created_at, updated_at) VALUES
			(5, '=HYPERLINK("http://x")', '+86 138 0000 0005', 'five@example.com', '五号公司', '华北', 1, '` + c + `', '` + c + `')`,
		`INSERT INTO customers (id, name, merged_into_id, created_at, updated_at) VALUES (6, 'old five', 5, '` + c + `', '` + c + `')`,
		`INSERT INTO customer_merges (kept_id, merged_id, orders, merged_at) VALUES (5, 6, 1, '` + c + `')`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (5, 'wechat', 'five_wx')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '售后满意度', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, title, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', '推荐意愿', 'nps', 0, 10), (2, 1, 2, 'text', '建议', '', 0, 0)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(9, 1, 5, 'a', 'form', '` + c + `', 202603, '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number, text, status) VALUES (9, 1, 4, '', 'valid'), (9, 2, NULL, '太慢', 'valid')`,
		`INSERT INTO tickets (id, title, customer_id, status, status_category, response_id, created_at, month_key, updated_at) VALUES
			(3, '配送慢', 5, 'open', 'open', 9, '` + c + `', 202603, '` + c + `')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val, body) VALUES (3, '` + c + `', 'created', 'new', ''), (3, '` + c + `', 'reply', '', '已致电')`,
		`INSERT INTO followup_calls (customer_id, ticket_id, attempt_at, disposition, note) VALUES (5, 3, '` + c + `', 'completed', '满意')`,
		`INSERT INTO orders (external_id, customer_id, ordered_at, amount, refund) VALUES ('O-1', 5, '` + c + `', 300, 20), ('O-2', 5, '2026-04-01T00:00:00.000000Z', 100, 0)`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return db
}

func TestExportJSON(t *testing.T) {
	db := openSeeded(t)
	d, err := customerrecords.Load(context.Background(), db, 5)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "five.json")
	if err := customerrecords.WriteFile(d, path, "zh"); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	var back customerrecords.Dossier
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Format != "feedbackdesk.customer/1" || back.Customer.Name != `=HYPERLINK("http://x")` || back.Customer.Attributes["wechat"] != "five_wx" {
		t.Errorf("customer %+v", back.Customer)
	}
	if len(back.Responses) != 1 || len(back.Responses[0].Answers) != 2 || *back.Responses[0].Answers[0].Number != 4 ||
		back.Responses[0].Answers[1].Text != "太慢" || back.Responses[0].SubmittedAt != "2026-03-01T08:00:00Z" {
		t.Errorf("responses %+v", back.Responses)
	}
	if len(back.Tickets) != 1 || len(back.Tickets[0].Events) != 2 || back.Tickets[0].Events[1].Body != "已致电" || *back.Tickets[0].ResponseID != 9 {
		t.Errorf("tickets %+v", back.Tickets)
	}
	if len(back.Calls) != 1 || back.Calls[0].Note != "满意" || len(back.Orders) != 2 || back.Orders[0].Refund != 20 {
		t.Errorf("calls %+v orders %+v", back.Calls, back.Orders)
	}
	if len(back.Merges) != 1 || back.Merges[0].MergedID != 6 || len(back.Customer.MergedFrom) != 1 {
		t.Errorf("merges %+v from %v", back.Merges, back.Customer.MergedFrom)
	}
}

func TestExportXLSXCellsInert(t *testing.T) {
	db := openSeeded(t)
	d, err := customerrecords.Load(context.Background(), db, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		path := filepath.Join(t.TempDir(), "five.xlsx")
		if err := customerrecords.WriteFile(d, path, lang); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sheets := f.GetSheetList()
		want := map[string][]string{"zh": {"客户", "自定义属性", "答卷", "工单", "工单记录", "回访", "订单", "合并记录"},
			"en": {"Customer", "Attributes", "Responses", "Tickets", "Ticket events", "Calls", "Orders", "Merges"}}[lang]
		if lang == "en" {
			want[5] = "Follow-up calls"
		}
		if len(sheets) != len(want) {
			t.Fatalf("%s sheets %v", lang, sheets)
		}
		for i := range want {
			if sheets[i] != want[i] {
				t.Errorf("%s sheet %d = %q, want %q", lang, i, sheets[i], want[i])
			}
		}
		name, _ := f.GetCellValue(sheets[0], "B4")
		if name != `'=HYPERLINK("http://x")` {
			t.Errorf("%s name cell %q, want it made inert", lang, name)
		}
		if formula, _ := f.GetCellFormula(sheets[0], "B4"); formula != "" {
			t.Errorf("name cell has formula %q", formula)
		}
		rows, _ := f.GetRows(sheets[2])
		if len(rows) != 3 || rows[1][9] != "4" || rows[2][10] != "太慢" {
			t.Errorf("%s responses %v", lang, rows)
		}
		rows, _ = f.GetRows(sheets[6])
		if len(rows) != 3 || rows[1][1] != "O-1" || rows[1][3] != "300" {
			t.Errorf("%s orders %v", lang, rows)
		}
		f.Close()
	}
}

func TestExportUnknownCustomer(t *testing.T) {
	db := openSeeded(t)
	if _, err := customerrecords.Load(context.Background(), db, 404); err == nil {
		t.Fatal("no error for a missing customer")
	}
}
