package sqlite

import (
	"context"
	"fmt"
)

// SLADataVersion is a fingerprint of everything the SLA figures of stored
// tickets are computed from: the ticket events (every change to a ticket is
// one), the tickets, the recorded policies, the policy and calendar
// versions, the policies' order and switches and the status mapping. Two
// equal fingerprints (at the same "now") give the same figures.
func (db *DB) SLADataVersion(ctx context.Context) (string, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT
		coalesce((SELECT max(id) FROM ticket_events), 0) || '/' || (SELECT count(*) FROM tickets) || '/' ||
		coalesce((SELECT max(id) FROM tickets), 0) || '/' || (SELECT count(*) FROM ticket_sla) || '/' ||
		(SELECT count(*) FROM sla_policy_versions) || '/' || (SELECT count(*) FROM calendar_versions) || '/' ||
		coalesce((SELECT group_concat(id || ':' || position || ':' || active, ',') FROM sla_policies), '') || '/' ||
		coalesce((SELECT group_concat(key || ':' || category, ',') FROM ticket_statuses), '')`).Scan(&v)
	if err != nil {
		return "", fmt.Errorf("sqlite: sla data version: %w", err)
	}
	return v, nil
}
