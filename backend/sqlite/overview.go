package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

var _ feedback.OverviewService = (*DB)(nil)

// periodArgs renders an optional [from, to) range for "?1 IS NULL OR … >= ?1" conditions.
func periodArgs(from, to *time.Time) (any, any) {
	var f, t any
	if from != nil {
		f = FormatTime(*from)
	}
	if to != nil {
		t = FormatTime(*to)
	}
	return f, t
}

// ResponseMonths counts a survey's responses per month key in [from, to).
func (db *DB) ResponseMonths(ctx context.Context, surveyID int64, from, to *time.Time) (map[int]int, error) {
	f, t := periodArgs(from, to)
	rows, err := db.db.QueryContext(ctx, `SELECT month_key, count(*) FROM responses
		WHERE survey_id = ?1 AND (?2 IS NULL OR submitted_at >= ?2) AND (?3 IS NULL OR submitted_at < ?3)
		GROUP BY month_key`, surveyID, f, t)
	if err != nil {
		return nil, fmt.Errorf("sqlite: response months: %w", err)
	}
	defer rows.Close()
	out := map[int]int{}
	for rows.Next() {
		var k, n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("sqlite: response months: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}

// DetractorVerbatims returns the latest limit responses in [from, to)
// whose NPS-role answer is 0–6 and that have a non-empty text answer (the
// first one, by question order, is the comment), newest first.
func (db *DB) DetractorVerbatims(ctx context.Context, surveyID int64, from, to *time.Time, limit int) ([]feedback.Verbatim, error) {
	f, t := periodArgs(from, to)
	rows, err := db.db.QueryContext(ctx, `SELECT id, submitted_at, score, comment, name, channel FROM (
			SELECT r.id, r.submitted_at, CAST(a.number AS INTEGER) AS score, `+firstComment+` AS comment,
				coalesce(c.name, '') AS name, r.channel
			FROM responses r
			JOIN answers a ON a.response_id = r.id AND a.status = 'valid' AND a.number <= 6
			JOIN questions q ON q.id = a.question_id AND q.role = 'nps'
			LEFT JOIN customers c ON c.id = r.customer_id
			WHERE r.survey_id = ?1 AND (?2 IS NULL OR r.submitted_at >= ?2) AND (?3 IS NULL OR r.submitted_at < ?3)
		) WHERE comment IS NOT NULL
		GROUP BY id ORDER BY submitted_at DESC, id DESC LIMIT ?4`, surveyID, f, t, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: detractor verbatims: %w", err)
	}
	defer rows.Close()
	out := []feedback.Verbatim{}
	for rows.Next() {
		var v feedback.Verbatim
		var at string
		if err := rows.Scan(&v.ResponseID, &at, &v.Score, &v.Comment, &v.CustomerName, &v.Channel); err != nil {
			return nil, fmt.Errorf("sqlite: detractor verbatims: %w", err)
		}
		v.SubmittedAt, _ = ParseTime(at)
		out = append(out, v)
	}
	return out, rows.Err()
}

// AnsweredQuestions returns the IDs of the survey's questions that have answers.
func (db *DB) AnsweredQuestions(ctx context.Context, surveyID int64) (map[int64]bool, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT q.id FROM questions q
		WHERE q.survey_id = ? AND EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id)`, surveyID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: answered questions: %w", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: answered questions: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}
