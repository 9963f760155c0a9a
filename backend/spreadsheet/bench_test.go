package spreadsheet_test

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/spreadsheet"
)

// benchFile returns the cached demo export of rows rows ("xlsx" or "csv").
func benchFile(b *testing.B, ext string, rows int) string {
	b.Helper()
	path, err := demo.CachedExport(ext, rows)
	if err != nil {
		b.Fatal(err)
	}
	return path
}

// memPeak samples heap use while a benchmark streams rows.
type memPeak struct{ heapInuse, sys uint64 }

func (m *memPeak) sample() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.heapInuse, m.sys = max(m.heapInuse, ms.HeapInuse), max(m.sys, ms.Sys)
}

func (m *memPeak) report(b *testing.B) {
	b.ReportMetric(float64(m.heapInuse)/(1<<20), "peak-heap-inuse-MB")
	b.ReportMetric(float64(m.sys)/(1<<20), "sys-MB")
}

func readAll(b *testing.B, path string, want int, peak *memPeak) {
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	n := 0
	for _, err := range src.DataRows() {
		if err != nil {
			b.Fatal(err)
		}
		if n++; peak != nil && n%100_000 == 0 {
			peak.sample()
		}
	}
	if n != want {
		b.Fatalf("read %d rows, want %d", n, want)
	}
}

// BenchmarkReadXLSX100k opens and streams a 100k-row demo workbook through
// Source.DataRows (raw cell values).
func BenchmarkReadXLSX100k(b *testing.B) {
	path := benchFile(b, "xlsx", 100_000)
	var peak memPeak
	for b.Loop() {
		readAll(b, path, 100_000, &peak)
	}
	peak.report(b)
}

// BenchmarkExcelizeRowsFloor is the floor for BenchmarkReadXLSX100k: bare
// excelize OpenFile + Rows() with raw values over the same file.
func BenchmarkExcelizeRowsFloor(b *testing.B) {
	path := benchFile(b, "xlsx", 100_000)
	for b.Loop() {
		f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if _, err := rows.Columns(); err != nil {
				b.Fatal(err)
			}
			n++
		}
		rows.Close()
		f.Close()
		if n != 100_001 {
			b.Fatalf("%d rows", n)
		}
	}
}

// BenchmarkReadCSV1M streams a 1M-row UTF-8-BOM demo CSV through
// Source.DataRows, reporting peak heap in use and memory from the OS.
func BenchmarkReadCSV1M(b *testing.B) {
	path := benchFile(b, "csv", 1_000_000)
	var peak memPeak
	for b.Loop() {
		readAll(b, path, 1_000_000, &peak)
	}
	peak.report(b)
}

// BenchmarkCSVFloor1M is the floor for BenchmarkReadCSV1M: bare
// encoding/csv with ReuseRecord over the same file.
func BenchmarkCSVFloor1M(b *testing.B) {
	path := benchFile(b, "csv", 1_000_000)
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
		r.ReuseRecord, r.FieldsPerRecord, r.LazyQuotes = true, -1, true
		n := 0
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			n++
		}
		f.Close()
		if n != 1_000_001 {
			b.Fatalf("%d rows", n)
		}
	}
}
