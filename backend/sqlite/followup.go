package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

var _ feedback.FollowUpService = (*DB)(nil)

const callColumns = `f.id, f.customer_id, f.response_id, f.ticket_id, f.survey_id, f.handler_id, f.reason, f.attempt_at,
	f.disposition, f.callback_at, f.note`

func scanCall(sc interface{ Scan(...any) error }) (*feedback.FollowUpCall, error) {
	c := &feedback.FollowUpCall{}
	var at string
	var cb sql.NullString
	if err := sc.Scan(&c.ID, &c.CustomerID, &c.ResponseID, &c.TicketID, &c.SurveyID, &c.HandlerID, &c.Reason, &at,
		&c.Disposition, &cb, &c.Note); err != nil {
		return nil, err
	}
	c.AttemptAt, _ = ParseTime(at)
	if cb.Valid {
		t, _ := ParseTime(cb.String)
		c.CallbackAt = &t
	}
	return c, nil
}

// RecordCall stores a call attempted now (the transaction's time). With r
// (completed calls only) the response is stored first, for the called
// customer, and linked to the call.
func (db *DB) RecordCall(ctx context.Context, c *feedback.FollowUpCall, r *feedback.Response) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	c.AttemptAt = tx.now
	if err := c.Validate(); err != nil {
		return err
	}
	if _, err := findCustomerByID(ctx, tx, c.CustomerID); err != nil {
		return err
	}
	if r != nil {
		if c.Disposition != feedback.DispCompleted {
			return feedback.Errorf(feedback.EINVALID, "error.followup.response_not_completed", "Only a completed call can record survey answers.")
		}
		r.CustomerID, r.Source = &c.CustomerID, feedback.SourcePhone
		if err := submitResponse(ctx, tx, r, nil); err != nil {
			return err
		}
		c.ResponseID, c.SurveyID = &r.ID, &r.SurveyID
	}
	var cb any
	if c.CallbackAt != nil {
		cb = FormatTime(*c.CallbackAt)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO followup_calls (customer_id, response_id, ticket_id, survey_id, handler_id, reason,
		attempt_at, disposition, callback_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.CustomerID, c.ResponseID, c.TicketID, c.SurveyID, c.HandlerID, c.Reason, FormatTime(c.AttemptAt), c.Disposition, cb, c.Note)
	if err != nil {
		return fmt.Errorf("sqlite: record call: %w", err)
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return tx.Commit()
}

// FindCalls returns a customer's calls, newest first.
func (db *DB) FindCalls(ctx context.Context, customerID int64) ([]*feedback.FollowUpCall, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+callColumns+` FROM followup_calls f WHERE f.customer_id = ?
		ORDER BY f.attempt_at DESC, f.id DESC`, customerID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find calls: %w", err)
	}
	defer rows.Close()
	out := []*feedback.FollowUpCall{}
	for rows.Next() {
		c, err := scanCall(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: find calls: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// callCandidatesSQL selects the four kinds of candidate with their
// customer. A ticket's resolution time is its latest status event into a
// resolved or closed status, and the ticket must still be resolved or
// closed; a detractor is a valid NPS-role answer of 0–6; a care call is a
// call the care rules scheduled (care_actions with a due time), due now.
const callCandidatesSQL = `
WITH latest AS (
	SELECT f.* FROM followup_calls f
	WHERE f.id = (SELECT x.id FROM followup_calls x WHERE x.customer_id = f.customer_id ORDER BY x.attempt_at DESC, x.id DESC LIMIT 1)
), cand AS (
	SELECT 'callback_due' AS reason, l.customer_id, l.ticket_id, '' AS title, l.response_id, NULL AS score, l.callback_at AS since
	FROM latest l WHERE l.disposition = 'callback' AND l.callback_at IS NOT NULL AND l.callback_at <= ?3
	UNION ALL
	SELECT 'ticket_resolved', t.customer_id, t.id, t.title, NULL, NULL, max(e.at)
	FROM tickets t
	JOIN ticket_events e ON e.ticket_id = t.id AND e.kind = 'status'
	JOIN ticket_statuses s ON s.key = e.to_val AND s.category IN ('resolved', 'closed')
	WHERE ?1 IS NOT NULL AND t.customer_id IS NOT NULL AND t.status_category IN ('resolved', 'closed')
	GROUP BY t.id HAVING max(e.at) >= ?1 AND max(e.at) <= ?3
	UNION ALL
	SELECT 'detractor', r.customer_id, NULL, '', r.id, CAST(a.number AS INTEGER), r.submitted_at
	FROM responses r
	JOIN answers a ON a.response_id = r.id AND a.status = 'valid' AND a.number <= 6
	JOIN questions q ON q.id = a.question_id AND q.role = 'nps'
	WHERE ?2 IS NOT NULL AND r.customer_id IS NOT NULL AND r.submitted_at >= ?2 AND r.submitted_at <= ?3
	UNION ALL
	SELECT 'care_call', a.customer_id, a.ticket_id, '', a.response_id, NULL, a.due_at
	FROM care_actions a WHERE a.due_at IS NOT NULL AND a.customer_id IS NOT NULL AND a.due_at <= ?3
)
SELECT cand.reason, cand.ticket_id, coalesce(tk.title, cand.title), cand.response_id, cand.score, cand.since, ` + customerColumns + `
FROM cand JOIN customers c ON c.id = cand.customer_id
LEFT JOIN tickets tk ON tk.id = cand.ticket_id
WHERE c.do_not_contact = 0 AND c.merged_into_id IS NULL`

// CallCandidates returns the callbacks due, the tickets resolved, the
// detractor responses and the care calls due the rules may list, and every
// call to those customers, oldest first.
func (db *DB) CallCandidates(ctx context.Context, q feedback.CallListQuery) ([]*feedback.CallTarget, map[int64][]*feedback.FollowUpCall, error) {
	resolved, detractor := periodArgs(q.ResolvedSince, q.DetractorSince)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, callCandidatesSQL, resolved, detractor, FormatTime(q.Now))
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: call candidates: %w", err)
	}
	defer rows.Close()
	var out []*feedback.CallTarget
	ids := []int64{}
	seen := map[int64]bool{}
	for rows.Next() {
		t := &feedback.CallTarget{}
		var since string
		c, err := scanCustomer(scanPrefix{rows, []any{&t.Reason, &t.TicketID, &t.TicketTitle, &t.ResponseID, &t.Score, &since}})
		if err != nil {
			return nil, nil, fmt.Errorf("sqlite: call candidates: %w", err)
		}
		t.Customer = c
		t.Since, _ = ParseTime(since)
		out = append(out, t)
		if !seen[c.ID] {
			seen[c.ID] = true
			ids = append(ids, c.ID)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("sqlite: call candidates: %w", err)
	}
	calls, err := callsOf(ctx, tx, ids)
	return out, calls, err
}

// scanPrefix scans leading columns into prefix and the rest into the
// destinations its caller gives, so a row can carry extra columns before a
// shared column list.
type scanPrefix struct {
	sc     interface{ Scan(...any) error }
	prefix []any
}

// Scan implements the scanner interface of scanCustomer and scanCall.
func (s scanPrefix) Scan(dest ...any) error { return s.sc.Scan(append(s.prefix, dest...)...) }

// callsOf returns every call to the customers ids, oldest first, by customer.
func callsOf(ctx context.Context, tx *Tx, ids []int64) (map[int64][]*feedback.FollowUpCall, error) {
	out := map[int64][]*feedback.FollowUpCall{}
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := tx.QueryContext(ctx, `SELECT `+callColumns+` FROM followup_calls f
		WHERE f.customer_id IN (SELECT value FROM json_each(?)) ORDER BY f.customer_id, f.attempt_at, f.id`, string(list))
	if err != nil {
		return nil, fmt.Errorf("sqlite: calls of candidates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanCall(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: calls of candidates: %w", err)
		}
		out[c.CustomerID] = append(out[c.CustomerID], c)
	}
	return out, rows.Err()
}

// CallOutcomes counts the calls attempted in [from, to) per customer and
// disposition; with surveyIDs, only the calls made for those surveys.
func (db *DB) CallOutcomes(ctx context.Context, from, to *time.Time, surveyIDs ...int64) ([]feedback.CallOutcome, error) {
	f, t := periodArgs(from, to)
	args := []any{f, t}
	scope := ""
	if len(surveyIDs) > 0 {
		scope = " AND survey_id IN (" + placeholders(len(surveyIDs)) + ")"
		for _, id := range surveyIDs {
			args = append(args, id)
		}
	}
	rows, err := db.db.QueryContext(ctx, `SELECT customer_id, disposition, count(*) FROM followup_calls
		WHERE (?1 IS NULL OR attempt_at >= ?1) AND (?2 IS NULL OR attempt_at < ?2)`+scope+`
		GROUP BY customer_id, disposition`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: call outcomes: %w", err)
	}
	defer rows.Close()
	var out []feedback.CallOutcome
	for rows.Next() {
		var o feedback.CallOutcome
		if err := rows.Scan(&o.CustomerID, &o.Disposition, &o.Count); err != nil {
			return nil, fmt.Errorf("sqlite: call outcomes: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
