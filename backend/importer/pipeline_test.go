package importer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// badRowsFile writes n rows of which the rows at the given data indexes
// (0-based) carry an NPS of "6.5".
func badRowsFile(t *testing.T, n int, bad []int) string {
	recs := [][]string{{"时间", "推荐", "备注"}}
	for i := 0; i < n; i++ {
		nps := strconv.Itoa(i % 11)
		if slices.Contains(bad, i) {
			nps = "6.5"
		}
		recs = append(recs, []string{fmt.Sprintf("2026-03-01 %02d:%02d:%02d", i/3600%24, i/60%60, i%60), nps, "=cmd|' /C calc'!A0"})
	}
	return writeCSV(t, recs)
}

func TestErrorsWorkbookRows(t *testing.T) {
	const n = 120
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	var k37 []int
	for i := 0; i < 37; i++ {
		k37 = append(k37, i*3+1)
	}
	for _, bad := range [][]int{nil, {57}, k37, all} {
		t.Run(strconv.Itoa(len(bad)), func(t *testing.T) {
			db := mustDB(t)
			path := badRowsFile(t, n, bad)
			spool, err := importer.NewRejectSpool()
			if err != nil {
				t.Fatal(err)
			}
			defer spool.Close()
			m := basicMapping(map[string]importer.ColumnSpec{"备注": {Attribute: "note"}})
			sum, _ := runImport(t, db, path, 0, m, importer.RunOptions{Rejected: spool.Add, MaxErrors: 200})
			if sum.Rejected != len(bad) || sum.Imported != n-len(bad) {
				t.Fatalf("rejected %d imported %d, want %d / %d", sum.Rejected, sum.Imported, len(bad), n-len(bad))
			}
			out := filepath.Join(t.TempDir(), "errors.xlsx")
			src, _ := spreadsheet.Open(path, spreadsheet.Options{})
			h, _ := src.Header()
			src.Close()
			if err := spool.WriteXLSX(out, h); err != nil {
				t.Fatal(err)
			}
			x, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			rows, _ := x.GetRows("Errors")
			if len(rows) != len(bad)+1 {
				t.Fatalf("errors.xlsx has %d rows, want %d", len(rows)-1, len(bad))
			}
			if want := []string{"Row", "Column", "Code", "Reason", "原因", "时间", "推荐", "备注"}; !slices.Equal(rows[0], want) {
				t.Fatalf("header %q", rows[0])
			}
			for i, b := range bad {
				r := rows[i+1]
				if r[0] != strconv.Itoa(b+2) || r[1] != "推荐" || r[2] != "nps_not_integer" || r[4] != "NPS 必须是 0–10 的整数" || r[6] != "6.5" {
					t.Fatalf("errors row %d: %q (want file row %d)", i+1, r, b+2)
				}
				if r[7] != "'=cmd|' /C calc'!A0" {
					t.Fatalf("formula-like text not neutralised: %q", r[7])
				}
				if f, _ := x.GetCellFormula("Errors", "H"+strconv.Itoa(i+2)); f != "" {
					t.Fatalf("cell became a formula: %q", f)
				}
			}
		})
	}
}

func TestDictionaryAndFullWidth(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, [][]string{
		{"时间", "推荐", "满意度", "是否解决"},
		{"2026-03-01 10:00", "１０", "非常满意", "是"},
		{"2026-03-01 11:00", "10分", "一般", "否"},
		{"2026-03-01 12:00", "７", "超级满意", "yes"},
		{"2026-03-01 13:00", "N/A", "4", ""},
	})
	m := basicMapping(map[string]importer.ColumnSpec{
		"满意度":  {Question: "满意度", Type: "csat", Scale: []int{1, 5}, Metric: "csat"},
		"是否解决": {Question: "问题是否解决", Type: "single"},
	})
	m.Values = map[string]map[string]float64{"满意度": {"超级满意": 5}}
	sum, tg := runImport(t, db, path, 0, m, importer.RunOptions{})
	if sum.Imported != 4 || sum.Rejected != 0 {
		t.Fatalf("%+v", sum)
	}
	s, err := db.FindSurveyByID(context.Background(), tg.Survey())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	rows, err := db.SQL().Query(`SELECT q.title, coalesce(a.number, -1), a.text, a.status, a.raw FROM answers a
		JOIN questions q ON q.id = a.question_id JOIN responses r ON r.id = a.response_id ORDER BY r.submitted_at, q.position`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var title, text, status, raw string
		var n float64
		rows.Scan(&title, &n, &text, &status, &raw)
		got[title] = append(got[title], fmt.Sprintf("%v|%s|%s|%s", n, text, status, raw))
	}
	rows.Close()
	want := map[string][]string{
		"推荐意愿":   {"10||valid|１０", "10||valid|10分", "7||valid|７", "-1||skipped|N/A"},
		"满意度":    {"5||valid|非常满意", "3||valid|一般", "5||valid|超级满意", "4||valid|"},
		"问题是否解决": {"-1|是|valid|", "-1|否|valid|", "-1|yes|valid|"},
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("%s: got %q, want %q", k, got[k], w)
		}
	}
	for _, q := range s.Questions {
		if q.Title == "推荐意愿" && q.Role != feedback.RoleNPS {
			t.Errorf("NPS question role %q", q.Role)
		}
		if q.Title == "问题是否解决" && len(q.Options) != 3 {
			t.Errorf("choice options collected: %+v", q.Options)
		}
	}
}

func TestDateForms(t *testing.T) {
	sh, _ := time.LoadLocation("Asia/Shanghai")
	want := time.Date(2026, 5, 13, 9, 30, 0, 0, sh).UTC()
	wantDay := time.Date(2026, 5, 13, 0, 0, 0, 0, sh).UTC()
	june5 := time.Date(2026, 6, 5, 9, 30, 0, 0, sh).UTC()
	cases := []struct {
		name   string
		values []string
		want   time.Time
	}{
		{"ISO", []string{"2026-05-13T09:30:00"}, want},
		{"ISOOffset", []string{"2026-05-13T01:30:00Z"}, want},
		{"Slashes", []string{"2026/5/13 9:30"}, want},
		{"Chinese", []string{"2026年5月13日 9:30"}, want},
		{"ChineseClock", []string{"2026年5月13日 上午9点30分"}, want},
		// The last value is ambiguous alone; the column's other value decides.
		{"DMYDecidedByColumn", []string{"13/05/2026 09:30", "05/06/2026 09:30"}, june5},
		{"MDYDecidedByColumn", []string{"05/13/2026 09:30", "06/05/2026 09:30"}, june5},
		{"MonthName", []string{"13-May-26"}, wantDay},
		{"FullWidth", []string{"２０２６-０５-１３ ０９:３０"}, want},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := mustDB(t)
			recs := [][]string{{"时间", "推荐"}}
			for _, v := range c.values {
				recs = append(recs, []string{v, "9"})
			}
			sum, _ := runImport(t, db, writeCSV(t, recs), 0, basicMapping(nil), importer.RunOptions{})
			if sum.Rejected != 0 {
				t.Fatalf("%+v", sum.Errors)
			}
			first := firstSubmitted(t, db)
			if !first.Equal(c.want) {
				t.Fatalf("stored %v, want %v", first, c.want)
			}
		})
	}
	t.Run("AmbiguousRejected", func(t *testing.T) {
		db := mustDB(t)
		sum, _ := runImport(t, db, writeCSV(t, [][]string{{"时间", "推荐"}, {"05/06/2026", "9"}}), 0, basicMapping(nil), importer.RunOptions{})
		if sum.Rejected != 1 || sum.Errors[0].Code != "date_ambiguous" {
			t.Fatalf("%+v", sum)
		}
		m := basicMapping(nil)
		m.DateOrder = "DMY"
		sum, _ = runImport(t, db, writeCSV(t, [][]string{{"时间", "推荐"}, {"05/06/2026", "9"}}), 0, m, importer.RunOptions{})
		if sum.Imported != 1 || !firstSubmitted(t, db).Equal(time.Date(2026, 6, 5, 0, 0, 0, 0, sh).UTC()) {
			t.Fatalf("date_order DMY: %+v", sum)
		}
	})
	for _, d1904 := range []bool{false, true} {
		t.Run(fmt.Sprintf("XLSXSerial1904=%v", d1904), func(t *testing.T) {
			db := mustDB(t)
			path := filepath.Join(t.TempDir(), "dates.xlsx")
			f := excelize.NewFile()
			if d1904 {
				yes := true
				if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
					t.Fatal(err)
				}
			}
			base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
			if d1904 {
				base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			serial := time.Date(2026, 5, 13, 9, 30, 0, 0, time.UTC).Sub(base).Hours() / 24
			f.SetSheetRow("Sheet1", "A1", &[]any{"时间", "推荐"})
			f.SetSheetRow("Sheet1", "A2", &[]any{serial, 9})
			if err := f.SaveAs(path); err != nil {
				t.Fatal(err)
			}
			f.Close()
			sum, _ := runImport(t, db, path, 0, basicMapping(nil), importer.RunOptions{})
			if sum.Imported != 1 || !firstSubmitted(t, db).Equal(want) {
				t.Fatalf("%+v: stored %v, want %v", sum, firstSubmitted(t, db), want)
			}
		})
	}
}

// firstSubmitted returns the submission time of the last response stored.
func firstSubmitted(t *testing.T, db *sqlite.DB) time.Time {
	t.Helper()
	var s string
	if err := db.SQL().QueryRow(`SELECT submitted_at FROM responses ORDER BY id DESC LIMIT 1`).Scan(&s); err != nil {
		t.Fatal(err)
	}
	ts, err := sqlite.ParseTime(s)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}
