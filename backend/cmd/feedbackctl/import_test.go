package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/demo"
)

// writeDemoCSV writes n rows of the demo survey export as CSV.
func writeDemoCSV(t testing.TB, path string, seed int64, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.WriteResponsesCSV(f, seed, n); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// importJSON runs `import --json` and decodes its output.
func importJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out := mustRun(t, append([]string{"--json", "import"}, args...)...)
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("import output is not JSON: %v\n%s", err, out)
	}
	return v
}

func num(v map[string]any, k string) int {
	f, _ := v[k].(float64)
	return int(f)
}

func TestImportCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	mustRun(t, "--data-dir", data, "init")
	file := filepath.Join(dir, "export.csv")
	writeDemoCSV(t, file, 7, 2000)

	t.Run("JSONShape", func(t *testing.T) {
		v := importJSON(t, "--data-dir", data, file, "--new-survey", "门店回访 2026", "--errors", filepath.Join(dir, "errors.xlsx"))
		for _, k := range []string{"rows", "imported", "duplicates", "rejected", "survey_id", "mapping", "errors"} {
			if _, ok := v[k]; !ok {
				t.Fatalf("output lacks %q: %v", k, v)
			}
		}
		if num(v, "rows") != 2000 || num(v, "imported")+num(v, "duplicates")+num(v, "rejected") != 2000 {
			t.Fatalf("counts do not add up: %v", v)
		}
		if num(v, "imported") < 1800 || num(v, "rejected") == 0 {
			t.Fatalf("imported %v rejected %v: want most rows in and the messy ones out", v["imported"], v["rejected"])
		}
		errs := v["errors"].([]any)
		if len(errs) == 0 || len(errs) > 100 {
			t.Fatalf("%d errors listed", len(errs))
		}
		e0 := errs[0].(map[string]any)
		for _, k := range []string{"row", "column", "code", "message"} {
			if _, ok := e0[k]; !ok {
				t.Fatalf("error lacks %q: %v", k, e0)
			}
		}
		cols := v["mapping"].(map[string]any)["columns"].(map[string]any)
		if cols["提交时间"].(map[string]any)["field"] != "submitted_at" || cols["推荐意愿(0-10)"].(map[string]any)["type"] != "nps" {
			t.Fatalf("auto mapping: %v", cols)
		}
		x, err := excelize.OpenFile(filepath.Join(dir, "errors.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := x.GetRows("Errors")
		if len(rows)-1 != num(v, "rejected") {
			t.Fatalf("errors.xlsx has %d rows, want %d", len(rows)-1, num(v, "rejected"))
		}
		x.Close()

		sid := int(v["survey_id"].(float64))
		again := importJSON(t, "--data-dir", data, file, "--survey", itoa(sid))
		if num(again, "imported") != 0 || num(again, "duplicates") != num(v, "imported")+num(v, "duplicates") {
			t.Fatalf("second import of the same file: %v", again)
		}
		// An overlapping file: the same 2,000 rows and 500 rows of another export.
		other := filepath.Join(dir, "other.csv")
		writeDemoCSV(t, other, 8, 500)
		a, _ := os.ReadFile(file)
		b, _ := os.ReadFile(other)
		_, tail, _ := strings.Cut(string(b), "\n")
		bigger := filepath.Join(dir, "bigger.csv")
		if err := os.WriteFile(bigger, append(a, tail...), 0o644); err != nil {
			t.Fatal(err)
		}
		over := importJSON(t, "--data-dir", data, bigger, "--survey", itoa(sid), "--dry-run")
		if num(over, "imported") != 0 || num(over, "valid") == 0 {
			t.Fatalf("dry run: %v", over)
		}
		over = importJSON(t, "--data-dir", data, bigger, "--survey", itoa(sid))
		newRows := num(over, "imported")
		if newRows == 0 || newRows > 500 || num(over, "duplicates") < num(v, "imported") {
			t.Fatalf("overlapping import: %v (first import %v)", over, v["imported"])
		}
	})

	t.Run("Abort", func(t *testing.T) {
		v := importJSON(t, "--data-dir", data, file, "--new-survey", "abort", "--on-error", "abort")
		if v["aborted"] != true || num(v, "imported") != 0 {
			t.Fatalf("abort: %v", v)
		}
	})

	t.Run("Parse", func(t *testing.T) {
		out := mustRun(t, "--json", "parse", file)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2001 {
			t.Fatalf("parse printed %d lines", len(lines))
		}
	})
}

func itoa(i int) string { return strconv.Itoa(i) }
