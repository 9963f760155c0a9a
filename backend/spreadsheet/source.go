package spreadsheet

import (
	"io"
	"iter"
	"slices"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
)

// Source is an opened spreadsheet: a text file or one chosen sheet of a
// workbook. Its iterators re-read the file from the start each time they
// are ranged over, so a preview and the real import can both stream it.
// A Source is not safe for concurrent use.
type Source struct {
	format Format
	opts   Options
	closer io.Closer

	// text files
	ra   io.ReaderAt
	size int64
	text textInfo

	// workbooks
	wb       *excelize.File
	sheets   []string
	sheet    string
	date1904 bool

	header *Header // cached for the current sheet
}

// rowReader is one pass over the rows of a Source.
type rowReader interface {
	next() (Row, bool, error)
	close()
}

// testHookNext, when set (by tests only), runs before every row is decoded.
var testHookNext func()

func openText(r io.ReaderAt, size int64, head []byte, o Options) (*Source, error) {
	ti, err := sniffText(head, int64(len(head)) == size, o)
	if err != nil {
		return nil, err
	}
	return &Source{format: FormatText, opts: o, ra: r, size: size, text: ti}, nil
}

// Format reports whether the Source is a workbook or a text file.
func (s *Source) Format() Format { return s.format }

// Encoding reports the detected (or forced) encoding of a text file, one
// of the Encoding… constants; "" for a workbook.
func (s *Source) Encoding() string { return s.text.encoding }

// Delimiter reports the field separator of a text file; 0 for a workbook.
func (s *Source) Delimiter() rune { return s.text.delim }

// Sheets lists the worksheet names of a workbook in tab order (hidden
// sheets included); nil for a text file.
func (s *Source) Sheets() []string { return slices.Clone(s.sheets) }

// Sheet is the worksheet being read: Options.Sheet, the last SelectSheet,
// or else the first visible sheet; "" for a text file.
func (s *Source) Sheet() string { return s.sheet }

// Date1904 reports whether the workbook counts dates from 1904 (Mac Excel
// legacy, workbookPr date1904). Pass it to ExcelSerialToTime.
func (s *Source) Date1904() bool { return s.date1904 }

// SelectSheet chooses the worksheet to read; an unknown name is
// error.file.sheet_not_found.
func (s *Source) SelectSheet(name string) error {
	if !slices.Contains(s.sheets, name) {
		return fileErr(feedback.ENOTFOUND, "sheet_not_found", "The workbook has no sheet named %q.", name).
			WithParams(map[string]any{"sheet": name})
	}
	if name != s.sheet {
		s.sheet, s.header = name, nil
	}
	return nil
}

// Close releases the file and any temporary files excelize made.
func (s *Source) Close() error {
	var err error
	if s.wb != nil {
		err = s.wb.Close()
	}
	if s.closer != nil {
		if cerr := s.closer.Close(); err == nil {
			err = cerr
		}
		s.closer = nil
	}
	return err
}

// Rows iterates every physical row with at least one non-empty cell, the
// header and any title rows above it included. On failure it yields one
// error (a *feedback.Error: too_many_rows, too_many_columns, corrupt…) and
// stops; it never panics. Allowed rows: MaxRows plus the header row(s).
func (s *Source) Rows() iter.Seq2[Row, error] {
	return s.iterate(0, s.opts.MaxRows+max(s.opts.HeaderRow, 1))
}

// DataRows iterates the non-empty rows below the header row (see Header),
// at most MaxRows of them.
func (s *Source) DataRows() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		h, err := s.Header()
		if err != nil {
			yield(Row{}, err)
			return
		}
		for row, err := range s.iterate(h.Row, s.opts.MaxRows) {
			if !yield(row, err) {
				return
			}
		}
	}
}

// iterate yields the rows numbered after `after`, refusing more than limit
// of them and any row wider than MaxColumns.
func (s *Source) iterate(after, limit int) iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		rr, err := s.openRows()
		if err != nil {
			yield(Row{}, err)
			return
		}
		defer rr.close()
		count := 0
		for {
			row, ok, err := safeNext(rr)
			if err != nil {
				yield(Row{}, err)
				return
			}
			if !ok {
				return
			}
			if len(row.Cells) > s.opts.MaxColumns {
				yield(Row{}, fileErr(feedback.EINVALID, "too_many_columns",
					"Row %d has %d columns; at most %d are allowed.", row.Number, len(row.Cells), s.opts.MaxColumns).
					WithParams(map[string]any{"row": row.Number, "columns": len(row.Cells), "limit": s.opts.MaxColumns}))
				return
			}
			if row.Number <= after {
				continue
			}
			if count++; count > limit {
				yield(Row{}, fileErr(feedback.EINVALID, "too_many_rows",
					"The file has more than %d rows; split it into smaller files.", limit).
					WithParams(map[string]any{"limit": limit}))
				return
			}
			if !yield(row, nil) {
				return
			}
		}
	}
}

func (s *Source) openRows() (rr rowReader, err error) {
	defer func() {
		if p := recover(); p != nil {
			rr, err = nil, fileErr(feedback.ECORRUPT, "corrupt", "The file could not be read (decoder failure: %v).", p)
		}
	}()
	if s.format == FormatText {
		return newTextRows(s.ra, s.size, s.text)
	}
	rows, err := s.wb.Rows(s.sheet)
	if err != nil {
		return nil, fileErr(feedback.ECORRUPT, "corrupt", "The sheet %q cannot be read: %v", s.sheet, err)
	}
	return &xlsxRows{rows: rows}, nil
}

// safeNext decodes one row, turning a panic inside excelize, encoding/csv
// or a text transformer into an error.file.corrupt. Only decoding runs
// under the recover: a panic in the caller's loop body is not swallowed.
func safeNext(rr rowReader) (row Row, ok bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			row, ok, err = Row{}, false, fileErr(feedback.ECORRUPT, "corrupt", "The file could not be read (decoder failure: %v).", p)
		}
	}()
	if testHookNext != nil {
		testHookNext()
	}
	return rr.next()
}
