package spreadsheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/richardlehane/mscfb"

	"feedbackdesk/backend/feedback"
)

const (
	sampleSize  = 64 << 10 // bytes inspected for format, encoding and delimiter
	ratioFloor  = 8 << 20  // parts smaller than this are never judged by ratio
	maxZipParts = 10_000
)

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// otherMagic are binary formats people pick by mistake.
	otherMagic = [][]byte{[]byte("%PDF"), []byte("\x89PNG"), []byte("\xFF\xD8\xFF"), []byte("GIF8"),
		[]byte("\x1F\x8B"), []byte("Rar!"), []byte("7z\xBC\xAF")}
	htmlPrefixes = []string{"<!doctype", "<html", "<table", "<head", "<body", "<meta", "<style"}
)

// Open opens the spreadsheet at path, recognising its format by content.
// Text files are read through the open file (Rows streams from disk);
// workbooks through excelize, which spills large sheets to temporary files.
// Close the Source when done. Refused files yield *feedback.Error values
// with keys error.file.empty, too_large, not_spreadsheet, xls_legacy,
// encrypted, html_disguised, zip_bomb, truncated, binary or corrupt.
func Open(path string, opts Options) (*Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(feedback.ENOTFOUND, "unreadable", "The file cannot be opened: %v", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fileErr(feedback.ENOTFOUND, "unreadable", "The file cannot be opened: %v", err)
	}
	s, err := open(path, f, fi.Size(), opts)
	if err != nil || s.format == FormatXLSX { // excelize has read what it needs
		f.Close()
	} else {
		s.closer = f
	}
	return s, err
}

// OpenReaderAt is Open for content that is not a named file (an upload, a
// test). A workbook is read into memory by excelize; prefer Open for large
// workbooks. r must stay readable until the Source is closed.
func OpenReaderAt(r io.ReaderAt, size int64, opts Options) (*Source, error) {
	return open("", r, size, opts)
}

func open(path string, r io.ReaderAt, size int64, opts Options) (s *Source, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, fileErr(feedback.ECORRUPT, "corrupt", "The file could not be read (decoder failure: %v).", p)
		}
	}()
	o := opts.withDefaults()
	switch {
	case size == 0:
		return nil, fileErr(feedback.EINVALID, "empty", "The file is empty (0 bytes).")
	case size > o.MaxFileSize:
		return nil, fileErr(feedback.EINVALID, "too_large", "The file is %d MB; the limit is %d MB.", size>>20, o.MaxFileSize>>20).
			WithParams(map[string]any{"size_mb": size >> 20, "limit_mb": o.MaxFileSize >> 20})
	}
	head := make([]byte, min(size, sampleSize))
	if n, err := r.ReadAt(head, 0); n < len(head) {
		return nil, fileErr(feedback.ECORRUPT, "unreadable", "The file cannot be read: %v", err)
	}
	switch {
	case bytes.HasPrefix(head, oleMagic):
		return nil, checkOLE(r)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if err := checkZip(r, size, o); err != nil {
			return nil, err
		}
		return openXLSX(path, r, size, o)
	}
	for _, m := range otherMagic {
		if bytes.HasPrefix(head, m) {
			return nil, notSpreadsheet()
		}
	}
	if err := checkMarkup(head); err != nil {
		return nil, err
	}
	return openText(r, size, head, o)
}

func notSpreadsheet() error {
	return fileErr(feedback.EINVALID, "not_spreadsheet", "This is not a spreadsheet. Choose an .xlsx or .csv file.")
}

// checkOLE classifies an OLE2 compound file: an encrypted (password
// protected) OOXML workbook carries an EncryptedPackage stream; anything
// else is a legacy binary .xls (or another Office 97 document).
func checkOLE(r io.ReaderAt) (err error) {
	legacy := fileErr(feedback.EINVALID, "xls_legacy",
		"This is an old-format Excel file (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.")
	defer func() {
		if recover() != nil {
			err = legacy
		}
	}()
	doc, derr := mscfb.New(r)
	if derr != nil {
		return legacy
	}
	for _, f := range doc.File {
		if f.Name == "EncryptedPackage" || f.Name == "EncryptionInfo" {
			return fileErr(feedback.EINVALID, "encrypted",
				"The workbook is password protected. Open it in Excel, remove the password and save it, then import it again.")
		}
	}
	return legacy
}

// checkZip inspects the zip central directory before excelize sees the
// file: a directory that cannot be read is a truncated download; declared
// sizes over the limits are a zip bomb (archive/zip refuses to inflate past
// a declared size, so the declared sizes bound what excelize can unpack);
// an archive without the workbook parts is some other zip (.docx, .ods).
func checkZip(r io.ReaderAt, size int64, o Options) error {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return fileErr(feedback.ECORRUPT, "truncated",
			"The file is incomplete or damaged (its zip directory cannot be read). Download or copy it again.")
	}
	bomb := func(why string) error {
		return fileErr(feedback.EINVALID, "zip_bomb", "The workbook was refused: %s.", why)
	}
	if len(zr.File) > maxZipParts {
		return bomb(fmt.Sprintf("it holds %d parts", len(zr.File)))
	}
	var total uint64
	var hasTypes, hasWorkbook bool
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		hasTypes = hasTypes || name == "[content_types].xml"
		hasWorkbook = hasWorkbook || name == "xl/workbook.xml" || name == "xl/workbook.bin"
		u := f.UncompressedSize64
		total += u
		if total > uint64(o.MaxUnzipSize) {
			return bomb(fmt.Sprintf("it would unpack to more than %d MB", o.MaxUnzipSize>>20))
		}
		if u > ratioFloor && u/max(f.CompressedSize64, 1) > uint64(o.MaxUnzipRatio) {
			return bomb(fmt.Sprintf("part %q is compressed %d:1", f.Name, u/max(f.CompressedSize64, 1)))
		}
	}
	if !hasTypes || !hasWorkbook {
		return notSpreadsheet()
	}
	return nil
}

// checkMarkup refuses HTML tables and XML Spreadsheet 2003 files that web
// systems save with an .xls/.xlsx name.
func checkMarkup(head []byte) error {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	lower := strings.ToLower(string(h[:min(len(h), 512)]))
	for _, p := range htmlPrefixes {
		if strings.HasPrefix(lower, p) {
			return fileErr(feedback.EINVALID, "html_disguised",
				"This file is a web page (HTML) saved with a spreadsheet name. Open it in Excel and save it as .xlsx.")
		}
	}
	if strings.HasPrefix(lower, "<?xml") {
		if strings.Contains(lower, "<html") {
			return fileErr(feedback.EINVALID, "html_disguised",
				"This file is a web page (HTML) saved with a spreadsheet name. Open it in Excel and save it as .xlsx.")
		}
		return fileErr(feedback.EINVALID, "xls_legacy",
			"This is an XML spreadsheet (Excel 2003 format). Open it in Excel and save it as .xlsx.")
	}
	return nil
}
