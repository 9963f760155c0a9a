package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// dayRange is the day keys of [start, end): the days of the reporting zone
// the instants fall on (dashboard periods are whole days).
func dayRange(start, end time.Time) (int, int) {
	zone := reportingZone()
	return DayKey(start, zone), DayKey(end.Add(-time.Nanosecond), zone)
}

// indexedWhere is the condition over an indexed theme table t (day_key,
// survey_id, response_id) of a TextFilter.
func indexedWhere(f feedback.TextFilter) (string, []any) {
	from, to := dayRange(f.Start, f.End)
	where := []string{"t.day_key BETWEEN ? AND ?"}
	args := []any{from, to}
	if len(f.SurveyIDs) > 0 {
		where = append(where, "t.survey_id IN ("+placeholders(len(f.SurveyIDs))+")")
		for _, id := range f.SurveyIDs {
			args = append(args, id)
		}
	}
	if f.Segments.Any() {
		seg, segArgs := segmentWhere(f.Segments, nil, nil)
		where = append(where, "t.response_id IN (SELECT r.id FROM responses r WHERE "+strings.Join(seg, " AND ")+")")
		args = append(args, segArgs...)
	}
	return strings.Join(where, " AND "), args
}

// ResponseThemeCounts counts the indexed response texts of f that have each
// theme, per month (byMonth) or per NPS answer. Call IndexThemes first.
func (db *DB) ResponseThemeCounts(ctx context.Context, f feedback.TextFilter, byMonth bool) ([]feedback.ThemeCount, error) {
	where, args := indexedWhere(f)
	// Grouped by day in the index's order (no sort), added up per month here.
	q := `SELECT t.theme, t.day_key, NULL, count(*) FROM response_theme_tags t WHERE ` + where + ` GROUP BY t.day_key, t.theme`
	if !byMonth {
		q = `SELECT t.theme, 0, t.nps, count(*) FROM response_theme_tags t WHERE ` + where + ` GROUP BY t.theme, t.nps`
		return db.themeCounts(ctx, q, args)
	}
	days, err := db.themeCounts(ctx, q, args)
	if err != nil {
		return nil, err
	}
	var out []feedback.ThemeCount
	at := map[[2]any]int{}
	for _, c := range days {
		k := [2]any{c.Theme, c.Month / 100}
		if i, ok := at[k]; ok {
			out[i].N += c.N
			continue
		}
		at[k] = len(out)
		out = append(out, feedback.ThemeCount{Theme: c.Theme, Month: c.Month / 100, N: c.N})
	}
	return out, nil
}

// ResponseTextCounts counts every indexed response text of f (tagged or
// not) per NPS answer, with Theme "". Call IndexThemes first.
func (db *DB) ResponseTextCounts(ctx context.Context, f feedback.TextFilter) ([]feedback.ThemeCount, error) {
	where, args := indexedWhere(f)
	return db.themeCounts(ctx, `SELECT '', 0, t.nps, count(*) FROM response_texts t WHERE `+where+` GROUP BY t.nps`, args)
}

// TicketThemeCounts counts the tickets created in [start, end) that have
// each theme (by day in the reporting zone). Call IndexThemes first.
func (db *DB) TicketThemeCounts(ctx context.Context, start, end time.Time) ([]feedback.ThemeCount, error) {
	from, to := dayRange(start, end)
	return db.themeCounts(ctx, `SELECT t.theme, 0, NULL, count(*) FROM ticket_theme_tags t
		WHERE t.day_key BETWEEN ? AND ? GROUP BY t.theme`, []any{from, to})
}

func (db *DB) themeCounts(ctx context.Context, q string, args []any) ([]feedback.ThemeCount, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: theme counts: %w", err)
	}
	defer rows.Close()
	var out []feedback.ThemeCount
	for rows.Next() {
		var c feedback.ThemeCount
		if err := rows.Scan(&c.Theme, &c.Month, &c.NPS, &c.N); err != nil {
			return nil, fmt.Errorf("sqlite: theme counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// EachRecentText calls fn with the texts of the newest limit indexed
// responses of f, newest first (phrase discovery reads a bounded sample).
func (db *DB) EachRecentText(ctx context.Context, f feedback.TextFilter, limit int, fn func(text string) error) error {
	where, args := indexedWhere(f)
	rows, err := db.db.QueryContext(ctx, `SELECT (SELECT group_concat(a.text, ' ') FROM answers a JOIN questions q ON q.id = a.question_id
			WHERE a.response_id = t.response_id AND q.type = 'text' AND trim(a.text) <> '')
		FROM response_texts t WHERE `+where+` ORDER BY t.day_key DESC, t.response_id DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return fmt.Errorf("sqlite: recent texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var text *string
		if err := rows.Scan(&text); err != nil {
			return fmt.Errorf("sqlite: recent texts: %w", err)
		}
		if text != nil {
			if err := fn(*text); err != nil {
				return err
			}
		}
	}
	return rows.Err()
}
