package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// metricCountsSelect aggregates the metric-role answers of the responses
// matching a condition (%s, over responses r) into metric_counts rows.
const metricCountsSelect = `SELECT q.role, d.dim, r.month_key, r.survey_id,
	CASE d.dim WHEN 'channel' THEN r.channel WHEN 'region' THEN r.region WHEN 'product' THEN r.product ELSE r.agent END,
	q.scale_min * 1000 + q.scale_max * 10 + q.inverted,
	CASE a.status WHEN 'valid' THEN CAST(a.number AS INTEGER) WHEN 'skipped' THEN -1 ELSE -2 END,
	count(*)
FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id
CROSS JOIN (SELECT 'channel' AS dim UNION ALL SELECT 'region' UNION ALL SELECT 'product' UNION ALL SELECT 'agent') d
WHERE q.role <> '' AND %s
GROUP BY 1, 2, 3, 4, 5, 6, 7`

// addMetricCounts adds the answers of the responses matching where (a
// condition over responses r, e.g. "r.id > ?") to metric_counts, inside
// the caller's transaction. Each writer calls it once for what it wrote:
// one response, an import batch, a loader chunk.
func addMetricCounts(ctx context.Context, tx interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, where string, args ...any) error {
	q := `INSERT INTO metric_counts (role, dim, month_key, survey_id, key, scale_key, score, n) ` +
		fmt.Sprintf(metricCountsSelect, where) +
		` ON CONFLICT (role, dim, month_key, survey_id, key, scale_key, score) DO UPDATE SET n = n + excluded.n`
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("sqlite: metric counts: %w", err)
	}
	return nil
}

// MetricCountsDrift counts the rows of metric_counts that differ from a
// recount of the answers (missing, extra or with another n): 0 when the
// writers kept the table exact. The integrity check reports it.
func (db *DB) MetricCountsDrift(ctx context.Context) (int, error) {
	return metricCountsDrift(ctx, db.db)
}

func metricCountsDrift(ctx context.Context, sdb *sql.DB) (int, error) {
	recount := fmt.Sprintf(metricCountsSelect, "1 = 1")
	stored := `SELECT role, dim, month_key, survey_id, key, scale_key, score, n FROM metric_counts`
	var n int
	err := sdb.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM (`+recount+` EXCEPT `+stored+`))
		+ (SELECT count(*) FROM (`+stored+` EXCEPT `+recount+`))`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: metric counts drift: %w", err)
	}
	return n, nil
}

// RecountMetrics rebuilds metric_counts from the answers in one
// transaction: the repair for a drift the integrity check reports, and the
// way to fill it after a bulk load that wrote answers with plain SQL.
func (db *DB) RecountMetrics(ctx context.Context) error { return recountMetrics(ctx, db.db) }

func recountMetrics(ctx context.Context, sdb *sql.DB) error {
	tx, err := sdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: recount metrics: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM metric_counts`); err != nil {
		return fmt.Errorf("sqlite: recount metrics: %w", err)
	}
	if err := addMetricCounts(ctx, tx, "1 = 1"); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: recount metrics: %w", err)
	}
	return nil
}
