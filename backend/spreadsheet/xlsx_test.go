package spreadsheet_test

import (
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/spreadsheet"
)

// MustWriteXLSX builds a workbook in a temp dir: fill gets the file.
func MustWriteXLSX(tb testing.TB, fill func(f *excelize.File)) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	fill(f)
	path := filepath.Join(tb.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

func TestXLSXSheetsAndRawValues(t *testing.T) {
	submitted := time.Date(2026, 10, 5, 9, 30, 15, 0, time.UTC)
	path := MustWriteXLSX(t, func(f *excelize.File) {
		must(t, f.SetSheetName("Sheet1", "说明"))
		must(t, f.SetCellValue("说明", "A1", "本表为导出说明"))
		_, err := f.NewSheet("数据")
		must(t, err)
		must(t, f.SetSheetRow("数据", "A2", &[]any{"姓名", "手机", "推荐意愿", "提交时间", "", "备注"}))
		must(t, f.SetSheetRow("数据", "A3", &[]any{"张伟", "013800138000", 10, submitted, nil, "好"}))
		must(t, f.SetSheetRow("数据", "A5", &[]any{"李娜", "1.38E+10", 6.5, "2026/10/5 9:30"}))
		style, err := f.NewStyle(&excelize.Style{NumFmt: 22})
		must(t, err)
		must(t, f.SetCellStyle("数据", "D3", "D3", style))
		idx, err := f.GetSheetIndex("数据")
		must(t, err)
		f.SetActiveSheet(idx)
		must(t, f.SetSheetVisible("说明", false))
	})
	src := MustOpen(t, path, spreadsheet.Options{})
	if src.Format() != spreadsheet.FormatXLSX || !reflect.DeepEqual(src.Sheets(), []string{"说明", "数据"}) || src.Sheet() != "数据" {
		t.Fatalf("format %s sheets %q default %q: want the first visible sheet 数据", src.Format(), src.Sheets(), src.Sheet())
	}
	rows := AllRows(t, src)
	if len(rows) != 3 || rows[0].Number != 2 || rows[1].Number != 3 || rows[2].Number != 5 {
		t.Fatalf("rows = %+v", rows)
	}
	r := rows[1].Cells
	if r[0] != "张伟" || r[1] != "013800138000" || r[2] != "10" || len(r) != 6 {
		t.Fatalf("raw cells = %q", r)
	}
	serial, err := strconv.ParseFloat(r[3], 64)
	if err != nil {
		t.Fatalf("date cell raw value %q is not a serial", r[3])
	}
	got, err := spreadsheet.ExcelSerialToTime(serial, src.Date1904(), time.UTC)
	if err != nil || !got.Equal(submitted) {
		t.Fatalf("serial %v → %v, %v; want %v", serial, got, err, submitted)
	}
	if c := rows[2].Cells; c[2] != "6.5" || metrics.ParseScore(c[2], 0, 10).Reason != metrics.ReasonNotInteger {
		t.Fatalf("6.5 must stay raw and be invalid: %q", c)
	}
	if _, flag := spreadsheet.NormalizePhone(rows[2].Cells[1]); flag != spreadsheet.FlagPhoneScientific {
		t.Fatalf("1.38E+10 flag = %q", flag)
	}

	must(t, src.SelectSheet("说明"))
	if rows := AllRows(t, src); len(rows) != 1 || rows[0].Cells[0] != "本表为导出说明" {
		t.Fatalf("sheet 说明 rows = %+v", rows)
	}
	AssertFileErr(t, src.SelectSheet("nope"), "error.file.sheet_not_found")
	src2 := MustOpen(t, path, spreadsheet.Options{Sheet: "说明"})
	if src2.Sheet() != "说明" {
		t.Fatalf("Options.Sheet ignored: %s", src2.Sheet())
	}
}

func TestXLSX1904(t *testing.T) {
	when := time.Date(2026, 10, 5, 9, 30, 0, 0, time.UTC)
	path := MustWriteXLSX(t, func(f *excelize.File) {
		yes := true
		must(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
		must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"提交时间", "序号"}))
		must(t, f.SetSheetRow("Sheet1", "A2", &[]any{when, 45000}))
	})
	src := MustOpen(t, path, spreadsheet.Options{})
	if !src.Date1904() {
		t.Fatal("Date1904() = false for a 1904 workbook")
	}
	rows := AllRows(t, src)
	serial, _ := strconv.ParseFloat(rows[1].Cells[0], 64)
	if got, _ := spreadsheet.ExcelSerialToTime(serial, true, time.UTC); !got.Equal(when) {
		t.Fatalf("1904 serial %v → %v, want %v", serial, got, when)
	}
	// The same serial is 4 years and 1 day later in the 1904 system.
	d1900, _ := spreadsheet.ExcelSerialToTime(45000, false, time.UTC)
	d1904, _ := spreadsheet.ExcelSerialToTime(45000, true, time.UTC)
	if d1900.Format(time.DateOnly) != "2023-03-15" || d1904.Format(time.DateOnly) != "2027-03-16" {
		t.Fatalf("45000 → %v (1900) %v (1904)", d1900, d1904)
	}
	plain := MustOpen(t, MustWriteXLSX(t, func(f *excelize.File) { must(t, f.SetCellValue("Sheet1", "A1", 1)) }), spreadsheet.Options{})
	if plain.Date1904() {
		t.Fatal("Date1904() = true for a 1900 workbook")
	}
}

// TestDemoXLSX reads the demo generator's workbook: headers, raw serial
// dates and text dates, scores through metrics.ParseScore, phones.
func TestDemoXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.xlsx")
	must(t, demo.WriteResponsesXLSX(path, 3, 300))
	src := MustOpen(t, path, spreadsheet.Options{})
	h, err := src.Header()
	must(t, err)
	for i, c := range h.Columns {
		if c.Name != demo.ExportHeaders[i] {
			t.Fatalf("column %s = %q, want %q", c.Letter, c.Name, demo.ExportHeaders[i])
		}
	}
	var n, serials, texts, valid int
	for row, err := range src.DataRows() {
		must(t, err)
		n++
		cell := row.Cells[1]
		if v, err := strconv.ParseFloat(cell, 64); err == nil {
			serials++
			if tm, err := spreadsheet.ExcelSerialToTime(v, src.Date1904(), nil); err != nil || tm.Year() < 2020 {
				t.Errorf("row %d: serial %s → %v %v", row.Number, cell, tm, err)
			}
		} else if _, err := spreadsheet.ParseDateTime(cell, spreadsheet.DateAuto, nil); err == nil {
			texts++
		} else {
			t.Errorf("row %d: submit time %q: %v", row.Number, cell, err)
		}
		if _, flag := spreadsheet.NormalizePhone(row.Cells[3]); flag != spreadsheet.FlagNone {
			t.Errorf("row %d: phone %q flagged %s", row.Number, row.Cells[3], flag)
		}
		if len(row.Cells) > 8 && metrics.ParseScore(row.Cells[8], 0, 10).Valid() {
			valid++
		}
	}
	if n != 300 || serials == 0 || texts == 0 || valid < 270 {
		t.Fatalf("rows %d serial dates %d text dates %d valid NPS %d", n, serials, texts, valid)
	}
}
