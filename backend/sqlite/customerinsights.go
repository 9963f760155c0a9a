package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// ScoreSettingsRow is the stored row of customer score settings (migration
// 0007): weights, tier thresholds, the RFM and complaint window and the RFM
// mode ("" automatic, "quintiles", "breakpoints").
type ScoreSettingsRow struct {
	WValue, WSatisfaction, WLoyalty, WComplaints float64
	TierHigh, TierMedium                         float64
	WindowDays                                   int
	RFMMode                                      string
	UpdatedAt                                    time.Time
}

// ScoreSettings reads the one row of customer score settings.
func (db *DB) ScoreSettings(ctx context.Context) (ScoreSettingsRow, error) {
	var s ScoreSettingsRow
	var upd string
	err := db.db.QueryRowContext(ctx, `SELECT w_value, w_satisfaction, w_loyalty, w_complaints, tier_high, tier_medium,
		window_days, rfm_mode, updated_at FROM customer_score_settings WHERE id = 1`).
		Scan(&s.WValue, &s.WSatisfaction, &s.WLoyalty, &s.WComplaints, &s.TierHigh, &s.TierMedium, &s.WindowDays, &s.RFMMode, &upd)
	if err != nil {
		return s, fmt.Errorf("sqlite: score settings: %w", err)
	}
	if upd != "" {
		s.UpdatedAt, _ = ParseTime(upd)
	}
	return s, nil
}

// SaveScoreSettings replaces the score settings; the caller validates them
// (the table's CHECK constraints are the last line of defence).
func (db *DB) SaveScoreSettings(ctx context.Context, s ScoreSettingsRow) error {
	_, err := db.db.ExecContext(ctx, `UPDATE customer_score_settings SET w_value = ?, w_satisfaction = ?, w_loyalty = ?,
		w_complaints = ?, tier_high = ?, tier_medium = ?, window_days = ?, rfm_mode = ?, updated_at = ? WHERE id = 1`,
		s.WValue, s.WSatisfaction, s.WLoyalty, s.WComplaints, s.TierHigh, s.TierMedium, s.WindowDays, s.RFMMode,
		FormatTime(db.CurrentTime()))
	if err != nil {
		return fmt.Errorf("sqlite: save score settings: %w", err)
	}
	return nil
}

// CustomerInfo is a customer (not merged away) with its segment attributes,
// as the customer list and the segment filters read it.
type CustomerInfo struct {
	ID                        int64
	ExternalID                string
	Name, Phone, Email        string
	Company, Region, Industry string
	Channel                   string
	Tier                      feedback.ValueTier
	Relationship              feedback.Relationship
	Consent, DoNotContact     bool
	Attributes                map[string]string
}

// CustomerDirectory returns every customer not merged into another, in ID
// order, with their custom attributes.
func (db *DB) CustomerDirectory(ctx context.Context) ([]*CustomerInfo, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, coalesce(external_id, ''), name, phone, email, company, region, industry,
		channel, tier, relationship, consent, do_not_contact FROM customers WHERE merged_into_id IS NULL ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: customer directory: %w", err)
	}
	var out []*CustomerInfo
	byID := map[int64]*CustomerInfo{}
	for rows.Next() {
		c := &CustomerInfo{Attributes: map[string]string{}}
		if err := rows.Scan(&c.ID, &c.ExternalID, &c.Name, &c.Phone, &c.Email, &c.Company, &c.Region, &c.Industry,
			&c.Channel, &c.Tier, &c.Relationship, &c.Consent, &c.DoNotContact); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: customer directory: %w", err)
		}
		out = append(out, c)
		byID[c.ID] = c
	}
	rows.Close()
	rows, err = tx.QueryContext(ctx, `SELECT customer_id, key, value FROM customer_attributes`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: customer attributes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var k, v string
		if err := rows.Scan(&id, &k, &v); err != nil {
			return nil, fmt.Errorf("sqlite: customer attributes: %w", err)
		}
		if c := byID[id]; c != nil {
			c.Attributes[k] = v
		}
	}
	return out, rows.Err()
}

// CustomerClass is a computed value tier and relationship class.
type CustomerClass struct {
	Tier         feedback.ValueTier
	Relationship feedback.Relationship
}

// WriteCustomerClasses stores the computed tier and relationship class of
// the customers given, in one transaction, touching only rows that change;
// it returns how many changed. updated_at is left alone: it records edits
// of the record, not recomputations.
func (db *DB) WriteCustomerClasses(ctx context.Context, classes map[int64]CustomerClass) (int, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `UPDATE customers SET tier = ?2, relationship = ?3
		WHERE id = ?1 AND (tier <> ?2 OR relationship <> ?3)`)
	if err != nil {
		return 0, fmt.Errorf("sqlite: write customer classes: %w", err)
	}
	defer st.Close()
	changed := 0
	for id, c := range classes {
		res, err := st.ExecContext(ctx, id, string(c.Tier), string(c.Relationship))
		if err != nil {
			return 0, fmt.Errorf("sqlite: write customer classes: %w", err)
		}
		n, _ := res.RowsAffected()
		changed += int(n)
	}
	return changed, tx.Commit()
}

// SnapshotRow is one customer's score in a monthly snapshot; Score is nil
// when the customer was not scored.
type SnapshotRow struct {
	CustomerID int64
	Score      *float64
	Tier       feedback.ValueTier
	Partial    bool
	Components string // JSON
}

// SaveSnapshot replaces the snapshot of month (yyyymm) with rows, taken at
// takenAt, in one transaction: taking a month again leaves exactly one row
// per customer.
func (db *DB) SaveSnapshot(ctx context.Context, month int, takenAt time.Time, rows []SnapshotRow) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM customer_score_snapshots WHERE month_key = ?`, month); err != nil {
		return fmt.Errorf("sqlite: save snapshot: %w", err)
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO customer_score_snapshots (month_key, customer_id, score, tier, partial,
		components, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("sqlite: save snapshot: %w", err)
	}
	defer st.Close()
	at := FormatTime(takenAt)
	for _, r := range rows {
		if _, err := st.ExecContext(ctx, month, r.CustomerID, r.Score, string(r.Tier), r.Partial, r.Components, at); err != nil {
			return fmt.Errorf("sqlite: save snapshot: %w", err)
		}
	}
	return tx.Commit()
}

// SnapshotMonths returns the months (yyyymm) that have a snapshot, newest
// first, with their customer counts.
func (db *DB) SnapshotMonths(ctx context.Context) (months []int, counts []int, err error) {
	rows, err := db.db.QueryContext(ctx, `SELECT month_key, count(*) FROM customer_score_snapshots
		GROUP BY month_key ORDER BY month_key DESC`)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: snapshot months: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m, n int
		if err := rows.Scan(&m, &n); err != nil {
			return nil, nil, fmt.Errorf("sqlite: snapshot months: %w", err)
		}
		months, counts = append(months, m), append(counts, n)
	}
	return months, counts, rows.Err()
}

// Snapshot returns the rows of a month's snapshot by customer ID (empty
// when the month has none).
func (db *DB) Snapshot(ctx context.Context, month int) (map[int64]SnapshotRow, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT customer_id, score, tier, partial, components
		FROM customer_score_snapshots WHERE month_key = ?`, month)
	if err != nil {
		return nil, fmt.Errorf("sqlite: snapshot: %w", err)
	}
	defer rows.Close()
	out := map[int64]SnapshotRow{}
	for rows.Next() {
		var r SnapshotRow
		var score sql.NullFloat64
		if err := rows.Scan(&r.CustomerID, &score, &r.Tier, &r.Partial, &r.Components); err != nil {
			return nil, fmt.Errorf("sqlite: snapshot: %w", err)
		}
		if score.Valid {
			r.Score = &score.Float64
		}
		out[r.CustomerID] = r
	}
	return out, rows.Err()
}

// SegmentRow is a saved customer segment; Filter is its JSON.
type SegmentRow struct {
	ID        int64
	Name      string
	Filter    string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Segments returns the saved segments by name.
func (db *DB) Segments(ctx context.Context) ([]SegmentRow, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, name, filter, created_at, updated_at FROM customer_segments ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: segments: %w", err)
	}
	defer rows.Close()
	var out []SegmentRow
	for rows.Next() {
		var s SegmentRow
		var c, u string
		if err := rows.Scan(&s.ID, &s.Name, &s.Filter, &c, &u); err != nil {
			return nil, fmt.Errorf("sqlite: segments: %w", err)
		}
		s.CreatedAt, _ = ParseTime(c)
		s.UpdatedAt, _ = ParseTime(u)
		out = append(out, s)
	}
	return out, rows.Err()
}

// Segment returns one saved segment (ENOTFOUND when it does not exist).
func (db *DB) Segment(ctx context.Context, id int64) (SegmentRow, error) {
	var s SegmentRow
	var c, u string
	err := db.db.QueryRowContext(ctx, `SELECT id, name, filter, created_at, updated_at FROM customer_segments WHERE id = ?`, id).
		Scan(&s.ID, &s.Name, &s.Filter, &c, &u)
	if errors.Is(err, sql.ErrNoRows) {
		return s, segmentNotFound(id)
	} else if err != nil {
		return s, fmt.Errorf("sqlite: segment: %w", err)
	}
	s.CreatedAt, _ = ParseTime(c)
	s.UpdatedAt, _ = ParseTime(u)
	return s, nil
}

func segmentNotFound(id int64) error {
	return feedback.Errorf(feedback.ENOTFOUND, "error.customer_insights.segment_not_found", "Segment %d does not exist.", id).
		WithParams(map[string]any{"id": id})
}

// SaveSegment creates (id 0) or renames and refilters a saved segment and
// returns its ID. A name another segment has is ECONFLICT.
func (db *DB) SaveSegment(ctx context.Context, id int64, name, filter string) (int64, error) {
	now := FormatTime(db.CurrentTime())
	var res sql.Result
	var err error
	if id == 0 {
		res, err = db.db.ExecContext(ctx, `INSERT INTO customer_segments (name, filter, created_at, updated_at) VALUES (?, ?, ?, ?)`,
			name, filter, now, now)
	} else {
		res, err = db.db.ExecContext(ctx, `UPDATE customer_segments SET name = ?, filter = ?, updated_at = ? WHERE id = ?`,
			name, filter, now, id)
	}
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return 0, feedback.Errorf(feedback.ECONFLICT, "error.customer_insights.segment_name_taken",
				"A segment named %q exists already.", name).WithParams(map[string]any{"name": name})
		}
		return 0, fmt.Errorf("sqlite: save segment: %w", err)
	}
	if id == 0 {
		return res.LastInsertId()
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 0, segmentNotFound(id)
	}
	return id, nil
}

// DeleteSegment deletes a saved segment (ENOTFOUND when it does not exist).
func (db *DB) DeleteSegment(ctx context.Context, id int64) error {
	res, err := db.db.ExecContext(ctx, `DELETE FROM customer_segments WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite: delete segment: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return segmentNotFound(id)
	}
	return nil
}

// CustomerEvents are one customer's order dates and complaint-ticket
// creation dates, for the customer rates.
type CustomerEvents struct {
	Purchases  []time.Time
	Complaints []time.Time
}

// CustomerEventsBefore returns the order and ticket dates before `until`
// of every customer not merged away, by customer ID.
func (db *DB) CustomerEventsBefore(ctx context.Context, until time.Time) (map[int64]*CustomerEvents, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out := map[int64]*CustomerEvents{}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM customers WHERE merged_into_id IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: customer events: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: customer events: %w", err)
		}
		out[id] = &CustomerEvents{}
	}
	rows.Close()
	u := FormatTime(until)
	for _, q := range []struct {
		sql string
		dst func(*CustomerEvents) *[]time.Time
	}{
		{`SELECT customer_id, ordered_at FROM orders WHERE ordered_at < ? ORDER BY ordered_at`,
			func(e *CustomerEvents) *[]time.Time { return &e.Purchases }},
		{`SELECT customer_id, created_at FROM tickets WHERE customer_id IS NOT NULL AND created_at < ? ORDER BY created_at`,
			func(e *CustomerEvents) *[]time.Time { return &e.Complaints }},
	} {
		rows, err := tx.QueryContext(ctx, q.sql, u)
		if err != nil {
			return nil, fmt.Errorf("sqlite: customer events: %w", err)
		}
		for rows.Next() {
			var id int64
			var s string
			if err := rows.Scan(&id, &s); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: customer events: %w", err)
			}
			if e := out[id]; e != nil {
				t, _ := ParseTime(s)
				*q.dst(e) = append(*q.dst(e), t)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
