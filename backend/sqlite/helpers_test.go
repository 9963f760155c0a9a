package sqlite_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/sqlite"
)

// MustOpenDB opens a fresh database file in a temporary folder with a fixed
// clock, and closes it when the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return MustOpenDBAt(tb, filepath.Join(tb.TempDir(), "feedback.db"))
}

// MustOpenDBAt opens (creating if needed) the database at path.
func MustOpenDBAt(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	db.Now = func() time.Time { return time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC) }
	tb.Cleanup(func() { db.Close() })
	return db
}

// ContentHash hashes every row of every table in a stable order, so two
// databases with the same content hash equal whatever their page layout.
func ContentHash(tb testing.TB, sdb *sql.DB) string {
	tb.Helper()
	ctx := context.Background()
	rows, err := sdb.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			tb.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, t := range tables {
		fmt.Fprintf(h, "table %s\n", t)
		r, err := sdb.QueryContext(ctx, fmt.Sprintf(`SELECT * FROM %q ORDER BY 1, 2`, t))
		if err != nil {
			tb.Fatal(err)
		}
		cols, _ := r.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for r.Next() {
			if err := r.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			fmt.Fprintf(h, "%v\n", vals)
		}
		r.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}
