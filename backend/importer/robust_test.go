package importer_test

import (
	"context"
	"fmt"
	"iter"
	"strconv"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// rowsFile writes n valid rows (plus the bad ones at the given indexes).
func rowsFile(t *testing.T, n int, bad ...int) string {
	recs := [][]string{{"时间", "推荐", "手机"}}
	for i := 0; i < n; i++ {
		phone := "138" + strconv.Itoa(10000000+i)
		if len(bad) > 0 && bad[0] == i {
			phone, bad = "1.38E+10", bad[1:]
		}
		recs = append(recs, []string{fmt.Sprintf("2026-03-01 %02d:%02d:%02d", i/3600%24, i/60%60, i%60), strconv.Itoa(i % 11), phone})
	}
	return writeCSV(t, recs)
}

var phoneMapping = basicMapping(map[string]importer.ColumnSpec{"手机": {Field: importer.FieldCustomerPhone}})

func TestOnError(t *testing.T) {
	path := rowsFile(t, 50, 10, 20)
	t.Run("Skip", func(t *testing.T) {
		db := mustDB(t)
		sum, _ := runImport(t, db, path, 0, phoneMapping, importer.RunOptions{})
		if sum.Imported != 48 || sum.Rejected != 2 || sum.RejectedByReason["phone_scientific"] != 2 || sum.Errors[0].Row != 12 {
			t.Fatalf("%+v", sum)
		}
		if n := count(t, db, `SELECT count(*) FROM customers WHERE phone LIKE '%E%'`); n != 0 {
			t.Fatalf("a scientific phone was stored")
		}
		if n := count(t, db, `SELECT count(*) FROM import_batches WHERE rows = 50 AND imported = 48 AND rejected = 2`); n != 1 {
			t.Fatalf("batch row missing")
		}
	})
	t.Run("Abort", func(t *testing.T) {
		db := mustDB(t)
		sum, _ := runImport(t, db, path, 0, phoneMapping, importer.RunOptions{Abort: true})
		if !sum.Aborted || sum.Imported != 0 || sum.Rejected != 2 {
			t.Fatalf("%+v", sum)
		}
		assertEmpty(t, db)
	})
	t.Run("DryRun", func(t *testing.T) {
		db := mustDB(t)
		sum, _ := runImport(t, db, path, 0, phoneMapping, importer.RunOptions{DryRun: true})
		if sum.Valid != 48 || sum.Imported != 0 {
			t.Fatalf("%+v", sum)
		}
		assertEmpty(t, db)
	})
}

// assertEmpty checks that no import left anything behind.
func assertEmpty(t *testing.T, db *sqlite.DB) {
	t.Helper()
	for _, table := range []string{"surveys", "questions", "responses", "answers", "customers", "import_batches", "import_mappings"} {
		if n := count(t, db, `SELECT count(*) FROM `+table); n != 0 {
			t.Fatalf("%s holds %d rows", table, n)
		}
	}
}

func TestCancelLeavesDatabaseUnchanged(t *testing.T) {
	db := mustDB(t)
	path := rowsFile(t, 5000)
	ctx, cancel := context.WithCancel(context.Background())
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	sum, err := importer.Run(ctx, src, &importer.Responses{Store: db, NewSurveyName: "x"}, importer.RunOptions{Mapping: phoneMapping,
		Progress: func(p importer.Progress) {
			if p.Done >= 2000 {
				cancel()
			}
		}})
	if err != nil || !sum.Canceled || sum.Imported != 0 {
		t.Fatalf("canceled %v imported %d rows %d, %v", sum.Canceled, sum.Imported, sum.Rows, err)
	}
	assertEmpty(t, db)
}

// panicSource wraps a real source and panics after `after` data rows, the
// way a decoder bug deep inside a parser would.
type panicSource struct {
	*spreadsheet.Source
	after int
}

func (p panicSource) DataRows() iter.Seq2[spreadsheet.Row, error] {
	return func(yield func(spreadsheet.Row, error) bool) {
		n := 0
		for row, err := range p.Source.DataRows() {
			if n++; n > p.after {
				panic("decoder exploded: index out of range")
			}
			if !yield(row, err) {
				return
			}
		}
	}
}

// TestPanicIsolation is the in-process equivalent of parsing untrusted
// files in a child process: a panic mid-stream (after the import opened
// its transaction and wrote rows) is reported as error.file.corrupt, the
// process goes on, and the database is unchanged.
func TestPanicIsolation(t *testing.T) {
	db := mustDB(t)
	src, err := spreadsheet.Open(rowsFile(t, 3000), spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	sum, err := importer.Run(context.Background(), panicSource{src, 2500}, &importer.Responses{Store: db, NewSurveyName: "x"},
		importer.RunOptions{Mapping: phoneMapping})
	if fe, ok := err.(*feedback.Error); !ok || fe.Key != "error.file.corrupt" {
		t.Fatalf("err %v", err)
	}
	if sum != nil && sum.Imported != 0 {
		t.Fatalf("imported %d", sum.Imported)
	}
	assertEmpty(t, db)
	// The same database takes the next import normally.
	sum2, _ := runImport(t, db, rowsFile(t, 10), 0, phoneMapping, importer.RunOptions{})
	if sum2.Imported != 10 {
		t.Fatalf("%+v", sum2)
	}
}

func TestMappingErrors(t *testing.T) {
	db := mustDB(t)
	path := rowsFile(t, 3)
	sum, tg := runImport(t, db, path, 0, phoneMapping, importer.RunOptions{})
	if sum.Imported != 3 {
		t.Fatal(sum)
	}
	// The survey is active: a new question cannot be added to it.
	m := basicMapping(map[string]importer.ColumnSpec{"手机": {Question: "电话满意度", Type: "csat"}})
	src, _ := spreadsheet.Open(path, spreadsheet.Options{})
	defer src.Close()
	_, err := importer.Run(context.Background(), src, &importer.Responses{Store: db, SurveyID: tg.Survey()}, importer.RunOptions{Mapping: m})
	if fe, ok := err.(*feedback.Error); !ok || fe.Key != "error.import.question_unknown" {
		t.Fatalf("err %v", err)
	}
	for _, bad := range []string{`{"columns":{"时间":{"field":"when"}}}`, `{"columns":{"时间":{"field":"submitted_at","ignore":true}}}`,
		`{"columns":{}, "date_order":"DDMM"}`, `{"colums":{}}`, `{"columns":{"x":{"question":"q","type":"nps","scale":[5,1]}}}`} {
		if _, err := importer.ParseMapping([]byte(bad)); err == nil {
			t.Errorf("mapping %s accepted", bad)
		}
	}
}
