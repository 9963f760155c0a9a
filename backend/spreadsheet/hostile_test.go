package spreadsheet_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// oleFile builds a minimal OLE2 compound file (version 3, 512-byte
// sectors: header, one FAT sector, one directory sector) whose root holds
// one empty stream named stream — "EncryptedPackage" is what Excel writes
// for a password-protected .xlsx, "Workbook" for a legacy .xls.
func oleFile(stream string) []byte {
	const end, free, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFF
	b := make([]byte, 512*3)
	le := binary.LittleEndian
	copy(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(b[24:], 0x3E)
	le.PutUint16(b[26:], 3)
	le.PutUint16(b[28:], 0xFFFE)
	le.PutUint16(b[30:], 9)
	le.PutUint16(b[32:], 6)
	le.PutUint32(b[44:], 1)      // FAT sectors
	le.PutUint32(b[48:], 1)      // first directory sector
	le.PutUint32(b[56:], 0x1000) // mini stream cutoff
	le.PutUint32(b[60:], end)
	le.PutUint32(b[68:], end)
	for i := 0; i < 109; i++ {
		le.PutUint32(b[76+4*i:], free)
	}
	le.PutUint32(b[76:], 0) // the FAT is sector 0
	fat := b[512:1024]
	for i := 0; i < 128; i++ {
		le.PutUint32(fat[4*i:], free)
	}
	le.PutUint32(fat[0:], 0xFFFFFFFD) // FAT sector
	le.PutUint32(fat[4:], end)        // directory chain
	entry := func(i int, name string, typ byte, child uint32) {
		e := b[1024+128*i : 1024+128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], nostream)
		le.PutUint32(e[72:], nostream)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], end)
	}
	entry(0, "Root Entry", 5, 1)
	entry(1, stream, 2, nostream)
	for i := 2; i < 4; i++ {
		e := b[1024+128*i:]
		le.PutUint32(e[68:], nostream)
		le.PutUint32(e[72:], nostream)
		le.PutUint32(e[76:], nostream)
	}
	return b
}

// bombZip writes a zip with the workbook parts and one sheet part: either
// declared (CreateRaw) as huge with a small body, or honestly deflated
// zeros of size bytes.
func bombZip(t *testing.T, declared uint64, honest int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, "<x/>")
	}
	if declared > 0 {
		var body bytes.Buffer
		fw, _ := flate.NewWriter(&body, flate.BestCompression)
		fw.Write(make([]byte, 1<<20))
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
			CompressedSize64: uint64(body.Len()), UncompressedSize64: declared})
		must(t, err)
		w.Write(body.Bytes())
	} else {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
		must(t, err)
		_, err = io.CopyN(w, zeroReader{}, honest)
		must(t, err)
	}
	must(t, zw.Close())
	return buf.Bytes()
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestHostileFiles(t *testing.T) {
	validXLSX := func() []byte {
		path := MustWriteXLSX(t, func(f *excelize.File) {
			for i := 1; i <= 200; i++ {
				cell, _ := excelize.CoordinatesToCellName(1, i)
				must(t, f.SetSheetRow("Sheet1", cell, &[]any{i, "评论内容比较长的一段文字", 3.5}))
			}
		})
		b, err := os.ReadFile(path)
		must(t, err)
		return b
	}()
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, "<w:document/>")
	zw.Close()
	var corrupt bytes.Buffer
	zw = zip.NewWriter(&corrupt)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, "<<<not xml")
	}
	zw.Close()
	binaryData := bytes.Repeat([]byte{0x00, 0x00, 0x13, 0x00, 0x7F, 0x45, 0x00, 0x01}, 100)
	wide := strings.Repeat("x,", 600) + "x\n"

	cases := []struct {
		name, file string
		data       []byte
		opts       spreadsheet.Options
		key        string
	}{
		{"Empty", "empty.csv", nil, spreadsheet.Options{}, "error.file.empty"},
		{"TooLarge", "big.csv", []byte("a,b\n1,2\n"), spreadsheet.Options{MaxFileSize: 4}, "error.file.too_large"},
		{"LegacyXLS", "old.xls", oleFile("Workbook"), spreadsheet.Options{}, "error.file.xls_legacy"},
		{"LegacyXLSJunk", "old.xls", append(oleFile("x")[:8], bytes.Repeat([]byte{1}, 600)...), spreadsheet.Options{}, "error.file.xls_legacy"},
		{"Encrypted", "secret.xlsx", oleFile("EncryptedPackage"), spreadsheet.Options{}, "error.file.encrypted"},
		{"HTMLAsXLSX", "report.xlsx", []byte("\uFEFF  <!DOCTYPE html><html><table><tr><td>1</td></tr></table>"), spreadsheet.Options{}, "error.file.html_disguised"},
		{"TableAsXLS", "report.xls", []byte("<table border=1><tr><td>姓名</td></tr></table>"), spreadsheet.Options{}, "error.file.html_disguised"},
		{"XMLSpreadsheet2003", "x.xls", []byte(`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`), spreadsheet.Options{}, "error.file.xls_legacy"},
		{"Truncated", "cut.xlsx", validXLSX[:len(validXLSX)/2], spreadsheet.Options{}, "error.file.truncated"},
		{"DocxRenamed", "doc.xlsx", docx.Bytes(), spreadsheet.Options{}, "error.file.not_spreadsheet"},
		{"PDF", "a.csv", []byte("%PDF-1.7\n..."), spreadsheet.Options{}, "error.file.not_spreadsheet"},
		{"CorruptWorkbook", "bad.xlsx", corrupt.Bytes(), spreadsheet.Options{}, "error.file.corrupt"},
		{"BombDeclared10GB", "bomb.xlsx", bombZip(t, 10<<30, 0), spreadsheet.Options{}, "error.file.zip_bomb"},
		{"BombRatio", "bomb.xlsx", bombZip(t, 0, 256<<20), spreadsheet.Options{}, "error.file.zip_bomb"},
		{"BinaryText", "data.txt", binaryData, spreadsheet.Options{}, "error.file.binary"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := MustWrite(t, tc.file, tc.data)
			start := time.Now()
			src, err := spreadsheet.Open(path, tc.opts)
			if err == nil {
				src.Close()
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("refusing took %v, want < 1 s", d)
			}
			AssertFileErr(t, err, tc.key)
			if code := feedback.ErrorCode(err); code == feedback.EINTERNAL {
				t.Errorf("code = %s", code)
			}
		})
	}

	t.Run("TooManyColumns", func(t *testing.T) {
		src := MustOpen(t, MustWrite(t, "wide.csv", []byte("a,b\n"+wide)), spreadsheet.Options{})
		_, err := rowsErr(src)
		AssertFileErr(t, err, "error.file.too_many_columns")
	})
	t.Run("TooManyRows", func(t *testing.T) {
		data := "h\n" + strings.Repeat("1\n", 10)
		src := MustOpen(t, MustWrite(t, "long.csv", []byte(data)), spreadsheet.Options{MaxRows: 5})
		var n int
		var err error
		for _, err = range src.DataRows() {
			if err != nil {
				break
			}
			n++
		}
		if n != 5 {
			t.Fatalf("%d rows before the error, want 5", n)
		}
		AssertFileErr(t, err, "error.file.too_many_rows")
	})
}

// rowsErr drains Rows and returns the count and the error it yielded.
func rowsErr(src *spreadsheet.Source) (int, error) {
	n := 0
	for _, err := range src.Rows() {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func TestPanicIsolation(t *testing.T) {
	data := []byte("a,b\n1,2\n3,4\n")
	for _, name := range []string{"p.csv", "p.xlsx"} {
		path := MustWrite(t, name, data)
		if name == "p.xlsx" {
			path = MustWriteXLSX(t, func(f *excelize.File) { must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"a", "b"})) })
		}
		src := MustOpen(t, path, spreadsheet.Options{})
		calls := 0
		spreadsheet.SetTestHookNext(func() {
			if calls++; calls == 2 {
				panic("decoder exploded")
			}
		})
		_, err := rowsErr(src)
		spreadsheet.SetTestHookNext(nil)
		AssertFileErr(t, err, "error.file.corrupt")
	}

	// A panic in the caller's loop body is the caller's: not swallowed.
	src := MustOpen(t, MustWrite(t, "q.csv", data), spreadsheet.Options{})
	defer func() {
		if recover() == nil {
			t.Fatal("the loop body's panic was swallowed")
		}
	}()
	for range src.Rows() {
		panic("caller bug")
	}
}
