package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
)

var _ feedback.CustomerService = (*DB)(nil)

// phoneDigits is an SQL expression for the digits of c.phone: the
// separators people type ("+86 138-0013 8000", "(021) 6…") removed.
const phoneDigits = `replace(replace(replace(replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '')`

const customerColumns = `c.id, coalesce(c.external_id, ''), c.name, c.phone, c.email, c.company, c.region, c.industry, c.channel,
	c.tier, c.relationship, c.consent, c.do_not_contact, c.merged_into_id, c.created_at, c.updated_at`

func scanCustomer(sc interface{ Scan(...any) error }) (*feedback.Customer, error) {
	c := &feedback.Customer{}
	var created, updated string
	if err := sc.Scan(&c.ID, &c.ExternalID, &c.Name, &c.Phone, &c.Email, &c.Company, &c.Region, &c.Industry, &c.Channel,
		&c.Tier, &c.Relationship, &c.Consent, &c.DoNotContact, &c.MergedIntoID, &created, &updated); err != nil {
		return nil, err
	}
	c.CreatedAt, _ = ParseTime(created)
	c.UpdatedAt, _ = ParseTime(updated)
	return c, nil
}

// FindCustomerByID returns one customer.
func (db *DB) FindCustomerByID(ctx context.Context, id int64) (*feedback.Customer, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findCustomerByID(ctx, tx, id)
}

func findCustomerByID(ctx context.Context, tx *Tx, id int64) (*feedback.Customer, error) {
	c, err := scanCustomer(tx.QueryRowContext(ctx, `SELECT `+customerColumns+` FROM customers c WHERE c.id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.customer.not_found", "Customer %d does not exist.", id).
			WithParams(map[string]any{"id": id})
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: find customer: %w", err)
	}
	return c, nil
}

// likePattern returns a LIKE pattern matching s anywhere, with %, _ and the
// escape character escaped (use with ESCAPE '\').
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// SearchCustomers returns up to limit customers (not merged away) whose
// name, phone, email or company contains q, or whose phone digits contain
// q's digits; exact phone and name matches first.
func (db *DB) SearchCustomers(ctx context.Context, q string, limit int) ([]*feedback.Customer, error) {
	q = strings.TrimSpace(q)
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	pat := likePattern(q)
	digits := feedback.Digits(q)
	digitsPat := "\x00" // matches nothing when q has too few digits to be a phone fragment
	if len(digits) >= 3 {
		digitsPat = likePattern(digits)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+customerColumns+` FROM customers c
		WHERE c.merged_into_id IS NULL AND (c.name LIKE ?1 ESCAPE '\' OR c.phone LIKE ?1 ESCAPE '\' OR c.email LIKE ?1 ESCAPE '\'
			OR c.company LIKE ?1 ESCAPE '\' OR (c.phone <> '' AND `+phoneDigits+` LIKE ?2 ESCAPE '\'))
		ORDER BY (c.name = ?3 OR `+phoneDigits+` = ?4) DESC, c.name, c.id LIMIT ?5`, pat, digitsPat, q, digits, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search customers: %w", err)
	}
	defer rows.Close()
	out := []*feedback.Customer{}
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search customers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// findOrCreateCustomer returns the ID of the customer with nc's phone
// (compared on digits) or email (case-insensitive), creating nc when there
// is none. Merged-away records are skipped in favour of the survivor.
func findOrCreateCustomer(ctx context.Context, tx *Tx, nc *feedback.Customer) (int64, error) {
	nc.Name, nc.Phone, nc.Email, nc.Company = strings.TrimSpace(nc.Name), strings.TrimSpace(nc.Phone), strings.TrimSpace(nc.Email), strings.TrimSpace(nc.Company)
	if err := nc.Validate(); err != nil {
		return 0, err
	}
	digits, email := feedback.Digits(nc.Phone), nc.Email
	if digits == "" {
		digits = "\x00"
	}
	if email == "" {
		email = "\x00"
	}
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(c.merged_into_id, c.id) FROM customers c
		WHERE (c.phone <> '' AND `+phoneDigits+` = ?) OR (c.email <> '' AND c.email = ? COLLATE NOCASE)
		ORDER BY c.merged_into_id IS NOT NULL, c.id LIMIT 1`, digits, email).Scan(&id)
	if err == nil {
		return id, nil
	} else if err != sql.ErrNoRows {
		return 0, fmt.Errorf("sqlite: find customer: %w", err)
	}
	now := FormatTime(tx.now)
	res, err := tx.ExecContext(ctx, `INSERT INTO customers (name, phone, email, company, region, tier, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, nc.Name, nc.Phone, nc.Email, nc.Company, nc.Region, nc.Tier, now, now)
	if err != nil {
		return 0, fmt.Errorf("sqlite: create customer: %w", err)
	}
	return res.LastInsertId()
}
