package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"hash/maphash"
	"strings"

	"feedbackdesk/backend/feedback"
)

var _ feedback.CustomerImportService = (*DB)(nil)

// customerMatch finds a stored customer (the survivor of a merged record)
// by external id, else phone, else email; 0 when none matches.
const (
	custByExtSQL   = `SELECT coalesce(merged_into_id, id) FROM customers WHERE external_id = ?`
	custByPhoneSQL = `SELECT coalesce(merged_into_id, id) FROM customers WHERE phone = ? AND phone <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`
	custByEmailSQL = `SELECT coalesce(merged_into_id, id) FROM customers WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`
)

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// matchCustomer returns the id of the stored customer with the first of
// ext, phone, email that is stored (0 when none is).
func matchCustomer(ctx context.Context, q queryer, ext, phone, email string) (int64, error) {
	for _, p := range []struct{ query, arg string }{{custByExtSQL, ext}, {custByPhoneSQL, phone}, {custByEmailSQL, email}} {
		if p.arg == "" {
			continue
		}
		var id int64
		err := q.QueryRowContext(ctx, p.query, p.arg).Scan(&id)
		if err == nil {
			return id, nil
		} else if err != sql.ErrNoRows {
			return 0, fmt.Errorf("sqlite: match customer: %w", err)
		}
	}
	return 0, nil
}

// splitCustomerKey parses feedback.CustomerRowKey.
func splitCustomerKey(k string) (ext, phone, email string) {
	parts := strings.SplitN(k, "\x1f", 3)
	for _, p := range parts {
		switch {
		case strings.HasPrefix(p, "x:"):
			ext = p[2:]
		case strings.HasPrefix(p, "p:"):
			phone = p[2:]
		case strings.HasPrefix(p, "e:"):
			email = p[2:]
		}
	}
	return
}

// CustomerKeysPresent reports which customer row keys match a stored
// customer by any of their identities.
func (db *DB) CustomerKeysPresent(ctx context.Context, keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, k := range keys {
		ext, phone, email := splitCustomerKey(k)
		id, err := matchCustomer(ctx, db.db, ext, phone, email)
		if err != nil {
			return nil, err
		}
		if id != 0 {
			out[k] = true
		}
	}
	return out, nil
}

// hashSet is a set of keys by their 64-bit hash: a collision can only make
// an unknown key look known (the writer then reports the customer missing).
type hashSet struct {
	seed maphash.Seed
	m    map[uint64]struct{}
}

// Has reports whether key is in the set.
func (s *hashSet) Has(key string) bool {
	_, ok := s.m[maphash.String(s.seed, key)]
	return ok
}

// CustomerRefs returns the identities of the stored customers as
// "x:<external id>", "p:<phone>" and "e:<email>" (lower case) keys.
func (db *DB) CustomerRefs(ctx context.Context) (feedback.KeySet, error) {
	s := &hashSet{seed: maphash.MakeSeed(), m: map[uint64]struct{}{}}
	rows, err := db.db.QueryContext(ctx, `SELECT coalesce(external_id, ''), phone, lower(email) FROM customers`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: customer refs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ext, phone, email string
		if err := rows.Scan(&ext, &phone, &email); err != nil {
			return nil, fmt.Errorf("sqlite: customer refs: %w", err)
		}
		for _, k := range []string{"x:" + ext, "p:" + phone, "e:" + email} {
			if len(k) > 2 {
				s.m[maphash.String(s.seed, k)] = struct{}{}
			}
		}
	}
	return s, rows.Err()
}

// OrderKeysPresent reports which order ids are stored.
func (db *DB) OrderKeysPresent(ctx context.Context, ids []string) (map[string]bool, error) {
	return db.keysPresent(ctx, `SELECT external_id FROM orders WHERE external_id IN (%s)`, ids)
}

// keysPresent runs query (one text column; %s takes the placeholders of
// an IN list; lead are the arguments before it) over keys in chunks of
// 500 and returns the keys it yields.
func (db *DB) keysPresent(ctx context.Context, query string, keys []string, lead ...any) (map[string]bool, error) {
	out := map[string]bool{}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		args := append(make([]any, 0, len(lead)+n), lead...)
		for _, k := range keys[:n] {
			args = append(args, k)
		}
		rows, err := db.db.QueryContext(ctx, fmt.Sprintf(query, placeholders(n)), args...)
		if err != nil {
			return nil, fmt.Errorf("sqlite: keys present: %w", err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: keys present: %w", err)
			}
			out[k] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: keys present: %w", err)
		}
		keys = keys[n:]
	}
	return out, nil
}

// recordImport is the open transaction of a customer or order import.
type recordImport struct {
	tx      *Tx
	imp     *feedback.RecordImport
	batchID int64
	done    bool
}

func (db *DB) beginRecordImport(ctx context.Context, imp *feedback.RecordImport) (*recordImport, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	w := &recordImport{tx: tx, imp: imp}
	now, b := FormatTime(tx.now), imp.Batch
	res, err := tx.ExecContext(ctx, `INSERT INTO import_batches (target, file_name, file_hash, status, mapping, started_at, finished_at)
		VALUES (?, ?, ?, 'committed', ?, ?, ?)`, b.Target, b.FileName, b.FileHash, nonEmpty(b.Mapping, "{}"), now, now)
	if err == nil {
		w.batchID, err = res.LastInsertId()
	}
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("sqlite: insert import batch: %w", err)
	}
	return w, nil
}

// Commit records the batch counts, remembers the mapping and commits.
func (w *recordImport) Commit(ctx context.Context, c feedback.ImportBatch) (int64, error) {
	tx := w.tx
	if _, err := tx.ExecContext(ctx, `UPDATE import_batches SET rows = ?, imported = ?, duplicates = ?, rejected = ?, finished_at = ? WHERE id = ?`,
		c.Rows, c.Imported, c.Duplicates, c.Rejected, FormatTime(tx.db.Now()), w.batchID); err != nil {
		return 0, fmt.Errorf("sqlite: finish import batch: %w", err)
	}
	if w.imp.Signature != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO import_mappings (signature, target, mapping, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(signature) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, updated_at = excluded.updated_at`,
			w.imp.Signature, w.imp.Batch.Target, nonEmpty(w.imp.Batch.Mapping, "{}"), FormatTime(tx.now)); err != nil {
			return 0, fmt.Errorf("sqlite: remember import mapping: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: commit import: %w", err)
	}
	w.done = true
	return w.batchID, nil
}

// Rollback abandons the import unless it was committed.
func (w *recordImport) Rollback() error {
	if w.done {
		return nil
	}
	w.done = true
	if err := w.tx.Rollback(); err != nil && err != sql.ErrTxDone {
		return fmt.Errorf("sqlite: roll back import: %w", err)
	}
	return nil
}
