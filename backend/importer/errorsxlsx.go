package importer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/spreadsheet"
)

// RejectSpool keeps every rejected row of a run in a temporary file (one
// JSON line each), so errors.xlsx can list all of them however many there
// are, without holding them in memory. Close removes the file.
type RejectSpool struct {
	f *os.File
	w *bufio.Writer
	n int
}

type spooled struct {
	Row    int        `json:"r"`
	Cells  []string   `json:"c"`
	Errors []RowError `json:"e"`
}

// NewRejectSpool creates the spool in the system temp folder.
func NewRejectSpool() (*RejectSpool, error) {
	f, err := os.CreateTemp("", "feedbackdesk-rejects-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("importer: reject spool: %w", err)
	}
	return &RejectSpool{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// Add records a rejected row; it fits RunOptions.Rejected.
func (s *RejectSpool) Add(row spreadsheet.Row, errs []RowError) error {
	b, err := json.Marshal(spooled{Row: row.Number, Cells: row.Cells, Errors: errs})
	if err != nil {
		return err
	}
	s.n++
	s.w.Write(b)
	return s.w.WriteByte('\n')
}

// Len is the number of rejected rows spooled.
func (s *RejectSpool) Len() int { return s.n }

// Close removes the spool file.
func (s *RejectSpool) Close() error {
	s.f.Close()
	return os.Remove(s.f.Name())
}

// WriteXLSX writes errors.xlsx to path: a header row ("Row", "Column",
// "Code", "Reason", "原因", then the file's own column names) and one row
// per rejected row with its row number, the columns and codes at fault,
// the reasons in English and Chinese, and the original cells. Every cell
// is written as a string, so a cell like "=HYPERLINK(…)" stays text
// rather than becoming a formula (excelize's stream writer writes strings
// as inline strings, never as formulas).
func (s *RejectSpool) WriteXLSX(path string, h *spreadsheet.Header) error {
	if err := s.w.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	defer s.f.Seek(0, io.SeekEnd)
	f := excelize.NewFile()
	defer f.Close()
	sheet := "Errors"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	head := []any{"Row", "Column", "Code", "Reason", "原因"}
	if h != nil {
		for _, c := range h.Columns {
			head = append(head, textCell(c.Name))
		}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	sc := bufio.NewScanner(s.f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 1
	for sc.Scan() {
		var sp spooled
		if err := json.Unmarshal(sc.Bytes(), &sp); err != nil {
			return fmt.Errorf("importer: reject spool: %w", err)
		}
		row := []any{sp.Row,
			textCell(joinReasons(sp.Errors, func(e RowError) string { return e.Column })),
			joinReasons(sp.Errors, func(e RowError) string { return e.Code }),
			textCell(joinReasons(sp.Errors, func(e RowError) string { return e.Message })),
			joinReasons(sp.Errors, func(e RowError) string { _, zh := Reason(e.Code); return zh })}
		for _, c := range sp.Cells {
			row = append(row, textCell(c))
		}
		n++
		cellRef, _ := excelize.CoordinatesToCellName(1, n)
		if err := sw.SetRow(cellRef, row); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// textCell keeps a cell as text. The stream writer stores strings as
// inline strings, never formulas; in addition, a text starting with "=",
// "+", "-" or "@" that is not a plain number or phone number is prefixed
// with "'" so that copying it into another sheet or a CSV cannot turn it
// into a formula either.
func textCell(s string) any {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) && !plainNumber.MatchString(s) {
		return "'" + s
	}
	return s
}

var plainNumber = regexp.MustCompile(`^[+-]?[0-9][0-9 ().-]*$`)
