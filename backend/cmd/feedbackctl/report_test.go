package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"feedbackdesk/backend/report"
)

// TestReportCommand: `report --month --json` writes the workbook and
// prints report.Result with its public keys; usage mistakes exit 2, a bad
// month exits 1 with a JSON error, and nothing is left behind.
func TestReportCommand(t *testing.T) {
	data := t.TempDir()
	mustRun(t, "--data-dir", data, "demo")
	out := filepath.Join(t.TempDir(), "October report.xlsx")
	stdout := mustRun(t, "--data-dir", data, "report", "--month", "2026-10", "--lang", "en", "--data", "-o", out, "--json")
	want := []string{"bytes", "data_rows", "from", "lang", "neutralized", "path", "previous_from", "previous_to", "responses",
		"sheets", "tickets", "to", "truncated"}
	if keys := jsonKeys(t, stdout); !slices.Equal(keys, want) {
		t.Fatalf("report --json keys %v", keys)
	}
	var res report.Result
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(out)
	if err != nil || fi.Size() != res.Bytes || res.Path != out || res.From != "2026-10-01" || res.Lang != "en" ||
		len(res.Sheets) != 8 || res.Responses == 0 || res.DataRows != res.Responses {
		t.Fatalf("report %+v, file %v %v", res, fi, err)
	}
	// Scoped to one survey, in Chinese, without the Data sheet.
	zh := filepath.Join(t.TempDir(), "zh.xlsx")
	mustRun(t, "--data-dir", data, "report", "--month", "2026-10", "--survey", "1", "-o", zh)
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"report", "--month", "2026-10"}, 2},                                     // no -o
		{[]string{"report", "--month", "2026-10", "--lang", "fr", "-o", zh}, 2},           // bad language
		{[]string{"report", "--month", "2026-10", "--from", "2026-10-01", "-o", zh}, 2},   // both
		{[]string{"report", "--month", "2026-13", "-o", zh, "--json"}, 1},                 // bad month
		{[]string{"report", "--month", "2026-10", "-o", filepath.Join(data, "x.csv")}, 1}, // not xlsx
	} {
		code, _, errs := runCLI(t, append([]string{"--data-dir", data}, c.args...)...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errs)
		}
		if c.code == 1 && slices.Contains(c.args, "--json") && errorCode(t, errs) != "invalid" {
			t.Errorf("%v: %s", c.args, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(data, "x.csv")); !os.IsNotExist(err) {
		t.Fatal("a file was written for a bad path")
	}
}
