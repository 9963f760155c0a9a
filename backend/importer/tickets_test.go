package importer_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// ticketRecords is a ticket export with Chinese headers: five good rows
// (file rows 2–6) and five anomalous ones (rows 7–11).
var ticketRecords = [][]string{
	{"工单号", "标题", "问题描述", "创建时间", "首次响应时间", "解决时间", "状态", "类别", "子类", "优先级", "渠道", "处理人", "客户", "客户电话"},
	{"T1", "快递丢件", "包裹三天未到", "2026-03-02 10:00", "2026-03-02 10:30", "2026-03-02 16:00", "已解决", "物流配送", "丢件", "P2", "电话", "张丽", "王先生", "13800138000"},
	{"T2", "退款未到账", "", "2026-03-02 10:00", "2026-03-03 10:00", "", "处理中", "售后", "", "1", "微信", "李强", "", ""},
	{"T3", "发票开错", "", "2026-03-02 09:30", "", "", "新建", "财务", "", "中", "邮件", "", "", ""},
	{"T4", "门店态度差", "", "2026-03-02 11:00", "2026-03-02 11:10", "2026-03-02 15:00", "已关闭", "服务", "", "紧急", "到店", "张丽", "赵女士", ""},
	{"", "网页无法下单", "", "2026-03-02 13:30", "2026-03-02 14:00", "", "", "技术", "", "4", "web", "", "", ""},
	{"T6", "响应早于创建", "", "2026-03-02 10:00", "2026-03-02 09:00", "", "处理中", "", "", "P3", "phone", "", "", ""},
	{"T7", "解决早于创建", "", "2026-03-02 10:00", "", "2026-03-01 10:00", "已解决", "", "", "P3", "phone", "", "", ""},
	{"T8", "有解决时间但未解决", "", "2026-03-02 10:00", "", "2026-03-02 12:00", "处理中", "", "", "P3", "phone", "", "", ""},
	{"T9", "已解决无时间", "", "2026-03-02 10:00", "2026-03-02 10:30", "", "已解决", "", "", "P3", "phone", "", "", ""},
	{"T10", "优先级与渠道错误", "", "2026-03-02 10:00", "", "", "新建", "", "", "P5", "传真", "", "", ""},
}

// importTickets runs a ticket import of path with the suggested mapping.
func importTickets(t *testing.T, db *sqlite.DB, path string, dryRun bool) *importer.Summary {
	t.Helper()
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	in, err := importer.InspectFor(src, "tickets")
	if err != nil {
		t.Fatal(err)
	}
	sum, err := importer.Run(context.Background(), src, &importer.Tickets{Store: db},
		importer.RunOptions{Mapping: in.Mapping, DryRun: dryRun, FilePath: path})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return sum
}

func TestTicketSuggestions(t *testing.T) {
	src, err := spreadsheet.Open(writeCSV(t, ticketRecords), spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	in, err := importer.InspectFor(src, "tickets")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"工单号": "external_id", "标题": "title", "问题描述": "description", "创建时间": "created_at",
		"首次响应时间": "first_response_at", "解决时间": "resolved_at", "状态": "status", "类别": "category", "子类": "subcategory",
		"优先级": "priority", "渠道": "channel", "处理人": "handler", "客户": "customer_name", "客户电话": "customer_phone"}
	for col, f := range want {
		if got := in.Mapping.Columns[col].Field; got != f {
			t.Errorf("%s → %q, want %q", col, got, f)
		}
	}
	en := importer.SuggestTickets(&spreadsheet.Header{Columns: []spreadsheet.Column{{Index: 0, Name: "Created At"},
		{Index: 1, Name: "First Response"}, {Index: 2, Name: "Resolved Time"}, {Index: 3, Name: "Priority"}, {Index: 4, Name: "Assignee"}}},
		[][]string{{"x"}, {"x"}, {"x"}, {"x"}, {"x"}})
	for i, f := range []string{"created_at", "first_response_at", "resolved_at", "priority", "handler"} {
		if en[i].Target != "field:"+f {
			t.Errorf("%s → %s, want %s", en[i].Column, en[i].Target, f)
		}
	}
}

func TestTicketImport(t *testing.T) {
	ctx := context.Background()
	db := mustDB(t)
	path := writeCSV(t, ticketRecords)
	handlersBefore := count(t, db, `SELECT count(*) FROM handlers`)

	dry := importTickets(t, db, path, true)
	if dry.Rows != 10 || dry.Valid != 5 || dry.Rejected != 5 || dry.Duplicates != 0 || count(t, db, `SELECT count(*) FROM tickets`) != 0 {
		t.Fatalf("dry run = %+v", dry.Counts)
	}
	// Anomalies are reported per row, with the row number, column and code.
	want := map[int][]string{
		7:  {"ticket_response_before_created"},
		8:  {"ticket_resolved_before_created"},
		9:  {"ticket_resolved_without_status"},
		10: {"ticket_status_without_resolved"},
		11: {"ticket_priority_invalid", "ticket_channel_invalid"},
	}
	got := map[int][]string{}
	for _, e := range dry.Errors {
		got[e.Row] = append(got[e.Row], e.Code)
		if e.Column == "" || e.Key != "error.import."+e.Code {
			t.Errorf("error %+v lacks column or key", e)
		}
		if en, _ := importer.Reason(e.Code); en == e.Code {
			t.Errorf("code %s has no reason text", e.Code)
		}
	}
	for row, codes := range want {
		if !slices.Equal(got[row], codes) {
			t.Errorf("row %d: codes %v, want %v", row, got[row], codes)
		}
	}

	sum := importTickets(t, db, path, false)
	if sum.Imported != 5 || sum.Rejected != 5 || sum.BatchID == 0 {
		t.Fatalf("import = %+v", sum.Counts)
	}
	// Nothing was "fixed": the anomalous rows are not stored at all.
	if n := count(t, db, `SELECT count(*) FROM tickets`); n != 5 {
		t.Fatalf("%d tickets stored", n)
	}
	if n := count(t, db, `SELECT count(*) FROM tickets WHERE import_batch_id = ? AND row_key LIKE 'ext:T%'`, sum.BatchID); n != 4 {
		t.Fatalf("%d tickets with external keys", n)
	}
	if n := count(t, db, `SELECT count(*) FROM handlers`) - handlersBefore; n != 2 {
		t.Fatalf("%d handlers created, want 2 (张丽, 李强)", n)
	}

	ids := map[string]int64{}
	rows, err := db.SQL().Query(`SELECT coalesce(substr(row_key, 5), ''), id FROM tickets WHERE row_key LIKE 'ext:%'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		var id int64
		if err := rows.Scan(&k, &id); err != nil {
			t.Fatal(err)
		}
		ids[k] = id
	}
	rows.Close()

	// The synthesised event logs.
	kinds := func(id int64) ([]string, *sqlite.TicketLog) {
		l, err := db.FindTicketByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range l.Events {
			s := string(e.Kind)
			if e.Kind == feedback.EventStatus || e.Kind == feedback.EventCreated {
				s += ":" + e.To
			}
			if e.Kind == feedback.EventReply {
				s += ":" + e.Direction
			}
			out = append(out, s)
		}
		return out, l
	}
	cases := map[string][]string{
		"T1": {"created:new", "assign", "reply:outbound", "status:resolved"},
		"T2": {"created:new", "assign", "reply:outbound", "status:open"},
		"T3": {"created:new"},
		"T4": {"created:new", "assign", "reply:outbound", "status:resolved", "status:closed"},
	}
	for ext, wantKinds := range cases {
		got, l := kinds(ids[ext])
		if !slices.Equal(got, wantKinds) {
			t.Errorf("%s events %v, want %v", ext, got, wantKinds)
		}
		if ext == "T4" && (l.Ticket.Status != "closed" || l.Ticket.Priority != 1 || l.Ticket.Channel != "walk_in" ||
			l.Ticket.HandlerName != "张丽" || l.Ticket.CustomerName != "赵女士") {
			t.Errorf("T4 = %+v", l.Ticket)
		}
		if ext == "T1" && (l.Events[2].At != time.Date(2026, 3, 2, 2, 30, 0, 0, time.UTC) || l.Ticket.Category != "物流配送" ||
			l.Ticket.Subcategory != "丢件" || l.Ticket.Channel != "phone") {
			t.Errorf("T1 = %+v, reply at %v", l.Ticket, l.Events[2].At)
		}
	}
	var hashed int64
	if err := db.SQL().QueryRow(`SELECT id FROM tickets WHERE row_key LIKE 'h:%'`).Scan(&hashed); err != nil {
		t.Fatal(err)
	}
	if got, l := kinds(hashed); !slices.Equal(got, []string{"created:new", "reply:outbound", "status:open"}) || l.Ticket.Priority != 4 {
		t.Errorf("row without id: %v, %+v", got, l.Ticket)
	}

	// The SLA engine computes first response met / breached for the imported tickets.
	now := time.Date(2026, 3, 4, 4, 0, 0, 0, time.UTC)
	svc := slaservice.New(db)
	for ext, state := range map[string]sla.State{"T1": sla.Met, "T2": sla.Breached, "T4": sla.Met} {
		ts, err := svc.Ticket(ctx, ids[ext], now, false)
		if err != nil {
			t.Fatal(err)
		}
		if !ts.Recorded || ts.Result == nil || ts.Result.FirstResponse.State != state {
			t.Errorf("%s first response = %+v, want %s", ext, ts.Result, state)
		}
	}
	if ts, err := svc.Ticket(ctx, ids["T1"], now, false); err != nil || ts.Result.Resolution.State != sla.Met ||
		ts.Result.FirstResponse.Actual != 30*time.Minute {
		t.Errorf("T1 = %+v, %v", ts.Result, err)
	}

	// Importing again adds nothing; a dry run predicts the duplicates.
	again := importTickets(t, db, path, false)
	if again.Imported != 0 || again.Duplicates != 5 || count(t, db, `SELECT count(*) FROM tickets`) != 5 {
		t.Fatalf("re-import = %+v", again.Counts)
	}
	if n := count(t, db, `SELECT count(*) FROM ticket_events`); n != 4+4+1+5+3 {
		t.Fatalf("%d events after re-import", n)
	}
	if d := importTickets(t, db, path, true); d.Duplicates != 5 || d.Valid != 0 {
		t.Fatalf("dry run after import = %+v", d.Counts)
	}
}

// TestTicketImportMappingChecks: ticket imports refuse question columns and
// response-only fields, and need created_at and title.
func TestTicketImportMappingChecks(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, ticketRecords)
	for name, m := range map[string]*importer.Mapping{
		"question":  {Columns: map[string]importer.ColumnSpec{"标题": {Field: "title"}, "创建时间": {Field: "created_at"}, "类别": {Question: "x"}}},
		"resp only": {Columns: map[string]importer.ColumnSpec{"标题": {Field: "title"}, "创建时间": {Field: "submitted_at"}}},
		"no title":  {Columns: map[string]importer.ColumnSpec{"创建时间": {Field: "created_at"}}},
	} {
		src, err := spreadsheet.Open(path, spreadsheet.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = importer.Run(context.Background(), src, &importer.Tickets{Store: db}, importer.RunOptions{Mapping: m, FilePath: path})
		src.Close()
		if err == nil {
			t.Errorf("%s: mapping accepted", name)
		}
	}
}
