package sqlite

import (
	"context"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

// categoryCond is the condition on column col of a ticket category filter:
// "" any, feedback.NoCategory none, otherwise that category.
func categoryCond(col, category string) (string, []any) {
	switch category {
	case "":
		return "", nil
	case feedback.NoCategory:
		return " AND " + col + " = ''", nil
	}
	return " AND " + col + " = ?", []any{category}
}

// TicketsOpened counts the tickets of category (see TicketFilter.Category)
// created in [start, end).
func (db *DB) TicketsOpened(ctx context.Context, start, end time.Time, category string) (int, error) {
	var n int
	cond, args := categoryCond("category", category)
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE month_key BETWEEN ? AND ? AND created_at >= ? AND created_at < ?`+cond,
		append([]any{feedback.MonthKey(start, reportingZone()), feedback.MonthKey(end, reportingZone()), FormatTime(start), FormatTime(end)}, args...)...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: tickets opened: %w", err)
	}
	return n, nil
}

// TicketBacklog counts the tickets of category not resolved or closed now.
func (db *DB) TicketBacklog(ctx context.Context, category string) (int, error) {
	var n int
	cond, args := categoryCond("category", category)
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE status_category NOT IN ('resolved', 'closed')`+cond, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: ticket backlog: %w", err)
	}
	return n, nil
}

// TicketResolutions returns the events in [start, end) that moved a ticket
// to (or created it in) a resolved or closed status, oldest first, of the
// tickets of category.
func (db *DB) TicketResolutions(ctx context.Context, start, end time.Time, category string) ([]feedback.Resolution, error) {
	cond, args := categoryCond("t.category", category)
	if cond != "" {
		cond = " AND e.ticket_id IN (SELECT t.id FROM tickets t WHERE 1" + cond + ")"
	}
	rows, err := db.db.QueryContext(ctx, `SELECT e.ticket_id, e.at FROM ticket_events e
		JOIN ticket_statuses s ON s.key = e.to_val AND s.category IN ('resolved', 'closed')
		WHERE e.kind IN ('created', 'status') AND e.at >= ? AND e.at < ?`+cond+`
		ORDER BY e.at, e.id`, append([]any{FormatTime(start), FormatTime(end)}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ticket resolutions: %w", err)
	}
	defer rows.Close()
	var out []feedback.Resolution
	for rows.Next() {
		var r feedback.Resolution
		var at string
		if err := rows.Scan(&r.TicketID, &at); err != nil {
			return nil, fmt.Errorf("sqlite: ticket resolutions: %w", err)
		}
		r.At = ticketTime(at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// TicketMonthCounts counts the tickets opened per month and category in
// the months from–to (yyyymm, both included): a covering read of the
// tickets_month index.
func (db *DB) TicketMonthCounts(ctx context.Context, fromMonth, toMonth int, category string) ([]feedback.TicketMonthCount, error) {
	cond, args := categoryCond("category", category)
	rows, err := db.db.QueryContext(ctx, `SELECT month_key, category, count(*) FROM tickets
		WHERE month_key BETWEEN ? AND ?`+cond+` GROUP BY month_key, category`, append([]any{fromMonth, toMonth}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ticket months: %w", err)
	}
	defer rows.Close()
	var out []feedback.TicketMonthCount
	for rows.Next() {
		var c feedback.TicketMonthCount
		if err := rows.Scan(&c.Month, &c.Category, &c.Opened); err != nil {
			return nil, fmt.Errorf("sqlite: ticket months: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
