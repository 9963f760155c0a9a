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

func TestImportsTicketsTarget(t *testing.T) {
	f := newFacades(t)
	im := api.NewImports(f.dialogs, &importEvents{})
	api.AttachImports(im, context.Background(), f.db)
	path := filepath.Join(t.TempDir(), "工单.csv")
	csv := "工单号,标题,创建时间,首次响应时间,解决时间,状态,优先级,渠道\n" +
		"T-1,发票开错,2026-10-12 09:10,2026-10-12 09:40,2026-10-13 11:00,已解决,P2,电话\n" +
		"T-2,物流太慢,2026-10-12 10:00,2026-10-12 09:00,,处理中,P3,微信\n" +
		"T-3,退款未到账,2026-10-14 14:00,,,新建,P1,网站\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	fc, err := im.ChooseFile()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := im.Preview(api.PreviewRequest{FileID: fc.FileID, Target: "widgets"}); errKey(t, err) != "error.import.target_unknown" {
		t.Fatalf("unknown target: %v", err)
	}
	p, err := im.Preview(api.PreviewRequest{FileID: fc.FileID, Target: "tickets"})
	if err != nil {
		t.Fatal(err)
	}
	for col, field := range map[string]string{"标题": "title", "创建时间": "created_at", "首次响应时间": "first_response_at",
		"解决时间": "resolved_at", "状态": "status", "优先级": "priority"} {
		if p.Mapping.Columns[col].Field != field {
			t.Fatalf("suggested %s → %+v, want %s (mapping %+v)", col, p.Mapping.Columns[col], field, p.Mapping.Columns)
		}
	}
	req := api.RunRequest{FileID: fc.FileID, Target: "tickets", Mapping: p.Mapping, OnError: "skip"}
	sum, err := im.Import(req)
	if err != nil || sum.Rows != 3 || sum.Imported != 2 || sum.Rejected != 1 || sum.SurveyID != nil {
		t.Fatalf("Import: %+v, %v", sum, err)
	}
	if len(sum.Errors) != 1 || sum.Errors[0].Row != 3 || sum.Errors[0].Code != "ticket_response_before_created" {
		t.Fatalf("row errors: %+v", sum.Errors)
	}
	again, err := im.Import(req)
	if err != nil || again.Imported != 0 || again.Duplicates != 2 {
		t.Fatalf("re-import: %+v, %v", again, err)
	}
	// The responses studio does not offer the tickets mapping it remembered.
	p2, err := im.Preview(api.PreviewRequest{FileID: fc.FileID})
	if err != nil || p2.Remembered {
		t.Fatalf("responses preview after a tickets import: remembered %v, %v", p2.Remembered, err)
	}
	tk := api.NewTickets()
	api.AttachTickets(tk, context.Background(), f.db)
	page, err := tk.List(api.TicketFilterInput{})
	if err != nil || page.Total != 2 {
		t.Fatalf("tickets after import: %+v, %v", page, err)
	}
}
