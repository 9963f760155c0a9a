package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/sqlite"
)

// runCLI runs the command line in-process and returns the exit code and
// what it printed.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// mustRun runs the command line and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("feedbackctl %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// errorCode parses the JSON error object printed on stderr with --json.
func errorCode(t *testing.T, stderr string) string {
	t.Helper()
	var v struct {
		Error struct{ Code, Key, Message string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(stderr), &v); err != nil {
		t.Fatalf("stderr is not a JSON error: %q", stderr)
	}
	if v.Error.Code == "" || v.Error.Key == "" || v.Error.Message == "" {
		t.Fatalf("incomplete JSON error: %q", stderr)
	}
	return v.Error.Code
}

// jsonKeys returns the sorted top-level keys of a JSON object.
func jsonKeys(t *testing.T, s string) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("not a JSON object: %q", s)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// openData opens the database of a data folder for inspection; the caller closes it.
func openData(t *testing.T, dir string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, datadir.DatabaseName))
	if err != nil {
		t.Fatalf("open %s: %v", dir, err)
	}
	return db
}

// contentHash hashes every row of every table of the data folder's
// database, ordered by all columns, so equal content hashes equal.
func contentHash(t *testing.T, dir string) string {
	t.Helper()
	db := openData(t, dir)
	defer db.Close()
	sdb := db.SQL()
	rows, err := sdb.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, table := range tables {
		var ncol int
		if err := sdb.QueryRow(`SELECT count(*) FROM pragma_table_info(?)`, table).Scan(&ncol); err != nil {
			t.Fatal(err)
		}
		order := make([]string, ncol)
		for i := range order {
			order[i] = fmt.Sprint(i + 1)
		}
		r, err := sdb.Query(fmt.Sprintf(`SELECT * FROM %q ORDER BY %s`, table, strings.Join(order, ", ")))
		if err != nil {
			t.Fatal(err)
		}
		vals := make([]any, ncol)
		ptrs := make([]any, ncol)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(h, "table %s\n", table)
		for r.Next() {
			if err := r.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(h, "%q\n", vals)
		}
		r.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}
