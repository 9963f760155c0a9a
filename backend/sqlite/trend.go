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

// SummaryCounts returns, from the monthly summaries (metric_counts), the
// same counts ScoreCounts returns from the answers for whole months: a
// range read of the summaries' primary key whose size follows the months
// asked for, never the number of answers stored. Feed them to
// metrics.Summarize.
func (db *DB) SummaryCounts(ctx context.Context, f feedback.SummaryFilter) ([]feedback.ScoreCount, error) {
	const month = "printf('%04d-%02d', month_key / 100, month_key % 100)"
	dim, grp := f.By, "key"
	switch f.By {
	case "":
		dim, grp = "channel", "'all'"
		if f.Monthly {
			grp = month
		}
	case "month":
		dim, grp = "channel", month
	case "channel", "region", "product", "agent":
		if f.Monthly {
			grp = month + " || '|' || key"
		}
	default:
		return nil, feedback.Errorf(feedback.EINVALID, "error.metrics.breakdown", "Unknown breakdown %q.", f.By).
			WithParams(map[string]any{"value": f.By})
	}
	where := []string{"dim = ?", "month_key BETWEEN ? AND ?"}
	args := []any{dim, f.FromMonth, f.ToMonth}
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
	var out []feedback.ScoreCount
	// One range read per role: the primary key leads with (role, dim, month).
	for _, role := range []feedback.MetricRole{feedback.RoleNPS, feedback.RoleCSAT, feedback.RoleCES} {
		rows, err := tx.QueryContext(ctx, `SELECT `+grp+` AS grp, scale_key, score, sum(n) FROM metric_counts
			WHERE role = ? AND `+strings.Join(where, " AND ")+` GROUP BY grp, scale_key, score`, append([]any{string(role)}, args...)...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: summary counts: %w", err)
		}
		for rows.Next() {
			c := feedback.ScoreCount{Role: role}
			var scale, score int
			if err := rows.Scan(&c.Group, &scale, &score, &c.Count); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: summary counts: %w", err)
			}
			c.ScaleMin, c.ScaleMax, c.Inverted = unpackScale(scale)
			c.Status, c.Value = unpackScore(score)
			out = append(out, c)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("sqlite: summary counts: %w", err)
		}
	}
	return out, nil
}
