package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

var _ feedback.ScoreService = (*DB)(nil)

// groupExpr maps a breakdown to its SQL expression over responses r.
var groupExpr = map[string]string{
	"":        `'all'`,
	"month":   `printf('%04d-%02d', r.month_key / 100, r.month_key % 100)`,
	"channel": `r.channel`,
	"region":  `r.region`,
	"product": `r.product`,
	"agent":   `r.agent`,
	"tier":    `coalesce((SELECT c.tier FROM customers c WHERE c.id = r.customer_id), '')`,
}

// segmentWhere adds the conditions of segment filters over responses r.
func segmentWhere(s feedback.Segments, where []string, args []any) ([]string, []any) {
	for _, f := range []struct{ col, v string }{{"r.channel", s.Channel}, {"r.region", s.Region}, {"r.product", s.Product}, {"r.agent", s.Agent}} {
		if f.v != "" {
			where, args = append(where, f.col+" = ?"), append(args, f.v)
		}
	}
	switch s.Tier {
	case "":
	case "none":
		where = append(where, "coalesce((SELECT c.tier FROM customers c WHERE c.id = r.customer_id), '') = ''")
	default:
		where, args = append(where, "EXISTS (SELECT 1 FROM customers c WHERE c.id = r.customer_id AND c.tier = ?)"), append(args, s.Tier)
	}
	return where, args
}

// ScoreCounts counts metric-role answers by group, role, scale, status and
// value. Only questions with a metric role are read: an NPS figure is never
// fed by a 0–10 question that is not marked NPS.
func (db *DB) ScoreCounts(ctx context.Context, f feedback.ScoreFilter) ([]feedback.ScoreCount, error) {
	expr, ok := groupExpr[f.By]
	if !ok {
		return nil, feedback.Errorf(feedback.EINVALID, "error.metrics.breakdown", "Unknown breakdown %q; use one of %s.",
			f.By, strings.Join(feedback.Breakdowns, ", "))
	}
	where, args := []string{"q.role <> ''"}, []any{}
	if f.SurveyID != nil {
		where, args = append(where, "r.survey_id = ?"), append(args, *f.SurveyID)
	}
	if f.From != nil && f.To != nil && f.From.Before(*f.To) {
		// The stored month key narrows the read to the period's months
		// through an index; submitted_at decides exactly.
		where = append(where, "r.month_key BETWEEN ? AND ?")
		args = append(args, feedback.MonthKey(*f.From, reportingZone()), feedback.MonthKey(f.To.Add(-time.Nanosecond), reportingZone()))
	}
	if f.From != nil {
		where, args = append(where, "r.submitted_at >= ?"), append(args, FormatTime(*f.From))
	}
	if f.To != nil {
		where, args = append(where, "r.submitted_at < ?"), append(args, FormatTime(*f.To))
	}
	where, args = segmentWhere(f.Segments, where, args)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+expr+` AS grp, q.role, q.scale_min, q.scale_max, q.inverted, a.status,
			CASE WHEN a.status = 'valid' THEN CAST(a.number AS INTEGER) ELSE 0 END AS value, count(*)
		FROM responses r
		JOIN answers a ON a.response_id = r.id
		JOIN questions q ON q.id = a.question_id
		WHERE `+strings.Join(where, " AND ")+`
		GROUP BY grp, q.role, q.scale_min, q.scale_max, q.inverted, a.status, value
		ORDER BY grp`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: score counts: %w", err)
	}
	defer rows.Close()
	var out []feedback.ScoreCount
	for rows.Next() {
		var c feedback.ScoreCount
		if err := rows.Scan(&c.Group, &c.Role, &c.ScaleMin, &c.ScaleMax, &c.Inverted, &c.Status, &c.Value, &c.Count); err != nil {
			return nil, fmt.Errorf("sqlite: score counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
