package sqlite_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// MustCreateTicket creates a P2 phone complaint at created.
func MustCreateTicket(tb testing.TB, db *sqlite.DB, title string, created time.Time) *feedback.Ticket {
	tb.Helper()
	t := &feedback.Ticket{Title: title, Channel: "phone", Category: "物流配送", Priority: 2, CreatedAt: created}
	if err := db.CreateTicket(context.Background(), t, "张丽"); err != nil {
		tb.Fatal(err)
	}
	return t
}

// MustAppend appends an event or fails the test.
func MustAppend(tb testing.TB, db *sqlite.DB, id int64, e feedback.TicketEvent) *feedback.TicketEvent {
	tb.Helper()
	if err := db.AppendTicketEvent(context.Background(), id, &e); err != nil {
		tb.Fatalf("append %s: %v", e.Kind, err)
	}
	return &e
}

// at is a Shanghai wall-clock time on 2026-03-dd.
func at(d, h, m int) time.Time {
	return time.Date(2026, 3, d, h, m, 0, 0, time.FixedZone("CST", 8*3600))
}

func TestCreateTicket(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		tk := &feedback.Ticket{Title: "快递三天未送达", Description: "客户来电", Channel: "phone", Category: "物流配送",
			Priority: 1, Tags: []string{"加急"}, CreatedAt: at(2, 9, 30)}
		if err := db.CreateTicket(ctx, tk, "张丽"); err != nil {
			t.Fatal(err)
		}
		l, err := db.FindTicketByID(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := l.Ticket
		if got.Status != "new" || got.StatusCat != feedback.CatNew || got.Priority != 1 || !got.CreatedAt.Equal(at(2, 9, 30)) ||
			len(got.Tags) != 1 || got.Tags[0] != "加急" {
			t.Fatalf("ticket = %+v", got)
		}
		if len(l.Events) != 1 || l.Events[0].Kind != feedback.EventCreated || l.Events[0].To != "new" ||
			l.Events[0].Actor != "张丽" || l.Events[0].Channel != "phone" || !l.Events[0].At.Equal(at(2, 9, 30)) {
			t.Fatalf("events = %+v", l.Events[0])
		}
		if l.PolicyID == nil || *l.PolicyID != 1 || l.PolicyVersion != 1 {
			t.Fatalf("recorded policy = %v v%d", l.PolicyID, l.PolicyVersion)
		}
	})

	t.Run("PolicyEditKeepsHistory", func(t *testing.T) {
		db := MustOpenDB(t)
		before := MustCreateTicket(t, db, "旧规则", at(2, 10, 0))
		ps, _ := db.FindPolicies(ctx)
		p := ps[0].Policy
		p.Targets["P2"] = sla.Targets{FirstResponse: sla.Target{Minutes: 5}}
		if _, err := db.SavePolicy(ctx, p); err != nil {
			t.Fatal(err)
		}
		after := MustCreateTicket(t, db, "新规则", at(2, 11, 0))
		l1, _ := db.FindTicketByID(ctx, before.ID)
		l2, _ := db.FindTicketByID(ctx, after.ID)
		if l1.PolicyVersion != 1 || l2.PolicyVersion != 2 {
			t.Fatalf("recorded versions = %d, %d; want 1, 2", l1.PolicyVersion, l2.PolicyVersion)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		for name, tk := range map[string]*feedback.Ticket{
			"title":    {Priority: 2},
			"priority": {Title: "x", Priority: 7},
			"status":   {Title: "x", Priority: 2, Status: "lost"},
			"channel":  {Title: "x", Priority: 2, Channel: "fax"},
		} {
			if err := db.CreateTicket(ctx, tk, ""); feedback.ErrorCode(err) != feedback.EINVALID {
				t.Errorf("%s: err = %v", name, err)
			}
		}
		if n := count(t, db, `SELECT count(*) FROM tickets`); n != 0 {
			t.Fatalf("%d tickets stored", n)
		}
	})
}

// count runs a count query.
func count(tb testing.TB, db *sqlite.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.SQL().QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestAppendTicketEvent(t *testing.T) {
	ctx := context.Background()

	t.Run("Lifecycle", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := db.SQL().Exec(`INSERT INTO handlers (id, name, created_at) VALUES (7, '王强', '2026-01-01T00:00:00.000000Z')`); err != nil {
			t.Fatal(err)
		}
		tk := MustCreateTicket(t, db, "退款未到账", at(2, 9, 0))
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 9, 5), Kind: feedback.EventAssign, Actor: "系统", To: "7"})
		r := MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 9, 20), Kind: feedback.EventReply, Direction: feedback.Outbound, Body: "已收到"})
		if r.Channel != "phone" {
			t.Fatalf("reply channel = %q, want the ticket's", r.Channel)
		}
		st := MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 9, 30), Kind: feedback.EventStatus, To: "pending_customer"})
		if st.From != "new" {
			t.Fatalf("status from = %q", st.From)
		}
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 0), Kind: feedback.EventReply, Direction: feedback.Inbound, Channel: "wechat"})
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 0), Kind: feedback.EventStatus, To: "open"})
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 10), Kind: feedback.EventNote, Body: "已申请补偿券"})
		pr := MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 20), Kind: feedback.EventPriority, To: "1"})
		if pr.From != "2" {
			t.Fatalf("priority from = %q", pr.From)
		}
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 30), Kind: feedback.EventPolicy, To: sqlite.PolicyRef(1, 1)})
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 10, 40), Kind: feedback.EventCategory, To: "售后服务/退款"})
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 11, 0), Kind: feedback.EventStatus, To: "resolved"})
		re := MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(3, 9, 0), Kind: feedback.EventReopen, Actor: "客户"})
		if re.To != "open" || re.From != "resolved" {
			t.Fatalf("reopen = %+v", re)
		}
		l, err := db.FindTicketByID(ctx, tk.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := l.Ticket
		if got.Status != "open" || got.StatusCat != feedback.CatOpen || got.Priority != 1 || got.HandlerID == nil || *got.HandlerID != 7 ||
			got.HandlerName != "王强" || got.Category != "售后服务" || got.Subcategory != "退款" {
			t.Fatalf("projection = %+v", got)
		}
		if len(l.Events) != 12 || l.Events[4].Direction != feedback.Inbound || l.Events[4].Channel != "wechat" {
			t.Fatalf("events = %d", len(l.Events))
		}
		// The log is append-only.
		if _, err := db.SQL().Exec(`UPDATE ticket_events SET body = 'x' WHERE ticket_id = ?`, tk.ID); err == nil {
			t.Fatal("an event was updated")
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		tk := MustCreateTicket(t, db, "发票开错", at(2, 9, 0))
		MustAppend(t, db, tk.ID, feedback.TicketEvent{At: at(2, 12, 0), Kind: feedback.EventNote, Body: "x"})
		for name, e := range map[string]feedback.TicketEvent{
			"reopen open":   {Kind: feedback.EventReopen},
			"status":        {Kind: feedback.EventStatus, To: "lost"},
			"same status":   {Kind: feedback.EventStatus, To: "new"},
			"priority":      {Kind: feedback.EventPriority, To: "P9"},
			"handler":       {Kind: feedback.EventAssign, To: "99"},
			"direction":     {Kind: feedback.EventReply},
			"empty note":    {Kind: feedback.EventNote},
			"policy":        {Kind: feedback.EventPolicy, To: "1:9"},
			"created":       {Kind: feedback.EventCreated},
			"out of order":  {Kind: feedback.EventNote, Body: "x", At: at(2, 11, 0)},
			"unknown kind":  {Kind: "merge"},
			"policy syntax": {Kind: feedback.EventPolicy, To: "默认"},
		} {
			if err := db.AppendTicketEvent(ctx, tk.ID, &e); feedback.ErrorCode(err) != feedback.EINVALID {
				t.Errorf("%s: err = %v", name, err)
			}
		}
		if n := count(t, db, `SELECT count(*) FROM ticket_events`); n != 2 {
			t.Fatalf("%d events stored, want 2", n)
		}
		if err := db.AppendTicketEvent(ctx, 999, &feedback.TicketEvent{Kind: feedback.EventNote, Body: "x"}); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("missing ticket: %v", err)
		}
	})
}

func TestFindTickets(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if _, err := db.SQL().Exec(`INSERT INTO handlers (id, name, created_at) VALUES (3, '李娜', '2026-01-01T00:00:00.000000Z')`); err != nil {
		t.Fatal(err)
	}
	a := MustCreateTicket(t, db, "A", at(2, 9, 0))
	b := MustCreateTicket(t, db, "B", at(3, 9, 0))
	c := &feedback.Ticket{Title: "C", Category: "产品质量", Priority: 4, CreatedAt: at(4, 9, 0)}
	if err := db.CreateTicket(ctx, c, ""); err != nil {
		t.Fatal(err)
	}
	MustAppend(t, db, b.ID, feedback.TicketEvent{At: at(3, 10, 0), Kind: feedback.EventAssign, To: "3"})
	MustAppend(t, db, b.ID, feedback.TicketEvent{At: at(3, 11, 0), Kind: feedback.EventStatus, To: "resolved"})
	h := int64(3)
	from, to := at(3, 0, 0), at(4, 0, 0)
	for name, tc := range map[string]struct {
		f    feedback.TicketFilter
		want []int64
	}{
		"all":      {feedback.TicketFilter{}, []int64{c.ID, b.ID, a.ID}},
		"status":   {feedback.TicketFilter{StatusCats: []feedback.StatusCategory{feedback.CatResolved, feedback.CatClosed}}, []int64{b.ID}},
		"priority": {feedback.TicketFilter{Priorities: []int{4}}, []int64{c.ID}},
		"handler":  {feedback.TicketFilter{HandlerID: &h}, []int64{b.ID}},
		"category": {feedback.TicketFilter{Category: "物流配送"}, []int64{b.ID, a.ID}},
		"period":   {feedback.TicketFilter{From: &from, To: &to}, []int64{b.ID}},
		"page":     {feedback.TicketFilter{Offset: 1, Limit: 1}, []int64{b.ID}},
	} {
		logs, total, err := db.FindTickets(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, l := range logs {
			ids = append(ids, l.Ticket.ID)
		}
		if len(ids) != len(tc.want) || (len(ids) > 0 && ids[0] != tc.want[0]) || (name != "page" && total != len(tc.want)) {
			t.Errorf("%s: ids = %v (total %d), want %v", name, ids, total, tc.want)
		}
	}

	// EachTicketLog hands out every ticket with exactly its own events.
	var seen []int
	err := db.EachTicketLog(ctx, feedback.TicketFilter{}, func(l *sqlite.TicketLog) error {
		for _, e := range l.Events {
			if e.TicketID != l.Ticket.ID {
				t.Errorf("ticket %d got event of %d", l.Ticket.ID, e.TicketID)
			}
		}
		seen = append(seen, len(l.Events))
		return nil
	})
	if err != nil || len(seen) != 3 || seen[0] != 1 || seen[1] != 3 || seen[2] != 1 {
		t.Fatalf("each = %v, %v", seen, err)
	}
	logs, _, _ := db.FindTickets(ctx, feedback.TicketFilter{})
	if err := db.LoadTicketEvents(ctx, logs); err != nil || len(logs[1].Events) != 3 {
		t.Fatalf("load events: %v", err)
	}
}
