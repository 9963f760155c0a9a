package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// PolicyVersion is one stored version of an SLA policy. Policies are
// ordered by Position (the first match wins) and versioned: saving a
// policy adds a version, and a ticket keeps the version applied when it
// was created.
type PolicyVersion struct {
	ID       int64
	Position int
	Active   bool
	// CalendarID is the calendar the policy counts on (its latest version
	// is used); nil falls back to the calendar Policy.Calendar names.
	CalendarID *int64
	// Policy is the definition; its Name and Version are the row's.
	Policy    sla.Policy
	CreatedAt time.Time
}

// SavePolicy creates the policy p.Name (appended last in the order) as
// version 1, or adds the next version of the existing one. p.Calendar must
// name a stored calendar, or be empty for DefaultCalendarName. p.Version
// is ignored and set from the stored version.
func (db *DB) SavePolicy(ctx context.Context, p sla.Policy) (*PolicyVersion, error) {
	if p.Calendar == "" {
		p.Calendar = DefaultCalendarName
	}
	if err := p.Validate(); err != nil {
		return nil, feedback.Errorf(feedback.EINVALID, "error.sla_policy.invalid", "%s", err.Error()).
			WithParams(map[string]any{"detail": err.Error()})
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	cal, err := findCalendar(ctx, tx, `c.name = ?`, p.Calendar)
	if err != nil {
		return nil, err
	}
	pv := &PolicyVersion{Active: true, CalendarID: &cal.ID, CreatedAt: tx.now}
	err = tx.QueryRowContext(ctx, `SELECT p.id, p.position, p.active, coalesce((SELECT max(version) FROM sla_policy_versions v WHERE v.policy_id = p.id), 0)
		FROM sla_policies p WHERE p.name = ?`, p.Name).Scan(&pv.ID, &pv.Position, &pv.Active, &p.Version)
	if err == sql.ErrNoRows {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) + 1 FROM sla_policies`).Scan(&pv.Position); err != nil {
			return nil, fmt.Errorf("sqlite: save policy: %w", err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO sla_policies (name, position, created_at) VALUES (?, ?, ?)`,
			p.Name, pv.Position, FormatTime(tx.now))
		if err != nil {
			return nil, fmt.Errorf("sqlite: save policy: %w", err)
		}
		pv.ID, _ = res.LastInsertId()
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: save policy: %w", err)
	}
	p.Version++
	pv.Policy = p
	body, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("sqlite: save policy: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sla_policy_versions (policy_id, version, calendar_id, definition, created_at)
		VALUES (?, ?, ?, ?, ?)`, pv.ID, p.Version, cal.ID, string(body), FormatTime(tx.now)); err != nil {
		return nil, fmt.Errorf("sqlite: save policy: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: save policy: %w", err)
	}
	return pv, nil
}

// policyColumns reads a policy joined with one of its versions v.
const policyColumns = `p.id, p.name, p.position, p.active, v.version, v.calendar_id, v.definition, v.created_at`

// activePolicies selects the latest version of each active policy, in order.
const activePolicies = `SELECT ` + policyColumns + ` FROM sla_policies p
	JOIN sla_policy_versions v ON v.policy_id = p.id
		AND v.version = (SELECT max(version) FROM sla_policy_versions WHERE policy_id = p.id)
	WHERE p.active = 1 ORDER BY p.position, p.id`

// scanPolicy reads policyColumns.
func scanPolicy(sc interface{ Scan(...any) error }) (*PolicyVersion, error) {
	var pv PolicyVersion
	var name, body, created string
	if err := sc.Scan(&pv.ID, &name, &pv.Position, &pv.Active, &pv.Policy.Version, &pv.CalendarID, &body, &created); err != nil {
		return nil, err
	}
	version := pv.Policy.Version
	if err := json.Unmarshal([]byte(body), &pv.Policy); err != nil {
		return nil, fmt.Errorf("sqlite: policy %d v%d: %w", pv.ID, version, err)
	}
	pv.Policy.Name, pv.Policy.Version = name, version
	pv.CreatedAt, _ = ParseTime(created)
	return &pv, nil
}

// FindPolicies returns the latest version of every active policy in
// order: SelectPolicy over their Policy fields picks a ticket's policy.
func (db *DB) FindPolicies(ctx context.Context) ([]*PolicyVersion, error) {
	rows, err := db.db.QueryContext(ctx, activePolicies)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find policies: %w", err)
	}
	defer rows.Close()
	var out []*PolicyVersion
	for rows.Next() {
		pv, err := scanPolicy(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: find policies: %w", err)
		}
		out = append(out, pv)
	}
	return out, rows.Err()
}

// FindPolicyVersion returns version version of policy id.
func (db *DB) FindPolicyVersion(ctx context.Context, id int64, version int) (*PolicyVersion, error) {
	pv, err := scanPolicy(db.db.QueryRowContext(ctx, `SELECT `+policyColumns+` FROM sla_policies p
		JOIN sla_policy_versions v ON v.policy_id = p.id WHERE p.id = ? AND v.version = ?`, id, version))
	if err == sql.ErrNoRows {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.sla_policy.not_found", "SLA policy %d version %d does not exist.", id, version).
			WithParams(map[string]any{"id": id, "version": version})
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: find policy: %w", err)
	}
	return pv, nil
}

// selectPolicy returns the first active policy (latest version) matching
// facts, or nil when none does.
func selectPolicy(ctx context.Context, tx *Tx, facts sla.TicketFacts) (*PolicyVersion, error) {
	rows, err := tx.QueryContext(ctx, activePolicies)
	if err != nil {
		return nil, fmt.Errorf("sqlite: select policy: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		pv, err := scanPolicy(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: select policy: %w", err)
		}
		if pv.Policy.Conditions.Matches(facts) {
			return pv, nil
		}
	}
	return nil, rows.Err()
}
