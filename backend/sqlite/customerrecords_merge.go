package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"feedbackdesk/backend/feedback"
)

// NormalisePhone returns the digits of a phone number without a China
// country prefix (+86 / 0086), so "+86 138-0013-8000" and "13800138000"
// compare equal. Fewer than 5 digits is no usable number: "".
func NormalisePhone(phone string) string {
	d := feedback.Digits(phone)
	switch {
	case strings.HasPrefix(d, "0086") && len(d) > 11:
		d = d[4:]
	case strings.HasPrefix(d, "86") && len(d) == 13:
		d = d[2:]
	}
	if len(d) < 5 {
		return ""
	}
	return d
}

// NormaliseEmail returns the trimmed, lower-cased address ("" when it has
// no @).
func NormaliseEmail(email string) string {
	e := strings.ToLower(strings.TrimSpace(email))
	if !strings.Contains(e, "@") {
		return ""
	}
	return e
}

// DuplicateGroup is a set of active customer records that share a
// normalised phone number or email address (directly or through each
// other), oldest first.
type DuplicateGroup struct {
	// Keys are the shared values, "phone:13800138000" or "email:a@b.cn".
	Keys    []string
	Members []*feedback.Customer
}

// CustomerDuplicates returns every group of two or more active records
// (not merged away, not anonymised) sharing a normalised phone or email,
// the groups ordered by their oldest member.
func (db *DB) CustomerDuplicates(ctx context.Context) ([]DuplicateGroup, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+customerColumns+` FROM customers c
		WHERE c.merged_into_id IS NULL AND c.anonymised_at IS NULL AND (c.phone <> '' OR c.email <> '') ORDER BY c.id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: duplicates: %w", err)
	}
	defer rows.Close()
	var all []*feedback.Customer
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: duplicates: %w", err)
		}
		all = append(all, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: duplicates: %w", err)
	}
	// Union-find over record indexes; a key joins every record holding it.
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{}
	keysOf := map[string][]int{}
	for i, c := range all {
		for _, k := range []string{"phone:" + NormalisePhone(c.Phone), "email:" + NormaliseEmail(c.Email)} {
			if strings.HasSuffix(k, ":") {
				continue
			}
			keysOf[k] = append(keysOf[k], i)
			if j, ok := first[k]; ok {
				parent[find(i)] = find(j)
			} else {
				first[k] = i
			}
		}
	}
	groups := map[int]*DuplicateGroup{}
	for i, c := range all {
		r := find(i)
		g := groups[r]
		if g == nil {
			g = &DuplicateGroup{}
			groups[r] = g
		}
		g.Members = append(g.Members, c)
	}
	for k, idx := range keysOf {
		if len(idx) > 1 {
			g := groups[find(idx[0])]
			g.Keys = append(g.Keys, k)
		}
	}
	out := []DuplicateGroup{}
	for _, g := range groups {
		if len(g.Members) > 1 {
			sort.Strings(g.Keys)
			out = append(out, *g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Members[0].ID < out[j].Members[0].ID })
	return out, nil
}

// MergeCustomers folds record `merge` into record `keep`: responses,
// tickets, follow-up calls and orders move to `keep`; attributes and empty
// contact fields of `keep` are filled from `merge` (keep's own values win);
// do-not-contact is kept if either record had it. `merge` stays, with
// merged_into_id = keep (records merged into it earlier now point at keep),
// and a customer_merges row records how much moved. Both must be active
// (not merged away, not anonymised).
func (db *DB) MergeCustomers(ctx context.Context, keep, merge int64) (*CustomerMerge, error) {
	if keep == merge {
		return nil, feedback.Errorf(feedback.EINVALID, "error.customer_records.merge_same", "A customer cannot be merged into itself.")
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	for _, id := range []int64{keep, merge} {
		c, err := findCustomerByID(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if c.MergedIntoID != nil {
			return nil, feedback.Errorf(feedback.ECONFLICT, "error.customer_records.merge_merged",
				"Customer %d was already merged into customer %d.", id, *c.MergedIntoID).
				WithParams(map[string]any{"id": id, "into": *c.MergedIntoID})
		}
		// An anonymised record must stay without identity: merging would
		// fill it from the other record, or move its numbers onto a person.
		var anon bool
		if err := tx.QueryRowContext(ctx, `SELECT anonymised_at IS NOT NULL FROM customers WHERE id = ?`, id).Scan(&anon); err != nil {
			return nil, fmt.Errorf("sqlite: merge customers: %w", err)
		}
		if anon {
			return nil, feedback.Errorf(feedback.ECONFLICT, "error.customer_records.merge_anonymised",
				"Customer %d was anonymised and cannot be merged.", id).WithParams(map[string]any{"id": id})
		}
	}
	m := &CustomerMerge{KeptID: keep, MergedID: merge, MergedAt: tx.now}
	move := func(dst *int, table string) error {
		res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET customer_id = ? WHERE customer_id = ?`, keep, merge)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		*dst = int(n)
		return nil
	}
	now := FormatTime(tx.now)
	err = move(&m.Responses, "responses")
	if err == nil {
		err = move(&m.Tickets, "tickets")
	}
	if err == nil {
		err = move(&m.Calls, "followup_calls")
	}
	if err == nil {
		err = move(&m.Orders, "orders")
	}
	for _, q := range []string{
		`INSERT OR IGNORE INTO customer_attributes (customer_id, key, value) SELECT ?1, key, value FROM customer_attributes WHERE customer_id = ?2`,
		`UPDATE customers SET
			name = CASE name WHEN '' THEN (SELECT name FROM customers WHERE id = ?2) ELSE name END,
			phone = CASE phone WHEN '' THEN (SELECT phone FROM customers WHERE id = ?2) ELSE phone END,
			email = CASE email WHEN '' THEN (SELECT email FROM customers WHERE id = ?2) ELSE email END,
			company = CASE company WHEN '' THEN (SELECT company FROM customers WHERE id = ?2) ELSE company END,
			region = CASE region WHEN '' THEN (SELECT region FROM customers WHERE id = ?2) ELSE region END,
			industry = CASE industry WHEN '' THEN (SELECT industry FROM customers WHERE id = ?2) ELSE industry END,
			channel = CASE channel WHEN '' THEN (SELECT channel FROM customers WHERE id = ?2) ELSE channel END,
			do_not_contact = max(do_not_contact, (SELECT do_not_contact FROM customers WHERE id = ?2)),
			updated_at = ?3
			WHERE id = ?1`,
		`UPDATE customers SET merged_into_id = ?1, updated_at = ?3 WHERE id = ?2 OR merged_into_id = ?2`,
	} {
		if err != nil {
			break
		}
		_, err = tx.ExecContext(ctx, q, keep, merge, now)
	}
	if err == nil {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `INSERT INTO customer_merges (kept_id, merged_id, responses, tickets, calls, orders, merged_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, keep, merge, m.Responses, m.Tickets, m.Calls, m.Orders, now)
		if err == nil {
			m.ID, err = res.LastInsertId()
		}
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: merge customers: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: merge customers: %w", err)
	}
	return m, nil
}
