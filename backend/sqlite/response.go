package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"

	sqlite3 "github.com/mattn/go-sqlite3"
)

var _ feedback.ResponseService = (*DB)(nil)

// reportingZone is the zone month keys are computed in.
func reportingZone() *time.Location { return feedback.ReportingLocation() }

// CreateResponse validates r against its survey and stores it.
func (db *DB) CreateResponse(ctx context.Context, r *feedback.Response) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	s, err := findSurveyByID(ctx, tx, r.SurveyID)
	if err != nil {
		return err
	}
	if err := r.Validate(s); err != nil {
		return err
	}
	if r.RowKey == "" {
		r.RowKey = feedback.ResponseRowKey(r)
	}
	if err := insertResponse(ctx, tx, r); err != nil {
		return err
	}
	return tx.Commit()
}

// insertResponse writes a validated response, its answers and tags.
func insertResponse(ctx context.Context, tx *Tx, r *feedback.Response) error {
	r.SubmittedAt = r.SubmittedAt.UTC()
	r.CreatedAt = tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO responses (survey_id, customer_id, external_id, row_key, source, channel, region, product, agent,
		submitted_at, month_key, import_batch_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.SurveyID, r.CustomerID, r.ExternalID, r.RowKey, r.Source, r.Channel, r.Region, r.Product, r.Agent,
		FormatTime(r.SubmittedAt), feedback.MonthKey(r.SubmittedAt, reportingZone()), r.ImportBatchID, r.Note, FormatTime(tx.now))
	if err != nil {
		var se sqlite3.Error
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
			return feedback.Errorf(feedback.ECONFLICT, "error.response.duplicate", "This response has been recorded already.")
		}
		if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey {
			return feedback.Errorf(feedback.EINVALID, "error.response.customer_missing", "The response's customer does not exist.")
		}
		return fmt.Errorf("sqlite: insert response: %w", err)
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	for _, a := range r.Answers {
		a.ResponseID = r.ID
		if _, err := tx.ExecContext(ctx, `INSERT INTO answers (response_id, question_id, number, text, status, raw) VALUES (?, ?, ?, ?, ?, ?)`,
			r.ID, a.QuestionID, a.Number, a.Text, a.Status, a.Raw); err != nil {
			return fmt.Errorf("sqlite: insert answer: %w", err)
		}
	}
	for _, t := range r.Tags {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO response_tags (response_id, tag) VALUES (?, ?)`, r.ID, t); err != nil {
			return fmt.Errorf("sqlite: insert tag: %w", err)
		}
	}
	return addMetricCounts(ctx, tx, "r.id = ?", r.ID)
}

// FindResponseByID returns one response with answers and tags.
func (db *DB) FindResponseByID(ctx context.Context, id int64) (*feedback.Response, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rs, _, err := findResponses(ctx, tx, feedback.ResponseFilter{}, "r.id = ?", id)
	if err != nil {
		return nil, err
	} else if len(rs) == 0 {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.response.not_found", "Response %d does not exist.", id)
	}
	r := rs[0]
	rows, err := tx.QueryContext(ctx, `SELECT question_id, number, text, status, raw FROM answers WHERE response_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find answers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a := &feedback.Answer{ResponseID: id}
		if err := rows.Scan(&a.QuestionID, &a.Number, &a.Text, &a.Status, &a.Raw); err != nil {
			return nil, fmt.Errorf("sqlite: find answers: %w", err)
		}
		r.Answers = append(r.Answers, a)
	}
	return r, rows.Err()
}

// FindResponses returns responses newest first.
func (db *DB) FindResponses(ctx context.Context, f feedback.ResponseFilter) ([]*feedback.Response, int, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findResponses(ctx, tx, f, "")
}

func findResponses(ctx context.Context, tx *Tx, f feedback.ResponseFilter, extra string, extraArgs ...any) ([]*feedback.Response, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.SurveyID != nil {
		where, args = append(where, "r.survey_id = ?"), append(args, *f.SurveyID)
	}
	if f.CustomerID != nil {
		where, args = append(where, "r.customer_id = ?"), append(args, *f.CustomerID)
	}
	if f.From != nil {
		where, args = append(where, "r.submitted_at >= ?"), append(args, FormatTime(*f.From))
	}
	if f.To != nil {
		where, args = append(where, "r.submitted_at < ?"), append(args, FormatTime(*f.To))
	}
	if extra != "" {
		where, args = append(where, extra), append(args, extraArgs...)
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := tx.QueryContext(ctx, `SELECT r.id, r.survey_id, r.customer_id, r.external_id, r.row_key, r.source, r.channel, r.region,
		r.product, r.agent, r.submitted_at, r.import_batch_id, r.note, r.created_at,
		coalesce((SELECT group_concat(tag, char(10)) FROM response_tags t WHERE t.response_id = r.id), ''), count(*) OVER ()
		FROM responses r WHERE `+strings.Join(where, " AND ")+` ORDER BY r.submitted_at DESC, r.id DESC`+limit, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: find responses: %w", err)
	}
	defer rows.Close()
	var out []*feedback.Response
	total := 0
	for rows.Next() {
		r := &feedback.Response{}
		var submitted, created, tags string
		if err := rows.Scan(&r.ID, &r.SurveyID, &r.CustomerID, &r.ExternalID, &r.RowKey, &r.Source, &r.Channel, &r.Region,
			&r.Product, &r.Agent, &submitted, &r.ImportBatchID, &r.Note, &created, &tags, &total); err != nil {
			return nil, 0, fmt.Errorf("sqlite: find responses: %w", err)
		}
		r.SubmittedAt, _ = ParseTime(submitted)
		r.CreatedAt, _ = ParseTime(created)
		if tags != "" {
			r.Tags = strings.Split(tags, "\n")
		}
		out = append(out, r)
	}
	return out, total, rows.Err()
}
