package report

import (
	"time"

	"github.com/xuri/excelize/v2"
)

// cell is one value to write with its style. v is a string (always a
// string cell, never a formula), an int, a float64, a *float64 (nil =
// blank), a time.Time (a date cell; see wallClock) or nil (blank, styled).
type cell struct {
	v     any
	style int
}

// at names the cell at column col (1-based) and row.
func at(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// put writes one cell.
func (w *workbook) put(sheet string, col, row int, c cell) error {
	ref := at(col, row)
	var err error
	switch v := c.v.(type) {
	case string:
		err = w.f.SetCellStr(sheet, ref, v)
	case int:
		err = w.f.SetCellInt(sheet, ref, int64(v))
	case float64:
		err = w.f.SetCellFloat(sheet, ref, v, -1, 64)
	case *float64:
		if v != nil {
			err = w.f.SetCellFloat(sheet, ref, *v, -1, 64)
		}
	case time.Time:
		err = w.f.SetCellValue(sheet, ref, v)
	case nil:
	default:
		panic("report: unsupported cell value")
	}
	if err == nil && c.style != 0 {
		err = w.f.SetCellStyle(sheet, ref, ref, c.style)
	}
	return err
}

// row writes cells from column 1 of row r.
func (w *workbook) row(sheet string, r int, cells ...cell) error {
	for i, c := range cells {
		if err := w.put(sheet, i+1, r, c); err != nil {
			return err
		}
	}
	return nil
}

// header writes a header row of labels from column 1 ("" = a blank
// header cell).
func (w *workbook) header(sheet string, r int, keys ...string) error {
	for i, k := range keys {
		text := ""
		if k != "" {
			text = w.l(k)
		}
		if err := w.put(sheet, i+1, r, cell{text, w.st.header}); err != nil {
			return err
		}
	}
	return w.f.SetRowHeight(sheet, r, 30)
}

// heading writes the sheet's title and period line in rows 1 and 2.
func (w *workbook) heading(sheet, titleKey string) error {
	if err := w.put(sheet, 1, 1, cell{w.title() + " · " + w.l(titleKey), w.st.title}); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sheet, 1, 26); err != nil {
		return err
	}
	return w.put(sheet, 1, 2, cell{w.periodLine(), w.st.subtitle})
}

// section writes a section title across width columns of row r.
func (w *workbook) section(sheet string, r, width int, key string) error {
	if err := w.put(sheet, 1, r, cell{w.l(key), w.st.section}); err != nil {
		return err
	}
	if width > 1 {
		return w.f.SetCellStyle(sheet, at(2, r), at(width, r), w.st.section)
	}
	return nil
}

// widths sets the column widths from column 1.
func (w *workbook) widths(sheet string, ws ...float64) error {
	for i, wd := range ws {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := w.f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	return nil
}

// freeze keeps the rows above row (and the columns before col) in view.
func (w *workbook) freeze(sheet string, col, row int) error {
	return w.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: col - 1, YSplit: row - 1, TopLeftCell: at(col, row), ActivePane: "bottomLeft"})
}

// pct turns a percentage (0–100) into the fraction a % cell holds.
func pct(p float64) float64 { return p / 100 }

// pctPtr is pct of an optional percentage.
func pctPtr(p *float64) *float64 {
	if p == nil {
		return nil
	}
	v := *p / 100
	return &v
}

// wrapped is a text in a wrapping column of the given width (characters).
type wrapped struct {
	text  string
	width float64
}

// fitRow sets the height of row r so that the wrapped texts show whole
// (spreadsheets do not grow rows for wrapped text written by a program).
func (w *workbook) fitRow(sheet string, r int, texts ...wrapped) error {
	h := 0.0
	for _, t := range texts {
		h = max(h, rowHeightFor(t.text, int(t.width*1.2))) // 10-point text in columns sized for 11
	}
	if h <= 15 {
		return nil
	}
	return w.f.SetRowHeight(sheet, r, h)
}
