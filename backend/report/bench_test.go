package report

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// benchScale gives the demo data of one month about 100,000 responses
// (demo.ResponsesPerScale each), plus its tickets and calls.
const benchScale = 34

// benchDB returns a database whose October 2026 holds ~100k responses,
// built once and kept in the temp folder (keyed by schema version).
func benchDB(b *testing.B) *sqlite.DB {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("feedbackdesk-report-bench-s%d-v%d.db", benchScale, sqlite.SchemaVersion()))
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".partial"
		os.Remove(tmp)
		db, err := sqlite.Open(context.Background(), tmp)
		if err != nil {
			b.Fatal(err)
		}
		g := demo.New(1, benchScale)
		g.End, g.Months = time.Date(2026, 11, 1, 0, 0, 0, 0, feedback.ReportingLocation()), 1
		start := time.Now()
		if err := db.LoadDataset(context.Background(), g, nil); err != nil {
			b.Fatal(err)
		}
		db.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		b.Logf("built %s in %.1f s", path, time.Since(start).Seconds())
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	db.Now = func() time.Time { return testNow }
	b.Cleanup(func() { db.Close() })
	// The app keeps the theme index up to date as texts arrive; tag the
	// fixture's texts now so that no timed run pays for a first indexing.
	if _, _, _, err := dashboard.RefreshThemes(context.Background(), db); err != nil {
		b.Fatal(err)
	}
	return db
}

// writeFloor writes the same rows as the report's Data sheet into a
// workbook of that one sheet with an excelize StreamWriter: the least any
// workbook holding them can cost.
func writeFloor(ctx context.Context, db *sqlite.DB, o Options, path string) (int, error) {
	p, err := dashboard.ParsePeriod(o.From, o.To, testNow)
	if err != nil {
		return 0, err
	}
	f := excelize.NewFile()
	defer f.Close()
	w := &workbook{f: f, o: o, fig: &figures{period: p}}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return 0, err
	}
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: new(fmtDateMin)})
	if err != nil {
		return 0, err
	}
	var layout *dataLayout
	vals := make([]any, len(dataColumns))
	start, end := p.Start, p.End
	n := 0
	err = db.ExportResponses(ctx, sqlite.ExportQuery{From: &start, To: &end},
		func(h sqlite.ExportHead) error { layout = newDataLayout(o.Lang, h.Surveys); return nil },
		func(r *sqlite.ExportResponse) error {
			w.fillDataRow(vals, layout, r, date)
			n++
			return sw.SetRow(at(1, n+1), vals)
		})
	if err != nil {
		return n, err
	}
	if err := sw.Flush(); err != nil {
		return n, err
	}
	return n, f.SaveAs(path)
}

// BenchmarkMonthlyReport: the whole report (every sheet, the Data sheet
// with ~100k responses) against the floor, an excelize StreamWriter
// writing the same rows read the same way, in one run. x-floor is the
// wall-time ratio report ÷ floor (target ≤ 1.5; the report reads its
// figures on other cores while the Data sheet streams); cpu-x-floor the
// ratio of CPU time, the extra work whatever the machine's load.
func BenchmarkMonthlyReport(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	opts := Options{From: "2026-10-01", To: "2026-10-31", Lang: "zh", IncludeData: true}
	dir := b.TempDir()
	var floor, floorCPU time.Duration
	b.Run("floor", func(b *testing.B) {
		start, cpu, iters := time.Now(), processCPU(), 0
		for b.Loop() {
			n, err := writeFloor(ctx, db, opts, filepath.Join(dir, "floor.xlsx"))
			if err != nil || n < 90000 {
				b.Fatalf("floor: %d rows, %v", n, err)
			}
			iters++
		}
		floor = time.Since(start) / time.Duration(iters)
		floorCPU = (processCPU() - cpu) / time.Duration(iters)
		b.ReportMetric(floorCPU.Seconds(), "cpu-s/op")
	})
	b.Run("report", func(b *testing.B) {
		start, cpu, iters := time.Now(), processCPU(), 0
		for b.Loop() {
			res, err := Generate(ctx, db, opts, filepath.Join(dir, "report.xlsx"), testNow, nil)
			if err != nil || res.DataRows < 90000 {
				b.Fatalf("report: %+v, %v", res, err)
			}
			iters++
		}
		per := time.Since(start) / time.Duration(iters)
		perCPU := (processCPU() - cpu) / time.Duration(iters)
		b.ReportMetric(perCPU.Seconds(), "cpu-s/op")
		if floor > 0 {
			b.ReportMetric(float64(per)/float64(floor), "x-floor")
		}
		if floorCPU > 0 {
			b.ReportMetric(float64(perCPU)/float64(floorCPU), "cpu-x-floor")
		}
	})
}
