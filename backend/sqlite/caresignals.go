package sqlite

import (
	"context"
	"fmt"
	"time"
)

// CareSignal is one trigger a care rule may act on: a low-score response,
// a resolved ticket or a customer, with the customer and the facts the rule
// needs.
type CareSignal struct {
	SourceID     int64
	CustomerID   *int64
	CustomerName string
	// At is when the signal arose: the response's submission or the
	// ticket's resolution (zero for a customer).
	At time.Time
	// Role and Score: the low answer of a response ("nps" or "csat") and
	// its value; Title: a resolved ticket's title.
	Role  string
	Score int
	Title string
}

// LowScoreResponses returns the responses submitted in [since, now] with a
// valid NPS answer ≤ npsMax or a valid CSAT answer ≤ csatMax (the lowest
// qualifying answer, NPS first), oldest first, leaving out those rule
// already acted on and those a ticket was already opened from.
func (db *DB) LowScoreResponses(ctx context.Context, rule string, since, now time.Time, npsMax, csatMax int) ([]CareSignal, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT r.id, r.customer_id, coalesce(c.name, ''), r.submitted_at, q.role, CAST(a.number AS INTEGER)
		FROM responses r
		JOIN answers a ON a.response_id = r.id AND a.status = 'valid' AND a.number IS NOT NULL
		JOIN questions q ON q.id = a.question_id AND q.role IN ('nps', 'csat')
		LEFT JOIN customers c ON c.id = r.customer_id
		WHERE r.submitted_at >= ?1 AND r.submitted_at <= ?2
		AND ((q.role = 'nps' AND a.number <= ?3) OR (q.role = 'csat' AND a.number <= ?4))
		AND NOT EXISTS (SELECT 1 FROM care_actions x WHERE x.rule = ?5 AND x.source_kind = 'response' AND x.source_id = r.id)
		AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.response_id = r.id)
		ORDER BY r.submitted_at, r.id, q.role DESC, a.number`,
		FormatTime(since), FormatTime(now), npsMax, csatMax, rule)
	if err != nil {
		return nil, fmt.Errorf("sqlite: low-score responses: %w", err)
	}
	defer rows.Close()
	var out []CareSignal
	for rows.Next() {
		var s CareSignal
		var at string
		if err := rows.Scan(&s.SourceID, &s.CustomerID, &s.CustomerName, &at, &s.Role, &s.Score); err != nil {
			return nil, fmt.Errorf("sqlite: low-score responses: %w", err)
		}
		if n := len(out); n > 0 && out[n-1].SourceID == s.SourceID {
			continue // one signal per response: its first low answer
		}
		s.At, _ = ParseTime(at)
		out = append(out, s)
	}
	return out, rows.Err()
}

// ResolvedTickets returns the tickets of contactable customers (not
// do-not-contact, not merged away) that are resolved or closed now and
// whose latest move into a resolved or closed status lies in [since, now],
// oldest resolution first, leaving out those rule already acted on.
func (db *DB) ResolvedTickets(ctx context.Context, rule string, since, now time.Time) ([]CareSignal, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT t.id, t.customer_id, c.name, t.title, max(e.at) AS resolved
		FROM tickets t
		JOIN customers c ON c.id = t.customer_id AND c.do_not_contact = 0 AND c.merged_into_id IS NULL
		JOIN ticket_events e ON e.ticket_id = t.id AND e.kind = 'status'
		JOIN ticket_statuses s ON s.key = e.to_val AND s.category IN ('resolved', 'closed')
		WHERE t.status_category IN ('resolved', 'closed')
		AND NOT EXISTS (SELECT 1 FROM care_actions x WHERE x.rule = ?3 AND x.source_kind = 'ticket' AND x.source_id = t.id)
		GROUP BY t.id HAVING max(e.at) >= ?1 AND max(e.at) <= ?2
		ORDER BY resolved, t.id`, FormatTime(since), FormatTime(now), rule)
	if err != nil {
		return nil, fmt.Errorf("sqlite: resolved tickets: %w", err)
	}
	defer rows.Close()
	var out []CareSignal
	for rows.Next() {
		var s CareSignal
		var at string
		if err := rows.Scan(&s.SourceID, &s.CustomerID, &s.CustomerName, &s.Title, &at); err != nil {
			return nil, fmt.Errorf("sqlite: resolved tickets: %w", err)
		}
		s.At, _ = ParseTime(at)
		out = append(out, s)
	}
	return out, rows.Err()
}

// CareCustomers returns the contactable customers (not do-not-contact, not
// merged away) of the value tier (every tier when empty) that rule has no
// action for in period, by id.
func (db *DB) CareCustomers(ctx context.Context, rule, period, tier string) ([]CareSignal, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT c.id, c.name FROM customers c
		WHERE c.do_not_contact = 0 AND c.merged_into_id IS NULL AND (?3 = '' OR c.tier = ?3)
		AND NOT EXISTS (SELECT 1 FROM care_actions x WHERE x.rule = ?1 AND x.source_kind = 'customer'
			AND x.source_id = c.id AND x.period_key = ?2)
		ORDER BY c.id`, rule, period, tier)
	if err != nil {
		return nil, fmt.Errorf("sqlite: care customers: %w", err)
	}
	defer rows.Close()
	var out []CareSignal
	for rows.Next() {
		var s CareSignal
		var id int64
		if err := rows.Scan(&id, &s.CustomerName); err != nil {
			return nil, fmt.Errorf("sqlite: care customers: %w", err)
		}
		s.SourceID, s.CustomerID = id, &id
		out = append(out, s)
	}
	return out, rows.Err()
}
