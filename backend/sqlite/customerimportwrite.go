package sqlite

import (
	"context"
	"fmt"
	"sort"

	"feedbackdesk/backend/feedback"
)

// BeginCustomerImport opens the one transaction of a customer import and
// records its batch. The writer holds the write lock until Commit or
// Rollback.
func (db *DB) BeginCustomerImport(ctx context.Context, imp *feedback.RecordImport) (feedback.CustomerImportWriter, error) {
	w, err := db.beginRecordImport(ctx, imp)
	if err != nil {
		return nil, err
	}
	return &customerImport{recordImport: w}, nil
}

type customerImport struct{ *recordImport }

// Write creates the row's customer, or — when a stored customer has its
// external id, phone or email — fills that customer's empty fields and
// missing attributes (never overwriting; consent is never granted to a
// stored customer by a file, a do-not-contact flag always applies) and
// reports a duplicate.
func (w *customerImport) Write(_ context.Context, ic *feedback.ImportedCustomer) (bool, error) {
	ctx := context.Background() // a canceled run rolls back; statements finish
	tx, c := w.tx, ic.Customer
	now := FormatTime(tx.now)
	id, err := matchCustomer(ctx, tx, c.ExternalID, c.Phone, c.Email)
	if err != nil {
		return false, err
	}
	inserted := id == 0
	if inserted {
		var ext any
		if c.ExternalID != "" {
			ext = c.ExternalID
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO customers (external_id, name, phone, email, company, region, industry, channel,
			consent, do_not_contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			ext, c.Name, c.Phone, c.Email, c.Company, c.Region, c.Industry, c.Channel, c.Consent, c.DoNotContact, now, now)
		if err != nil {
			return false, fmt.Errorf("sqlite: import customer: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return false, err
		}
	} else {
		fill := func(col string) string { return col + ` = CASE WHEN ` + col + ` = '' THEN ? ELSE ` + col + ` END` }
		res, err := tx.ExecContext(ctx, `UPDATE customers SET external_id = CASE WHEN external_id IS NULL AND ?1 <> ''
				AND NOT EXISTS (SELECT 1 FROM customers o WHERE o.external_id = ?1) THEN ?1 ELSE external_id END, `+
			fill("name")+`, `+fill("phone")+`, `+fill("email")+`, `+fill("company")+`, `+fill("region")+`, `+fill("industry")+`, `+
			fill("channel")+`, do_not_contact = max(do_not_contact, ?), updated_at = ? WHERE id = ? AND (
				(external_id IS NULL AND ?1 <> '') OR (name = '' AND ?2 <> '') OR (phone = '' AND ?3 <> '') OR (email = '' AND ?4 <> '')
				OR (company = '' AND ?5 <> '') OR (region = '' AND ?6 <> '') OR (industry = '' AND ?7 <> '') OR (channel = '' AND ?8 <> '')
				OR (do_not_contact < ?9))`,
			c.ExternalID, c.Name, c.Phone, c.Email, c.Company, c.Region, c.Industry, c.Channel, c.DoNotContact, now, id)
		if err != nil {
			return false, fmt.Errorf("sqlite: import customer: fill: %w", err)
		}
		if _, err := res.RowsAffected(); err != nil {
			return false, err
		}
	}
	keys := make([]string, 0, len(c.Attributes))
	for k := range c.Attributes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO customer_attributes (customer_id, key, value) VALUES (?, ?, ?)`,
			id, k, c.Attributes[k]); err != nil {
			return false, fmt.Errorf("sqlite: import customer attribute: %w", err)
		}
	}
	return inserted, nil
}

// BeginOrderImport opens the one transaction of an order import and
// records its batch.
func (db *DB) BeginOrderImport(ctx context.Context, imp *feedback.RecordImport) (feedback.OrderImportWriter, error) {
	w, err := db.beginRecordImport(ctx, imp)
	if err != nil {
		return nil, err
	}
	return &orderImport{recordImport: w, customers: map[string]int64{}}, nil
}

type orderImport struct {
	*recordImport
	customers map[string]int64 // customer key → id
}

// Write stores the order unless its order id is stored; the customer key
// ("x:…", "p:…" or "e:…") must name a stored customer.
func (w *orderImport) Write(_ context.Context, io *feedback.ImportedOrder) (bool, error) {
	ctx := context.Background()
	tx, o := w.tx, io.Order
	id, ok := w.customers[io.CustomerKey]
	if !ok {
		k := io.CustomerKey
		var ext, phone, email string
		switch {
		case len(k) > 2 && k[:2] == "x:":
			ext = k[2:]
		case len(k) > 2 && k[:2] == "p:":
			phone = k[2:]
		case len(k) > 2 && k[:2] == "e:":
			email = k[2:]
		}
		var err error
		if id, err = matchCustomer(ctx, tx, ext, phone, email); err != nil {
			return false, err
		}
		if id == 0 {
			return false, feedback.Errorf(feedback.ECONFLICT, "error.import.order_customer_gone",
				"The customer of order %s is no longer stored; nothing was imported. Run the import again.", o.ExternalID).
				WithParams(map[string]any{"order": o.ExternalID})
		}
		if len(w.customers) < customerCache {
			w.customers[k] = id
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO orders (external_id, customer_id, ordered_at, amount, refund) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(external_id) WHERE external_id IS NOT NULL DO NOTHING`,
		o.ExternalID, id, FormatTime(o.OrderedAt.UTC()), o.Amount, o.Refund)
	if err != nil {
		return false, fmt.Errorf("sqlite: import order: %w", err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}
