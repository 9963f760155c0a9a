package importer_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// mustDB opens a fresh database file in a temporary folder.
func mustDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "feedback.db"))
	if err != nil {
		tb.Fatal(err)
	}
	db.Now = func() time.Time { return time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC) }
	tb.Cleanup(func() { db.Close() })
	return db
}

// writeCSV writes records as a UTF-8 CSV file and returns its path.
func writeCSV(tb testing.TB, records [][]string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "in.csv")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := csv.NewWriter(f)
	if err := w.WriteAll(records); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// basicMapping maps 时间, 推荐 (NPS) and optional extra columns.
func basicMapping(extra map[string]importer.ColumnSpec) *importer.Mapping {
	m := &importer.Mapping{Columns: map[string]importer.ColumnSpec{
		"时间": {Field: importer.FieldSubmittedAt},
		"推荐": {Question: "推荐意愿", Type: "nps", Metric: "nps"},
	}}
	for k, v := range extra {
		m.Columns[k] = v
	}
	return m
}

// runImport imports the file at path into a new survey (surveyID 0) or an
// existing one and returns the summary.
func runImport(tb testing.TB, db *sqlite.DB, path string, surveyID int64, m *importer.Mapping, o importer.RunOptions) (*importer.Summary, *importer.Responses) {
	tb.Helper()
	src, err := spreadsheet.Open(path, spreadsheet.Options{Sheet: m.Sheet, HeaderRow: m.HeaderRow})
	if err != nil {
		tb.Fatal(err)
	}
	defer src.Close()
	t := &importer.Responses{Store: db, SurveyID: surveyID}
	if surveyID == 0 {
		t.NewSurveyName = "测试问卷"
	}
	o.Mapping, o.FilePath = m, path
	sum, err := importer.Run(context.Background(), src, t, o)
	if err != nil {
		tb.Fatalf("import: %v", err)
	}
	return sum, t
}

// count runs a counting query.
func count(tb testing.TB, db *sqlite.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.SQL().QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}
