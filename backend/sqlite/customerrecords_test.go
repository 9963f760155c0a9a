package sqlite_test

import (
	"context"
	"strings"
	"testing"

	"feedbackdesk/backend/sqlite"
)

func TestNormalisePhoneAndEmail(t *testing.T) {
	for in, want := range map[string]string{
		"+86 138-0013-8000": "13800138000", "0086 13800138000": "13800138000", "13800138000": "13800138000",
		"(021) 6123-4567": "02161234567", "123": "", "": "",
	} {
		if got := sqlite.NormalisePhone(in); got != want {
			t.Errorf("NormalisePhone(%q) = %q, want %q", in, got, want)
		}
	}
	if got := sqlite.NormaliseEmail("  Li.Si@Example.COM "); got != "li.si@example.com" {
		t.Errorf("NormaliseEmail = %q", got)
	}
}

// TestDuplicatesAndMergeKeepHistory finds 1, 2 and 3 as one person (1 and 2
// share a phone written two ways, 2 and 3 an email in two cases), merges 2
// into 1 and checks that every piece of 2's history now belongs to 1, that
// 2 is kept with merged_into_id, and that the merge is logged.
func TestDuplicatesAndMergeKeepHistory(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	const c = "2026-01-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, phone, email, company, do_not_contact, created_at, updated_at) VALUES
			(1, '张三', '+86 138-0013-8000', '', '', 0, '` + c + `', '` + c + `'),
			(2, '张三 (旧)', '13800138000', 'zs@example.com', '甲公司', 1, '` + c + `', '` + c + `'),
			(3, 'Z. San', '', 'ZS@Example.com', '', 0, '` + c + `', '` + c + `'),
			(4, '李四', '13900000000', 'ls@example.com', '', 0, '` + c + `', '` + c + `')`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (1, 'vip', 'yes'), (2, 'vip', 'no'), (2, 'wechat', 'zs88')`,
		`INSERT INTO orders (customer_id, ordered_at, amount) VALUES (2, '` + c + `', 100), (2, '` + c + `', 50), (1, '` + c + `', 10)`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'S', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at) VALUES
			(1, 1, 2, 'a', 'form', '` + c + `', 202601, '` + c + `')`,
		`INSERT INTO tickets (id, title, customer_id, status, status_category, created_at, month_key, updated_at) VALUES
			(1, 'T', 2, 'open', 'open', '` + c + `', 202601, '` + c + `')`,
		`INSERT INTO followup_calls (customer_id, attempt_at, disposition) VALUES (2, '` + c + `', 'completed')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	groups, err := db.CustomerDuplicates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || len(groups[0].Members) != 3 || groups[0].Members[0].ID != 1 ||
		len(groups[0].Keys) != 2 || groups[0].Keys[0] != "email:zs@example.com" || groups[0].Keys[1] != "phone:13800138000" {
		t.Fatalf("groups %+v", groups)
	}
	if _, err := db.MergeCustomers(ctx, 1, 1); err == nil {
		t.Error("merge into itself accepted")
	}
	m, err := db.MergeCustomers(ctx, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if m.Responses != 1 || m.Tickets != 1 || m.Calls != 1 || m.Orders != 2 {
		t.Errorf("merge moved %+v", m)
	}
	if _, err := db.MergeCustomers(ctx, 3, 2); err == nil {
		t.Error("merging a merged-away record accepted")
	}
	rec, err := db.ReadCustomerRecord(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Orders) != 3 || len(rec.Tickets) != 1 || len(rec.Calls) != 1 || len(rec.Merges) != 1 || len(rec.MergedFrom) != 1 {
		t.Errorf("record %+v", rec)
	}
	if rec.Customer.Email != "zs@example.com" || rec.Customer.Company != "甲公司" || rec.Customer.Name != "张三" || !rec.Customer.DoNotContact {
		t.Errorf("survivor %+v (empty fields filled from 2, own name kept, do-not-contact kept)", rec.Customer)
	}
	if rec.Customer.Attributes["vip"] != "yes" || rec.Customer.Attributes["wechat"] != "zs88" {
		t.Errorf("attributes %v", rec.Customer.Attributes)
	}
	if got := scalar(t, db, `SELECT merged_into_id FROM customers WHERE id = 2`); got != "1" {
		t.Errorf("2 merged_into_id %s", got)
	}
	// 1 and 3 still share the email: one group of two is left.
	groups, _ = db.CustomerDuplicates(ctx)
	if len(groups) != 1 || len(groups[0].Members) != 2 || groups[0].Members[1].ID != 3 {
		t.Errorf("after merge groups %+v", groups)
	}
	// Merging 1 into 3 re-points 2 at 3: no chains.
	if _, err := db.MergeCustomers(ctx, 3, 1); err != nil {
		t.Fatal(err)
	}
	if got := scalar(t, db, `SELECT group_concat(id || '>' || merged_into_id) FROM customers WHERE merged_into_id IS NOT NULL`); got != "1>3,2>3" {
		t.Errorf("merged %s", got)
	}
	if got := scalar(t, db, `SELECT count(*) FROM orders WHERE customer_id = 3`); got != "3" {
		t.Errorf("orders of 3: %s", got)
	}
	// An anonymised record is never merged (it would get an identity back).
	if _, err := db.AnonymiseCustomer(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergeCustomers(ctx, 4, 3); err == nil || !strings.Contains(err.Error(), "anonymised") {
		t.Errorf("merge into an anonymised record: %v", err)
	}
}
