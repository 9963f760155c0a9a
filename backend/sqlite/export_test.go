package sqlite_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

func TestExportResponsesStreamsThePeriodInRecordedOrder(t *testing.T) {
	db := MustOpenDB(t)
	seed(t, db, 3) // three surveys, one response each, 2026-10-05
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.SQL().Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	// A second response of survey 1, earlier, with text, tags, a skipped
	// and an invalid answer and an import batch; one in November.
	exec(`INSERT INTO questions (survey_id, position, type, title) VALUES (1, 2, 'text', '意见')`)
	exec(`INSERT INTO import_batches (id, target, file_name, status, started_at, finished_at) VALUES (7, 'responses', '十月.xlsx', 'committed', '2026-10-01T00:00:00.000000Z', '2026-10-01T00:00:00.000000Z')`)
	exec(`INSERT INTO responses (id, survey_id, row_key, source, submitted_at, month_key, import_batch_id, note, created_at)
		VALUES (10, 1, 'early', 'import', '2026-10-01T00:00:00.000000Z', 202610, 7, '备注', '2026-10-01T00:00:00.000000Z')`)
	exec(`INSERT INTO answers (response_id, question_id, text, status, raw) VALUES (10, 1, '', 'invalid', 'N/A'), (10, 4, '太慢了', 'valid', '')`)
	exec(`INSERT INTO response_tags (response_id, tag) VALUES (10, '物流'), (10, '复购')`)
	exec(`INSERT INTO responses (id, survey_id, row_key, source, submitted_at, month_key, created_at)
		VALUES (11, 1, 'nov', 'form', '2026-11-02T00:00:00.000000Z', 202611, '2026-11-02T00:00:00.000000Z')`)

	from, to, _ := feedback.ParsePeriod("2026-10-01", "2026-10-31")
	var head sqlite.ExportHead
	var got []*sqlite.ExportResponse
	err := db.ExportResponses(context.Background(), sqlite.ExportQuery{From: from, To: to, SurveyIDs: []int64{1, 2}},
		func(h sqlite.ExportHead) error { head = h; return nil },
		func(r *sqlite.ExportResponse) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if head.Total != 3 || len(got) != 3 {
		t.Fatalf("total %d, rows %d, want 3", head.Total, len(got))
	}
	if len(head.Surveys) != 2 || head.Surveys[0].ID != 1 || len(head.Surveys[0].Questions) != 2 || head.Surveys[0].Questions[1].Title != "意见" {
		t.Errorf("surveys: %+v", head.Surveys)
	}
	ids := []int64{got[0].ID, got[1].ID, got[2].ID}
	if ids[0] != 1 || ids[1] != 2 || ids[2] != 10 {
		t.Fatalf("order %v, want the recorded order 1, 2, 10", ids)
	}
	r := got[2]
	if r.ImportBatchID == nil || *r.ImportBatchID != 7 || r.ImportFile != "十月.xlsx" || r.Note != "备注" || r.Source != "import" {
		t.Errorf("response 10: %+v", r)
	}
	if len(r.Tags) != 2 || r.Tags[0] != "复购" || r.Tags[1] != "物流" {
		t.Errorf("tags %v", r.Tags)
	}
	byQ := map[int64]sqlite.ExportAnswer{}
	for _, a := range r.Answers {
		byQ[a.QuestionID] = a
	}
	if len(r.Answers) != 2 || byQ[1].Status != "invalid" || byQ[1].Raw != "N/A" || byQ[1].Number != nil || byQ[4].Text != "太慢了" {
		t.Errorf("answers %+v", r.Answers)
	}
	if r1 := got[0]; r1.CustomerName != "张三1" || r1.Phone != "01380000001" || r1.Tier != "high" || len(r1.Answers) != 1 ||
		r1.Answers[0].Number == nil || *r1.Answers[0].Number != 9 || len(r1.Tags) != 0 {
		t.Errorf("response 1: %+v %+v", r1, r1.Answers)
	}

	// An error from row stops the walk.
	stop := errors.New("stop")
	n := 0
	err = db.ExportResponses(context.Background(), sqlite.ExportQuery{}, func(sqlite.ExportHead) error { return nil },
		func(*sqlite.ExportResponse) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d rows", err, n)
	}
}

func TestExportTicketsWithContactsAndTags(t *testing.T) {
	db := MustOpenDB(t)
	seed(t, db, 2)
	if _, err := db.SQL().Exec(`INSERT INTO ticket_tags (ticket_id, tag) VALUES (2, '加急'), (2, '回访')`); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	var total int
	var got []*sqlite.ExportTicket
	err := db.ExportTickets(context.Background(), sqlite.ExportQuery{From: &start},
		func(h sqlite.ExportHead) error { total = h.Total; return nil },
		func(tk *sqlite.ExportTicket) error { got = append(got, tk); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || len(got) != 2 || got[1].ID != 2 || got[1].Phone != "01380000002" || len(got[1].Tags) != 2 || len(got[0].Tags) != 0 {
		t.Fatalf("total %d, rows %+v", total, got)
	}
	// Canceled: the context's error comes back.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = db.ExportTickets(ctx, sqlite.ExportQuery{}, func(sqlite.ExportHead) error { return nil }, func(*sqlite.ExportTicket) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v", err)
	}
}
