package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

// CareRuleRow is one care rule's stored switch and parameters (JSON).
type CareRuleRow struct {
	Key       string
	Enabled   bool
	Params    string
	UpdatedAt time.Time
}

// CareRules returns the stored care rules by key; a rule never saved has no
// entry (it is off, with its default parameters).
func (db *DB) CareRules(ctx context.Context) (map[string]CareRuleRow, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT key, enabled, params, updated_at FROM care_rules`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: care rules: %w", err)
	}
	defer rows.Close()
	out := map[string]CareRuleRow{}
	for rows.Next() {
		var r CareRuleRow
		var at string
		if err := rows.Scan(&r.Key, &r.Enabled, &r.Params, &at); err != nil {
			return nil, fmt.Errorf("sqlite: care rules: %w", err)
		}
		r.UpdatedAt, _ = ParseTime(at)
		out[r.Key] = r
	}
	return out, rows.Err()
}

// SaveCareRule stores a rule's switch and parameters (already validated by
// the caller).
func (db *DB) SaveCareRule(ctx context.Context, key string, enabled bool, params string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO care_rules (key, enabled, params, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET enabled = excluded.enabled, params = excluded.params, updated_at = excluded.updated_at`,
		key, enabled, params, FormatTime(tx.now)); err != nil {
		return fmt.Errorf("sqlite: save care rule: %w", err)
	}
	return tx.Commit()
}

// CareAction is one piece of work a care rule created for one trigger (see
// migration 0008): a ticket, a scheduled call or a churn-risk entry.
type CareAction struct {
	ID         int64
	Rule       string
	SourceKind string // response, ticket or customer
	SourceID   int64
	PeriodKey  string
	Kind       string // ticket, call or risk
	CustomerID *int64
	ResponseID *int64
	TicketID   *int64
	DueAt      *time.Time
	Detail     string // JSON
	CreatedAt  time.Time
	// Read-only, joined in by CareActions.
	CustomerName string
	TicketTitle  string
	// Done is true when a completed follow-up call to the customer was made
	// at or after DueAt.
	Done bool
}

// insertCareAction inserts a unless its trigger (rule, source, period)
// already has a row; it reports whether it inserted.
func insertCareAction(ctx context.Context, tx *Tx, a *CareAction) (bool, error) {
	if a.Detail == "" {
		a.Detail = "{}"
	}
	var due any
	if a.DueAt != nil {
		due = FormatTime(*a.DueAt)
	}
	a.CreatedAt = tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO care_actions (rule, source_kind, source_id, period_key, kind, customer_id,
		response_id, ticket_id, due_at, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (rule, source_kind, source_id, period_key) DO NOTHING`,
		a.Rule, a.SourceKind, a.SourceID, a.PeriodKey, a.Kind, a.CustomerID, a.ResponseID, a.TicketID, due, a.Detail,
		FormatTime(a.CreatedAt))
	if err != nil {
		return false, fmt.Errorf("sqlite: record care action: %w", err)
	}
	n, _ := res.RowsAffected()
	if n == 0 {
		return false, nil
	}
	a.ID, err = res.LastInsertId()
	return true, err
}

// RecordCareAction stores a (a scheduled call or a churn-risk entry) unless
// its trigger already has one; created is false when it had.
func (db *DB) RecordCareAction(ctx context.Context, a *CareAction) (created bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if created, err = insertCareAction(ctx, tx, a); err != nil || !created {
		return false, err
	}
	return true, tx.Commit()
}

// CreateCareTicket creates t and the action row a (kind ticket) in one
// transaction, unless a's trigger already has a row: then nothing is
// written and created is false. So each trigger opens exactly one ticket
// however often the rules run, and a crash cannot leave one without the
// other.
func (db *DB) CreateCareTicket(ctx context.Context, a *CareAction, t *feedback.Ticket, actor string) (created bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if created, err = insertCareAction(ctx, tx, a); err != nil || !created {
		return false, err
	}
	if err := createTicket(ctx, tx, t, actor); err != nil {
		return false, err
	}
	a.TicketID = &t.ID
	if _, err := tx.ExecContext(ctx, `UPDATE care_actions SET ticket_id = ? WHERE id = ?`, t.ID, a.ID); err != nil {
		return false, fmt.Errorf("sqlite: record care action: %w", err)
	}
	return true, tx.Commit()
}

// QueueCareAction sets the due time of a churn-risk entry (kind risk) to
// `at`, putting its customer on the follow-up call list; an entry already
// queued keeps its time. It returns the entry.
func (db *DB) QueueCareAction(ctx context.Context, id int64, at time.Time) (*CareAction, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	a, err := findCareAction(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if a.Kind != "risk" {
		return nil, feedback.Errorf(feedback.EINVALID, "error.care.not_risk_entry", "Only a churn-risk entry can be added to the follow-up queue.")
	}
	if a.DueAt == nil {
		if _, err := tx.ExecContext(ctx, `UPDATE care_actions SET due_at = ? WHERE id = ?`, FormatTime(at), id); err != nil {
			return nil, fmt.Errorf("sqlite: queue care action: %w", err)
		}
		at = at.UTC()
		a.DueAt = &at
	}
	return a, tx.Commit()
}

const careActionColumns = `a.id, a.rule, a.source_kind, a.source_id, a.period_key, a.kind, a.customer_id, a.response_id,
	a.ticket_id, a.due_at, a.detail, a.created_at, coalesce(c.name, ''), coalesce(t.title, ''),
	a.due_at IS NOT NULL AND a.customer_id IS NOT NULL AND EXISTS (SELECT 1 FROM followup_calls f
		WHERE f.customer_id = a.customer_id AND f.disposition = 'completed' AND f.attempt_at >= a.due_at)`

const careActionFrom = ` FROM care_actions a LEFT JOIN customers c ON c.id = a.customer_id LEFT JOIN tickets t ON t.id = a.ticket_id`

func scanCareAction(sc interface{ Scan(...any) error }) (*CareAction, error) {
	a := &CareAction{}
	var due sql.NullString
	var at string
	if err := sc.Scan(&a.ID, &a.Rule, &a.SourceKind, &a.SourceID, &a.PeriodKey, &a.Kind, &a.CustomerID, &a.ResponseID,
		&a.TicketID, &due, &a.Detail, &at, &a.CustomerName, &a.TicketTitle, &a.Done); err != nil {
		return nil, err
	}
	a.CreatedAt, _ = ParseTime(at)
	if due.Valid {
		t, _ := ParseTime(due.String)
		a.DueAt = &t
	}
	return a, nil
}

func findCareAction(ctx context.Context, tx *Tx, id int64) (*CareAction, error) {
	a, err := scanCareAction(tx.QueryRowContext(ctx, `SELECT `+careActionColumns+careActionFrom+` WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.care.action_not_found", "Care item %d does not exist.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: find care action: %w", err)
	}
	return a, nil
}

// CareActionFilter selects care actions: of one rule (all when empty), of
// one period (all when empty), newest first, at most Limit (default 200).
type CareActionFilter struct {
	Rule      string
	PeriodKey string
	Limit     int
}

// CareActions returns the actions the filter selects, newest first, and
// how many match in all.
func (db *DB) CareActions(ctx context.Context, f CareActionFilter) ([]*CareAction, int, error) {
	if f.Limit <= 0 {
		f.Limit = 200
	}
	where := ` WHERE (?1 = '' OR a.rule = ?1) AND (?2 = '' OR a.period_key = ?2)`
	var total int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM care_actions a`+where, f.Rule, f.PeriodKey).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: care actions: %w", err)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+careActionColumns+careActionFrom+where+
		` ORDER BY a.created_at DESC, a.id DESC LIMIT ?3`, f.Rule, f.PeriodKey, f.Limit)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: care actions: %w", err)
	}
	defer rows.Close()
	out := []*CareAction{}
	for rows.Next() {
		a, err := scanCareAction(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite: care actions: %w", err)
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

// CareActionCounts returns the number of actions per rule.
func (db *DB) CareActionCounts(ctx context.Context) (map[string]int, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT rule, count(*) FROM care_actions GROUP BY rule`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: care action counts: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("sqlite: care action counts: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}
