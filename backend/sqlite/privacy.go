package sqlite

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"feedbackdesk/backend/feedback"
)

// PrivacyResult says what an erasure, an anonymisation or a retention run
// touched, and whether the write-ahead log could be emptied afterwards.
type PrivacyResult struct {
	// CustomerID is the customer erased or anonymised (0 for retention).
	CustomerID int64 `json:"customerId"`
	// Customers counts the records removed or anonymised: the customer and
	// the records merged into it.
	Customers int `json:"customers"`
	Responses int `json:"responses"`
	Tickets   int `json:"tickets"`
	Calls     int `json:"calls"`
	Orders    int `json:"orders"`
	// Texts counts the free-text answers of a retention run whose contact
	// details (e-mail, phone, ID and card numbers) were masked.
	Texts int `json:"texts"`
	// Checkpointed is true when the WAL was checkpointed and truncated, so
	// the old page images (with the erased values) are gone from disk too.
	Checkpointed bool `json:"checkpointed"`
}

// ticketTitleErased replaces the title of a ticket whose customer was
// erased or anonymised: the title may name them, and a title is required.
const ticketTitleErased = "—"

// customerFamily is a CTE naming the customer ?1 and every record merged
// into it (directly or through a chain): one person's records.
const customerFamily = `WITH RECURSIVE fam(id) AS (SELECT id FROM customers WHERE id = ?1
	UNION SELECT c.id FROM customers c JOIN fam ON c.merged_into_id = fam.id) `

// EraseCustomer removes customer id and the records merged into it: the
// records themselves with their attributes, orders and follow-up calls.
// Responses and tickets are kept for the statistics but detached, and the
// words in them (free-text answers, notes, ticket titles, descriptions and
// message bodies) are blanked. A privacy_log row records the counts, never
// the values. The WAL is then checkpointed and truncated so the erased
// values leave the disk (secure_delete zeroes freed space in the file).
func (db *DB) EraseCustomer(ctx context.Context, id int64) (*PrivacyResult, error) {
	return db.privacyChange(ctx, id, "erase")
}

// AnonymiseCustomer keeps customer id's numbers (orders, scores, tickets,
// responses, calls) but removes its identity: name, phone, email, company,
// external ID and custom attributes are cleared, contact is blocked, and the
// words in its responses, tickets and calls are blanked, as for erasure.
// Records merged into it are anonymised too.
func (db *DB) AnonymiseCustomer(ctx context.Context, id int64) (*PrivacyResult, error) {
	return db.privacyChange(ctx, id, "anonymise")
}

func (db *DB) privacyChange(ctx context.Context, id int64, action string) (*PrivacyResult, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := findCustomerByID(ctx, tx, id); err != nil {
		return nil, err
	}
	r := &PrivacyResult{CustomerID: id}
	count := func(dst *int, q string) error {
		return tx.QueryRowContext(ctx, customerFamily+q, id).Scan(dst)
	}
	if err := count(&r.Customers, `SELECT count(*) FROM fam`); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	if err := count(&r.Responses, `SELECT count(*) FROM responses WHERE customer_id IN fam`); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	if err := count(&r.Tickets, `SELECT count(*) FROM tickets WHERE customer_id IN fam`); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	if err := count(&r.Calls, `SELECT count(*) FROM followup_calls WHERE customer_id IN fam`); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	if err := count(&r.Orders, `SELECT count(*) FROM orders WHERE customer_id IN fam`); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	now := FormatTime(tx.now)
	stmts := []string{
		// The words of the person's responses, tickets and calls.
		`UPDATE answers SET text = '', raw = CASE WHEN status = 'valid' AND number IS NOT NULL THEN raw ELSE '' END
			WHERE response_id IN (SELECT id FROM responses WHERE customer_id IN fam) AND (text <> '' OR raw <> '')`,
		`UPDATE responses SET note = '', external_id = '' WHERE customer_id IN fam AND (note <> '' OR external_id <> '')`,
		`UPDATE ticket_events SET body = '' WHERE body <> '' AND ticket_id IN (SELECT id FROM tickets WHERE customer_id IN fam)`,
		`UPDATE tickets SET title = '` + ticketTitleErased + `', description = '' WHERE customer_id IN fam`,
		`UPDATE followup_calls SET note = '' WHERE customer_id IN fam AND note <> ''`,
	}
	if action == "erase" {
		// Deleting the records cascades to attributes, orders and calls;
		// responses and tickets are detached (ON DELETE SET NULL).
		stmts = append(stmts, `DELETE FROM customers WHERE id IN fam`)
	} else {
		stmts = append(stmts,
			`DELETE FROM customer_attributes WHERE customer_id IN fam`,
			`UPDATE customers SET name = '', phone = '', email = '', company = '', external_id = NULL,
				consent = 0, do_not_contact = 1, anonymised_at = coalesce(anonymised_at, ?2), updated_at = ?2 WHERE id IN fam`)
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, customerFamily+q, id, now); err != nil {
			return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO privacy_log (action, customer_id, responses, tickets, calls, orders, customers, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, action, id, r.Responses, r.Tickets, r.Calls, r.Orders, r.Customers, now); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: %s customer: %w", action, err)
	}
	r.Checkpointed, err = db.checkpointRetrying(ctx)
	return r, err
}

// checkpointRetrying tries CheckpointTruncate a few times over about two
// seconds: a reader that holds an old snapshot (the dashboard refreshing)
// keeps the WAL from being emptied only until its query ends.
func (db *DB) checkpointRetrying(ctx context.Context) (bool, error) {
	for i := 0; ; i++ {
		ok, err := db.CheckpointTruncate(ctx)
		if ok || err != nil || i == 9 {
			return ok, err
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// CheckpointTruncate copies every WAL frame into the database file and
// truncates the WAL to zero bytes. It reports false (without error) when a
// reader kept the checkpoint from finishing; the next one will.
func (db *DB) CheckpointTruncate(ctx context.Context) (bool, error) {
	var busy, logFrames, done int
	if err := db.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
		return false, fmt.Errorf("sqlite: checkpoint: %w", err)
	}
	return busy == 0, nil
}

// retentionKey is the settings key of the retention period in months.
const retentionKey = "privacy.retention_months"

// MaxRetentionMonths bounds the retention period (100 years).
const MaxRetentionMonths = 1200

// RetentionMonths returns the retention period; 0 means the job is off.
func (db *DB) RetentionMonths(ctx context.Context) (int, error) {
	v, ok, err := db.Setting(ctx, retentionKey)
	if err != nil || !ok {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, nil
	}
	return n, nil
}

// SetRetentionMonths stores the retention period (0 switches the job off).
func (db *DB) SetRetentionMonths(ctx context.Context, months int) error {
	if months < 0 || months > MaxRetentionMonths {
		return feedback.Errorf(feedback.EINVALID, "error.customer_records.retention_invalid",
			"The retention period must be between 0 and %d months.", MaxRetentionMonths).WithParams(map[string]any{"max": MaxRetentionMonths})
	}
	return db.SetSetting(ctx, retentionKey, strconv.Itoa(months))
}

// RunRetention anonymises every response submitted before now minus
// `months` months that still carries an identity: it is detached from its
// customer, and its note and external ID are cleared. Answers (scores and
// free text, which feed the themes) are kept, but contact details typed
// into the text are masked (redact.Contacts) — in the responses detached
// now, those that became old since the last run and those recorded since
// then. It writes one privacy_log row per run, also when nothing was old
// enough. months must be ≥ 1.
func (db *DB) RunRetention(ctx context.Context, months int) (*PrivacyResult, error) {
	if months < 1 || months > MaxRetentionMonths {
		return nil, feedback.Errorf(feedback.EINVALID, "error.customer_records.retention_invalid",
			"The retention period must be between 1 and %d months.", MaxRetentionMonths).WithParams(map[string]any{"max": MaxRetentionMonths})
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	cutoff := FormatTime(tx.now.AddDate(0, -months, 0))
	texts, err := maskOldTexts(ctx, tx, cutoff)
	if err != nil {
		return nil, fmt.Errorf("sqlite: retention: %w", err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE responses SET customer_id = NULL, note = '', external_id = ''
		WHERE submitted_at < ? AND (customer_id IS NOT NULL OR note <> '' OR external_id <> '')`, cutoff)
	if err != nil {
		return nil, fmt.Errorf("sqlite: retention: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := tx.ExecContext(ctx, `INSERT INTO privacy_log (action, months, cutoff, responses, texts, at) VALUES ('retention', ?, ?, ?, ?, ?)`,
		months, cutoff, n, texts, FormatTime(tx.now)); err != nil {
		return nil, fmt.Errorf("sqlite: retention: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: retention: %w", err)
	}
	r := &PrivacyResult{Responses: int(n), Texts: texts}
	r.Checkpointed, err = db.checkpointRetrying(ctx)
	return r, err
}

// PrivacyLogEntry is one row of the privacy log.
type PrivacyLogEntry struct {
	ID         int64     `json:"id"`
	Action     string    `json:"action"` // erase, anonymise, retention
	CustomerID int64     `json:"customerId"`
	Months     int       `json:"months"`
	Cutoff     time.Time `json:"cutoff"`
	Customers  int       `json:"customers"`
	Responses  int       `json:"responses"`
	Tickets    int       `json:"tickets"`
	Calls      int       `json:"calls"`
	Orders     int       `json:"orders"`
	Texts      int       `json:"texts"` // retention: free-text answers masked
	At         time.Time `json:"at"`
}

// PrivacyLog returns the newest `limit` log rows (at most 500), newest first.
func (db *DB) PrivacyLog(ctx context.Context, limit int) ([]PrivacyLogEntry, error) {
	if limit <= 0 || limit > 500 {
		limit = 500
	}
	rows, err := db.db.QueryContext(ctx, `SELECT id, action, coalesce(customer_id, 0), coalesce(months, 0), cutoff,
		customers, responses, tickets, calls, orders, texts, at FROM privacy_log ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: privacy log: %w", err)
	}
	defer rows.Close()
	out := []PrivacyLogEntry{}
	for rows.Next() {
		var e PrivacyLogEntry
		var cutoff, at string
		if err := rows.Scan(&e.ID, &e.Action, &e.CustomerID, &e.Months, &cutoff, &e.Customers, &e.Responses, &e.Tickets,
			&e.Calls, &e.Orders, &e.Texts, &at); err != nil {
			return nil, fmt.Errorf("sqlite: privacy log: %w", err)
		}
		if cutoff != "" {
			e.Cutoff, _ = ParseTime(cutoff)
		}
		e.At, _ = ParseTime(at)
		out = append(out, e)
	}
	return out, rows.Err()
}
