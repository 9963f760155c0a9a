package api_test

import (
	"testing"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/sla"
)

// TestDueSoonAndNotifications: a P1 ticket's first response (30 business
// minutes) warns at 75% and 90%, enters the due-soon queue, and escalates
// at its due time under a policy with an escalation level.
func TestDueSoonAndNotifications(t *testing.T) {
	f, tk := newTickets(t)
	det := must[api.TicketDetail](t)
	pol := must[[]api.PolicyDTO](t)(tk.Policies())
	if len(pol) != 1 || pol[0].Policy.Targets["P1"].FirstResponse.Minutes != 30 {
		t.Fatalf("default policies: %+v", pol)
	}
	p := pol[0].Policy
	p.Escalations = []sla.Escalation{{Name: "主管", OffsetMinutes: 0, Notify: "王主管", Targets: []sla.Kind{sla.FirstResponse}}}
	if saved := must[api.PolicyDTO](t)(tk.SavePolicy(p)); saved.Policy.Version != 2 {
		t.Fatalf("saved policy version %d, want 2", saved.Policy.Version)
	}
	p.Targets = map[string]sla.Targets{"P9": {}}
	if _, err := tk.SavePolicy(p); errKey(t, err) != "error.sla_policy.invalid" {
		t.Fatalf("invalid policy saved: %v", err)
	}

	f.at(sh(2, 9, 0)) // Monday, the desk opens
	urgent := det(tk.Create(api.TicketInput{Title: "电梯困人", Channel: "phone", Priority: 1})).Ticket.ID
	calm := det(tk.Create(api.TicketInput{Title: "咨询发票", Channel: "email", Priority: 4})).Ticket.ID

	f.at(sh(2, 9, 20))
	queue := must[[]api.TicketRow](t)(tk.DueSoon(1))
	if len(queue) != 1 || queue[0].Ticket.ID != urgent {
		t.Fatalf("due soon within 1 h at 09:20: %+v", queue)
	}
	if n := must[[]api.NotificationDTO](t)(tk.Notifications(1)); len(n) != 0 {
		t.Fatalf("notifications at 09:20 (first warning due 09:22:30): %+v", n)
	}
	f.at(sh(2, 9, 31))
	n := must[[]api.NotificationDTO](t)(tk.Notifications(1))
	if len(n) != 3 || n[0].Type != "escalation" || n[0].Notify != "王主管" || n[0].TicketID != urgent ||
		n[1].Percent != 90 || n[2].Percent != 75 || n[2].At != "2026-03-02T01:22:30Z" {
		t.Fatalf("notifications at 09:31, newest first: %+v", n)
	}
	// Answered: the queue and the centre forget the ticket.
	det(tk.AddReply(urgent, "outbound", "phone", "已派人"))
	det(tk.SetStatus(urgent, "resolved"))
	if q := must[[]api.TicketRow](t)(tk.DueSoon(24)); len(q) != 1 || q[0].Ticket.ID != calm {
		t.Fatalf("due soon within 24 h after resolving (P4 first response due Tue 09:30): %+v", q)
	}
	if n := must[[]api.NotificationDTO](t)(tk.Notifications(1)); len(n) != 0 {
		t.Fatalf("notifications of a resolved ticket: %+v", n)
	}
	if _, err := tk.DueSoon(0); errKey(t, err) != "error.ticket.hours_invalid" {
		t.Fatalf("DueSoon(0): %v", err)
	}
}

// TestBulkAssignAllOrNothing: one unknown ticket leaves every ticket as it was.
func TestBulkAssignAllOrNothing(t *testing.T) {
	f, tk := newTickets(t)
	det := must[api.TicketDetail](t)
	f.exec(t, `INSERT INTO handlers (id, name, team, created_at) VALUES (7, '李娜', '售后一组', '2026-01-01T00:00:00Z')`)
	f.at(sh(2, 10, 0))
	a := det(tk.Create(api.TicketInput{Title: "一", Priority: 3})).Ticket.ID
	b := det(tk.Create(api.TicketInput{Title: "二", Priority: 3})).Ticket.ID
	h := int64(7)
	if _, err := tk.BulkAssign([]int64{a, b, 999}, &h); err == nil {
		t.Fatal("bulk assign with an unknown ticket succeeded")
	}
	if d := det(tk.Get(a)); d.Ticket.HandlerID != nil || len(d.Events) != 1 {
		t.Fatalf("after a refused bulk assign ticket %d = %+v", a, d.Ticket)
	}
	if r := must[api.BulkResult](t)(tk.BulkAssign([]int64{a, b}, &h)); r.Updated != 2 {
		t.Fatalf("bulk assign: %+v", r)
	}
	for _, id := range []int64{a, b} {
		if d := det(tk.Get(id)); d.Ticket.HandlerName != "李娜" || d.Events[len(d.Events)-1].Kind != "assign" {
			t.Fatalf("ticket %d after bulk assign: %+v, last event %+v", id, d.Ticket, d.Events[len(d.Events)-1])
		}
	}
	if _, err := tk.BulkAssign(nil, &h); errKey(t, err) != "error.ticket.bulk_size" {
		t.Fatalf("empty bulk assign: %v", err)
	}
}

// TestSavedViews: views are saved by name, replaced, checked and deleted.
func TestSavedViews(t *testing.T) {
	_, tk := newTickets(t)
	views := must[[]api.TicketView](t)
	if v := views(tk.Views()); len(v) != 0 {
		t.Fatalf("fresh views: %+v", v)
	}
	views(tk.SaveView(api.TicketView{Name: " 我的超时 ", Filter: api.TicketFilterInput{Breached: true, Limit: 50}}))
	v := views(tk.SaveView(api.TicketView{Name: "P1", Filter: api.TicketFilterInput{Priorities: []int{1}}}))
	if len(v) != 2 || v[0].Name != "我的超时" || !v[0].Filter.Breached || v[0].Filter.Limit != 0 {
		t.Fatalf("views: %+v", v)
	}
	v = views(tk.SaveView(api.TicketView{Name: "P1", Filter: api.TicketFilterInput{Priorities: []int{1, 2}}}))
	if len(v) != 2 || len(v[1].Filter.Priorities) != 2 {
		t.Fatalf("replaced view: %+v", v)
	}
	if _, err := tk.SaveView(api.TicketView{Name: "bad", Filter: api.TicketFilterInput{Priorities: []int{9}}}); errKey(t, err) != "error.ticket.priority_invalid" {
		t.Fatalf("bad filter saved: %v", err)
	}
	if _, err := tk.SaveView(api.TicketView{Name: "  "}); errKey(t, err) != "error.ticket.view_name" {
		t.Fatalf("nameless view saved: %v", err)
	}
	if v = views(tk.DeleteView("我的超时")); len(v) != 1 || v[0].Name != "P1" {
		t.Fatalf("after delete: %+v", v)
	}
	if v = views(tk.Views()); len(v) != 1 {
		t.Fatalf("views read back: %+v", v)
	}
}

// TestEscalationWaitsForOpenHours: an escalation due in the evening is not
// raised overnight but when the desk opens (the calendar is not 24×7).
func TestEscalationWaitsForOpenHours(t *testing.T) {
	f, tk := newTickets(t)
	det := must[api.TicketDetail](t)
	p := must[[]api.PolicyDTO](t)(tk.Policies())[0].Policy
	p.Escalations = []sla.Escalation{{Name: "经理", OffsetMinutes: 30, Notify: "值班经理", Targets: []sla.Kind{sla.FirstResponse}}}
	must[api.PolicyDTO](t)(tk.SavePolicy(p))
	f.at(sh(2, 17, 20)) // Monday; P1 first response due 17:50, escalation 18:20 — after hours
	id := det(tk.Create(api.TicketInput{Title: "晚间投诉", Channel: "phone", Priority: 1})).Ticket.ID
	escalations := func() []api.NotificationDTO {
		var out []api.NotificationDTO
		for _, n := range must[[]api.NotificationDTO](t)(tk.Notifications(2)) {
			if n.Type == "escalation" && n.TicketID == id {
				out = append(out, n)
			}
		}
		return out
	}
	f.at(sh(2, 23, 0))
	if e := escalations(); len(e) != 0 {
		t.Fatalf("escalation raised overnight: %+v", e)
	}
	f.at(sh(3, 9, 1))
	e := escalations()
	if len(e) != 1 || !e[0].Shifted || e[0].Scheduled != "2026-03-02T10:20:00Z" || e[0].At != "2026-03-03T01:00:00Z" {
		t.Fatalf("escalation at Tuesday's opening: %+v", e)
	}
}
