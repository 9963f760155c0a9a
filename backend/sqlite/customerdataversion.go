package sqlite

import (
	"context"
	"fmt"
)

// CustomerDataVersion is a fingerprint of everything customer scores are
// computed from beyond the SLA data (SLADataVersion): customers and their
// changes, orders, responses and answers. Equal fingerprints give equal
// scores at the same instant.
func (db *DB) CustomerDataVersion(ctx context.Context) (string, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM customers) || '/' || coalesce((SELECT max(updated_at) FROM customers), '') || '/' ||
		(SELECT count(*) FROM orders) || '/' || coalesce((SELECT max(id) FROM orders), 0) || '/' ||
		coalesce((SELECT sum(amount) - sum(refund) FROM orders), 0) || '/' ||
		(SELECT count(*) FROM responses) || '/' || coalesce((SELECT max(id) FROM responses), 0)`).Scan(&v)
	if err != nil {
		return "", fmt.Errorf("sqlite: customer data version: %w", err)
	}
	sla, err := db.SLADataVersion(ctx)
	return v + "|" + sla, err
}
