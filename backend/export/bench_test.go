package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/sqlite"
)

// captureSheet keeps a copy of every row written, for the floor.
type captureSheet struct{ rows [][]any }

func (c *captureSheet) header(cols []column) error {
	h := make([]any, len(cols))
	for i, col := range cols {
		h[i] = col.title
	}
	c.rows = append(c.rows, h)
	return nil
}
func (c *captureSheet) row(vals []any) error {
	c.rows = append(c.rows, append([]any(nil), vals...))
	return nil
}
func (c *captureSheet) finish() error { return nil }
func (c *captureSheet) abort()        {}

// BenchmarkExportResponses exports the demo data at scale 34 (102,000
// responses) as xlsx and as CSV, and in the same iteration writes the
// very same rows, already in memory, with a plain excelize StreamWriter /
// encoding/csv Writer: the floor. It reports both times and their ratio
// (the target is ≤ 1.5× for the report's Data sheet), and the
// time of the SQLite read alone (read-s), which the floor does not pay.
func BenchmarkExportResponses(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "feedback.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if err := db.LoadDataset(ctx, demo.New(1, 34), nil); err != nil {
		b.Fatal(err)
	}
	capture := &captureSheet{}
	run := &runner{ctx: ctx, o: Options{Kind: KindResponses, Lang: "zh", Format: FormatCSV}, sh: capture, res: &Result{}, progress: func(int, int) {}}
	if err := run.responses(db, sqlite.ExportQuery{}); err != nil {
		b.Fatal(err)
	}
	rows := capture.rows
	b.Logf("%d rows of %d columns", len(rows)-1, len(rows[0]))
	for _, format := range []string{FormatXLSX, FormatCSV} {
		b.Run(format, func(b *testing.B) {
			var export, floor, read time.Duration
			for b.Loop() {
				start := time.Now()
				res, err := Write(ctx, db, Options{Kind: KindResponses, Format: format}, filepath.Join(dir, "export."+format), nil)
				if err != nil {
					b.Fatal(err)
				}
				if res.Rows != len(rows)-1 {
					b.Fatalf("%d rows exported, %d captured", res.Rows, len(rows)-1)
				}
				export += time.Since(start)
				start = time.Now()
				if format == FormatXLSX {
					err = floorXLSX(filepath.Join(dir, "floor.xlsx"), rows)
				} else {
					err = floorCSV(filepath.Join(dir, "floor.csv"), rows)
				}
				if err != nil {
					b.Fatal(err)
				}
				floor += time.Since(start)
				start = time.Now()
				err = db.ExportResponses(ctx, sqlite.ExportQuery{}, func(sqlite.ExportHead) error { return nil },
					func(*sqlite.ExportResponse) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				read += time.Since(start)
			}
			b.ReportMetric(export.Seconds()/float64(b.N), "export-s")
			b.ReportMetric(floor.Seconds()/float64(b.N), "floor-s")
			b.ReportMetric(read.Seconds()/float64(b.N), "read-s")
			b.ReportMetric(float64(export)/float64(floor), "x-floor")
		})
	}
}

// floorXLSX writes rows with a bare StreamWriter: the same values and
// types (times as styled serials), no text rules, no database.
func floorXLSX(path string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: new("yyyy-mm-dd hh:mm:ss")})
	if err != nil {
		return err
	}
	vals := make([]any, len(rows[0]))
	for i, r := range rows {
		for j, v := range r {
			if t, ok := v.(wallTime); ok {
				vals[j] = excelize.Cell{StyleID: date, Value: excelSerial(time.Time(t))}
			} else {
				vals[j] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// floorCSV writes rows with encoding/csv over a buffered file.
func floorCSV(path string, rows [][]any) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	bw := bufio.NewWriterSize(out, 256<<10)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	rec := make([]string, len(rows[0]))
	for _, r := range rows {
		for j, v := range r {
			switch v := v.(type) {
			case string:
				rec[j] = v
			case float64:
				rec[j] = strconv.FormatFloat(v, 'f', -1, 64)
			case int64:
				rec[j] = strconv.FormatInt(v, 10)
			case wallTime:
				rec[j] = time.Time(v).In(reportingZone()).Format(timeLayout)
			default:
				rec[j] = ""
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
