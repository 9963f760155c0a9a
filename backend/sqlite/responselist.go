package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
)

var _ feedback.ResponseListService = (*DB)(nil)

// responseWhere turns a response query into SQL conditions over responses r.
func responseWhere(q feedback.ResponseQuery) ([]string, []any) {
	where, args := []string{"1 = 1"}, []any{}
	add := func(cond string, a ...any) { where, args = append(where, cond), append(args, a...) }
	if q.ID != nil {
		add("r.id = ?", *q.ID)
	}
	if q.SurveyID != nil {
		add("r.survey_id = ?", *q.SurveyID)
	}
	if len(q.SurveyIDs) > 0 {
		ids := make([]any, len(q.SurveyIDs))
		for i, id := range q.SurveyIDs {
			ids[i] = id
		}
		add("r.survey_id IN ("+placeholders(len(ids))+")", ids...)
	}
	if q.From != nil {
		add("r.submitted_at >= ?", FormatTime(*q.From))
	}
	if q.To != nil {
		add("r.submitted_at < ?", FormatTime(*q.To))
	}
	where, args = segmentWhere(feedback.Segments{Channel: q.Channel, Region: q.Region, Product: q.Product, Agent: q.Agent}, where, args)
	if lo, hi, ok := q.Band.Range(); ok {
		add(`EXISTS (SELECT 1 FROM answers a JOIN questions qn ON qn.id = a.question_id
			WHERE a.response_id = r.id AND qn.role = 'nps' AND a.status = 'valid' AND a.number BETWEEN ? AND ?)`, lo, hi)
	}
	if s := strings.TrimSpace(q.Search); s != "" {
		pat := likePattern(s)
		add(`(r.note LIKE ? ESCAPE '\'
			OR EXISTS (SELECT 1 FROM customers c WHERE c.id = r.customer_id AND c.name LIKE ? ESCAPE '\')
			OR EXISTS (SELECT 1 FROM answers a JOIN questions qn ON qn.id = a.question_id
				WHERE a.response_id = r.id AND qn.type = 'text' AND a.text LIKE ? ESCAPE '\'))`, pat, pat, pat)
	}
	if q.Tag != "" {
		add("EXISTS (SELECT 1 FROM response_tags t WHERE t.response_id = r.id AND t.tag = ?)", q.Tag)
	}
	if q.Theme != "" {
		add("EXISTS (SELECT 1 FROM response_theme_tags g WHERE g.response_id = r.id AND g.theme = ?)", q.Theme)
	}
	return where, args
}

// firstScore is the first valid answer of a metric role in response r.
func firstScore(role string) string {
	return `(SELECT CAST(a.number AS INTEGER) FROM answers a JOIN questions qn ON qn.id = a.question_id
		WHERE a.response_id = r.id AND qn.role = '` + role + `' AND a.status = 'valid' ORDER BY qn.position, qn.id LIMIT 1)`
}

// firstComment is the first non-empty text answer of response r.
const firstComment = `(SELECT a.text FROM answers a JOIN questions qn ON qn.id = a.question_id
	WHERE a.response_id = r.id AND qn.type = 'text' AND a.status = 'valid' AND trim(a.text) <> '' ORDER BY qn.position, qn.id LIMIT 1)`

// ListResponses returns a page of matching responses, newest first, and the total.
func (db *DB) ListResponses(ctx context.Context, q feedback.ResponseQuery) ([]*feedback.ResponseListItem, int, error) {
	if err := q.Validate(); err != nil {
		return nil, 0, err
	}
	if q.Limit == 0 {
		q.Limit = 50
	}
	where, args := responseWhere(q)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM responses r WHERE `+strings.Join(where, " AND "), args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: count responses: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT r.id, r.survey_id, s.title, r.customer_id, coalesce(c.name, ''), r.source, r.channel, r.region,
			r.product, r.agent, r.submitted_at, r.note,
			coalesce((SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM response_tags t WHERE t.response_id = r.id ORDER BY tag)), ''),
			`+firstScore("nps")+`, `+firstScore("csat")+`, coalesce(`+firstComment+`, '')
		FROM responses r JOIN surveys s ON s.id = r.survey_id LEFT JOIN customers c ON c.id = r.customer_id
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY r.submitted_at DESC, r.id DESC LIMIT ? OFFSET ?`, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: list responses: %w", err)
	}
	defer rows.Close()
	out := []*feedback.ResponseListItem{}
	for rows.Next() {
		it := &feedback.ResponseListItem{Response: &feedback.Response{}}
		r := it.Response
		var submitted, tags string
		if err := rows.Scan(&r.ID, &r.SurveyID, &it.SurveyTitle, &r.CustomerID, &it.CustomerName, &r.Source, &r.Channel, &r.Region,
			&r.Product, &r.Agent, &submitted, &r.Note, &tags, &it.NPS, &it.CSAT, &it.Comment); err != nil {
			return nil, 0, fmt.Errorf("sqlite: list responses: %w", err)
		}
		r.SubmittedAt, _ = ParseTime(submitted)
		r.Tags = []string{}
		if tags != "" {
			r.Tags = strings.Split(tags, "\n")
		}
		it.Comment = feedback.Truncate(it.Comment, feedback.CommentPreview)
		out = append(out, it)
	}
	return out, total, rows.Err()
}

// ResponseFacets returns the distinct non-empty channels, regions,
// products, agents and tags, sorted, of one survey (all when surveyID is nil).
func (db *DB) ResponseFacets(ctx context.Context, surveyID *int64) (feedback.ResponseFacets, error) {
	f := feedback.ResponseFacets{}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return f, err
	}
	defer tx.Rollback()
	cond := "(?1 IS NULL OR r.survey_id = ?1)"
	for _, x := range []struct {
		dst *[]string
		sql string
	}{
		{&f.Channels, `SELECT DISTINCT r.channel FROM responses r WHERE r.channel <> '' AND ` + cond + ` ORDER BY 1`},
		{&f.Regions, `SELECT DISTINCT r.region FROM responses r WHERE r.region <> '' AND ` + cond + ` ORDER BY 1`},
		{&f.Products, `SELECT DISTINCT r.product FROM responses r WHERE r.product <> '' AND ` + cond + ` ORDER BY 1`},
		{&f.Agents, `SELECT DISTINCT r.agent FROM responses r WHERE r.agent <> '' AND ` + cond + ` ORDER BY 1`},
		{&f.Tags, `SELECT DISTINCT t.tag FROM response_tags t JOIN responses r ON r.id = t.response_id WHERE ` + cond + ` ORDER BY 1`},
	} {
		if *x.dst, err = queryStrings(ctx, tx, x.sql, surveyID); err != nil {
			return f, fmt.Errorf("sqlite: response facets: %w", err)
		}
	}
	return f, nil
}

// queryStrings runs a one-column query and returns its values (never nil).
func queryStrings(ctx context.Context, tx *Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// SetResponseTags replaces a response's tags.
func (db *DB) SetResponseTags(ctx context.Context, id int64, tags []string) error {
	tags, err := feedback.NormalizeTags(tags)
	if err != nil {
		return err
	}
	return db.updateResponse(ctx, id, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM response_tags WHERE response_id = ?`, id); err != nil {
			return err
		}
		for _, t := range tags {
			if _, err := tx.ExecContext(ctx, `INSERT INTO response_tags (response_id, tag) VALUES (?, ?)`, id, t); err != nil {
				return err
			}
		}
		return nil
	})
}

// SetResponseNote replaces a response's internal note.
func (db *DB) SetResponseNote(ctx context.Context, id int64, note string) error {
	note = strings.TrimSpace(note)
	if err := feedback.CheckNote(note); err != nil {
		return err
	}
	return db.updateResponse(ctx, id, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE responses SET note = ? WHERE id = ?`, note, id)
		return err
	})
}

// updateResponse runs change in a transaction after checking the response exists.
func (db *DB) updateResponse(ctx context.Context, id int64, change func(*Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM responses WHERE id = ?`, id).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: update response: %w", err)
	} else if n == 0 {
		return errResponseNotFound(id)
	}
	if err := change(tx); err != nil {
		return fmt.Errorf("sqlite: update response: %w", err)
	}
	return tx.Commit()
}

func errResponseNotFound(id int64) error {
	return feedback.Errorf(feedback.ENOTFOUND, "error.response.not_found", "Response %d does not exist.", id).
		WithParams(map[string]any{"id": id})
}

// SubmitResponse stores a response entered by hand: the new customer, if
// any, is matched or created in the same transaction.
func (db *DB) SubmitResponse(ctx context.Context, r *feedback.Response, newCustomer *feedback.Customer) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := submitResponse(ctx, tx, r, newCustomer); err != nil {
		return err
	}
	return tx.Commit()
}

func submitResponse(ctx context.Context, tx *Tx, r *feedback.Response, newCustomer *feedback.Customer) error {
	s, err := findSurveyByID(ctx, tx, r.SurveyID)
	if err != nil {
		return err
	}
	if err := s.CheckAccepts(r.Source); err != nil {
		return err
	}
	if r.SubmittedAt.IsZero() {
		r.SubmittedAt = tx.now
	}
	if err := r.Validate(s); err != nil {
		return err
	}
	if newCustomer != nil && r.CustomerID == nil {
		id, err := findOrCreateCustomer(ctx, tx, newCustomer)
		if err != nil {
			return err
		}
		r.CustomerID = &id
	} else if r.CustomerID != nil {
		if _, err := findCustomerByID(ctx, tx, *r.CustomerID); err != nil {
			return err
		}
	}
	if r.RowKey == "" {
		r.RowKey = feedback.ResponseRowKey(r)
	}
	return insertResponse(ctx, tx, r)
}
