package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
)

// Ensure DB implements the survey service.
var _ feedback.SurveyService = (*DB)(nil)

// FindSurveyByID returns a survey with its ordered questions.
func (db *DB) FindSurveyByID(ctx context.Context, id int64) (*feedback.Survey, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findSurveyByID(ctx, tx, id)
}

// FindSurveys returns surveys (without questions) newest first.
func (db *DB) FindSurveys(ctx context.Context, f feedback.SurveyFilter) ([]*feedback.Survey, int, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findSurveys(ctx, tx, f)
}

// CreateSurvey inserts s and its questions, setting their IDs.
func (db *DB) CreateSurvey(ctx context.Context, s *feedback.Survey) error {
	if s.Status == "" {
		s.Status = feedback.SurveyDraft
	}
	if err := s.Validate(); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	s.CreatedAt, s.UpdatedAt = tx.now, tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO surveys (title, title_en, description, description_en, status, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, s.Title, s.TitleEN, s.Description, s.DescriptionEN, s.Status, FormatTime(tx.now), FormatTime(tx.now))
	if err != nil {
		return fmt.Errorf("sqlite: create survey: %w", err)
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	for i, q := range s.Questions {
		q.SurveyID, q.Position = s.ID, i+1
		if err := insertQuestion(ctx, tx, q); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// UpdateSurvey applies upd and returns the updated survey.
func (db *DB) UpdateSurvey(ctx context.Context, id int64, upd feedback.SurveyUpdate) (*feedback.Survey, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	s, err := findSurveyByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if upd.Status != nil && !s.Status.CanTransition(*upd.Status, s.ResponseCount > 0) {
		return nil, feedback.Errorf(feedback.ECONFLICT, "error.survey.status_transition",
			"A survey cannot go from %s to %s once it has responses.", s.Status, *upd.Status)
	}
	for _, f := range []struct {
		dst *string
		src *string
	}{{&s.Title, upd.Title}, {&s.TitleEN, upd.TitleEN}, {&s.Description, upd.Description}, {&s.DescriptionEN, upd.DescriptionEN}} {
		if f.src != nil {
			*f.dst = strings.TrimSpace(*f.src)
		}
	}
	if upd.Status != nil {
		s.Status = *upd.Status
	}
	old := s.Questions
	if upd.Questions != nil {
		s.Questions = *upd.Questions
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if upd.Questions != nil {
		if err := replaceQuestions(ctx, tx, s.ID, old, s.Questions); err != nil {
			return nil, err
		}
	}
	s.UpdatedAt = tx.now
	if _, err := tx.ExecContext(ctx, `UPDATE surveys SET title = ?, title_en = ?, description = ?, description_en = ?, status = ?, updated_at = ?
		WHERE id = ?`, s.Title, s.TitleEN, s.Description, s.DescriptionEN, s.Status, FormatTime(tx.now), id); err != nil {
		return nil, fmt.Errorf("sqlite: update survey: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return s, nil
}

// DeleteSurvey removes a survey without responses.
func (db *DB) DeleteSurvey(ctx context.Context, id int64) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	s, err := findSurveyByID(ctx, tx, id)
	if err != nil {
		return err
	}
	if s.ResponseCount > 0 {
		return feedback.Errorf(feedback.ECONFLICT, "error.survey.has_responses",
			"This survey has %d responses; close it instead of deleting it.", s.ResponseCount).
			WithParams(map[string]any{"count": s.ResponseCount})
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM surveys WHERE id = ?`, id); err != nil {
		return fmt.Errorf("sqlite: delete survey: %w", err)
	}
	return tx.Commit()
}

func findSurveyByID(ctx context.Context, tx *Tx, id int64) (*feedback.Survey, error) {
	ss, _, err := findSurveys(ctx, tx, feedback.SurveyFilter{ID: &id})
	if err != nil {
		return nil, err
	} else if len(ss) == 0 {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.survey.not_found", "Survey %d does not exist.", id).
			WithParams(map[string]any{"id": id})
	}
	s := ss[0]
	if s.Questions, err = findQuestions(ctx, tx, id); err != nil {
		return nil, err
	}
	return s, nil
}

func findSurveys(ctx context.Context, tx *Tx, f feedback.SurveyFilter) ([]*feedback.Survey, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.ID != nil {
		where, args = append(where, "s.id = ?"), append(args, *f.ID)
	}
	if f.Status != nil {
		where, args = append(where, "s.status = ?"), append(args, *f.Status)
	}
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.title, s.title_en, s.description, s.description_en, s.status, s.created_at, s.updated_at,
			(SELECT count(*) FROM responses r WHERE r.survey_id = s.id),
			(SELECT count(*) FROM questions q WHERE q.survey_id = s.id), count(*) OVER ()
		FROM surveys s WHERE `+strings.Join(where, " AND ")+` ORDER BY s.id DESC`+limit, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: find surveys: %w", err)
	}
	defer rows.Close()
	var out []*feedback.Survey
	total := 0
	for rows.Next() {
		s := &feedback.Survey{}
		var created, updated string
		if err := rows.Scan(&s.ID, &s.Title, &s.TitleEN, &s.Description, &s.DescriptionEN, &s.Status, &created, &updated, &s.ResponseCount, &s.QuestionCount, &total); err != nil {
			return nil, 0, fmt.Errorf("sqlite: find surveys: %w", err)
		}
		s.CreatedAt, _ = ParseTime(created)
		s.UpdatedAt, _ = ParseTime(updated)
		out = append(out, s)
	}
	return out, total, rows.Err()
}

func findQuestions(ctx context.Context, tx *Tx, surveyID int64) ([]*feedback.Question, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, survey_id, position, type, title, title_en, required, role, scale_min, scale_max,
		inverted, long_text, options FROM questions WHERE survey_id = ? ORDER BY position, id`, surveyID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find questions: %w", err)
	}
	defer rows.Close()
	var out []*feedback.Question
	for rows.Next() {
		q := &feedback.Question{}
		var opts string
		if err := rows.Scan(&q.ID, &q.SurveyID, &q.Position, &q.Type, &q.Title, &q.TitleEN, &q.Required, &q.Role,
			&q.ScaleMin, &q.ScaleMax, &q.Inverted, &q.LongText, &opts); err != nil {
			return nil, fmt.Errorf("sqlite: find questions: %w", err)
		}
		if err := json.Unmarshal([]byte(opts), &q.Options); err != nil {
			return nil, fmt.Errorf("sqlite: question %d options: %w", q.ID, err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

func insertQuestion(ctx context.Context, tx *Tx, q *feedback.Question) error {
	opts, err := json.Marshal(nonNilOptions(q.Options))
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO questions (survey_id, position, type, title, title_en, required, role, scale_min, scale_max,
		inverted, long_text, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		q.SurveyID, q.Position, q.Type, q.Title, q.TitleEN, q.Required, q.Role, q.ScaleMin, q.ScaleMax, q.Inverted, q.LongText, string(opts))
	if err != nil {
		return fmt.Errorf("sqlite: insert question: %w", err)
	}
	q.ID, err = res.LastInsertId()
	return err
}

func nonNilOptions(o []feedback.Option) []feedback.Option {
	if o == nil {
		return []feedback.Option{}
	}
	return o
}

// replaceQuestions edits, adds and removes questions; answered questions keep
// their type, scale and role and cannot be removed.
func replaceQuestions(ctx context.Context, tx *Tx, surveyID int64, old, next []*feedback.Question) error {
	answered := func(qid int64) (bool, error) {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM answers WHERE question_id = ? LIMIT 1)`, qid).Scan(&n)
		return n > 0, err
	}
	byID := map[int64]*feedback.Question{}
	for _, q := range old {
		byID[q.ID] = q
	}
	keep := map[int64]bool{}
	for i, q := range next {
		q.SurveyID, q.Position = surveyID, i+1
		if q.ID == 0 {
			if err := insertQuestion(ctx, tx, q); err != nil {
				return err
			}
			continue
		}
		prev, ok := byID[q.ID]
		if !ok {
			return feedback.Errorf(feedback.EINVALID, "error.question.not_in_survey", "Question %d is not part of this survey.", q.ID)
		}
		keep[q.ID] = true
		if prev.Type != q.Type || prev.Role != q.Role || prev.ScaleMin != q.ScaleMin || prev.ScaleMax != q.ScaleMax || prev.Inverted != q.Inverted {
			if has, err := answered(q.ID); err != nil {
				return err
			} else if has {
				return feedback.Errorf(feedback.ECONFLICT, "error.question.locked",
					"%q already has answers: its type, scale and metric role can no longer change.", q.Title)
			}
		}
		opts, _ := json.Marshal(nonNilOptions(q.Options))
		if _, err := tx.ExecContext(ctx, `UPDATE questions SET position = ?, type = ?, title = ?, title_en = ?, required = ?, role = ?,
			scale_min = ?, scale_max = ?, inverted = ?, long_text = ?, options = ? WHERE id = ?`,
			q.Position, q.Type, q.Title, q.TitleEN, q.Required, q.Role, q.ScaleMin, q.ScaleMax, q.Inverted, q.LongText, string(opts), q.ID); err != nil {
			return fmt.Errorf("sqlite: update question: %w", err)
		}
	}
	for _, q := range old {
		if keep[q.ID] {
			continue
		}
		if has, err := answered(q.ID); err != nil {
			return err
		} else if has {
			return feedback.Errorf(feedback.ECONFLICT, "error.question.answered_delete",
				"%q already has answers and cannot be removed.", q.Title)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM questions WHERE id = ?`, q.ID); err != nil {
			return fmt.Errorf("sqlite: delete question: %w", err)
		}
	}
	return nil
}
