package demo_test

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"feedbackdesk/backend/demo"

	"github.com/xuri/excelize/v2"
)

func TestWriteResponsesCSV(t *testing.T) {
	var a, b bytes.Buffer
	if err := demo.WriteResponsesCSV(&a, 9, 2000); err != nil {
		t.Fatal(err)
	}
	if err := demo.WriteResponsesCSV(&b, 9, 2000); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same seed wrote different files")
	}
	data, ok := bytes.CutPrefix(a.Bytes(), []byte("\ufeff"))
	if !ok {
		t.Fatal("no UTF-8 byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2001 || !slices.Equal(rows[0], demo.ExportHeaders) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	var blank, fen, fullWidth, slashDate int
	for _, r := range rows[1:] {
		nps := r[8]
		switch {
		case nps == "":
			blank++
		case strings.HasSuffix(nps, "分"):
			fen++
		case strings.ContainsAny(nps, "０１２３４５６７８９"):
			fullWidth++
		}
		if strings.Contains(r[1], "/") {
			slashDate++
		}
	}
	if blank == 0 || fen == 0 || fullWidth == 0 || slashDate == 0 {
		t.Fatalf("messiness missing: %d blank, %d 分, %d full-width, %d slash dates", blank, fen, fullWidth, slashDate)
	}
}

func TestWriteResponsesXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if err := demo.WriteResponsesXLSX(path, 9, 500); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Sheet1", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 501 || !slices.Equal(rows[0], demo.ExportHeaders) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	// Most submit times are date serials (numbers), a few are text.
	serials := 0
	for _, r := range rows[1:] {
		if len(r) > 1 && !strings.ContainsAny(r[1], "/-") {
			serials++
		}
	}
	if serials < 400 || serials == 500 {
		t.Fatalf("%d of 500 submit times are date cells", serials)
	}
}
