package api_test

import (
	"context"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/sqlite"
	"fmt"
	"path/filepath"
	"testing"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/careloop"
)

// careEvents keeps emitted care events.
type careEvents struct{ names []string }

func (r *careEvents) Emit(_ context.Context, name string, _ any) { r.names = append(r.names, name) }

// TestCareDetractorTicket: a detractor entered in the app, with the low-score
// rule on, opens exactly one follow-up ticket linked to the response and its
// customer, however often the rules run; the rule lists it.
func TestCareDetractorTicket(t *testing.T) {
	f := newFacades(t)
	ev := &careEvents{}
	care := api.NewCare(f.dialogs, ev)
	if _, err := care.Rules(); errKey(t, err) != "error.db.not_open" {
		t.Errorf("before attach: %v", err)
	}
	api.AttachCare(care, context.Background(), f.db)
	rules, err := care.Rules()
	if err != nil || len(rules) != 4 || rules[0].Key != careloop.RuleLowScoreTicket || rules[0].Enabled {
		t.Fatalf("rules %+v %v, want four, all off", rules, err)
	}
	p := rules[0].Params
	p.Priority = 1
	if rules, err = care.SaveRule(rules[0].Key, true, p); err != nil || !rules[0].Enabled || rules[0].Params.Priority != 1 {
		t.Fatalf("save %+v %v", rules, err)
	}
	p.NPSMax = 12
	if _, err := care.SaveRule(rules[0].Key, true, p); errKey(t, err) != "error.care.nps_max" {
		t.Errorf("NPS max 12: %v", err)
	}

	s := f.mustActiveTemplate(t, "phone_followup")
	d, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "phone",
		NewCustomer: &api.CustomerInput{Name: "周女士", Phone: "13900001111"}, Answers: npsAnswers(s, 3, 4, "太慢了")})
	if err != nil {
		t.Fatal(err)
	}
	promoter, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Answers: npsAnswers(s, 10, 5, "")})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{1, 0} {
		r, err := care.Run()
		if err != nil || r.Total != want || r.Rules[0].Created != want {
			t.Fatalf("run %d: %+v %v, want %d created", i+1, r, err, want)
		}
	}
	if len(ev.names) != 1 || ev.names[0] != api.CareRunEvent {
		t.Errorf("events %v, want one %s", ev.names, api.CareRunEvent)
	}
	page, err := care.Items(careloop.RuleLowScoreTicket, 0)
	if err != nil || page.Total != 1 {
		t.Fatalf("items %+v %v", page, err)
	}
	it := page.Items[0]
	if it.ResponseID == nil || *it.ResponseID != d.ID || it.TicketID == nil || it.CustomerName != "周女士" ||
		it.AnswerRole != "nps" || it.AnswerScore == nil || *it.AnswerScore != 3 || it.TicketTitle != fmt.Sprintf("低分回访 NPS 3 · 答卷 #%d", d.ID) {
		t.Errorf("item %+v", it)
	}
	var n int
	f.db.SQL().QueryRow(`SELECT count(*) FROM tickets WHERE response_id = ? AND customer_id = ? AND priority = 1`, d.ID, *it.CustomerID).Scan(&n)
	if n != 1 {
		t.Errorf("%d linked tickets for the detractor, want 1", n)
	}
	f.db.SQL().QueryRow(`SELECT count(*) FROM tickets WHERE response_id = ?`, promoter.ID).Scan(&n)
	if n != 0 {
		t.Errorf("the promoter got %d tickets", n)
	}
	if _, err := care.Queue(it.ID); errKey(t, err) != "error.care.not_risk_entry" {
		t.Errorf("queue a ticket item: %v", err)
	}
	if _, err := care.Queue(999); errKey(t, err) != "error.care.action_not_found" {
		t.Errorf("queue 999: %v", err)
	}
	if page, err := care.ChurnRisk(); err != nil || page.Total != 0 || page.Items == nil {
		t.Errorf("churn risk %+v %v, want an empty list", page, err)
	}
}

// TestCareWired: with WireCare, entering a detractor opens its ticket at
// once (the runs after it create nothing), and resolving a customer's
// ticket schedules its satisfaction call.
func TestCareWired(t *testing.T) {
	f := newFacades(t)
	ctx := context.Background()
	care, tickets := api.NewCare(f.dialogs, &careEvents{}), api.NewTickets()
	api.AttachCare(care, ctx, f.db)
	api.AttachTickets(tickets, ctx, f.db)
	api.WireCare(care, f.responses, tickets, api.NewImports(f.dialogs, &importEvents{}))
	s := f.mustActiveTemplate(t, "phone_followup")
	in := api.ResponseInput{SurveyID: s.ID, Source: "phone", NewCustomer: &api.CustomerInput{Name: "钱先生", Phone: "13900002222"},
		Answers: npsAnswers(s, 5, 4, "")}
	if _, err := f.responses.Submit(in); err != nil { // rule off: nothing
		t.Fatal(err)
	}
	for _, k := range []string{careloop.RuleLowScoreTicket, careloop.RuleResolvedCall} {
		if _, err := care.SaveRule(k, true, careloop.Defaults(k)); err != nil {
			t.Fatal(err)
		}
	}
	d, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Answers: npsAnswers(s, 1, 1, "")})
	if err != nil {
		t.Fatal(err)
	}
	var ticketID int64
	if err := f.db.SQL().QueryRow(`SELECT id FROM tickets WHERE response_id = ?`, d.ID).Scan(&ticketID); err != nil {
		t.Fatalf("no ticket right after the detractor was entered: %v", err)
	}
	// The first response, entered while the rule was off, was caught up by
	// the same run: two tickets, one per response; runs add nothing.
	for i := 0; i < 2; i++ {
		if r, err := care.Run(); err != nil || r.Total != 0 {
			t.Fatalf("run %d: %+v %v, want nothing", i+1, r, err)
		}
	}
	var n, all int
	f.db.SQL().QueryRow(`SELECT count(*) FROM tickets WHERE response_id = ?`, d.ID).Scan(&n)
	f.db.SQL().QueryRow(`SELECT count(*) FROM tickets`).Scan(&all)
	if n != 1 || all != 2 {
		t.Errorf("%d tickets for the detractor, %d in all; want 1 and 2", n, all)
	}

	// The caught-up one has a customer: resolving it schedules the call.
	var custTicket int64
	f.db.SQL().QueryRow(`SELECT id FROM tickets WHERE customer_id IS NOT NULL`).Scan(&custTicket)
	if _, err := tickets.SetStatus(custTicket, "resolved"); err != nil {
		t.Fatal(err)
	}
	page, err := care.Items(careloop.RuleResolvedCall, 0)
	if err != nil || page.Total != 1 || page.Items[0].TicketID == nil || *page.Items[0].TicketID != custTicket ||
		page.Items[0].DueAt != "2026-11-26T02:00:00Z" {
		t.Errorf("resolved-call items %+v %v, want one call due three days after the resolution", page, err)
	}
}

// TestCareAfterImport: with WireCare, an import of responses runs the
// low-score rule: every imported detractor of the look-back window gets
// exactly one linked ticket, and importing the file again adds none.
func TestCareAfterImport(t *testing.T) {
	f := newFacades(t)
	ctx := context.Background()
	care, tickets, im := api.NewCare(f.dialogs, &careEvents{}), api.NewTickets(), api.NewImports(f.dialogs, &importEvents{})
	api.AttachCare(care, ctx, f.db)
	api.AttachTickets(tickets, ctx, f.db)
	api.AttachImports(im, ctx, f.db)
	api.WireCare(care, f.responses, tickets, im)
	p := careloop.Defaults(careloop.RuleLowScoreTicket)
	p.LookbackDays = 365 // the demo export spreads over the last months
	if _, err := care.SaveRule(careloop.RuleLowScoreTicket, true, p); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "回访导出.xlsx")
	if err := demo.WriteResponsesXLSX(path, 5, 120); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	fc, err := im.ChooseFile()
	if err != nil {
		t.Fatal(err)
	}
	pv, err := im.Preview(api.PreviewRequest{FileID: fc.FileID})
	if err != nil {
		t.Fatal(err)
	}
	req := api.RunRequest{FileID: fc.FileID, NewSurveyName: "回访导入", Mapping: pv.Mapping, OnError: "skip"}
	sum, err := im.Import(req)
	if err != nil || sum.Imported == 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	count := func(q string, args ...any) int {
		var n int
		if err := f.db.SQL().QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	low := count(`SELECT count(DISTINCT r.id) FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id
		WHERE a.status = 'valid' AND ((q.role = 'nps' AND a.number <= 6) OR (q.role = 'csat' AND a.number <= 2))
		AND r.submitted_at >= ? AND r.submitted_at <= ?`, sqlite.FormatTime(f.db.CurrentTime().AddDate(0, 0, -365)), sqlite.FormatTime(f.db.CurrentTime()))
	linked := count(`SELECT count(*) FROM tickets WHERE response_id IS NOT NULL`)
	if low == 0 || linked != low || count(`SELECT count(DISTINCT response_id) FROM tickets`) != low {
		t.Fatalf("%d low-score responses imported, %d linked tickets right after the import", low, linked)
	}
	req.NewSurveyName, req.SurveyID = "", sum.SurveyID
	if again, err := im.Import(req); err != nil || again.Imported != 0 {
		t.Fatalf("again: %+v %v", again, err)
	}
	if r, err := care.Run(); err != nil || r.Total != 0 || count(`SELECT count(*) FROM tickets`) != low {
		t.Fatalf("a run after the import created %+v (%v); tickets %d, want %d", r, err, count(`SELECT count(*) FROM tickets`), low)
	}
}
