package spreadsheet_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// MustWrite writes data to a file named name in a fresh temp dir.
func MustWrite(tb testing.TB, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// MustOpen opens path and closes it when the test ends.
func MustOpen(tb testing.TB, path string, opts spreadsheet.Options) *spreadsheet.Source {
	tb.Helper()
	src, err := spreadsheet.Open(path, opts)
	if err != nil {
		tb.Fatalf("Open(%s): %v", filepath.Base(path), err)
	}
	tb.Cleanup(func() { src.Close() })
	return src
}

// AllRows collects every row (cells copied) or fails the test.
func AllRows(tb testing.TB, src *spreadsheet.Source) []spreadsheet.Row {
	tb.Helper()
	var out []spreadsheet.Row
	for row, err := range src.Rows() {
		if err != nil {
			tb.Fatalf("Rows: %v", err)
		}
		out = append(out, spreadsheet.Row{Number: row.Number, Cells: slices.Clone(row.Cells)})
	}
	return out
}

// CSVBytes renders records with delimiter and line ending.
func CSVBytes(tb testing.TB, records [][]string, delim rune, crlf bool) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = delim, crlf
	if err := w.WriteAll(records); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// Encode converts UTF-8 text to one of the encodings people's files use.
func Encode(tb testing.TB, text []byte, enc string) []byte {
	tb.Helper()
	var out []byte
	var err error
	switch enc {
	case spreadsheet.EncodingUTF8:
		return text
	case spreadsheet.EncodingUTF8BOM:
		return append([]byte("\uFEFF"), text...)
	case spreadsheet.EncodingUTF16LE:
		out, err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(text)
	case spreadsheet.EncodingUTF16BE:
		out, err = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(text)
	case spreadsheet.EncodingGB18030:
		out, err = simplifiedchinese.GB18030.NewEncoder().Bytes(text)
	default:
		tb.Fatalf("unknown encoding %s", enc)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// AssertFileErr checks that err is a *feedback.Error with the key.
func AssertFileErr(tb testing.TB, err error, key string) {
	tb.Helper()
	var fe *feedback.Error
	if !errors.As(err, &fe) {
		tb.Fatalf("error = %v, want *feedback.Error with key %s", err, key)
	}
	if fe.Key != key {
		tb.Fatalf("error key = %s (%v), want %s", fe.Key, err, key)
	}
}
