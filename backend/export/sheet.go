package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"feedbackdesk/backend/feedback"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// column is one column of an export: its header and its xlsx width.
type column struct {
	title string
	width float64
}

// A row's values are nil (blank), string (text: made inert and fitted),
// float64 or int64 (numbers, written as numbers) or wallTime.

// wallTime is an instant shown as its wall clock in the reporting zone
// ("2026-10-05 09:12:33"), as the app shows it.
type wallTime time.Time

// sheet receives an export's header and rows and writes them to out.
type sheet interface {
	header(cols []column) error
	row(vals []any) error
	finish() error // completes the file
	abort()        // releases what an unfinished sheet holds
}

// texts applies the text rules to every text cell and counts what they
// changed: Inert, then FitCellLang; xlsx also replaces the control
// characters XML cannot carry.
type texts struct {
	lang        string
	xml         bool
	neutralized int
	truncated   int
}

// cell returns s as it is written.
func (t *texts) cell(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if t.xml {
		s = XLSXText(s)
	}
	if i := Inert(s); len(i) != len(s) {
		t.neutralized++
		s = i
	}
	if f, cut := FitCellLang(s, t.lang); cut {
		t.truncated++
		s = f
	}
	return s
}

const timeLayout = "2006-01-02 15:04:05"

// csvSheet writes RFC 4180 CSV the way Excel reads it best: every field
// quoted, CRLF line ends, UTF-8 with a byte-order mark or GB18030.
type csvSheet struct {
	t   *texts
	bw  *bufio.Writer
	enc io.WriteCloser // the GB18030 transformer, closed at the end; nil for UTF-8
	buf []byte
}

func newCSVSheet(out io.Writer, encoding string, t *texts) (*csvSheet, error) {
	s := &csvSheet{t: t}
	if encoding == EncodingGB {
		s.enc = transform.NewWriter(out, simplifiedchinese.GB18030.NewEncoder())
		out = s.enc
	}
	s.bw = bufio.NewWriterSize(out, 256<<10)
	if encoding != EncodingGB {
		if _, err := s.bw.WriteString("\ufeff"); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *csvSheet) header(cols []column) error {
	vals := make([]any, len(cols))
	for i, c := range cols {
		vals[i] = c.title
	}
	return s.row(vals)
}

func (s *csvSheet) row(vals []any) error {
	b := s.buf[:0]
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		switch v := v.(type) {
		case string:
			b = appendQuoted(b, s.t.cell(v))
		case float64:
			b = strconv.AppendFloat(b, v, 'f', -1, 64)
		case int64:
			b = strconv.AppendInt(b, v, 10)
		case wallTime:
			b = time.Time(v).In(reportingZone()).AppendFormat(b, timeLayout)
		}
		b = append(b, '"')
	}
	b = append(b, '\r', '\n')
	s.buf = b
	_, err := s.bw.Write(b)
	return err
}

// appendQuoted appends s with each double quote doubled.
func appendQuoted(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			return append(b, s...)
		}
		b = append(append(b, s[:i+1]...), '"')
		s = s[i+1:]
	}
}

func (s *csvSheet) abort() {}

func (s *csvSheet) finish() error {
	if err := s.bw.Flush(); err != nil {
		return err
	}
	if s.enc != nil {
		return s.enc.Close()
	}
	return nil
}

// xlsxSheet writes one worksheet with excelize's StreamWriter: a bold,
// frozen header row, text as inline strings (never a formula), numbers as
// numbers and times as date cells.
type xlsxSheet struct {
	t         *texts
	out       io.Writer
	f         *excelize.File
	sw        *excelize.StreamWriter
	name      string
	n         int
	dateStyle int
	vals      []any
}

func newXLSXSheet(out io.Writer, name string, t *texts) (*xlsxSheet, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", name); err != nil {
		f.Close()
		return nil, err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		f.Close()
		return nil, err
	}
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: new("yyyy-mm-dd hh:mm:ss")})
	if err != nil {
		f.Close()
		return nil, err
	}
	return &xlsxSheet{t: t, out: out, f: f, sw: sw, name: name, dateStyle: date}, nil
}

func (s *xlsxSheet) header(cols []column) error {
	bold, err := s.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	if err != nil {
		return err
	}
	for i, c := range cols {
		if err := s.sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	vals := make([]any, len(cols))
	for i, c := range cols {
		vals[i] = excelize.Cell{StyleID: bold, Value: s.t.cell(c.title)}
	}
	s.n = 1
	return s.sw.SetRow("A1", vals)
}

func (s *xlsxSheet) row(vals []any) error {
	if cap(s.vals) < len(vals) {
		s.vals = make([]any, len(vals))
	}
	out := s.vals[:len(vals)]
	for i, v := range vals {
		switch v := v.(type) {
		case string:
			if v == "" {
				out[i] = nil
			} else {
				out[i] = s.t.cell(v)
			}
		case wallTime:
			out[i] = excelize.Cell{StyleID: s.dateStyle, Value: excelSerial(time.Time(v))}
		default:
			out[i] = v
		}
	}
	s.n++
	cell, err := excelize.CoordinatesToCellName(1, s.n)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, out)
}

// excelSerial is t's wall clock in the reporting zone as an Excel date
// serial (days since 1899-12-30, the 1900 date system).
func excelSerial(t time.Time) float64 {
	w := t.In(reportingZone())
	wall := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), time.UTC)
	return float64(wall.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC))) / float64(24*time.Hour)
}

// abort releases excelize's temporary files.
func (s *xlsxSheet) abort() { s.f.Close() }

func (s *xlsxSheet) finish() error {
	defer s.f.Close()
	if err := s.sw.Flush(); err != nil {
		return err
	}
	if err := s.f.SetDocProps(&excelize.DocProperties{Creator: "Feedback Desk", Title: s.name}); err != nil {
		return err
	}
	_, err := s.f.WriteTo(s.out)
	return err
}

// reportingZone is the zone the app shows times in.
func reportingZone() *time.Location { return feedback.ReportingLocation() }
