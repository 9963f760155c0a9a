package api_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/feedback"
)

var cst = time.FixedZone("CST", 8*3600)

// sh is a Shanghai wall-clock time in March 2026 (Mon 2026-03-02 …).
func sh(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, cst) }

// newTickets attaches a ticket facade to a fresh database.
func newTickets(t *testing.T) (*facades, *api.Tickets) {
	t.Helper()
	f := newFacades(t)
	tk := api.NewTickets()
	api.AttachTickets(tk, context.Background(), f.db)
	return f, tk
}

// at moves the test clock.
func (f *facades) at(t time.Time) { *f.now = t }

// must returns a checker that fails t on an error and returns the value.
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func target(t *testing.T, ts []api.SLATarget, kind string) api.SLATarget {
	t.Helper()
	for _, x := range ts {
		if x.Kind == kind {
			return x
		}
	}
	t.Fatalf("no %s target in %+v", kind, ts)
	return api.SLATarget{}
}

// TestTicketLifecycle follows a P2 ticket on the default calendar (Mon–Fri
// 09:00–12:00, 13:30–18:00) through a wait on the customer to resolution.
func TestTicketLifecycle(t *testing.T) {
	f, tk := newTickets(t)
	det, page := must[api.TicketDetail](t), must[api.TicketPage](t)
	f.at(sh(2, 9, 0))
	late := det(tk.Create(api.TicketInput{Title: "无人处理", Channel: "email", Priority: 1}))
	f.at(sh(2, 11, 0))
	d := det(tk.Create(api.TicketInput{Title: "快递丢件", Channel: "phone", Category: "物流配送", Priority: 2}))
	id := d.Ticket.ID
	if d.Ticket.Status != "new" || d.Policy == "" || d.PolicyVersion != 1 || len(d.SLA) != 3 {
		t.Fatalf("created = %+v", d)
	}
	f.at(sh(2, 11, 30))
	d = det(tk.AddReply(id, "outbound", "", "您好，我们已收到"))
	f.at(sh(2, 11, 40))
	d = det(tk.SetStatus(id, "pending_customer"))
	if r := target(t, d.SLA, "resolution"); r.State != "paused" || r.ActualMinutes != 40 {
		t.Fatalf("waiting: resolution = %+v", r)
	}
	f.at(sh(2, 14, 0))
	det(tk.AddReply(id, "inbound", "phone", "单号是 123"))
	det(tk.AddNote(id, "已联系快递公司"))
	d = det(tk.SetStatus(id, "open"))
	r := target(t, d.SLA, "resolution")
	if r.State != "running" || r.ActualMinutes != 40 || r.MinutesLeft != 920 || r.Due == "" {
		t.Fatalf("back: resolution = %+v", r)
	}
	if len(d.Replies) != 2 || len(d.Notes) != 1 || len(d.Events) != 6 {
		t.Fatalf("replies %d notes %d events %d", len(d.Replies), len(d.Notes), len(d.Events))
	}
	f.at(sh(2, 15, 30))
	det(tk.SetStatus(id, "resolved"))
	d = det(tk.Get(id))
	if fr := target(t, d.SLA, "first_response"); fr.State != "met" || fr.ActualMinutes != 30 {
		t.Fatalf("first response = %+v", fr)
	}
	r = target(t, d.SLA, "resolution")
	if r.State != "met" || r.ActualMinutes != 130 || r.TargetMinutes != 960 {
		t.Fatalf("resolved: resolution = %+v", r)
	}

	// Explain agrees with Get.
	x := must[api.ExplainDTO](t)(tk.Explain(id, false))
	if !x.Applies || len(x.Timelines) != 3 {
		t.Fatalf("explain = %+v", x)
	}
	for _, tl := range x.Timelines {
		g := target(t, d.SLA, tl.Kind)
		if tl.Target != g {
			t.Fatalf("%s: explain %+v, get %+v", tl.Kind, tl.Target, g)
		}
	}
	var counted float64
	var paused bool
	for _, s := range x.Timelines[2].Segments {
		if s.Kind == "counted" && !s.Projected {
			counted += s.Minutes
		}
		paused = paused || s.Kind == "paused"
	}
	if counted != r.ActualMinutes || !paused {
		t.Fatalf("resolution timeline counted %v paused %v: %+v", counted, paused, x.Timelines[2].Segments)
	}
	if w := must[api.ExplainDTO](t)(tk.Explain(id, true)); !w.WhatIf || !w.Applies {
		t.Fatalf("what-if = %+v", w)
	}

	// Reopen is an event; the ticket is open again.
	f.at(sh(2, 16, 0))
	if d = det(tk.Reopen(id)); d.Ticket.StatusCategory != "open" || d.Events[len(d.Events)-1].Kind != "reopen" {
		t.Fatalf("reopened = %+v", d.Ticket)
	}

	// Filters: the unanswered P1 is breached; status, priority and category filters.
	breached := page(tk.List(api.TicketFilterInput{Breached: true}))
	if breached.Total != 1 || breached.Rows[0].Ticket.ID != late.Ticket.ID || !breached.Rows[0].Breached {
		t.Fatalf("breached = %+v", breached)
	}
	if s := target(t, breached.Rows[0].SLA, "first_response"); s.State != "breached" || s.MinutesLeft >= 0 {
		t.Fatalf("late first response = %+v", s)
	}
	all := page(tk.List(api.TicketFilterInput{}))
	if all.Total != 2 || all.Rows[0].Ticket.ID != id {
		t.Fatalf("all = %+v", all)
	}
	if p := page(tk.List(api.TicketFilterInput{Priorities: []int{1}})); p.Total != 1 {
		t.Fatalf("P1 = %+v", p)
	}
	if c := page(tk.List(api.TicketFilterInput{Category: "物流配送", StatusCategories: []string{"open"}})); c.Total != 1 {
		t.Fatalf("category = %+v", c)
	}
	if p := page(tk.List(api.TicketFilterInput{From: "2026-03-03"})); p.Total != 0 {
		t.Fatalf("period = %+v", p)
	}
	if _, err := tk.List(api.TicketFilterInput{StatusCategories: []string{"bogus"}}); errKey(t, err) != "error.ticket.status_category_invalid" {
		t.Fatalf("bad status category: %v", err)
	}
	if _, err := tk.AddReply(id, "sideways", "", "x"); errKey(t, err) != "error.ticket.direction_invalid" {
		t.Fatalf("bad direction: %v", err)
	}

	// Figures and pickers.
	fig := must[api.SLAFigures](t)(tk.Figures("2026-03-01", "2026-03-31"))
	if fig.Tickets != 2 || len(fig.Attainment) != 3 || len(fig.Backlog) == 0 {
		t.Fatalf("figures = %+v", fig)
	}
	if st := must[[]api.TicketStatusDTO](t)(tk.Statuses()); len(st) != 6 || st[0].Key != "new" {
		t.Fatalf("statuses = %+v", st)
	}
	must[[]api.TicketCategoryDTO](t)(tk.Categories())
	must[[]api.HandlerDTO](t)(tk.Handlers())
}

// TestTicketsNotAttached reports EUNAVAILABLE before the database opens.
func TestTicketsNotAttached(t *testing.T) {
	_, err := api.NewTickets().List(api.TicketFilterInput{})
	if code := decode(t, err)["code"]; code != string(feedback.EUNAVAILABLE) {
		t.Fatalf("tickets before attach: %v", err)
	}
	_, err = api.NewCalendars(nil).List()
	if code := decode(t, err)["code"]; code != string(feedback.EUNAVAILABLE) {
		t.Fatalf("calendars before attach: %v", err)
	}
}

// TestTicketAssignAndAtRisk assigns a handler, filters by it, and flags a
// P1 past 75% of its first-response target as at risk.
func TestTicketAssignAndAtRisk(t *testing.T) {
	f, tk := newTickets(t)
	det, page := must[api.TicketDetail](t), must[api.TicketPage](t)
	f.at(sh(3, 9, 0))
	f.exec(t, `INSERT INTO handlers (id, name, team, created_at) VALUES (7, '张丽', '一线', '2026-01-01T00:00:00.000000Z')`)
	urgent := det(tk.Create(api.TicketInput{Title: "系统无法登录", Priority: 1}))
	calm := det(tk.Create(api.TicketInput{Title: "咨询发票", Priority: 4}))
	d := det(tk.Assign(urgent.Ticket.ID, ptr(int64(7))))
	if d.Ticket.HandlerName != "张丽" || d.Events[len(d.Events)-1].Kind != "assign" {
		t.Fatalf("assigned = %+v", d.Ticket)
	}
	if p := page(tk.List(api.TicketFilterInput{HandlerID: ptr(int64(7))})); p.Total != 1 || p.Rows[0].Ticket.ID != urgent.Ticket.ID {
		t.Fatalf("by handler = %+v", p)
	}
	if h := must[[]api.HandlerDTO](t)(tk.Handlers()); len(h) != 1 || h[0].Name != "张丽" || !h[0].Active {
		t.Fatalf("handlers = %+v", h)
	}
	f.at(sh(3, 9, 25)) // 25 of 30 business minutes: past the 75% warning
	p := page(tk.List(api.TicketFilterInput{AtRisk: true}))
	if p.Total != 1 || p.Rows[0].Ticket.ID != urgent.Ticket.ID || !p.Rows[0].AtRisk {
		t.Fatalf("at risk = %+v", p)
	}
	if fr := target(t, p.Rows[0].SLA, "first_response"); fr.State != "running" || fr.Warning != 75 || fr.MinutesLeft != 5 {
		t.Fatalf("urgent first response = %+v", fr)
	}
	d = det(tk.SetPriority(calm.Ticket.ID, 2))
	if d.Ticket.Priority != 2 {
		t.Fatalf("priority = %+v", d.Ticket)
	}
	if _, err := tk.SetPriority(calm.Ticket.ID, 9); errKey(t, err) != "error.ticket.priority_invalid" {
		t.Fatalf("bad priority: %v", err)
	}
	if _, err := tk.Get(999); errKey(t, err) == "" {
		t.Fatalf("missing ticket: %v", err)
	}
}
