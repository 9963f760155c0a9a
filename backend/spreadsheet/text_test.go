package spreadsheet_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/spreadsheet"
)

// surveyRecords has Chinese headers and values, fields with embedded
// delimiters, quotes and a line break, and a non-Chinese name.
var surveyRecords = [][]string{
	{"客户姓名", "手机", "推荐意愿(0-10)", "意见建议"},
	{"张伟", "13800138000", "10分", "服务很好，速度快"},
	{"李娜", "+86 139-0000-0000", "１０", "含,逗号;分号\t制表"},
	{"王芳", "", "6.5", "第一行\n第二行"},
	{"Émile", "010-12345678", "N/A", `“引号”和"双引号"`},
}

func TestTextMatrix(t *testing.T) {
	encodings := []string{spreadsheet.EncodingUTF8, spreadsheet.EncodingUTF8BOM, spreadsheet.EncodingUTF16LE,
		spreadsheet.EncodingUTF16BE, spreadsheet.EncodingGB18030}
	delims := map[string]rune{"comma": ',', "semicolon": ';', "tab": '\t'}
	for _, enc := range encodings {
		for dname, delim := range delims {
			for _, crlf := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/crlf=%v", enc, dname, crlf), func(t *testing.T) {
					data := Encode(t, CSVBytes(t, surveyRecords, delim, crlf), enc)
					src := MustOpen(t, MustWrite(t, "export.csv", data), spreadsheet.Options{})
					if src.Format() != spreadsheet.FormatText || src.Encoding() != enc || src.Delimiter() != delim {
						t.Fatalf("detected %s %s %q, want text %s %q", src.Format(), src.Encoding(), src.Delimiter(), enc, delim)
					}
					rows := AllRows(t, src)
					var got [][]string
					var numbers []int
					for _, r := range rows {
						got, numbers = append(got, r.Cells), append(numbers, r.Number)
					}
					want := [][]string{surveyRecords[0], surveyRecords[1], surveyRecords[2],
						{"王芳", "", "6.5", "第一行\n第二行"}, surveyRecords[4]}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("rows =\n%q\nwant\n%q", got, want)
					}
					if !reflect.DeepEqual(numbers, []int{1, 2, 3, 4, 5}) {
						t.Fatalf("row numbers = %v (a multi-line cell is one row, as in Excel)", numbers)
					}
				})
			}
		}
	}
}

func TestTextLineEndingsCR(t *testing.T) {
	data := []byte("姓名;评分\r张伟;9\r\r李娜;10分\r")
	src := MustOpen(t, MustWrite(t, "mac.csv", data), spreadsheet.Options{})
	rows := AllRows(t, src)
	if src.Delimiter() != ';' || len(rows) != 3 || rows[2].Number != 4 || rows[2].Cells[1] != "10分" {
		t.Fatalf("delimiter %q rows %+v; want ';' and 李娜 on row 4", src.Delimiter(), rows)
	}
}

func TestTextDelimiterQuoteAware(t *testing.T) {
	// Commas inside quotes and decimal commas must not outvote the semicolon.
	data := []byte("name;comment;score\n\"Ann\";\"good, fast, kind\";7,5\n\"Bob\";\"slow, rude\";3,0\n")
	src := MustOpen(t, MustWrite(t, "eu.csv", data), spreadsheet.Options{})
	if src.Delimiter() != ';' {
		t.Fatalf("delimiter = %q, want ';'", src.Delimiter())
	}
	// Excel's "sep=" hint wins and is not a row.
	src = MustOpen(t, MustWrite(t, "sep.csv", []byte("sep=|\na|b,c\n1|2,3\n")), spreadsheet.Options{})
	if rows := AllRows(t, src); src.Delimiter() != '|' || rows[0].Cells[1] != "b,c" || rows[0].Number != 1 {
		t.Fatalf("sep= hint: delimiter %q rows %+v", src.Delimiter(), rows)
	}
}

func TestHeaderDetection(t *testing.T) {
	data := []byte("\n\n,,,\n姓名,,手机,手机 ,ＮＰＳ\n张伟,x,138,139,9\n\n李娜,y,137,136,10\n")
	src := MustOpen(t, MustWrite(t, "h.csv", data), spreadsheet.Options{})
	h, err := src.Header()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range h.Columns {
		names = append(names, c.Name)
	}
	if h.Row != 4 || !reflect.DeepEqual(names, []string{"姓名", "Column B", "手机", "手机 (2)", "ＮＰＳ"}) || !h.Columns[1].Generated {
		t.Fatalf("header row %d names %q", h.Row, names)
	}
	if c, ok := h.Lookup("nps"); !ok || c.Letter != "E" {
		t.Fatalf("Lookup(nps) = %+v %v", c, ok)
	}
	var data2 []int
	for row, err := range src.DataRows() {
		if err != nil {
			t.Fatal(err)
		}
		data2 = append(data2, row.Number)
	}
	if !reflect.DeepEqual(data2, []int{5, 7}) {
		t.Fatalf("data rows = %v, want [5 7]", data2)
	}

	t.Run("Override", func(t *testing.T) {
		data := []byte("客户满意度调查 2026年10月\n\n姓名,评分\n张伟,9\n")
		src := MustOpen(t, MustWrite(t, "t.csv", data), spreadsheet.Options{HeaderRow: 3})
		if h, err := src.Header(); err != nil || h.Row != 3 || h.Columns[1].Name != "评分" {
			t.Fatalf("header = %+v, %v", h, err)
		}
		src = MustOpen(t, MustWrite(t, "t.csv", data), spreadsheet.Options{HeaderRow: 2})
		_, err := src.Header()
		AssertFileErr(t, err, "error.file.header_missing")
	})

	t.Run("Signature", func(t *testing.T) {
		a := spreadsheet.NewHeader(1, []string{"手机", "ＮＰＳ", "", "意见"}).Signature()
		b := spreadsheet.NewHeader(3, []string{" 手机\u00a0", "nps", "", "意见"}).Signature()
		c := spreadsheet.NewHeader(1, []string{"ＮＰＳ", "手机", "", "意见"}).Signature()
		d := spreadsheet.NewHeader(1, []string{"手机", "ＮＰＳ", "意见"}).Signature()
		if a != b || a == c || a == d || !strings.HasPrefix(a, "h1-") {
			t.Fatalf("signatures a=%s b=%s c=%s d=%s: want a==b, c and d different", a, b, c, d)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		src := MustOpen(t, MustWrite(t, "blank.csv", []byte("\uFEFF,,\n\n")), spreadsheet.Options{})
		_, err := src.Header()
		AssertFileErr(t, err, "error.file.empty")
	})
}

// TestDemoCSV reads the demo generator's messy export end to end: every
// score goes through metrics.ParseScore, every submit time parses.
func TestDemoCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := demo.WriteResponsesCSV(&buf, 7, 500); err != nil {
		t.Fatal(err)
	}
	src := MustOpen(t, MustWrite(t, "demo.csv", buf.Bytes()), spreadsheet.Options{})
	h, err := src.Header()
	if err != nil || src.Encoding() != spreadsheet.EncodingUTF8BOM {
		t.Fatalf("header %v encoding %s", err, src.Encoding())
	}
	if len(h.Columns) != len(demo.ExportHeaders) || h.Columns[8].Name != "推荐意愿(0-10)" {
		t.Fatalf("header = %+v", h.Columns)
	}
	var n, valid, noted int
	for row, err := range src.DataRows() {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if _, err := spreadsheet.ParseDateTime(row.Cells[1], spreadsheet.DateAuto, nil); err != nil {
			t.Errorf("row %d: submit time %q: %v", row.Number, row.Cells[1], err)
		}
		if len(row.Cells) > 8 {
			p := metrics.ParseScore(spreadsheet.CleanText(row.Cells[8]), 0, 10)
			valid += boolN(p.Valid())
			noted += boolN(p.Note != "")
		}
	}
	if n != 500 || valid < 450 || noted == 0 {
		t.Fatalf("rows %d valid %d normalised %d", n, valid, noted)
	}
}

func boolN(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestForcedEncoding(t *testing.T) {
	data := Encode(t, []byte("姓名,评分\n张伟,9\n"), spreadsheet.EncodingGB18030)
	path := filepath.Join(t.TempDir(), "gbk.txt")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	src := MustOpen(t, path, spreadsheet.Options{Encoding: "GBK", Delimiter: ','})
	if rows := AllRows(t, src); src.Encoding() != spreadsheet.EncodingGB18030 || rows[1].Cells[0] != "张伟" {
		t.Fatalf("forced GBK: %s %+v", src.Encoding(), rows)
	}
}

func TestEncodingFallbacks(t *testing.T) {
	// Latin-1 bytes are not valid GB18030 pairs: Windows-1252.
	src := MustOpen(t, MustWrite(t, "fr.csv", []byte("nom;avis\nZo\xe9;tr\xe8s bien, merci\n")), spreadsheet.Options{})
	if rows := AllRows(t, src); src.Encoding() != spreadsheet.EncodingWindows1252 || rows[1].Cells[0] != "Zoé" {
		t.Fatalf("encoding %s rows %+v", src.Encoding(), rows)
	}
	// UTF-16LE without a byte-order mark (NULs on the odd side).
	data := Encode(t, []byte("姓名\t评分\nAnn\t9\n"), spreadsheet.EncodingUTF16LE)[2:]
	src = MustOpen(t, MustWrite(t, "u16.txt", data), spreadsheet.Options{})
	if rows := AllRows(t, src); src.Encoding() != spreadsheet.EncodingUTF16LE || src.Delimiter() != '\t' || rows[1].Cells[0] != "Ann" {
		t.Fatalf("encoding %s delimiter %q rows %+v", src.Encoding(), src.Delimiter(), rows)
	}
	// Invalid bytes in a UTF-8 file become U+FFFD, never invalid strings.
	src = MustOpen(t, MustWrite(t, "bad.csv", []byte(strings.Repeat("好,", 100)+"x\n\xff\xfe,ok\n")), spreadsheet.Options{})
	if rows := AllRows(t, src); src.Encoding() != spreadsheet.EncodingUTF8 || rows[1].Cells[0] != "\uFFFD" {
		t.Fatalf("rows %+v", rows)
	}
}
