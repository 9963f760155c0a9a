package careloop_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"feedbackdesk/backend/careloop"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// now is the fixed clock of every test: Monday 2026-11-23 10:00 in Shanghai.
var now = time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)

func openDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "feedback.db"))
	if err != nil {
		tb.Fatal(err)
	}
	db.Now = func() time.Time { return now }
	tb.Cleanup(func() { db.Close() })
	return db
}

func exec(tb testing.TB, db *sqlite.DB, stmts ...string) {
	tb.Helper()
	for _, s := range stmts {
		if _, err := db.SQL().Exec(s); err != nil {
			tb.Fatalf("%v\n%s", err, s)
		}
	}
}

// ago renders now − d as a stored timestamp.
func ago(d time.Duration) string { return sqlite.FormatTime(now.Add(-d)) }

const day = 24 * time.Hour

// fixture: customers 1 张三 (high tier), 2 李四 (high, do not contact),
// 3 王五 (high), 4 赵六 (medium); a survey with an NPS (0–10) and a CSAT
// (1–5) question.
func fixture(tb testing.TB, db *sqlite.DB) {
	c := ago(400 * day)
	exec(tb, db,
		`INSERT INTO customers (id, name, tier, do_not_contact, created_at, updated_at) VALUES
			(1, '张三', 'high', 0, '`+c+`', '`+c+`'), (2, '李四', 'high', 1, '`+c+`', '`+c+`'),
			(3, '王五', 'high', 0, '`+c+`', '`+c+`'), (4, '赵六', 'medium', 0, '`+c+`', '`+c+`')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', '`+c+`', '`+c+`')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES
			(1, 1, 1, 'nps', 'nps', 0, 10), (2, 1, 2, 'csat', 'csat', 1, 5)`)
}

// response inserts a response of customer (0 = anonymous) submitted `before`
// now with the given NPS and CSAT answers (-1 = not answered).
func response(tb testing.TB, db *sqlite.DB, id, customer int, before time.Duration, nps, csat int) {
	tb.Helper()
	var cust any
	if customer > 0 {
		cust = customer
	}
	if _, err := db.SQL().Exec(`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at)
		VALUES (?, 1, ?, ?, 'form', ?, 202611, ?)`, id, cust, id, ago(before), ago(before)); err != nil {
		tb.Fatal(err)
	}
	for q, v := range map[int]int{1: nps, 2: csat} {
		if v >= 0 {
			exec(tb, db, `INSERT INTO answers (response_id, question_id, number, status) VALUES (`+itoa(id)+`, `+itoa(q)+`, `+itoa(v)+`, 'valid')`)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func run(tb testing.TB, db *sqlite.DB) careloop.Summary {
	tb.Helper()
	s, err := careloop.Run(context.Background(), db, now)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func created(s careloop.Summary, key string) int {
	for _, r := range s.Rules {
		if r.Key == key {
			return r.Created
		}
	}
	return -1
}

func enable(tb testing.TB, db *sqlite.DB, key string, edit func(*careloop.Params)) {
	tb.Helper()
	p := careloop.Defaults(key)
	if edit != nil {
		edit(&p)
	}
	if err := careloop.SaveRule(context.Background(), db, key, true, p); err != nil {
		tb.Fatal(err)
	}
}

func count(tb testing.TB, db *sqlite.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.SQL().QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// TestLowScoreTicket: a detractor or CSAT ≤ 2 opens exactly one follow-up
// ticket linked to its response, however often the rules run.
func TestLowScoreTicket(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	fixture(t, db)
	response(t, db, 1, 1, 2*day, 3, -1) // detractor → ticket
	response(t, db, 2, 3, 2*day, 9, 5)  // promoter → nothing
	response(t, db, 3, 0, 1*day, -1, 2) // anonymous CSAT 2 → ticket without customer
	response(t, db, 4, 4, 3*day, 6, 1)  // both low → one ticket (NPS first)
	response(t, db, 5, 1, 8*day, 2, -1) // older than the 7-day lookback → nothing
	response(t, db, 6, 3, 1*day, 0, -1) // a ticket was already opened from it by hand → nothing
	response(t, db, 7, 3, 1*day, 7, 3)  // passive, CSAT 3 → nothing
	if err := db.CreateTicket(ctx, &feedback.Ticket{Title: "已处理", Priority: 3, ResponseID: ptr(6)}, "lead"); err != nil {
		t.Fatal(err)
	}

	// Off by default: nothing happens.
	if s := run(t, db); s.Total != 0 || created(s, careloop.RuleLowScoreTicket) != 0 {
		t.Fatalf("rules off: %+v", s)
	}
	exec(t, db, `INSERT INTO ticket_categories (key, name, name_en) VALUES ('服务态度', '服务态度', 'Attitude')`)
	enable(t, db, careloop.RuleLowScoreTicket, func(p *careloop.Params) { p.Priority, p.Category = 1, "服务态度" })
	if s := run(t, db); created(s, careloop.RuleLowScoreTicket) != 3 {
		t.Fatalf("first run: %+v, want 3 tickets", s)
	}
	if s := run(t, db); s.Total != 0 {
		t.Fatalf("second run created %+v, want nothing", s)
	}
	for _, c := range []struct {
		response int
		customer any
		title    string
	}{{1, int64(1), "低分回访 NPS 3 · 答卷 #1"}, {3, nil, "低分回访 CSAT 2 · 答卷 #3"}, {4, int64(4), "低分回访 NPS 6 · 答卷 #4"}} {
		if n := count(t, db, `SELECT count(*) FROM tickets WHERE response_id = ?`, c.response); n != 1 {
			t.Errorf("response %d has %d tickets, want exactly 1", c.response, n)
			continue
		}
		var id int64
		var cust any
		var title string
		var prio int
		var cat string
		db.SQL().QueryRow(`SELECT id, customer_id, title, priority, category FROM tickets WHERE response_id = ?`, c.response).Scan(&id, &cust, &title, &prio, &cat)
		if cust != c.customer || title != c.title || prio != 1 || cat != "服务态度" {
			t.Errorf("response %d: ticket customer %v title %q P%d %q, want %v %q P1 服务态度", c.response, cust, title, prio, cat, c.customer, c.title)
		}
		log, err := db.FindTicketByID(ctx, id)
		if err != nil || len(log.Events) != 1 || log.Events[0].Actor != careloop.Actor || log.Ticket.Status != "new" {
			t.Errorf("ticket %d: %+v %v, want one created event by %s", id, log, err, careloop.Actor)
		}
	}
	for _, r := range []int{2, 5, 7} {
		if n := count(t, db, `SELECT count(*) FROM tickets WHERE response_id = ?`, r); n != 0 {
			t.Errorf("response %d has %d tickets, want none", r, n)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM tickets WHERE response_id = 6`); n != 1 {
		t.Errorf("response 6 has %d tickets, want only the one opened by hand", n)
	}
	// What the rule created: three items, each naming its ticket.
	acts, total, err := db.CareActions(ctx, sqlite.CareActionFilter{Rule: careloop.RuleLowScoreTicket})
	if err != nil || total != 3 || len(acts) != 3 {
		t.Fatalf("actions %d %v", total, err)
	}
	for _, a := range acts {
		if a.TicketID == nil || a.ResponseID == nil || a.SourceID != *a.ResponseID || a.TicketTitle == "" {
			t.Errorf("action %+v does not name its ticket and response", a)
		}
	}
	rules, _ := careloop.Rules(ctx, db)
	if rules[0].Key != careloop.RuleLowScoreTicket || rules[0].Created != 3 || !rules[0].Enabled || rules[0].Params.Priority != 1 {
		t.Errorf("rules[0] = %+v", rules[0])
	}

	// A new detractor between runs: one more ticket; two concurrent runs
	// after another one still make exactly one.
	response(t, db, 8, 3, time.Hour, 4, -1)
	if s := run(t, db); s.Total != 1 {
		t.Fatalf("run after a new detractor: %+v, want 1", s)
	}
	response(t, db, 9, 1, time.Minute, 1, -1)
	var wg sync.WaitGroup
	totals := make([]int, 2)
	for i := range totals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := careloop.Run(ctx, db, now)
			if err != nil {
				t.Error(err)
			}
			totals[i] = s.Total
		}()
	}
	wg.Wait()
	if totals[0]+totals[1] != 1 || count(t, db, `SELECT count(*) FROM tickets WHERE response_id = 9`) != 1 {
		t.Errorf("concurrent runs created %v tickets, want exactly 1 in all", totals)
	}

	// Switched off: a new detractor waits.
	if err := careloop.SaveRule(ctx, db, careloop.RuleLowScoreTicket, false, careloop.Defaults(careloop.RuleLowScoreTicket)); err != nil {
		t.Fatal(err)
	}
	response(t, db, 10, 1, time.Minute, 0, -1)
	if s := run(t, db); s.Total != 0 {
		t.Errorf("rule off created %+v", s)
	}
}

func ptr(n int64) *int64 { return &n }

// TestResolvedCall: a resolved complaint schedules one satisfaction call,
// due DelayDays after the resolution; a completed call after that marks it
// done.
func TestResolvedCall(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	fixture(t, db)
	c := ago(20 * day)
	exec(t, db,
		`INSERT INTO tickets (id, title, customer_id, status, status_category, created_at, month_key, updated_at) VALUES
			(1, '物流慢', 1, 'resolved', 'resolved', '`+c+`', 202611, '`+c+`'),
			(2, '退款', 2, 'resolved', 'resolved', '`+c+`', 202611, '`+c+`'),
			(3, '质量', 3, 'open', 'open', '`+c+`', 202611, '`+c+`'),
			(4, '旧单', 4, 'closed', 'closed', '`+c+`', 202611, '`+c+`')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES
			(1, '`+c+`', 'created', 'new'), (1, '`+ago(5*day)+`', 'status', 'resolved'),
			(2, '`+c+`', 'created', 'new'), (2, '`+ago(5*day)+`', 'status', 'resolved'),
			(3, '`+c+`', 'created', 'new'), (3, '`+ago(5*day)+`', 'status', 'resolved'), (3, '`+ago(4*day)+`', 'status', 'open'),
			(4, '`+c+`', 'created', 'new'), (4, '`+ago(40*day)+`', 'status', 'closed')`)
	enable(t, db, careloop.RuleResolvedCall, nil)
	// Ticket 1 only: 2's customer is do-not-contact, 3 was reopened, 4 was
	// closed before the 30-day lookback.
	if s := run(t, db); created(s, careloop.RuleResolvedCall) != 1 {
		t.Fatalf("first run %+v, want 1 call", s)
	}
	if s := run(t, db); s.Total != 0 {
		t.Fatalf("second run %+v, want nothing", s)
	}
	acts, _, err := db.CareActions(ctx, sqlite.CareActionFilter{Rule: careloop.RuleResolvedCall})
	if err != nil || len(acts) != 1 {
		t.Fatal(acts, err)
	}
	a := acts[0]
	if want := now.Add(-5 * day).Add(3 * day); a.Kind != "call" || a.DueAt == nil || !a.DueAt.Equal(want) ||
		*a.TicketID != 1 || *a.CustomerID != 1 || a.Done {
		t.Errorf("action %+v, want a call to 1 for ticket 1 due %v, not done", a, want)
	}
	// The follow-up workspace lists the call, due since two days.
	onList := func() []*feedback.CallTarget {
		cands, calls, err := db.CallCandidates(ctx, feedback.CallListQuery{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		return feedback.BuildCallList(now, feedback.FollowUpSettings{MaxAttempts: 3, RetryAfterMinutes: 120}, cands, calls)
	}
	if l := onList(); len(l) != 1 || l[0].Reason != feedback.ReasonCareCall || l[0].Customer.ID != 1 || *l[0].TicketID != 1 ||
		!l[0].Since.Equal(*a.DueAt) {
		t.Fatalf("call list %+v, want the care call to 张三", l)
	}
	exec(t, db, `INSERT INTO followup_calls (customer_id, reason, attempt_at, disposition) VALUES (1, 'care', '`+ago(time.Hour)+`', 'completed')`)
	if l := onList(); len(l) != 0 {
		t.Errorf("call list after the completed call %+v, want empty", l)
	}
	if acts, _, _ := db.CareActions(ctx, sqlite.CareActionFilter{}); !acts[0].Done {
		t.Errorf("a completed call after the due time should mark the call done")
	}
}

// TestHighValueCall: one care call per high-tier contactable customer per
// cycle.
func TestHighValueCall(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	fixture(t, db)
	enable(t, db, careloop.RuleHighValueCall, func(p *careloop.Params) { p.IntervalDays = 30 })
	if s := run(t, db); created(s, careloop.RuleHighValueCall) != 2 { // 1 and 3; 2 is do-not-contact, 4 medium
		t.Fatalf("first run %+v, want 2", s)
	}
	if s := run(t, db); s.Total != 0 {
		t.Fatalf("second run %+v", s)
	}
	later := now.Add(30 * day)
	if s, err := careloop.Run(ctx, db, later); err != nil || s.Total != 2 {
		t.Fatalf("next cycle %+v %v, want 2", s, err)
	}
	if careloop.CyclePeriod(now, 30) == careloop.CyclePeriod(later, 30) {
		t.Error("30 days later should be another cycle")
	}
}

// TestChurnRisk: detractor + open complaint + falling score. With no
// orders, the score is the mean of satisfaction (NPS × 10) and loyalty
// (promoter 100 or 0): 张三 answered 9 two months ago (score 95 a month
// ago) and 3 last week with a complaint open (score 15 now): a drop of 80.
// 王五 answered 3 two months ago and has had a complaint open since: 15 both
// times, not falling. 赵六 fell but has no open complaint.
func TestChurnRisk(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	fixture(t, db)
	response(t, db, 1, 1, 60*day, 9, -1)
	response(t, db, 2, 1, 7*day, 3, -1)
	response(t, db, 3, 3, 60*day, 3, -1)
	response(t, db, 4, 4, 60*day, 10, -1)
	response(t, db, 5, 4, 7*day, 2, -1)
	exec(t, db, `INSERT INTO tickets (id, title, customer_id, status, status_category, created_at, month_key, updated_at) VALUES
		(1, '投诉', 1, 'open', 'open', '`+ago(6*day)+`', 202611, '`+ago(6*day)+`'),
		(2, '投诉', 3, 'open', 'open', '`+ago(60*day)+`', 202609, '`+ago(60*day)+`')`,
		`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES (1, '`+ago(6*day)+`', 'created', 'open'),
			(2, '`+ago(60*day)+`', 'created', 'open')`)
	enable(t, db, careloop.RuleChurnRisk, nil)
	if s := run(t, db); created(s, careloop.RuleChurnRisk) != 1 {
		t.Fatalf("first run %+v, want 1", s)
	}
	if s := run(t, db); s.Total != 0 {
		t.Fatalf("second run %+v", s)
	}
	acts, _, err := db.CareActions(ctx, sqlite.CareActionFilter{Rule: careloop.RuleChurnRisk, PeriodKey: careloop.MonthPeriod(now)})
	if err != nil || len(acts) != 1 || *acts[0].CustomerID != 1 || acts[0].Kind != "risk" || acts[0].DueAt != nil {
		t.Fatalf("churn-risk list %+v %v, want 张三 only, not queued", acts, err)
	}
	var d careloop.RiskDetail
	if err := json.Unmarshal([]byte(acts[0].Detail), &d); err != nil {
		t.Fatal(err)
	}
	if !d.AtRisk || !d.Detractor || !d.OpenComplaint || !d.FallingScore || d.Score == nil || *d.Score != 15 ||
		d.Previous == nil || *d.Previous != 95 {
		t.Errorf("detail %+v, want all three conditions, score 15 from 95", d)
	}
	// Adding it to the follow-up queue makes it a call due now, once.
	a, err := db.QueueCareAction(ctx, acts[0].ID, now)
	if err != nil || a.DueAt == nil || !a.DueAt.Equal(now) {
		t.Fatalf("queue %+v %v", a, err)
	}
	if a, err := db.QueueCareAction(ctx, acts[0].ID, now.Add(time.Hour)); err != nil || !a.DueAt.Equal(now) {
		t.Errorf("queued twice %+v %v, want the first time kept", a, err)
	}
}

// TestSaveRuleErrors: bad parameters and unknown rules are coded errors and
// nothing is stored.
func TestSaveRuleErrors(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	for _, c := range []struct {
		key  string
		edit func(*careloop.Params)
		code string
	}{
		{careloop.RuleLowScoreTicket, func(p *careloop.Params) { p.NPSMax = 11 }, "error.care.nps_max"},
		{careloop.RuleLowScoreTicket, func(p *careloop.Params) { p.Priority = 0 }, "error.care.priority"},
		{careloop.RuleResolvedCall, func(p *careloop.Params) { p.DelayDays = -1 }, "error.care.delay_days"},
		{careloop.RuleHighValueCall, func(p *careloop.Params) { p.IntervalDays = 0 }, "error.care.interval_days"},
		{careloop.RuleChurnRisk, func(p *careloop.Params) { p.MinScoreDrop = 0 }, "error.care.min_score_drop"},
		{careloop.RuleLowScoreTicket, func(p *careloop.Params) { p.Category = "不存在" }, "error.care.category_unknown"},
		{"nope", nil, "error.care.rule_unknown"},
	} {
		p := careloop.Defaults(c.key)
		if c.edit != nil {
			c.edit(&p)
		}
		err := careloop.SaveRule(ctx, db, c.key, true, p)
		var fe *feedback.Error
		if !errors.As(err, &fe) || fe.Key != c.code {
			t.Errorf("%s: %v, want %s", c.key, err, c.code)
		}
	}
	rules, _ := careloop.Rules(ctx, db)
	for _, r := range rules {
		if r.Enabled {
			t.Errorf("%s switched on by a rejected save", r.Key)
		}
	}
}
