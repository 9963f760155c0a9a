package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/export"
	"feedbackdesk/backend/spreadsheet"
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

// TestExportImportRoundTrip: responses exported as CSV (UTF-8 and
// GB18030) and xlsx import back through `feedbackctl import` into a fresh
// database with their customer names and comments intact — CJK, emoji,
// tab, newline and control characters — except what is documented: the
// neutralising quote stays in front of a risky text, the import trims
// white space at both ends (spreadsheet.CleanText), a CRLF inside a CSV
// cell reads as LF, and xlsx cannot hold C0 control characters other
// than tab/LF/CR (they come back as U+FFFD).
func TestExportImportRoundTrip(t *testing.T) {
	src := t.TempDir()
	mustRun(t, "--data-dir", src, "init")
	texts := []string{"张三丰", "王小明😀👍🏽", "tab\tinside", "line1\nline2\n第三行", "crlf\r\nline", "ctrl\x01\x07\x1fend",
		`引号"双引号"`, "逗号,分号;", "emoji 👨‍👩‍👧", "𠜎𠜱 扩展B", "=1+1 风险", "@SUM(1)", "  前后空格  "}
	db := openData(t, src)
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.SQL().Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	now := "2026-10-05T02:00:00.000000Z"
	exec(`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', ?, ?)`, now, now)
	exec(`INSERT INTO questions (id, survey_id, position, type, title, role, scale_min, scale_max) VALUES (1, 1, 1, 'nps', '推荐意愿', 'nps', 0, 10)`)
	exec(`INSERT INTO questions (id, survey_id, position, type, title) VALUES (2, 1, 2, 'text', '意见建议')`)
	for i, s := range texts {
		exec(`INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`, i+1, s, now, now)
		exec(`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at)
			VALUES (?, 1, ?, ?, 'form', ?, 202610, ?)`, i+1, i+1, fmt.Sprint("k", i), now, now)
		exec(`INSERT INTO answers (response_id, question_id, number, status) VALUES (?, 1, ?, 'valid')`, i+1, i%11)
		exec(`INSERT INTO answers (response_id, question_id, text, status) VALUES (?, 2, ?, 'valid')`, i+1, s)
	}
	db.Close()
	mapping := filepath.Join(t.TempDir(), "mapping.json")
	if err := os.WriteFile(mapping, []byte(`{"columns": {"回复ID": {"field": "external_id"}, "提交时间": {"field": "submitted_at"},
		"客户姓名": {"field": "customer_name"}, "推荐意愿": {"question": "推荐意愿", "type": "nps", "metric": "nps"},
		"意见建议": {"question": "意见建议", "type": "text"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, encoding string }{{"r.csv", "utf8bom"}, {"r-gb.csv", "gb18030"}, {"r.xlsx", ""}} {
		path := filepath.Join(t.TempDir(), c.file)
		args := []string{"--data-dir", src, "export", "responses", "-o", path}
		if c.encoding != "" {
			args = append(args, "--encoding", c.encoding)
		}
		mustRun(t, args...)
		dst := t.TempDir()
		mustRun(t, "--data-dir", dst, "init")
		mustRun(t, "--data-dir", dst, "import", path, "--new-survey", "回导", "--mapping", mapping, "--json")
		back := openData(t, dst)
		rows, err := back.SQL().Query(`SELECT r.external_id, coalesce(c.name, ''), coalesce(a.text, ''), coalesce(n.number, -1)
			FROM responses r LEFT JOIN customers c ON c.id = r.customer_id
			LEFT JOIN answers a ON a.response_id = r.id AND a.question_id = (SELECT id FROM questions WHERE type = 'text')
			LEFT JOIN answers n ON n.response_id = r.id AND n.question_id = (SELECT id FROM questions WHERE type = 'nps')`)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var ext, name, text string
			var score float64
			if err := rows.Scan(&ext, &name, &text, &score); err != nil {
				t.Fatal(err)
			}
			i, _ := strconv.Atoi(ext)
			orig := texts[i-1]
			want := export.Inert(orig)
			if c.encoding == "" {
				want = export.Inert(export.XLSXText(orig))
			} else {
				want = strings.ReplaceAll(want, "\r\n", "\n")
			}
			want = spreadsheet.CleanText(want)
			if name != want || text != want || int(score) != (i-1)%11 {
				t.Errorf("%s: response %d came back as name %q, comment %q, score %v; want %q, %d", c.file, i, name, text, score, want, (i-1)%11)
			}
			n++
		}
		rows.Close()
		back.Close()
		if n != len(texts) {
			t.Errorf("%s: %d responses imported, want %d", c.file, n, len(texts))
		}
	}
}
