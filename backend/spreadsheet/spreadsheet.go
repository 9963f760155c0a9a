// Package spreadsheet decodes the files people import — .xlsx workbooks and
// CSV/TSV/TXT text exports — into streams of string rows, and offers the
// value helpers (dates, Excel serials, phones, width folding) the import
// uses to turn cells into domain values. It knows nothing of the database.
//
// Files are recognised by content, never by extension. Rows are streamed:
// xlsx through excelize's row iterator with raw cell values (date cells come
// out as serial numbers; convert them with ExcelSerialToTime honouring
// Source.Date1904), text through encoding/csv after encoding and delimiter
// detection. Hostile files (zip bombs, legacy .xls, encrypted or truncated
// workbooks, HTML saved as .xls, binaries) are refused quickly with coded
// feedback errors whose keys are "error.file.…"; a panic inside a decoder
// becomes an error.file.corrupt instead of crashing the app.
package spreadsheet

import (
	"feedbackdesk/backend/feedback"
)

// Format is the detected kind of file.
type Format string

// The formats a Source can read.
const (
	FormatXLSX Format = "xlsx" // Office Open XML workbook (.xlsx, .xlsm, .xltx)
	FormatText Format = "text" // delimited text (.csv, .tsv, .txt)
)

// Default limits, used where the Options field is zero.
const (
	DefaultMaxRows        = 1_000_000
	DefaultMaxColumns     = 500
	DefaultMaxFileSize    = 1 << 30 // 1 GiB on disk
	DefaultMaxUnzipSize   = 2 << 30 // 2 GiB declared uncompressed, all parts
	DefaultMaxUnzipRatio  = 200     // per zip part larger than ratioFloor
	DefaultUnzipXMLMemory = 16 << 20
)

// Options tune how a file is opened. The zero value is ready to use.
type Options struct {
	// Sheet is the worksheet to read from an xlsx file; "" picks the first
	// visible sheet. Ignored for text files.
	Sheet string
	// HeaderRow is the 1-based physical row holding the column names;
	// 0 means the first non-empty row.
	HeaderRow int
	// Encoding forces the text encoding ("utf-8", "utf-16le", "utf-16be",
	// "gb18030", "windows-1252"); "" detects it.
	Encoding string
	// Delimiter forces the field separator of a text file; 0 detects it.
	Delimiter rune
	// MaxRows caps the data rows (non-empty rows after the header);
	// 0 means DefaultMaxRows. Exceeding it is error.file.too_many_rows.
	MaxRows int
	// MaxColumns caps the cells of a row (trailing empty cells ignored);
	// 0 means DefaultMaxColumns. Exceeding it is error.file.too_many_columns.
	MaxColumns int
	// MaxFileSize caps the size on disk; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// MaxUnzipSize caps the declared uncompressed size of all parts of an
	// xlsx; 0 means DefaultMaxUnzipSize. It is also excelize's UnzipSizeLimit.
	MaxUnzipSize int64
	// MaxUnzipRatio caps the compression ratio of any large xlsx part;
	// 0 means DefaultMaxUnzipRatio.
	MaxUnzipRatio int
}

func (o Options) withDefaults() Options {
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.MaxColumns <= 0 {
		o.MaxColumns = DefaultMaxColumns
	}
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.MaxUnzipSize <= 0 {
		o.MaxUnzipSize = DefaultMaxUnzipSize
	}
	if o.MaxUnzipRatio <= 0 {
		o.MaxUnzipRatio = DefaultMaxUnzipRatio
	}
	return o
}

// Row is one physical row that has at least one non-empty cell.
type Row struct {
	// Number is the 1-based row number as Excel shows it: for text files a
	// quoted field spanning several lines is one row, blank lines count.
	Number int
	// Cells are the raw cell texts, trailing empty cells removed; a row may
	// be shorter or longer than the header. For text files the slice is
	// reused by the next row: copy it to keep it.
	Cells []string
}

// fileErr builds the coded error for a refused or unreadable file; key is
// the part after "error.file.".
func fileErr(code, key, format string, args ...any) *feedback.Error {
	return feedback.Errorf(code, "error.file."+key, format, args...)
}
