package slaservice_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// openDB opens a fresh database file with the clock frozen at now.
func openDB(tb testing.TB, now time.Time) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "feedback.db"))
	if err != nil {
		tb.Fatal(err)
	}
	db.Now = func() time.Time { return now }
	tb.Cleanup(func() { db.Close() })
	return db
}

var cst = time.FixedZone("CST", 8*3600)

// sh is a Shanghai wall-clock time in March 2026 (Mon 2026-03-02 … ).
func sh(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, cst) }

// appendAll appends events or fails.
func appendAll(tb testing.TB, db *sqlite.DB, id int64, evs ...feedback.TicketEvent) {
	tb.Helper()
	for _, e := range evs {
		if err := db.AppendTicketEvent(context.Background(), id, &e); err != nil {
			tb.Fatalf("append %s: %v", e.Kind, err)
		}
	}
}

// TestTicketSLA follows one P2 ticket on the default calendar (Mon–Fri
// 09:00–12:00, 13:30–18:00) through a wait on the customer.
func TestTicketSLA(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, sh(3, 10, 0))
	tk := &feedback.Ticket{Title: "快递丢件", Channel: "phone", Category: "物流配送", Priority: 2, CreatedAt: sh(2, 11, 0)}
	if err := db.CreateTicket(ctx, tk, "张丽"); err != nil {
		t.Fatal(err)
	}
	// First response after 30 business minutes: met (target 60).
	// Then waiting on the customer from 11:40 to 14:00 (paused), resolved at 16:00.
	appendAll(t, db, tk.ID,
		feedback.TicketEvent{At: sh(2, 11, 30), Kind: feedback.EventReply, Direction: feedback.Outbound},
		feedback.TicketEvent{At: sh(2, 11, 40), Kind: feedback.EventStatus, To: "pending_customer"},
		feedback.TicketEvent{At: sh(2, 14, 0), Kind: feedback.EventReply, Direction: feedback.Inbound},
		feedback.TicketEvent{At: sh(2, 14, 0), Kind: feedback.EventStatus, To: "open"},
		feedback.TicketEvent{At: sh(2, 16, 0), Kind: feedback.EventStatus, To: "resolved"},
	)
	svc := slaservice.New(db)
	ts, err := svc.Ticket(ctx, tk.ID, sh(3, 10, 0), false)
	if err != nil {
		t.Fatal(err)
	}
	if !ts.Recorded || ts.Policy.Policy.Version != 1 || ts.Result == nil {
		t.Fatalf("policy = %+v recorded=%v", ts.Policy, ts.Recorded)
	}
	fr, res := ts.Result.FirstResponse, ts.Result.Resolution
	if fr.State != sla.Met || fr.Actual != 30*time.Minute {
		t.Fatalf("first response = %s %v", fr.State, fr.Actual)
	}
	// Resolution: 11:00–11:40 (40) + 14:00–16:00 (120) = 160 business minutes.
	if res.State != sla.Met || res.Actual != 160*time.Minute || res.Target != 960*time.Minute {
		t.Fatalf("resolution = %s %v / %v", res.State, res.Actual, res.Target)
	}
	x, err := svc.Explain(ctx, tk.ID, sh(3, 10, 0), false)
	if err != nil || x == nil || x.Result.Resolution.Actual != res.Actual || len(x.Timelines) != 3 {
		t.Fatalf("explain = %+v, %v", x, err)
	}
	var paused bool
	for _, seg := range x.Timelines[2].Segments {
		paused = paused || seg.Kind == sla.PausedTime
	}
	if !paused {
		t.Fatal("the explain timeline shows no paused span")
	}

	// A stricter policy saved later does not rewrite this ticket's history;
	// the what-if recomputation applies it.
	p := ts.Policy.Policy
	p.Targets["P2"] = sla.Targets{FirstResponse: sla.Target{Minutes: 10}, Resolution: sla.Target{Minutes: 960}}
	if _, err := db.SavePolicy(ctx, p); err != nil {
		t.Fatal(err)
	}
	svc = slaservice.New(db)
	if again, err := svc.Ticket(ctx, tk.ID, sh(3, 10, 0), false); err != nil || again.Result.FirstResponse.State != sla.Met {
		t.Fatalf("recorded = %+v, %v", again, err)
	}
	whatIf, err := svc.Ticket(ctx, tk.ID, sh(3, 10, 0), true)
	if err != nil || whatIf.Recorded || whatIf.Result.FirstResponse.State != sla.Breached {
		t.Fatalf("what-if = %+v, %v", whatIf.Result.FirstResponse, err)
	}
}

func TestEvents(t *testing.T) {
	statuses := map[string]feedback.StatusCategory{"new": feedback.CatNew, "waiting": feedback.CatPendingCust, "done": feedback.CatResolved}
	pol := &sla.Policy{Name: "x", Version: 2}
	evs := []*feedback.TicketEvent{
		{Kind: feedback.EventCreated, To: "new"},
		{Kind: feedback.EventAssign, To: "3"},
		{Kind: feedback.EventStatus, To: "waiting"},
		{Kind: feedback.EventPriority, From: "3", To: "2"},
		{Kind: feedback.EventPolicy, To: "4:2"},
		{Kind: feedback.EventReply, Direction: feedback.Outbound},
		{Kind: feedback.EventReopen},
	}
	got, err := slaservice.Events(evs, statuses, 2, func(id int64, v int) (*sla.Policy, error) {
		if id != 4 || v != 2 {
			t.Fatalf("lookup %d:%d", id, v)
		}
		return pol, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 || got[0].Priority != 3 || got[0].Category != feedback.CatNew || got[1].Category != feedback.CatPendingCust ||
		got[2].Priority != 2 || got[3].Policy != pol || got[4].Direction != feedback.Outbound || got[5].Category != feedback.CatOpen {
		t.Fatalf("events = %+v", got)
	}
	if _, err := slaservice.Events([]*feedback.TicketEvent{{Kind: feedback.EventCreated, To: "lost"}}, statuses, 1, nil); err == nil {
		t.Fatal("an unknown status was accepted")
	}
}

// TestDemoData runs every demo ticket (scale 2: 800 tickets) through the
// engine: all compute, and the states are plausible — more targets met
// than breached, some breached.
func TestDemoData(t *testing.T) {
	ctx := context.Background()
	now := demo.DefaultEnd
	db := openDB(t, now)
	if err := db.LoadDataset(ctx, demo.New(1, 2), nil); err != nil {
		t.Fatal(err)
	}
	svc := slaservice.New(db)
	states := map[sla.State]int{}
	n := 0
	all, _, err := db.FindTickets(ctx, feedback.TicketFilter{})
	if err != nil {
		t.Fatal(err)
	}
	alone := map[int64]*sla.Result{}
	for _, l := range all {
		ts, err := svc.Ticket(ctx, l.Ticket.ID, now, false)
		if err != nil {
			t.Fatal(err)
		}
		alone[l.Ticket.ID] = ts.Result
		if ts.Result == nil {
			t.Fatalf("ticket %d: no policy applies", l.Ticket.ID)
		}
		n++
		for _, k := range sla.Kinds {
			states[ts.Result.Target(k).State]++
		}
	}
	t.Logf("%d tickets, states %v", n, states)
	if n != 2*demo.TicketsPerScale || states[sla.Met] < n/2 || states[sla.Breached] == 0 || states[sla.Breached] > states[sla.Met] {
		t.Fatalf("implausible: %d tickets, states %v", n, states)
	}

	// Each computes in batches on every core: the same states as one ticket
	// at a time, handed out in ticket order.
	var prev int64
	seen := 0
	err = slaservice.New(db).Each(ctx, feedback.TicketFilter{}, now, func(ts *slaservice.TicketSLA) {
		id := ts.Log.Ticket.ID
		if id <= prev {
			t.Errorf("ticket %d after %d", id, prev)
		}
		if !reflect.DeepEqual(ts.Result, alone[id]) {
			t.Errorf("ticket %d: streamed %+v, alone %+v", id, ts.Result, alone[id])
		}
		prev = id
		seen++
	})
	if err != nil || seen != n {
		t.Fatalf("Each: %d of %d tickets, %v", seen, n, err)
	}

	fig, err := svc.Figures(ctx, nil, nil, now)
	if err != nil {
		t.Fatal(err)
	}
	if fig.Tickets != n || fig.NoPolicy != 0 || len(fig.Attainment) != 3 || fig.Attainment[0].Percent == nil ||
		*fig.Attainment[0].Percent <= 50 || *fig.Attainment[0].Percent >= 100 || fig.Durations[0].N == 0 ||
		fig.Durations[0].MedianMinutes > fig.Durations[0].P90Minutes || len(fig.ByPriority) == 0 {
		t.Fatalf("figures = %+v", fig)
	}
	backlog := 0
	for _, b := range fig.Backlog {
		backlog += b.Count
	}
	open, _, _ := db.FindTickets(ctx, feedback.TicketFilter{StatusCats: []feedback.StatusCategory{
		feedback.CatNew, feedback.CatOpen, feedback.CatPendingCust, feedback.CatPendingThird}})
	if backlog != len(open) {
		t.Fatalf("backlog %d, open tickets %d", backlog, len(open))
	}

	breached, total, err := svc.List(ctx, feedback.TicketFilter{Breached: true, Limit: 5}, now)
	if err != nil || total == 0 || len(breached) != min(5, total) {
		t.Fatalf("breached list = %d of %d, %v", len(breached), total, err)
	}
	for _, ts := range breached {
		if !ts.Breached() {
			t.Fatalf("ticket %d is listed as breached but is not", ts.Log.Ticket.ID)
		}
	}
	page, total, err := svc.List(ctx, feedback.TicketFilter{Limit: 10}, now)
	if err != nil || total != n || len(page) != 10 || page[0].Result == nil {
		t.Fatalf("list = %d of %d, %v", len(page), total, err)
	}
	// The whole list loads the events of more tickets than one query takes.
	whole, _, err := svc.List(ctx, feedback.TicketFilter{}, now)
	if err != nil || len(whole) != n || whole[n-1].Result == nil || len(whole[n-1].Log.Events) == 0 {
		t.Fatalf("whole list = %d, %v", len(whole), err)
	}
}

// TestFiguresPer: one pass over overlapping windows gives each window the
// same figures as computing it on its own, with and without a category.
func TestFiguresPer(t *testing.T) {
	ctx := context.Background()
	now := demo.DefaultEnd
	db := openDB(t, now)
	if err := db.LoadDataset(ctx, demo.New(3, 2), nil); err != nil {
		t.Fatal(err)
	}
	loc := feedback.ReportingLocation()
	var windows []slaservice.Window
	for m := 1; m <= 10; m += 3 {
		windows = append(windows, slaservice.Window{From: time.Date(2026, time.Month(m), 1, 0, 0, 0, 0, loc),
			To: time.Date(2026, time.Month(m+2), 1, 0, 0, 0, 0, loc)}) // two months each, overlapping the next
	}
	for _, cat := range []string{"", feedback.NoCategory, "物流配送"} {
		got, err := slaservice.New(db).FiguresPer(ctx, cat, windows, now)
		if err != nil || len(got) != len(windows) {
			t.Fatal(len(got), err)
		}
		tickets := 0
		for i, w := range windows {
			want, err := slaservice.New(db).FiguresOf(ctx, feedback.TicketFilter{From: &w.From, To: &w.To, Category: cat}, now)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got[i], want) {
				t.Fatalf("category %q window %d: one pass %+v, alone %+v", cat, i, got[i], want)
			}
			tickets += want.Tickets
		}
		if cat == "" && tickets == 0 {
			t.Fatal("the demo has no tickets in the windows")
		}
	}
}
