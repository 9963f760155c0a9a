package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/sqlite"
)

// Planted values: unique strings that appear nowhere else, so finding one
// of them anywhere in the file bytes means erasure left it behind.
const (
	plantName    = "Quorvex Plantname"
	plantNameZH  = "测试抹除柒柒"
	plantPhone   = "+86 139-5550-0177"
	plantEmail   = "plant.erase77@example.test"
	plantCompany = "Vexquor Plant Co"
)

var planted = []string{plantName, plantNameZH, plantPhone, plantEmail, plantCompany}

// seedPrivacy writes customer 7 (the one to erase) with every kind of
// record, customer 8 merged into it (an older identity), and 300 other
// customers so the tables and their indexes span many pages. The planted
// values also sit in free text: an answer, a response note, a ticket title,
// a long description (overflow pages), a message body and a call note.
func seedPrivacy(t *testing.T, db *sqlite.DB) {
	t.Helper()
	const c = "2026-01-01T00:00:00.000000Z"
	long := strings.Repeat("lorem ipsum "+plantEmail+" ", 400)
	stmts := []string{
		`INSERT INTO customers (id, name, phone, email, company, region, created_at, updated_at) VALUES
			(7, '` + plantName + `', '` + plantPhone + `', '` + plantEmail + `', '` + plantCompany + `', '华东', '` + c + `', '` + c + `')`,
		`INSERT INTO customers (id, name, phone, merged_into_id, created_at, updated_at) VALUES
			(8, '` + plantNameZH + `', '13955500177', 7, '` + c + `', '` + c + `')`,
		`WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 399)
			INSERT INTO customers (id, name, phone, email, created_at, updated_at)
			SELECT i, 'Other ' || i, '1380000' || i, 'other' || i || '@example.com', '` + c + `', '` + c + `' FROM n`,
		`INSERT INTO customer_attributes (customer_id, key, value) VALUES (7, 'wechat', '` + plantName + `'), (100, 'wechat', 'x')`,
		`INSERT INTO orders (customer_id, ordered_at, amount) VALUES (7, '` + c + `', 120), (8, '` + c + `', 80), (100, '` + c + `', 50)`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'S', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', 'nps', 0, 10), (2, 1, 2, 'text', '', 0, 0)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, note, created_at) VALUES
			(1, 1, 7, 'a', 'form', '` + c + `', 202601, 'call ` + plantPhone + `', '` + c + `'),
			(2, 1, 8, 'b', 'form', '` + c + `', 202601, '', '` + c + `'),
			(3, 1, 100, 'c', 'form', '` + c + `', 202601, 'keep me', '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number, text, raw, status) VALUES
			(1, 1, 3, '', '3', 'valid'), (1, 2, NULL, 'I am ` + plantName + `, mail ` + plantEmail + `', 'I am ` + plantName + `', 'valid'),
			(2, 1, NULL, '', '` + plantPhone + `', 'invalid'), (3, 1, 9, '', '9', 'valid'), (3, 2, NULL, 'fine', 'fine', 'valid')`,
		`INSERT INTO tickets (id, title, description, customer_id, status, status_category, response_id, created_at, month_key, updated_at) VALUES
			(1, 'Complaint from ` + plantName + `', '` + long + `', 7, 'open', 'open', 1, '` + c + `', 202601, '` + c + `'),
			(2, 'Other ticket', 'kept', 100, 'open', 'open', 3, '` + c + `', 202601, '` + c + `')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val, body) VALUES
			(1, '` + c + `', 'created', 'new', ''), (1, '` + c + `', 'reply', '', 'Dear ` + plantNameZH + `, write to ` + plantEmail + `'),
			(2, '` + c + `', 'created', 'new', ''), (2, '` + c + `', 'reply', '', 'kept body')`,
		`INSERT INTO followup_calls (customer_id, attempt_at, disposition, note) VALUES
			(7, '` + c + `', 'completed', 'rang ` + plantPhone + `'), (100, '` + c + `', 'completed', 'kept note')`,
	}
	for _, s := range stmts {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
}

// fileHas reports which planted values occur in the bytes of path (a
// missing file has none).
func fileHas(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	} else if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, p := range planted {
		if bytes.Contains(b, []byte(p)) {
			found = append(found, p)
		}
	}
	return found
}

func scalar(t *testing.T, db *sqlite.DB, q string) string {
	t.Helper()
	var v any
	if err := db.SQL().QueryRow(q).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

// TestEraseCustomerLeavesNoBytes plants unique values, makes sure they are
// on disk, erases the customer, checkpoints, and scans the database file
// and its WAL: none of the planted values may be left, in live pages,
// free-list pages, index pages or overflow pages.
func TestEraseCustomerLeavesNoBytes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feedback.db")
	db := MustOpenDBAt(t, path)
	seedPrivacy(t, db)
	// The values must really be on disk first, or the scan proves nothing.
	if _, err := db.SQL().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	if got := fileHas(t, path); len(got) != len(planted) {
		t.Fatalf("before erasure the file holds %v, want all of %v", got, planted)
	}
	// Write again so the WAL holds page images with the values too.
	if _, err := db.SQL().Exec(`UPDATE customers SET region = '华南' WHERE id IN (7, 8)`); err != nil {
		t.Fatal(err)
	}
	if got := fileHas(t, path+"-wal"); len(got) == 0 {
		t.Fatalf("before erasure the WAL holds none of the planted values")
	}

	res, err := db.EraseCustomer(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	want := sqlite.PrivacyResult{CustomerID: 7, Customers: 2, Responses: 2, Tickets: 1, Calls: 1, Orders: 2, Checkpointed: true}
	if *res != want {
		t.Errorf("result %+v, want %+v", *res, want)
	}
	if _, err := db.SQL().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	if got := fileHas(t, path); len(got) != 0 {
		t.Errorf("database file still holds %v", got)
	}
	if got := fileHas(t, path+"-wal"); len(got) != 0 {
		t.Errorf("WAL still holds %v", got)
	}

	// What a user would check: the person is gone, the statistics are not,
	// and nobody else lost anything.
	for q, want := range map[string]string{
		`SELECT count(*) FROM customers WHERE id IN (7, 8)`:                        "0",
		`SELECT count(*) FROM customers`:                                           "300",
		`SELECT count(*) FROM orders`:                                              "1",
		`SELECT count(*) FROM followup_calls`:                                      "1",
		`SELECT count(*) FROM customer_attributes`:                                 "1",
		`SELECT count(*) FROM responses`:                                           "3",
		`SELECT count(*) FROM responses WHERE customer_id IS NULL`:                 "2",
		`SELECT number FROM answers WHERE response_id = 1 AND question_id = 1`:     "3",
		`SELECT text FROM answers WHERE response_id = 3 AND question_id = 2`:       "fine",
		`SELECT note FROM responses WHERE id = 3`:                                  "keep me",
		`SELECT title FROM tickets WHERE id = 1`:                                   "—",
		`SELECT description FROM tickets WHERE id = 2`:                             "kept",
		`SELECT count(*) FROM ticket_events WHERE ticket_id = 1`:                   "2",
		`SELECT body FROM ticket_events WHERE ticket_id = 2 AND kind = 'reply'`:    "kept body",
		`SELECT note FROM followup_calls`:                                          "kept note",
		`SELECT action || ':' || customer_id || ':' || customers FROM privacy_log`: "erase:7:2",
	} {
		if got := scalar(t, db, q); got != want {
			t.Errorf("%s = %q, want %q", q, got, want)
		}
	}
	if _, err := db.SQL().Exec(`UPDATE ticket_events SET body = 'x' WHERE ticket_id = 2`); err == nil {
		t.Error("ticket events accepted a changed body; only blanking is allowed")
	}
}

// TestAnonymiseCustomerKeepsNumbers anonymises customer 7: the record, its
// orders and links stay, its identity and words do not, on disk either.
func TestAnonymiseCustomerKeepsNumbers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feedback.db")
	db := MustOpenDBAt(t, path)
	seedPrivacy(t, db)
	res, err := db.AnonymiseCustomer(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if res.Customers != 2 || res.Orders != 2 || !res.Checkpointed {
		t.Errorf("result %+v", *res)
	}
	if got := fileHas(t, path); len(got) != 0 {
		t.Errorf("database file still holds %v", got)
	}
	if got := fileHas(t, path+"-wal"); len(got) != 0 {
		t.Errorf("WAL still holds %v", got)
	}
	for q, want := range map[string]string{
		`SELECT name || phone || email || company FROM customers WHERE id = 7`: "",
		`SELECT do_not_contact FROM customers WHERE id = 7`:                    "1",
		`SELECT anonymised_at FROM customers WHERE id = 8`:                     "2026-11-23T02:00:00.000000Z",
		`SELECT region FROM customers WHERE id = 7`:                            "华东",
		`SELECT sum(amount) FROM orders WHERE customer_id IN (7, 8)`:           "200",
		`SELECT count(*) FROM responses WHERE customer_id = 7`:                 "1",
		`SELECT count(*) FROM customer_attributes WHERE customer_id = 7`:       "0",
		`SELECT count(*) FROM followup_calls WHERE customer_id = 7`:            "1",
	} {
		if got := scalar(t, db, q); got != want {
			t.Errorf("%s = %q, want %q", q, got, want)
		}
	}
}

// TestEraseUnknownCustomer is refused with a not-found error, nothing logged.
func TestEraseUnknownCustomer(t *testing.T) {
	db := MustOpenDB(t)
	if _, err := db.EraseCustomer(context.Background(), 42); err == nil || !strings.Contains(err.Error(), "42") {
		t.Fatalf("err %v, want not found", err)
	}
	if got := scalar(t, db, `SELECT count(*) FROM privacy_log`); got != "0" {
		t.Errorf("privacy_log has %s rows", got)
	}
}

// TestRunRetention anonymises responses older than 6 months before
// 2026-11-23 02:00 (cutoff 2026-05-23 02:00) and logs the run.
func TestRunRetention(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	const c = "2026-01-01T00:00:00.000000Z"
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'A', '` + c + `', '` + c + `')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'S', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, note, created_at) VALUES
			(1, 1, 1, 'a', 'form', '2026-05-23T01:59:59.000000Z', 202605, 'n', '` + c + `'),
			(2, 1, 1, 'b', 'form', '2026-05-23T02:00:00.000000Z', 202605, 'n', '` + c + `'),
			(3, 1, NULL, 'c', 'form', '2025-01-01T00:00:00.000000Z', 202501, '', '` + c + `')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.RunRetention(ctx, 0); err == nil {
		t.Error("0 months accepted")
	}
	res, err := db.RunRetention(ctx, 6)
	if err != nil {
		t.Fatal(err)
	}
	if res.Responses != 1 {
		t.Errorf("anonymised %d responses, want 1 (only response 1 is before the cutoff; 3 has no identity)", res.Responses)
	}
	if got := scalar(t, db, `SELECT group_concat(id || ':' || coalesce(customer_id, '-') || ':' || note) FROM responses`); got != "1:-:,2:1:n,3:-:" {
		t.Errorf("responses %s", got)
	}
	res, err = db.RunRetention(ctx, 6)
	if err != nil || res.Responses != 0 {
		t.Errorf("second run %+v %v, want nothing left to do", res, err)
	}
	log, err := db.PrivacyLog(ctx, 10)
	if err != nil || len(log) != 2 || log[1].Responses != 1 || log[1].Months != 6 || log[1].Cutoff.Format("2006-01-02T15:04") != "2026-05-23T02:00" {
		t.Errorf("log %+v %v", log, err)
	}
	if err := db.SetRetentionMonths(ctx, -1); err == nil {
		t.Error("negative months accepted")
	}
	if err := db.SetRetentionMonths(ctx, 18); err != nil {
		t.Fatal(err)
	}
	if n, err := db.RetentionMonths(ctx); n != 18 || err != nil {
		t.Errorf("retention %d %v", n, err)
	}
}

// TestEraseWaitsForAReader: a reader holding its snapshot keeps the WAL from
// being emptied; erasure retries the checkpoint, so once the reader ends
// (here after 400 ms) the WAL is truncated and holds nothing planted.
func TestEraseWaitsForAReader(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feedback.db")
	db := MustOpenDBAt(t, path)
	seedPrivacy(t, db)
	rd, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := rd.QueryRowContext(ctx, `SELECT count(*) FROM customers`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(400 * time.Millisecond)
		rd.Rollback()
	}()
	res, err := db.EraseCustomer(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Checkpointed {
		t.Fatal("the checkpoint gave up while the reader was only briefly open")
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("WAL is %d bytes after the truncating checkpoint", fi.Size())
	}
	if got := fileHas(t, path); len(got) != 0 {
		t.Errorf("database file still holds %v", got)
	}
}
