package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
)

// unpackScale reads a scale_key: min * 1000 + max * 10 + inverted.
func unpackScale(k int) (lo, hi int, inverted bool) { return k / 1000, k % 1000 / 10, k%10 == 1 }

// unpackScore reads a packed score: the valid value, -1 skipped, -2 invalid.
func unpackScore(s int) (feedback.AnswerStatus, int) {
	switch s {
	case -1:
		return feedback.AnswerSkipped, 0
	case -2:
		return feedback.AnswerInvalid, 0
	}
	return feedback.AnswerValid, s
}

// TrendCounts sums the monthly counts of one metric per month (and per
// segment with By) over whole months, from metric_counts: a range read of
// its primary key whose size follows the months asked for, never the
// number of answers stored.
func (db *DB) TrendCounts(ctx context.Context, f feedback.TrendFilter) ([]feedback.TrendCount, error) {
	dim, grp := f.By, "key"
	switch f.By {
	case "":
		dim, grp = "channel", "'all'"
	case "channel", "region", "product", "agent":
	default:
		return nil, feedback.Errorf(feedback.EINVALID, "error.metrics.breakdown", "Unknown breakdown %q.", f.By).
			WithParams(map[string]any{"by": f.By})
	}
	where := []string{"role = ?", "dim = ?", "month_key BETWEEN ? AND ?"}
	args := []any{string(f.Role), dim, f.FromMonth, f.ToMonth}
	if len(f.SurveyIDs) > 0 {
		where = append(where, "survey_id IN ("+placeholders(len(f.SurveyIDs))+")")
		for _, id := range f.SurveyIDs {
			args = append(args, id)
		}
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT month_key, `+grp+` AS grp, scale_key, score, sum(n) FROM metric_counts
		WHERE `+strings.Join(where, " AND ")+` GROUP BY month_key, grp, scale_key, score ORDER BY month_key, grp`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: trend counts: %w", err)
	}
	defer rows.Close()
	var out []feedback.TrendCount
	for rows.Next() {
		var c feedback.TrendCount
		var scale, score int
		if err := rows.Scan(&c.Month, &c.Group, &scale, &score, &c.Count); err != nil {
			return nil, fmt.Errorf("sqlite: trend counts: %w", err)
		}
		c.ScaleMin, c.ScaleMax, c.Inverted = unpackScale(scale)
		c.Status, c.Value = unpackScore(score)
		out = append(out, c)
	}
	return out, rows.Err()
}
