package sqlite

import (
	"context"
	"fmt"

	"feedbackdesk/backend/feedback"
)

// Stats counts surveys, responses, customers (not merged away), tickets and
// handlers, and reports the schema version.
func (db *DB) Stats(ctx context.Context) (feedback.Stats, error) {
	var s feedback.Stats
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM surveys),
		(SELECT count(*) FROM responses),
		(SELECT count(*) FROM customers WHERE merged_into_id IS NULL),
		(SELECT count(*) FROM tickets),
		(SELECT count(*) FROM handlers)`).
		Scan(&s.SchemaVersion, &s.Surveys, &s.Responses, &s.Customers, &s.Tickets, &s.Handlers)
	if err != nil {
		return s, fmt.Errorf("sqlite: stats: %w", err)
	}
	return s, nil
}

// Activity returns response and ticket counts for the `months` calendar
// months ending with the latest month that has data (or the current month
// when there is none), oldest first, zero months included. It reads the
// stored month keys, so its cost follows the months shown, not the rows.
func (db *DB) Activity(ctx context.Context, months int) ([]feedback.MonthCount, error) {
	var last int
	err := db.db.QueryRowContext(ctx, `SELECT max(coalesce((SELECT max(month_key) FROM responses), 0),
		coalesce((SELECT max(month_key) FROM tickets), 0))`).Scan(&last)
	if err != nil {
		return nil, fmt.Errorf("sqlite: activity: %w", err)
	}
	if last == 0 {
		last = feedback.MonthKey(db.Now(), feedback.ReportingLocation())
	}
	keys := feedback.MonthKeys(last, months)
	out := make([]feedback.MonthCount, months)
	index := make(map[int]int, months)
	for i, k := range keys {
		out[i].Month = feedback.MonthLabel(k)
		index[k] = i
	}
	for _, q := range []struct {
		sql string
		set func(*feedback.MonthCount, int)
	}{
		{`SELECT month_key, count(*) FROM responses WHERE month_key BETWEEN ? AND ? GROUP BY month_key`,
			func(c *feedback.MonthCount, n int) { c.Responses = n }},
		{`SELECT month_key, count(*) FROM tickets WHERE month_key BETWEEN ? AND ? GROUP BY month_key`,
			func(c *feedback.MonthCount, n int) { c.Tickets = n }},
	} {
		rows, err := db.db.QueryContext(ctx, q.sql, keys[0], keys[months-1])
		if err != nil {
			return nil, fmt.Errorf("sqlite: activity: %w", err)
		}
		for rows.Next() {
			var k, n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: activity: %w", err)
			}
			if i, ok := index[k]; ok {
				q.set(&out[i], n)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("sqlite: activity: %w", err)
		}
	}
	return out, nil
}
