package sqlite

import (
	"context"
	"database/sql"

	"feedbackdesk/backend/redact"
)

// maskOldTexts masks contact details in the free-text answers (text and
// raw) of the responses submitted before cutoff that a retention run
// reaches: those still carrying an identity (detached by this run), those
// submitted since the last run's cutoff and those recorded since that run.
// Masking is stable, so reaching a text twice changes nothing. It returns
// how many answers changed.
func maskOldTexts(ctx context.Context, tx *Tx, cutoff string) (int, error) {
	var lastCutoff, lastAt string
	err := tx.QueryRowContext(ctx, `SELECT cutoff, at FROM privacy_log WHERE action = 'retention' ORDER BY id DESC LIMIT 1`).
		Scan(&lastCutoff, &lastAt)
	if err != nil && err != sql.ErrNoRows {
		return 0, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.response_id, a.question_id, a.text, a.raw
		FROM responses r JOIN answers a ON a.response_id = r.id
		WHERE r.submitted_at < ?1 AND (a.text <> '' OR a.raw <> '')
			AND (r.customer_id IS NOT NULL OR r.note <> '' OR r.external_id <> ''
				OR r.submitted_at >= ?2 OR r.created_at >= ?3)`, cutoff, lastCutoff, lastAt)
	if err != nil {
		return 0, err
	}
	type change struct {
		response, question int64
		text, raw          string
	}
	var changes []change
	for rows.Next() {
		var c change
		if err := rows.Scan(&c.response, &c.question, &c.text, &c.raw); err != nil {
			rows.Close()
			return 0, err
		}
		text, n := redact.Contacts(c.text)
		raw, m := redact.Contacts(c.raw)
		if n+m > 0 {
			c.text, c.raw = text, raw
			changes = append(changes, c)
		}
	}
	if err := rows.Close(); err != nil {
		return 0, err
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, c := range changes {
		if _, err := tx.ExecContext(ctx, `UPDATE answers SET text = ?, raw = ? WHERE response_id = ? AND question_id = ?`,
			c.text, c.raw, c.response, c.question); err != nil {
			return 0, err
		}
	}
	return len(changes), nil
}
