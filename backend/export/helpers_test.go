package export_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// testNow is the frozen clock of the export tests: 2026-11-23 10:00 in Shanghai.
var testNow = time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)

// store is a fresh database with one survey (an NPS and a comment
// question) that the tests fill through SQL, as an import would leave it.
type store struct {
	db              *sqlite.DB
	survey          int64
	npsQ, commentQ  int64
	responses, tick int
}

// newStore opens a database file in a temporary folder.
func newStore(t testing.TB) *store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return testNow }
	s := &store{db: db}
	s.survey = s.insert(t, `INSERT INTO surveys (title, title_en, status, created_at, updated_at) VALUES ('门店满意度', 'Store satisfaction', 'active', ?, ?)`, ts(testNow), ts(testNow))
	s.npsQ = s.insert(t, `INSERT INTO questions (survey_id, position, type, title, title_en, role, scale_min, scale_max) VALUES (?, 1, 'nps', '推荐意愿', 'Likelihood to recommend', 'nps', 0, 10)`, s.survey)
	s.commentQ = s.insert(t, `INSERT INTO questions (survey_id, position, type, title, title_en, long_text) VALUES (?, 2, 'text', '意见建议', 'Comments', 1)`, s.survey)
	return s
}

// insert runs one INSERT and returns the new row's ID.
func (s *store) insert(t testing.TB, query string, args ...any) int64 {
	t.Helper()
	res, err := s.db.SQL().Exec(query, args...)
	if err != nil {
		t.Fatalf("fixture: %v\n%s", err, query)
	}
	id, _ := res.LastInsertId()
	return id
}

// ts renders a time for SQL fixtures.
func ts(t time.Time) string { return sqlite.FormatTime(t) }

// response adds a response of the customer name at `at` with an NPS
// score and a comment (no comment answer when comment is "").
func (s *store) response(t testing.TB, name, comment string, score int, at time.Time) int64 {
	t.Helper()
	s.responses++
	cust := s.insert(t, `INSERT INTO customers (name, phone, email, company, tier, created_at, updated_at) VALUES (?, '13800138000', 'li@example.com', ?, 'high', ?, ?)`,
		name, name, ts(at), ts(at))
	id := s.insert(t, `INSERT INTO responses (survey_id, customer_id, row_key, source, channel, region, product, agent, submitted_at, month_key, note, created_at)
		VALUES (?, ?, ?, 'import', '门店', '华东', '会员卡', '王芳', ?, ?, ?, ?)`,
		s.survey, cust, "r"+strconv.Itoa(s.responses), ts(at),
		feedback.MonthKey(at, feedback.ReportingLocation()), comment, ts(at))
	s.insert(t, `INSERT INTO answers (response_id, question_id, number, status) VALUES (?, ?, ?, 'valid')`, id, s.npsQ, float64(score))
	if comment != "" {
		s.insert(t, `INSERT INTO answers (response_id, question_id, text, status) VALUES (?, ?, ?, 'valid')`, id, s.commentQ, comment)
	}
	s.insert(t, `INSERT INTO response_tags (response_id, tag) VALUES (?, '复购'), (?, '=tag')`, id, id)
	return id
}

// ticket adds a ticket with a title and description, created at `at`.
func (s *store) ticket(t testing.TB, title, description string, at time.Time) int64 {
	t.Helper()
	s.tick++
	cust := s.insert(t, `INSERT INTO customers (name, created_at, updated_at) VALUES (?, ?, ?)`, title, ts(at), ts(at))
	tk := &feedback.Ticket{Title: title, Description: description, CustomerID: &cust, Channel: "wechat", Priority: 2, CreatedAt: at}
	if err := s.db.CreateTicket(context.Background(), tk, "test"); err != nil {
		t.Fatal(err)
	}
	return tk.ID
}

// bulk adds n plain responses in one transaction (for cancellation and
// progress tests).
func (s *store) bulk(t testing.TB, n int, at time.Time) {
	t.Helper()
	tx, err := s.db.SQL().Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for i := range n {
		exec(t, tx, `INSERT INTO responses (survey_id, row_key, source, submitted_at, month_key, created_at) VALUES (?, ?, 'form', ?, ?, ?)`,
			s.survey, "bulk"+strconv.Itoa(i), ts(at), feedback.MonthKey(at, feedback.ReportingLocation()), ts(at))
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func exec(t testing.TB, tx *sql.Tx, q string, args ...any) {
	t.Helper()
	if _, err := tx.Exec(q, args...); err != nil {
		t.Fatal(err)
	}
}
