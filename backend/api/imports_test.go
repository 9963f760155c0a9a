package api_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// importEvents keeps import progress events.
type importEvents struct {
	mu     sync.Mutex
	events []api.ImportProgress
}

func (r *importEvents) Emit(_ context.Context, name string, data any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == api.ImportProgressEvent {
		r.events = append(r.events, data.(api.ImportProgress))
	}
}

func TestImportsFlow(t *testing.T) {
	f := newFacades(t)
	ev := &importEvents{}
	im := api.NewImports(f.dialogs, ev)
	if _, err := im.ChooseFile(); feedback.ErrorCode(err) == "" {
		t.Fatalf("before attach: %v", err)
	}
	api.AttachImports(im, context.Background(), f.db)

	dir := t.TempDir()
	path := filepath.Join(dir, "问卷导出.xlsx")
	if err := demo.WriteResponsesXLSX(path, 3, 300); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	fc, err := im.ChooseFile()
	if err != nil || fc.FileID == "" || fc.Format != "xlsx" || fc.Sheet != "Sheet1" {
		t.Fatalf("ChooseFile: %+v, %v", fc, err)
	}
	p, err := im.Preview(api.PreviewRequest{FileID: fc.FileID})
	if err != nil {
		t.Fatal(err)
	}
	if p.HeaderRow != 1 || len(p.Columns) != len(demo.ExportHeaders) || len(p.Rows) != 20 || p.Rows[0].Row != 2 || p.Remembered {
		t.Fatalf("Preview: header %d, %d columns, %d rows, remembered %v", p.HeaderRow, len(p.Columns), len(p.Rows), p.Remembered)
	}
	if p.Mapping.Columns["提交时间"].Field != "submitted_at" || p.Mapping.Columns["推荐意愿(0-10)"].Type != "nps" {
		t.Fatalf("suggested mapping: %+v", p.Mapping.Columns)
	}
	req := api.RunRequest{FileID: fc.FileID, NewSurveyName: "导入测试", Mapping: p.Mapping, OnError: "skip"}
	dry, err := im.DryRun(req)
	if err != nil || !dry.DryRun || dry.Rows != 300 || dry.Imported != 0 || dry.Valid+dry.Rejected+dry.Duplicates != 300 {
		t.Fatalf("DryRun: %+v, %v", dry, err)
	}
	sum, err := im.Import(req)
	if err != nil || sum.Imported != dry.Valid || sum.SurveyID == nil || sum.BatchID == nil || len(sum.FileHash) != 64 {
		t.Fatalf("Import: %+v, %v (dry run valid %d)", sum, err, dry.Valid)
	}
	if len(ev.events) == 0 || ev.events[len(ev.events)-1].Done != 300 {
		t.Fatalf("progress events: %+v", ev.events)
	}
	// Again into the same survey: nothing new; the mapping is remembered.
	req.NewSurveyName, req.SurveyID = "", sum.SurveyID
	again, err := im.Import(req)
	if err != nil || again.Imported != 0 || again.Duplicates != sum.Imported+sum.Duplicates {
		t.Fatalf("re-import: %+v, %v", again, err)
	}
	p2, err := im.Preview(api.PreviewRequest{FileID: fc.FileID})
	if err != nil || !p2.Remembered {
		t.Fatalf("second preview: remembered %v, %v", p2.Remembered, err)
	}
	// Every rejected row lands in errors.xlsx.
	f.dialogs.save = filepath.Join(dir, "errors.xlsx")
	fr, err := im.SaveErrors(sum.JobID)
	if err != nil || fr.Path == "" {
		t.Fatalf("SaveErrors: %+v, %v", fr, err)
	}
	x, err := excelize.OpenFile(fr.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows("Errors")
	if len(rows)-1 != sum.Rejected {
		t.Fatalf("errors.xlsx: %d rows, want %d", len(rows)-1, sum.Rejected)
	}
	if err := im.Cancel("nope"); feedback.ErrorCode(err) == "" && err == nil {
		t.Fatal("Cancel of an unknown job succeeded")
	}
	_ = os.Remove(fr.Path)
}

func TestImportsRefusesHostileFile(t *testing.T) {
	f := newFacades(t)
	im := api.NewImports(f.dialogs, &importEvents{})
	api.AttachImports(im, context.Background(), f.db)
	path := filepath.Join(t.TempDir(), "fake.xlsx")
	if err := os.WriteFile(path, []byte("<html><table><tr><td>1</td></tr></table></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	if _, err := im.ChooseFile(); err == nil {
		t.Fatal("an HTML file named .xlsx was accepted")
	}
}
