package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/demo"
)

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// bombXLSX is a zip with the workbook parts and a 300 MB sheet of zeros
// deflated to about 300 KB.
func bombXLSX(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, "<x/>")
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(w, zeros{}, 300<<20); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImportRefusesHostileFiles feeds refused files through the import
// command: each fails fast with its reason and the database stays empty.
func TestImportRefusesHostileFiles(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	mustRun(t, "--data-dir", data, "init")
	good := filepath.Join(dir, "good.csv")
	writeDemoCSV(t, good, 1, 10)
	goodBytes, _ := os.ReadFile(good)
	var realXLSX bytes.Buffer
	{
		x := filepath.Join(dir, "real.xlsx")
		if err := writeDemoXLSX(x, 20); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(x)
		realXLSX.Write(b)
	}
	cases := []struct {
		name, file string
		data       []byte
		key        string
	}{
		{"ZipBomb", "bomb.xlsx", bombXLSX(t), "error.file.zip_bomb"},
		{"Empty", "empty.csv", nil, "error.file.empty"},
		{"Truncated", "cut.xlsx", realXLSX.Bytes()[:realXLSX.Len()/2], "error.file.truncated"},
		{"LegacyXLS", "old.xlsx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...), "error.file.xls_legacy"},
		{"HTML", "page.xlsx", []byte("<html><body><table><tr><td>推荐</td></tr></table></body></html>"), "error.file.html_disguised"},
		{"Binary", "pic.csv", append([]byte("\x89PNG\r\n\x1a\n"), goodBytes...), "error.file.not_spreadsheet"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.file)
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			t0 := time.Now()
			code, _, errs := runCLI(t, "--data-dir", data, "--json", "import", path, "--new-survey", "x")
			if d := time.Since(t0); d > time.Second {
				t.Errorf("refusal took %v", d)
			}
			if code != exitError || errorKey(t, errs) != c.key {
				t.Fatalf("exit %d, %s; want %s", code, errs, c.key)
			}
		})
	}
	db := openData(t, data)
	defer db.Close()
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM surveys`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d surveys after refused imports", n)
	}
}

// errorKey parses the translation key of the JSON error printed with --json.
func errorKey(t *testing.T, stderr string) string {
	t.Helper()
	var v struct {
		Error struct{ Key string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(stderr), &v); err != nil {
		t.Fatalf("stderr is not a JSON error: %q", stderr)
	}
	return v.Error.Key
}

// writeDemoXLSX writes rows rows of the demo export as xlsx.
func writeDemoXLSX(path string, rows int) error { return demo.WriteResponsesXLSX(path, 1, rows) }
