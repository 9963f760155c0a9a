package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

const codebookSetting = "themes.codebook"

// textWhere is the condition over responses r of a TextFilter.
func textWhere(f feedback.TextFilter) (string, []any) {
	where := []string{"r.month_key BETWEEN ? AND ?", "r.submitted_at >= ?", "r.submitted_at < ?"}
	args := []any{feedback.MonthKey(f.Start, reportingZone()), feedback.MonthKey(f.End, reportingZone()), FormatTime(f.Start), FormatTime(f.End)}
	if len(f.SurveyIDs) > 0 {
		where = append(where, "r.survey_id IN ("+placeholders(len(f.SurveyIDs))+")")
		for _, id := range f.SurveyIDs {
			args = append(args, id)
		}
	}
	where, args = segmentWhere(f.Segments, where, args)
	return strings.Join(where, " AND "), args
}

// EachScoredText calls fn for every response of f that has free text,
// oldest first, streaming: its text answers joined by a space, and its
// valid NPS answer if any.
func (db *DB) EachScoredText(ctx context.Context, f feedback.TextFilter, fn func(feedback.ScoredText) error) error {
	where, args := textWhere(f)
	rows, err := db.db.QueryContext(ctx, `SELECT id, submitted_at, month_key, nps, text FROM (
		SELECT r.id, r.month_key, r.submitted_at,
			(SELECT CAST(a.number AS INTEGER) FROM answers a JOIN questions q ON q.id = a.question_id
				WHERE a.response_id = r.id AND q.role = 'nps' AND a.status = 'valid' ORDER BY q.position LIMIT 1) AS nps,
			(SELECT group_concat(a.text, ' ') FROM answers a JOIN questions q ON q.id = a.question_id
				WHERE a.response_id = r.id AND q.type = 'text' AND trim(a.text) <> '') AS text
		FROM responses r WHERE `+where+`) WHERE text IS NOT NULL ORDER BY submitted_at, id`, args...)
	if err != nil {
		return fmt.Errorf("sqlite: texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var t feedback.ScoredText
		var at string
		if err := rows.Scan(&t.ResponseID, &at, &t.Month, &t.NPS, &t.Text); err != nil {
			return fmt.Errorf("sqlite: texts: %w", err)
		}
		t.SubmittedAt = ticketTime(at)
		if err := fn(t); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachTicketText calls fn with the text (title and description) of every
// ticket created in [start, end), oldest first, streaming.
func (db *DB) EachTicketText(ctx context.Context, start, end time.Time, fn func(id int64, text string) error) error {
	rows, err := db.db.QueryContext(ctx, `SELECT id, title || ' ' || description FROM tickets
		WHERE month_key BETWEEN ? AND ? AND created_at >= ? AND created_at < ? ORDER BY created_at, id`,
		feedback.MonthKey(start, reportingZone()), feedback.MonthKey(end, reportingZone()), FormatTime(start), FormatTime(end))
	if err != nil {
		return fmt.Errorf("sqlite: ticket texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return fmt.Errorf("sqlite: ticket texts: %w", err)
		}
		if err := fn(id, text); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ThemeOverrides returns the manual theme decisions on the responses of f:
// response → theme → present.
func (db *DB) ThemeOverrides(ctx context.Context, f feedback.TextFilter) (map[int64]map[string]bool, error) {
	where, args := textWhere(f)
	rows, err := db.db.QueryContext(ctx, `SELECT t.response_id, t.theme, t.present FROM response_themes t
		JOIN responses r ON r.id = t.response_id WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: theme overrides: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var theme string
		var present bool
		if err := rows.Scan(&id, &theme, &present); err != nil {
			return nil, fmt.Errorf("sqlite: theme overrides: %w", err)
		}
		if out[id] == nil {
			out[id] = map[string]bool{}
		}
		out[id][theme] = present
	}
	return out, rows.Err()
}

// SetThemeOverrides records a person's decisions on one response's themes:
// theme → present (true adds, false removes what the rules found).
// Decisions not named are kept.
func (db *DB) SetThemeOverrides(ctx context.Context, responseID int64, decisions map[string]bool) error {
	return db.setDecisions(ctx, "responses", "response_themes", "response_id", responseID, decisions,
		feedback.Errorf(feedback.ENOTFOUND, "error.response.not_found", "Response %d does not exist.", responseID))
}

// SetTicketThemeOverrides records a person's decisions on one complaint's
// themes, as SetThemeOverrides does for responses.
func (db *DB) SetTicketThemeOverrides(ctx context.Context, ticketID int64, decisions map[string]bool) error {
	return db.setDecisions(ctx, "tickets", "ticket_themes", "ticket_id", ticketID, decisions,
		feedback.Errorf(feedback.ENOTFOUND, "error.ticket.not_found", "Ticket %d does not exist.", ticketID))
}

// ThemeDecisions returns a person's theme decisions on one response
// (kind "response") or complaint (kind "ticket"): theme → present.
func (db *DB) ThemeDecisions(ctx context.Context, kind string, id int64) (map[string]bool, error) {
	table, col := "response_themes", "response_id"
	if kind == "ticket" {
		table, col = "ticket_themes", "ticket_id"
	}
	rows, err := db.db.QueryContext(ctx, `SELECT theme, present FROM `+table+` WHERE `+col+` = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: theme decisions: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var theme string
		var present bool
		if err := rows.Scan(&theme, &present); err != nil {
			return nil, fmt.Errorf("sqlite: theme decisions: %w", err)
		}
		out[theme] = present
	}
	return out, rows.Err()
}

// setDecisions upserts decisions on row id of owner into table (keyed by col).
func (db *DB) setDecisions(ctx context.Context, owner, table, col string, id int64, decisions map[string]bool, missing error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var exists bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+owner+` WHERE id = ?)`, id).Scan(&exists); err != nil {
		return fmt.Errorf("sqlite: theme decisions: %w", err)
	} else if !exists {
		return missing
	}
	for theme, present := range decisions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (`+col+`, theme, present, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (`+col+`, theme) DO UPDATE SET present = excluded.present, updated_at = excluded.updated_at`,
			id, theme, present, FormatTime(tx.now)); err != nil {
			return fmt.Errorf("sqlite: theme decisions: %w", err)
		}
	}
	return tx.Commit()
}

// CodebookJSON returns the stored theme codebook (JSON) and whether one is
// stored; callers fall back to the starter codebook.
func (db *DB) CodebookJSON(ctx context.Context) (string, bool, error) {
	return db.Setting(ctx, codebookSetting)
}

// SaveCodebookJSON stores the theme codebook (validated by the caller).
func (db *DB) SaveCodebookJSON(ctx context.Context, body string) error {
	if !json.Valid([]byte(body)) {
		return feedback.Errorf(feedback.EINVALID, "error.themes.invalid", "The codebook is not valid JSON.")
	}
	return db.SetSetting(ctx, codebookSetting, body)
}
