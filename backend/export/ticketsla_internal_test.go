package export

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// TestSLAStreamMatchesEachTicketAlone: the streamed SLA states are the ones
// the SLA service computes for each ticket alone; tickets outside the
// stream's selection (as one created between the export's two snapshots)
// are computed alone, and ids the rows skip are passed over.
func TestSLAStreamMatchesEachTicketAlone(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC) // Monday 10:00 in Shanghai
	db.Now = func() time.Time { return now }
	var ids []int64
	for i := range 6 {
		at := now.Add(-time.Duration(6-i) * 26 * time.Hour)
		tk := &feedback.Ticket{Title: "工单", Channel: "phone", Priority: 1 + i%4, CreatedAt: at}
		if err := db.CreateTicket(ctx, tk, "test"); err != nil {
			t.Fatal(err)
		}
		if i%2 == 0 {
			ev := &feedback.TicketEvent{Kind: feedback.EventReply, Direction: feedback.Outbound, Body: "已回复", At: at.Add(20 * time.Minute)}
			if err := db.AppendTicketEvent(ctx, tk.ID, ev); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, tk.ID)
	}
	from := now.Add(-4 * 26 * time.Hour) // the stream holds the last four tickets
	s := newSLAStream(ctx, db, feedback.TicketFilter{From: &from}, now)
	defer s.close()
	alone := slaservice.New(db)
	for k, id := range ids {
		if k == 3 {
			continue // a row the export does not ask for
		}
		got, err := s.of(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want, err := alone.Ticket(ctx, id, now, false)
		if err != nil {
			t.Fatal(err)
		}
		if got.Log.Ticket.ID != id {
			t.Fatalf("asked for ticket %d, got %d", id, got.Log.Ticket.ID)
		}
		for _, kind := range []sla.Kind{sla.FirstResponse, sla.NextReply, sla.Resolution} {
			if g, w := outcome("en", got.Result, kind), outcome("en", want.Result, kind); g != w {
				t.Errorf("ticket %d %s: streamed %q, alone %q", id, kind, g, w)
			}
		}
	}
	if s.alone != 2 {
		t.Errorf("%d tickets computed alone; want the 2 outside the stream", s.alone)
	}
}
