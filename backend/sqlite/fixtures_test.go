package sqlite_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"feedbackdesk/backend/sqlite"
)

func sqlInt(n int) string { return strconv.Itoa(n) }

// seed writes a small, complete graph of rows (k of each) with plain SQL so
// store tests do not depend on the services under test.
func seed(tb testing.TB, db *sqlite.DB, k int) {
	tb.Helper()
	now := "2026-10-05T02:00:00.000000Z"
	for i := 1; i <= k; i++ {
		stmts := []string{
			fmt.Sprintf(`INSERT INTO handlers (name, team, created_at) VALUES ('客服%d', '一线', '%s')`, i, now),
			fmt.Sprintf(`INSERT INTO customers (name, phone, region, tier, created_at, updated_at) VALUES ('张三%d', '0138%07d', '华东', 'high', '%s', '%s')`, i, i, now, now),
			fmt.Sprintf(`INSERT INTO surveys (title, title_en, status, created_at, updated_at) VALUES ('满意度调研%d', 'Survey %d', 'active', '%s', '%s')`, i, i, now, now),
			`INSERT INTO questions (survey_id, position, type, title, role, scale_min, scale_max) VALUES (last_insert_rowid(), 1, 'nps', '推荐意愿', 'nps', 0, 10)`,
			fmt.Sprintf(`INSERT INTO responses (survey_id, customer_id, row_key, source, channel, submitted_at, month_key, created_at)
				VALUES ((SELECT max(id) FROM surveys), (SELECT max(id) FROM customers), 'k%d', 'form', 'phone', '%s', 202610, '%s')`, i, now, now),
			`INSERT INTO answers (response_id, question_id, number) VALUES ((SELECT max(id) FROM responses), (SELECT max(id) FROM questions), 9)`,
			fmt.Sprintf(`INSERT INTO tickets (title, customer_id, priority, status, status_category, handler_id, created_at, month_key, updated_at)
				VALUES ('物流太慢 %d', (SELECT max(id) FROM customers), 2, 'open', 'open', (SELECT max(id) FROM handlers), '%s', 202610, '%s')`, i, now, now),
			fmt.Sprintf(`INSERT INTO ticket_events (ticket_id, at, kind, body) VALUES ((SELECT max(id) FROM tickets), '%s', 'created', '客户来电投诉')`, now),
		}
		for _, s := range stmts {
			if _, err := db.SQL().Exec(s); err != nil {
				tb.Fatalf("seed: %v\n%s", err, s)
			}
		}
	}
	// Plain SQL skips the writers' monthly metric summaries: rebuild them,
	// as the app's own writers would have kept them.
	if err := db.RecountMetrics(context.Background()); err != nil {
		tb.Fatalf("seed: %v", err)
	}
}
