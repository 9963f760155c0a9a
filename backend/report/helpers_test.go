package report

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/sqlite"
)

// testNow is the frozen clock: 2026-11-23 10:00 in Shanghai (the demo data
// runs to 2026-11-15).
var testNow = time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)

var (
	demoOnce sync.Once
	demoPath string
	demoErr  error
)

// openDB opens a fresh database file under t.TempDir() with the test clock.
func openDB(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	db.Now = func() time.Time { return testNow }
	tb.Cleanup(func() { db.Close() })
	return db
}

// demoDB returns a copy of a database holding the demo data (seed 1,
// scale 1), loaded once per test binary.
func demoDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "report-demo-")
		if err != nil {
			demoErr = err
			return
		}
		demoPath = filepath.Join(dir, "feedback.db")
		db, err := sqlite.Open(context.Background(), demoPath)
		if err != nil {
			demoErr = err
			return
		}
		db.Now = func() time.Time { return testNow }
		demoErr = db.LoadDataset(context.Background(), demo.New(1, 1), nil)
		if err := db.Close(); demoErr == nil {
			demoErr = err
		}
	})
	if demoErr != nil {
		tb.Fatalf("demo data: %v", demoErr)
	}
	path := filepath.Join(tb.TempDir(), "feedback.db")
	body, err := os.ReadFile(demoPath)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, body, 0o600); err != nil {
		tb.Fatal(err)
	}
	return openDB(tb, path)
}

// generate writes the report of opts into a temporary folder and returns
// the result; REPORT_KEEP=dir keeps a copy there for a person to open.
func generate(tb testing.TB, db *sqlite.DB, opts Options) *Result {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "report.xlsx")
	res, err := Generate(context.Background(), db, opts, path, testNow, nil)
	if err != nil {
		tb.Fatalf("generate %+v: %v", opts, err)
	}
	if keep := os.Getenv("REPORT_KEEP"); keep != "" {
		body, _ := os.ReadFile(path)
		name := strings.NewReplacer("/", "_", " ", "_").Replace(tb.Name()) + "-" + res.Lang + ".xlsx"
		os.WriteFile(filepath.Join(keep, name), body, 0o644)
	}
	return res
}

// openBook opens a written workbook; closed when the test ends.
func openBook(tb testing.TB, path string) *excelize.File {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// zipParts returns the contents of the zip entries whose names start with
// prefix, by name.
func zipParts(tb testing.TB, path, prefix string) map[string]string {
	tb.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, prefix) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		out[f.Name] = string(b)
	}
	return out
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// rowOf returns the 1-based row whose column A reads text on sheet sh, or 0.
func rowOf(tb testing.TB, f *excelize.File, sh, text string) int {
	tb.Helper()
	rows, err := f.GetRows(sh)
	if err != nil {
		tb.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == text {
			return i + 1
		}
	}
	return 0
}

// raw reads a cell's stored value (unformatted).
func raw(tb testing.TB, f *excelize.File, sh string, col, row int) string {
	tb.Helper()
	v, err := f.GetCellValue(sh, at(col, row), excelize.Options{RawCellValue: true})
	if err != nil {
		tb.Fatal(err)
	}
	return v
}
