package export_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/export"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// roundTripTexts are customer names and comments that must survive export
// and re-reading: CJK (including an extension-B character GB18030 encodes
// in four bytes), emoji with skin tone and ZWJ sequences, full-width
// letters, quotes, separators, tab, newline, CRLF and other control
// characters, and two risky ones that come back with their quote.
var roundTripTexts = []string{
	"张三丰", "王小明😀👍🏽", "Ａｌｉｃｅ 全角", "tab\tinside", "line1\nline2\n第三行", "crlf\r\nline", "ctrl\x01\x07\x1fend",
	`引号"双引号"和'单引号'`, "逗号,分号;竖线|", "emoji 👨‍👩‍👧 family", "한국어 日本語 ภาษาไทย", "𠜎𠜱 扩展B", "=1+1 风险", "-5 风险",
	"  前后空格  ", "\u00a0不换行空格", "￥100，（全角标点）",
}

func TestTextRoundTripsThroughTheSpreadsheetReader(t *testing.T) {
	s := newStore(t)
	at := time.Date(2026, 10, 5, 1, 0, 0, 0, time.UTC)
	ids := map[int64]string{}
	for i, txt := range roundTripTexts {
		ids[s.response(t, txt, txt, 7, at.Add(time.Duration(i)*time.Minute))] = txt
	}
	for _, c := range []struct{ format, encoding, want string }{
		{export.FormatCSV, export.EncodingUTF8, "UTF-8 BOM"}, {export.FormatCSV, export.EncodingGB, "GB18030"}, {export.FormatXLSX, "", ""},
	} {
		path := filepath.Join(t.TempDir(), "responses."+c.format)
		if _, err := export.Write(context.Background(), s.db, export.Options{Kind: export.KindResponses, Format: c.format, Encoding: c.encoding}, path, nil); err != nil {
			t.Fatal(err)
		}
		if c.format == export.FormatCSV {
			src, err := spreadsheet.Open(path, spreadsheet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if src.Encoding() != c.want {
				t.Errorf("%s: the reader detects %s", c.encoding, src.Encoding())
			}
			src.Close()
		}
		got := byColumn(t, path, "回复ID")
		if len(got) != len(ids) {
			t.Fatalf("%s %s: %d rows read back, want %d", c.format, c.encoding, len(got), len(ids))
		}
		for id, txt := range ids {
			// What comes back: the text, with the neutralising quote in
			// front of a risky one; in CSV a CRLF inside a cell reads as
			// LF; in xlsx C0 control characters other than tab/LF/CR
			// (which XML cannot hold) read as U+FFFD.
			want := export.Inert(txt)
			if c.format == export.FormatCSV {
				want = csvRead(want)
			} else {
				want = export.Inert(export.XLSXText(txt))
			}
			for _, col := range []string{"客户姓名", "意见建议", "备注"} {
				if v := got[id][col]; v != want {
					t.Errorf("%s %s: response %d %s: got %q, want %q", c.format, c.encoding, id, col, v, want)
				}
			}
			if v := got[id]["推荐意愿"]; v != "7" {
				t.Errorf("%s %s: score %q, want 7", c.format, c.encoding, v)
			}
		}
	}
}

func TestLongCommentIsTruncatedWithMarker(t *testing.T) {
	s := newStore(t)
	long := strings.Repeat("服务很好。", 8000) // 40,000 characters
	id := s.response(t, "李雷", long, 9, time.Date(2026, 10, 5, 1, 0, 0, 0, time.UTC))
	for _, c := range []struct{ format, lang, marker string }{
		{export.FormatXLSX, "zh", "…[已截断 "}, {export.FormatCSV, "en", "…[truncated "},
	} {
		path := filepath.Join(t.TempDir(), "r."+c.format)
		res, err := export.Write(context.Background(), s.db, export.Options{Kind: export.KindResponses, Format: c.format, Lang: c.lang}, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Truncated != 2 { // the comment answer and the note
			t.Errorf("%s: Truncated = %d, want 2", c.format, res.Truncated)
		}
		col := map[string]string{"zh": "意见建议", "en": "Comments"}[c.lang]
		idCol := map[string]string{"zh": "回复ID", "en": "Response ID"}[c.lang]
		rows := byColumn(t, path, idCol)
		if len(rows) != 1 {
			t.Fatalf("%s: %d rows", c.format, len(rows))
		}
		cell := rows[id][col]
		if n := len([]rune(cell)); n > export.MaxCellChars || n < export.MaxCellChars-40 {
			t.Errorf("%s: cell has %d characters", c.format, n)
		}
		i := strings.Index(cell, c.marker)
		if i < 0 || !strings.HasPrefix(long, cell[:i]) {
			t.Fatalf("%s: no marker %q after a prefix of the comment: …%q", c.format, c.marker, cell[max(0, len(cell)-60):])
		}
		cut := 40000 - len([]rune(cell[:i]))
		if !strings.Contains(cell[i:], strconv.Itoa(cut)) {
			t.Errorf("%s: marker %q does not say %d characters were cut", c.format, cell[i:], cut)
		}
	}
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestCancelLeavesNoFile(t *testing.T) {
	s := newStore(t)
	s.bulk(t, 5000, time.Date(2026, 10, 5, 1, 0, 0, 0, time.UTC))
	for _, format := range []string{export.FormatXLSX, export.FormatCSV} {
		dir := t.TempDir()
		path := filepath.Join(dir, "out."+format)
		ctx, cancel := context.WithCancel(context.Background())
		var seen []int
		_, err := export.Write(ctx, s.db, export.Options{Kind: export.KindResponses, Format: format}, path, func(done, total int) {
			seen = append(seen, done)
			if done >= 2000 {
				cancel()
			}
		})
		cancel()
		if feedback.ErrorCode(err) != feedback.ECANCELED {
			t.Fatalf("%s: err = %v, want canceled", format, err)
		}
		var fe *feedback.Error
		if !errors.As(err, &fe) || fe.Key != "error.data_export.canceled" {
			t.Errorf("%s: key %v", format, fe)
		}
		if len(seen) < 3 || seen[0] != 0 {
			t.Errorf("%s: progress %v", format, seen)
		}
		if es := entries(t, dir); len(es) != 0 {
			t.Errorf("%s: canceled export left %v", format, es)
		}
	}
	// Canceled before it starts.
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := export.Write(ctx, s.db, export.Options{Kind: export.KindTickets, Format: export.FormatCSV}, filepath.Join(dir, "t.csv"), nil); feedback.ErrorCode(err) != feedback.ECANCELED {
		t.Errorf("pre-canceled: err = %v", err)
	}
	if es := entries(t, dir); len(es) != 0 {
		t.Errorf("pre-canceled export left %v", es)
	}
}

func TestExistingFileIsReplacedOnlyByRename(t *testing.T) {
	s := newStore(t)
	s.bulk(t, 3000, time.Date(2026, 10, 5, 1, 0, 0, 0, time.UTC))
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(done, total int) {
		if b, _ := os.ReadFile(path); string(b) != "old report" {
			t.Errorf("at %d/%d the target holds %q…, not the old file", done, total, b[:min(20, len(b))])
		}
	}
	// A failed (canceled) export keeps the old file.
	ctx, cancel := context.WithCancel(context.Background())
	_, err := export.Write(ctx, s.db, export.Options{Kind: export.KindResponses, Format: export.FormatCSV}, path, func(done, total int) {
		check(done, total)
		if done >= 1000 {
			cancel()
		}
	})
	if feedback.ErrorCode(err) != feedback.ECANCELED {
		t.Fatalf("err = %v", err)
	}
	check(-1, -1)
	// A complete one replaces it; until the rename the old file is there.
	// The last progress call (done = total) comes after the rename.
	var old []bool
	res, err := export.Write(context.Background(), s.db, export.Options{Kind: export.KindResponses, Format: export.FormatCSV}, path, func(done, total int) {
		b, _ := os.ReadFile(path)
		old = append(old, string(b) == "old report")
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(old) < 3 || old[len(old)-1] || slices.Contains(old[:len(old)-1], false) {
		t.Errorf("the old file was there at progress calls %v (want all but the last)", old)
	}
	b, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(b), "\ufeff\"回复ID\"") || int64(len(b)) != res.Bytes || res.Rows != 3000 {
		t.Errorf("after export: %d bytes (result %d), %d rows, starts %q", len(b), res.Bytes, res.Rows, b[:min(30, len(b))])
	}
	if es := entries(t, dir); len(es) != 1 {
		t.Errorf("folder holds %v", es)
	}
}

// byColumn reads an export through backend/spreadsheet: per row ID (the
// column key), each column's cell by header name.
func byColumn(t *testing.T, path, key string) map[int64]map[string]string {
	t.Helper()
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	h, err := src.Header()
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]map[string]string{}
	for row, err := range src.DataRows() {
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, c := range h.Columns {
			if c.Index < len(row.Cells) {
				m[c.Name] = row.Cells[c.Index]
			}
		}
		id, err := strconv.ParseInt(m[key], 10, 64)
		if err != nil {
			t.Fatalf("row %d: %s = %q", row.Number, key, m[key])
		}
		out[id] = m
	}
	return out
}
