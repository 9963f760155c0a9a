package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/export"
)

// TestExportCommand: `export` writes the demo month's responses and
// tickets as xlsx and CSV, --json prints export.Result with its public
// keys, the format follows -o's extension, and mistakes exit 1 (user) or
// 2 (usage) with JSON errors on stderr.
func TestExportCommand(t *testing.T) {
	data := t.TempDir()
	mustRun(t, "--data-dir", data, "demo")
	dir := t.TempDir()

	xlsx := filepath.Join(dir, "十月回复.xlsx")
	out := mustRun(t, "--data-dir", data, "export", "responses", "--from", "2026-10-01", "--to", "2026-10-31", "--lang", "en", "-o", xlsx, "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"bytes", "format", "kind", "neutralized", "path", "rows", "truncated"}) {
		t.Fatalf("export --json keys %v", keys)
	}
	var res export.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(xlsx)
	if err != nil || res.Rows == 0 || res.Format != "xlsx" || res.Bytes != fi.Size() || res.Path != xlsx {
		t.Fatalf("result %+v, file %v %v", res, fi, err)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Responses")
	f.Close()
	if err != nil || len(rows) != res.Rows+1 || rows[0][0] != "Response ID" || !strings.HasPrefix(rows[1][3], "2026-10-") {
		t.Fatalf("sheet: %d rows (want %d), header %v, first %v, %v", len(rows), res.Rows+1, rows[0], rows[1], err)
	}

	csvPath := filepath.Join(dir, "tickets.csv")
	out = mustRun(t, "--data-dir", data, "export", "tickets", "--from", "2026-10-01", "--to", "2026-10-31", "--encoding", "gb18030", "-o", csvPath)
	if !strings.Contains(out, "tickets to "+csvPath) || !strings.Contains(out, "gb18030") {
		t.Fatalf("text output %q", out)
	}
	if b, _ := os.ReadFile(csvPath); len(b) == 0 || b[0] == 0xEF {
		t.Fatalf("GB18030 CSV: %d bytes, starts %x", len(b), b[:min(3, len(b))])
	}

	for _, c := range []struct {
		code int
		args []string
	}{
		{2, []string{"export", "-o", csvPath}},                                        // no kind
		{2, []string{"export", "orders", "-o", csvPath}},                              // unknown kind
		{2, []string{"export", "responses"}},                                          // no -o
		{2, []string{"export", "responses", "--survey", "x", "-o", csvPath}},          // bad --survey
		{1, []string{"export", "responses", "--from", "2026-02-30", "-o", csvPath}},   // bad day
		{1, []string{"export", "responses", "--format", "pdf", "-o", csvPath}},        // bad format
		{1, []string{"export", "tickets", "--survey", "1", "-o", csvPath}},            // surveys on tickets
		{1, []string{"export", "responses", "--survey", "999", "-o", csvPath}},        // unknown survey
		{1, []string{"export", "responses", "-o", filepath.Join(dir, "no", "x.csv")}}, // missing folder
	} {
		code, _, errs := runCLI(t, append(append([]string{"--data-dir", data}, c.args...), "--json")...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errs)
			continue
		}
		errorCode(t, errs)
	}
	if es, _ := os.ReadDir(dir); len(es) != 2 {
		t.Errorf("the folder holds %d files, want the 2 exports", len(es))
	}
}
