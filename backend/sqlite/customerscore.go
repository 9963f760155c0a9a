package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// CustomerAnswer is a customer's latest valid answer to a metric question
// (NPS or CSAT) with the question's scale.
type CustomerAnswer struct {
	Value    int
	ScaleMin int
	ScaleMax int
	At       time.Time
}

// CustomerScoreInput is what the customer score reads about one customer at
// an instant `at`, over the window [at − window days, at). Nothing dated at
// or after `at` is read.
type CustomerScoreInput struct {
	ID   int64
	Name string
	// FirstPurchase and LastPurchase are the customer's first and latest
	// orders before `at` (zero when none).
	FirstPurchase time.Time
	LastPurchase  time.Time
	// Orders and NetSpend are the count and Σ(amount − refund) of the
	// orders in the window.
	Orders   int
	NetSpend float64
	// LatestNPS and LatestCSAT are the latest valid answers before `at` to
	// a question with the NPS or CSAT role, of any survey (nil when none).
	LatestNPS  *CustomerAnswer
	LatestCSAT *CustomerAnswer
	// Complaints counts the customer's tickets created in the window (every
	// ticket is a complaint, feedback.Ticket).
	Complaints int
	// OpenComplaints counts the customer's tickets created before `at`
	// whose status at `at` — the last created/status/reopen event before it
	// — is not in the resolved or closed category.
	OpenComplaints int
}

// CustomerScoreInputs reads the score inputs of every customer that has not
// been merged into another, in ID order, at `at` over the last windowDays
// days. SLA breaches are not read here: they are computed from the event log
// by the SLA service.
func (db *DB) CustomerScoreInputs(ctx context.Context, at time.Time, windowDays int) ([]*CustomerScoreInput, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	atS, fromS := FormatTime(at), FormatTime(at.Add(-time.Duration(windowDays)*24*time.Hour))
	var out []*CustomerScoreInput
	byID := map[int64]*CustomerScoreInput{}
	// each runs a query whose first column is a customer ID and calls fn
	// with that customer (rows of merged-away customers are skipped) and
	// the remaining columns scanned into dest.
	each := func(query string, args []any, fn func(c *CustomerScoreInput, scan func(dest ...any) error) error) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(append([]any{&id}, discard(rows)...)...); err != nil {
				return err
			}
			c := byID[id]
			if c == nil {
				continue
			}
			if err := fn(c, func(dest ...any) error { return rows.Scan(append([]any{&id}, dest...)...) }); err != nil {
				return err
			}
		}
		return rows.Err()
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM customers WHERE merged_into_id IS NULL ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: customer score inputs: %w", err)
	}
	for rows.Next() {
		c := &CustomerScoreInput{}
		if err := rows.Scan(&c.ID, &c.Name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: customer score inputs: %w", err)
		}
		out = append(out, c)
		byID[c.ID] = c
	}
	rows.Close()
	for _, q := range []struct {
		sql  string
		args []any
		fn   func(c *CustomerScoreInput, scan func(dest ...any) error) error
	}{
		{`SELECT customer_id, min(ordered_at), max(ordered_at), count(*) FILTER (WHERE ordered_at >= ?1),
				coalesce(sum(amount - refund) FILTER (WHERE ordered_at >= ?1), 0)
			FROM orders WHERE ordered_at < ?2 GROUP BY customer_id`, []any{fromS, atS},
			func(c *CustomerScoreInput, scan func(...any) error) error {
				var first, last string
				if err := scan(&first, &last, &c.Orders, &c.NetSpend); err != nil {
					return err
				}
				c.FirstPurchase, _ = ParseTime(first)
				c.LastPurchase, _ = ParseTime(last)
				return nil
			}},
		{latestAnswerSQL, []any{"nps", atS}, func(c *CustomerScoreInput, scan func(...any) error) error {
			return scanAnswer(scan, &c.LatestNPS)
		}},
		{latestAnswerSQL, []any{"csat", atS}, func(c *CustomerScoreInput, scan func(...any) error) error {
			return scanAnswer(scan, &c.LatestCSAT)
		}},
		{`SELECT customer_id, count(*) FROM tickets
			WHERE customer_id IS NOT NULL AND created_at >= ? AND created_at < ? GROUP BY customer_id`, []any{fromS, atS},
			func(c *CustomerScoreInput, scan func(...any) error) error { return scan(&c.Complaints) }},
		{`SELECT t.customer_id, count(*) FROM tickets t
			WHERE t.customer_id IS NOT NULL AND t.created_at < ?1 AND coalesce(
				(SELECT s.category FROM ticket_events e JOIN ticket_statuses s ON s.key = e.to_val
				 WHERE e.ticket_id = t.id AND e.kind IN ('created', 'status', 'reopen') AND e.at < ?1
				 ORDER BY e.at DESC, e.id DESC LIMIT 1),
				t.status_category) NOT IN ('resolved', 'closed')
			GROUP BY t.customer_id`, []any{atS},
			func(c *CustomerScoreInput, scan func(...any) error) error { return scan(&c.OpenComplaints) }},
	} {
		if err := each(q.sql, q.args, q.fn); err != nil {
			return nil, fmt.Errorf("sqlite: customer score inputs: %w", err)
		}
	}
	return out, nil
}

// discard returns scan destinations that drop every column of rows but the
// first.
func discard(rows *sql.Rows) []any {
	cols, _ := rows.Columns()
	d := make([]any, max(len(cols)-1, 0))
	for i := range d {
		d[i] = new(any)
	}
	return d
}

// latestAnswerSQL selects each customer's latest valid answer before ?2 to
// a question whose role is ?1, with its scale: the latest by submission
// time, then response ID, then question position (max() over that key
// picks the row whose other columns SQLite returns; a window function
// sorting every answer was 1.5× slower at 1M answers).
const latestAnswerSQL = `SELECT customer_id, value, scale_min, scale_max, submitted_at FROM (
	SELECT r.customer_id, CAST(a.number AS INTEGER) AS value, q.scale_min, q.scale_max, r.submitted_at,
		max(r.submitted_at || printf('%020d%06d', r.id, q.position)) AS latest
	FROM questions q CROSS JOIN answers a ON a.question_id = q.id JOIN responses r ON r.id = a.response_id
	WHERE q.role = ?1 AND a.status = 'valid' AND a.number IS NOT NULL AND r.customer_id IS NOT NULL AND r.submitted_at < ?2
	GROUP BY r.customer_id)`

func scanAnswer(scan func(...any) error, dst **CustomerAnswer) error {
	a := &CustomerAnswer{}
	var at string
	if err := scan(&a.Value, &a.ScaleMin, &a.ScaleMax, &at); err != nil {
		return err
	}
	a.At, _ = ParseTime(at)
	*dst = a
	return nil
}
