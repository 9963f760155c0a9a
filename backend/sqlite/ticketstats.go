package sqlite

import (
	"context"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

// TicketsOpened counts the tickets created in [start, end).
func (db *DB) TicketsOpened(ctx context.Context, start, end time.Time) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE month_key BETWEEN ? AND ? AND created_at >= ? AND created_at < ?`,
		feedback.MonthKey(start, reportingZone()), feedback.MonthKey(end, reportingZone()), FormatTime(start), FormatTime(end)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: tickets opened: %w", err)
	}
	return n, nil
}

// TicketBacklog counts the tickets not resolved or closed now.
func (db *DB) TicketBacklog(ctx context.Context) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE status_category NOT IN ('resolved', 'closed')`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: ticket backlog: %w", err)
	}
	return n, nil
}

// TicketResolutions returns the events in [start, end) that moved a ticket
// to (or created it in) a resolved or closed status, oldest first.
func (db *DB) TicketResolutions(ctx context.Context, start, end time.Time) ([]feedback.Resolution, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT e.ticket_id, e.at FROM ticket_events e
		JOIN ticket_statuses s ON s.key = e.to_val AND s.category IN ('resolved', 'closed')
		WHERE e.kind IN ('created', 'status') AND e.at >= ? AND e.at < ?
		ORDER BY e.at, e.id`, FormatTime(start), FormatTime(end))
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
func (db *DB) TicketMonthCounts(ctx context.Context, fromMonth, toMonth int) ([]feedback.TicketMonthCount, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT month_key, category, count(*) FROM tickets
		WHERE month_key BETWEEN ? AND ? GROUP BY month_key, category`, fromMonth, toMonth)
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
