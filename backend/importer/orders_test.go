package importer_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// errKey returns the translation key of a coded error ("" otherwise).
func errKey(err error) string {
	var fe *feedback.Error
	if errors.As(err, &fe) {
		return fe.Key
	}
	return ""
}

// orderRecords: rows 2–5 are good (row 4 names its customer by phone,
// row 5 by email), row 6 repeats row 2's order id, rows 7–13 are bad.
var orderRecords = [][]string{
	{"订单号", "客户编号", "手机", "下单日期", "实付金额", "退款金额", "邮箱"},
	{"O-1", "C001", "", "2026-03-02 10:00", "¥1,280.50", "", ""},
	{"O-2", "C001", "", "2026-05-20", "300", "100", ""},
	{"O-3", "", "139 0013 9000", "2026/06/01", "99元", "0", ""},
	{"O-4", "", "", "2026-07-01", "45", "", "Han@Example.com"},
	{"O-1", "C001", "", "2026-03-02 10:00", "1280.5", "", ""},
	{"O-6", "C001", "", "2026-02-30", "10", "", ""},
	{"O-7", "C001", "", "2026-03-01", "-20", "", ""},
	{"O-8", "C001", "", "2026-03-01", "50", "80", ""},
	{"O-9", "C404", "", "2026-03-01", "50", "", ""},
	{"O-10", "C001", "", "2027-01-01", "50", "", ""},
	{"O-11", "C001", "", "2026-03-01", "五十", "", ""},
	{"", "C001", "", "2026-03-01", "50", "", ""},
}

// seedCustomers stores C001 (phone 13800138000), C002 (13900139000) and
// a customer known only by email.
func seedCustomers(t *testing.T, db *sqlite.DB) {
	t.Helper()
	path := writeCSV(t, customerRecords[:4])
	if sum := importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{}); sum.Imported != 3 {
		t.Fatalf("seed customers: %+v", sum.Counts)
	}
}

// now is the clock of the order tests (mustDB's clock).
func now() time.Time { return time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC) }

func TestOrderImport(t *testing.T) {
	db := mustDB(t)
	seedCustomers(t, db)
	path := writeCSV(t, orderRecords)
	orders := func() *importer.Orders { return &importer.Orders{Store: db, Now: now} }

	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in, err := importer.InspectFor(src, "orders")
	src.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"订单号": "field:external_id", "客户编号": "field:customer_id", "手机": "field:customer_phone",
		"下单日期": "field:ordered_at", "实付金额": "field:amount", "退款金额": "field:refund", "邮箱": "field:customer_email"}
	for _, s := range in.Suggestions {
		if want[s.Column] != s.Target {
			t.Errorf("suggestion %s → %s, want %s", s.Column, s.Target, want[s.Column])
		}
	}

	// onError=abort validates every row and writes nothing
	ab := importRecords(t, db, path, orders(), importer.RunOptions{Abort: true})
	if !ab.Aborted || ab.Imported != 0 || ab.Rejected != 7 {
		t.Fatalf("abort: %+v aborted=%v", ab.Counts, ab.Aborted)
	}
	if n := count(t, db, `SELECT count(*) FROM orders`); n != 0 {
		t.Fatalf("an aborted import wrote %d orders", n)
	}
	wantErr := map[int]string{7: "date_invalid", 8: "amount_negative", 9: "refund_exceeds_amount", 10: "order_customer_unknown",
		11: "order_date_future", 12: "amount_invalid", 13: "required_missing"}
	for _, e := range ab.Errors {
		if wantErr[e.Row] != e.Code {
			t.Errorf("row %d: %s (%s), want %s", e.Row, e.Code, e.Message, wantErr[e.Row])
		}
		delete(wantErr, e.Row)
	}
	if len(wantErr) > 0 {
		t.Errorf("rows not rejected: %v", wantErr)
	}

	sum := importRecords(t, db, path, orders(), importer.RunOptions{})
	if sum.Rows != 12 || sum.Imported != 4 || sum.Duplicates != 1 || sum.Rejected != 7 {
		t.Fatalf("import: %+v", sum.Counts)
	}
	type row struct {
		cust           string
		at             string
		amount, refund float64
	}
	got := map[string]row{}
	rows, err := db.SQL().Query(`SELECT o.external_id, coalesce(c.external_id, c.email), o.ordered_at, o.amount, o.refund
		FROM orders o JOIN customers c ON c.id = o.customer_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var r row
		if err := rows.Scan(&id, &r.cust, &r.at, &r.amount, &r.refund); err != nil {
			t.Fatal(err)
		}
		got[id] = r
	}
	rows.Close()
	// naive times are Asia/Shanghai (UTC+8)
	wantRows := map[string]row{
		"O-1": {"C001", "2026-03-02T02:00:00.000000Z", 1280.5, 0},
		"O-2": {"C001", "2026-05-19T16:00:00.000000Z", 300, 100},
		"O-3": {"C002", "2026-05-31T16:00:00.000000Z", 99, 0},
		"O-4": {"han@example.com", "2026-06-30T16:00:00.000000Z", 45, 0},
	}
	for id, w := range wantRows {
		if got[id] != w {
			t.Errorf("%s = %+v, want %+v", id, got[id], w)
		}
	}
	if len(got) != 4 {
		t.Errorf("%d orders stored, want 4", len(got))
	}

	// a retry writes nothing new; the dry run predicts it
	dry := importRecords(t, db, path, orders(), importer.RunOptions{DryRun: true})
	if dry.Valid != 0 || dry.Duplicates != 5 {
		t.Errorf("dry run after import: %+v", dry.Counts)
	}
	again := importRecords(t, db, path, orders(), importer.RunOptions{})
	if again.Imported != 0 || again.Duplicates != 5 || count(t, db, `SELECT count(*) FROM orders`) != 4 {
		t.Errorf("re-import: %+v", again.Counts)
	}
}

func TestOrderMappingChecks(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, orderRecords)
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	base := func(extra map[string]importer.ColumnSpec, drop string) *importer.Mapping {
		m := &importer.Mapping{Columns: map[string]importer.ColumnSpec{"订单号": {Field: importer.FieldExternalID},
			"客户编号": {Field: importer.FieldCustomerID}, "下单日期": {Field: importer.FieldOrderedAt}, "实付金额": {Field: importer.FieldAmount}}}
		delete(m.Columns, drop)
		for k, v := range extra {
			m.Columns[k] = v
		}
		return m
	}
	for key, m := range map[string]*importer.Mapping{
		"error.import.order_field_required":    base(nil, "实付金额"),
		"error.import.order_customer_required": base(nil, "客户编号"),
		"error.import.attribute_wrong_target":  base(map[string]importer.ColumnSpec{"邮箱": {Attribute: "mail"}}, ""),
	} {
		_, err := importer.Run(context.Background(), src, &importer.Orders{Store: db}, importer.RunOptions{Mapping: m})
		if errKey(err) != key {
			t.Errorf("%s: got %v", key, err)
		}
	}
}
