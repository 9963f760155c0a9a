package api_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/demo"
)

// reportEvents keeps report progress events and can cancel each job as
// soon as its start event arrives (the id is learnt from it, as in the UI).
type reportEvents struct {
	mu          sync.Mutex
	events      []api.ReportProgress
	cancelFirst *api.Reports
}

func (r *reportEvents) Emit(_ context.Context, name string, data any) {
	if name != api.ReportProgressEvent {
		return
	}
	p := data.(api.ReportProgress)
	r.mu.Lock()
	r.events = append(r.events, p)
	r.mu.Unlock()
	if p.Stage == "" && r.cancelFirst != nil {
		if err := r.cancelFirst.Cancel(p.JobID); err != nil {
			panic(err)
		}
	}
}

// newReports attaches the facade to a database holding the demo data.
func newReports(t *testing.T) (*api.Reports, *facades, *reportEvents) {
	t.Helper()
	f := newFacades(t)
	if err := f.db.LoadDataset(context.Background(), demo.New(1, 1), nil); err != nil {
		t.Fatal(err)
	}
	ev := &reportEvents{}
	r := api.NewReports(f.dialogs, ev)
	api.AttachReports(r, context.Background(), f.db)
	return r, f, ev
}

// filesIn lists a folder's entries (a canceled job must leave none).
func filesIn(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// TestReportsGenerate: the chosen path gets a workbook excelize opens with
// the sheets the result names, progress events carry the job id through
// every stage, and the facade is unavailable before a database is attached.
func TestReportsGenerate(t *testing.T) {
	if _, err := api.NewReports(&presetDialogs{}, &reportEvents{}).Generate(api.ReportRequest{Month: "2026-10"}); errKey(t, err) != "error.db.not_open" {
		t.Fatalf("before attach: %v", err)
	}
	r, f, ev := newReports(t)
	dir := t.TempDir()
	f.dialogs.save = filepath.Join(dir, "满意度月报-2026-10") // no extension: the facade adds .xlsx
	res, err := r.Generate(api.ReportRequest{Month: "2026-10", Lang: "en", IncludeData: true})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "满意度月报-2026-10.xlsx")
	if res.Canceled || res.Path != want || res.From != "2026-10-01" || res.To != "2026-10-31" || res.Responses == 0 || res.Bytes == 0 {
		t.Fatalf("result: %+v", res)
	}
	wb, err := excelize.OpenFile(want)
	if err != nil {
		t.Fatalf("excelize cannot open the report: %v", err)
	}
	defer wb.Close()
	if got := strings.Join(wb.GetSheetList(), ","); got != strings.Join(res.Sheets, ",") || !strings.Contains(got, "Summary") || !strings.Contains(got, "Data") {
		t.Fatalf("sheets %q, result says %q", got, res.Sheets)
	}
	if fi, _ := os.Stat(want); fi.Size() != res.Bytes {
		t.Fatalf("size %d, result says %d", fi.Size(), res.Bytes)
	}
	if len(ev.events) < 3 || ev.events[0].Stage != "" || ev.events[len(ev.events)-1].Stage != "saving" {
		t.Fatalf("progress events: %+v", ev.events)
	}
	for _, e := range ev.events {
		if e.JobID != res.JobID || e.Kind != "report" {
			t.Fatalf("event %+v for job %s", e, res.JobID)
		}
	}
	if names := filesIn(t, dir); len(names) != 1 {
		t.Fatalf("the folder holds %v, want only the report", names)
	}
}

// TestReportsCanceled: closing the save dialog writes nothing; canceling
// the job leaves no file (not even a partial one) and an existing file of
// that name untouched; a finished job cannot be canceled.
func TestReportsCanceled(t *testing.T) {
	r, f, ev := newReports(t)
	dir := t.TempDir()
	f.dialogs.save = ""
	res, err := r.Generate(api.ReportRequest{Month: "2026-10"})
	if err != nil || !res.Canceled || res.JobID != "" || len(ev.events) != 0 {
		t.Fatalf("dialog closed: %+v, %v, events %v", res, err, ev.events)
	}

	ev.cancelFirst = r
	f.dialogs.save = filepath.Join(dir, "report.xlsx")
	res, err = r.Generate(api.ReportRequest{Month: "2026-10", IncludeData: true})
	if err != nil || !res.Canceled || res.JobID == "" {
		t.Fatalf("canceled report: %+v, %v", res, err)
	}
	if names := filesIn(t, dir); len(names) != 0 {
		t.Fatalf("a canceled report left %v", names)
	}

	old := filepath.Join(dir, "responses.csv")
	if err := os.WriteFile(old, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.save = old
	ex, err := r.Export(api.ExportRequest{Kind: "responses", Format: "csv"})
	if err != nil || !ex.Canceled {
		t.Fatalf("canceled export: %+v, %v", ex, err)
	}
	if b, _ := os.ReadFile(old); string(b) != "keep me" || len(filesIn(t, dir)) != 1 {
		t.Fatalf("a canceled export touched the folder: %q, %v", b, filesIn(t, dir))
	}
	if err := r.Cancel(res.JobID); errKey(t, err) != "error.report.job_unknown" {
		t.Fatalf("cancel a finished job: %v", err)
	}
}

// TestReportsExport: a CSV export of one month has one row per response
// submitted in it, starts with the UTF-8 byte-order mark, and a bad
// request comes back as the exporter's coded error.
func TestReportsExport(t *testing.T) {
	r, f, ev := newReports(t)
	dir := t.TempDir()
	f.dialogs.save = filepath.Join(dir, "responses.csv")
	res, err := r.Export(api.ExportRequest{Kind: "responses", From: "2026-10-01", To: "2026-10-31", Format: "csv", Lang: "zh"})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := f.db.SQL().QueryRow(`SELECT COUNT(*) FROM responses WHERE month_key = 202610`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if res.Canceled || res.Rows != n || n == 0 || res.Encoding != "utf8bom" || res.Path != f.dialogs.save {
		t.Fatalf("export %+v, want %d rows", res, n)
	}
	b, err := os.ReadFile(res.Path)
	if err != nil || !strings.HasPrefix(string(b), "\xef\xbb\xbf") || int64(len(b)) != res.Bytes {
		t.Fatalf("file: %d bytes, %v", len(b), err)
	}
	if last := ev.events[len(ev.events)-1]; last.Kind != "export" || last.JobID != res.JobID {
		t.Fatalf("last event %+v", last)
	}
	if _, err := r.Export(api.ExportRequest{Kind: "tickets", Format: "csv", SurveyIDs: []int64{1}}); errKey(t, err) != "error.data_export.surveys_tickets" {
		t.Fatalf("tickets with surveys: %v", err)
	}
}

// TestReportsExtension: a name chosen without the file type's extension
// gets it, unless a file of the extended name exists — the dialog only
// confirmed replacing the name as typed, so the user must choose again.
func TestReportsExtension(t *testing.T) {
	r, f, _ := newReports(t)
	dir := t.TempDir()
	f.dialogs.save = filepath.Join(dir, "tickets.out")
	res, err := r.Export(api.ExportRequest{Kind: "tickets", Format: "xlsx", Lang: "en"})
	if err != nil || res.Path != filepath.Join(dir, "tickets.out.xlsx") || res.Rows == 0 {
		t.Fatalf("export: %+v, %v", res, err)
	}
	if _, err := excelize.OpenFile(res.Path); err != nil {
		t.Fatalf("excelize cannot open the export: %v", err)
	}
	if _, err := r.Export(api.ExportRequest{Kind: "tickets", Format: "xlsx"}); errKey(t, err) != "error.report.file_exists" {
		t.Fatalf("an existing extended name: %v", err)
	}
}

// namingDialogs records what the save dialog was asked to propose and
// answers as if the user closed it.
type namingDialogs struct {
	presetDialogs
	names, patterns []string
}

func (d *namingDialogs) SaveFile(_ context.Context, _, name string, filters []api.FileFilter) (string, error) {
	d.names = append(d.names, name)
	d.patterns = append(d.patterns, filters[0].Pattern)
	return "", nil
}

// TestReportsDialogNames: the save dialog proposes a name in the report's
// language with the period, and filters on the chosen file type.
func TestReportsDialogNames(t *testing.T) {
	f := newFacades(t)
	d := &namingDialogs{}
	r := api.NewReports(d, &reportEvents{})
	api.AttachReports(r, context.Background(), f.db)
	for _, req := range []api.ReportRequest{{Month: "2026-10"}, {Month: "2026-10", Lang: "en"}, {From: "2026-10-01", To: "2026-12-31"}} {
		if res, err := r.Generate(req); err != nil || !res.Canceled {
			t.Fatalf("closed dialog: %+v, %v", res, err)
		}
	}
	for _, req := range []api.ExportRequest{{Kind: "tickets", Format: "csv", From: "2026-10-01", To: "2026-10-31"}, {Kind: "responses", Format: "xlsx", Lang: "en"}} {
		if res, err := r.Export(req); err != nil || !res.Canceled {
			t.Fatalf("closed dialog: %+v, %v", res, err)
		}
	}
	want := []string{"满意度月报-2026-10.xlsx", "satisfaction-report-2026-10.xlsx", "满意度报告-2026-10-01_2026-12-31.xlsx",
		"投诉工单-2026-10-01_2026-10-31.csv", "responses.xlsx"}
	if strings.Join(d.names, "|") != strings.Join(want, "|") {
		t.Fatalf("proposed names %q, want %q", d.names, want)
	}
	if strings.Join(d.patterns, "|") != "*.xlsx|*.xlsx|*.xlsx|*.csv|*.xlsx" {
		t.Fatalf("filters %q", d.patterns)
	}
}
