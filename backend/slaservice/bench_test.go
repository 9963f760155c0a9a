package slaservice_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
)

// ticketSet is a synthetic data set of n tickets with ten events each:
// created, assign, first reply, a wait on the customer and back, a note, a
// priority change, a customer message and its answer, resolved.
type ticketSet struct{ n int }

// Total implements feedback.Dataset.
func (s ticketSet) Total() int { return s.n }

// Each implements feedback.Dataset.
func (s ticketSet) Each(yield func(any) error) error {
	start := time.Date(2026, 1, 5, 1, 0, 0, 0, time.UTC) // Monday 09:00 in Shanghai
	var eid int64
	for i := 1; i <= s.n; i++ {
		at := start.Add(time.Duration(i%5000) * 7 * time.Minute)
		t := &feedback.Ticket{ID: int64(i), Title: "t" + strconv.Itoa(i), Channel: "phone", Category: "物流配送",
			Priority: 1 + i%4, Status: "resolved", StatusCat: feedback.CatResolved, CreatedAt: at, UpdatedAt: at}
		var evs []*feedback.TicketEvent
		add := func(d time.Duration, e feedback.TicketEvent) {
			at = at.Add(d)
			eid++
			e.ID, e.TicketID, e.At = eid, t.ID, at
			evs = append(evs, &e)
		}
		add(0, feedback.TicketEvent{Kind: feedback.EventCreated, To: "new"})
		add(time.Minute, feedback.TicketEvent{Kind: feedback.EventAssign, To: ""})
		add(time.Duration(i%90)*time.Minute, feedback.TicketEvent{Kind: feedback.EventReply, Direction: feedback.Outbound})
		add(time.Minute, feedback.TicketEvent{Kind: feedback.EventStatus, From: "new", To: "pending_customer"})
		add(3*time.Hour, feedback.TicketEvent{Kind: feedback.EventStatus, From: "pending_customer", To: "open"})
		add(time.Minute, feedback.TicketEvent{Kind: feedback.EventNote, Body: "x"})
		add(time.Minute, feedback.TicketEvent{Kind: feedback.EventPriority, From: strconv.Itoa(t.Priority), To: "1"})
		add(2*time.Hour, feedback.TicketEvent{Kind: feedback.EventReply, Direction: feedback.Inbound})
		add(time.Duration(i%300)*time.Minute, feedback.TicketEvent{Kind: feedback.EventReply, Direction: feedback.Outbound})
		add(time.Hour, feedback.TicketEvent{Kind: feedback.EventStatus, From: "open", To: "resolved"})
		t.Priority = 1
		if err := yield(&feedback.TicketRecord{Ticket: t, Events: evs}); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkFigures computes the SLA figures over n tickets with 10·n
// events streamed in one pass; ns/op should grow linearly with n. The
// 100k-ticket, 1M-event case runs with -bench Figures/tickets=100000.
func BenchmarkFigures(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("tickets=%d", n), func(b *testing.B) {
			if n > 10000 && testing.Short() {
				b.Skip("large set skipped in -short mode")
			}
			ctx := context.Background()
			now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
			db := openDB(b, now)
			if err := db.LoadDataset(ctx, ticketSet{n}, nil); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				fig, err := slaservice.New(db).Figures(ctx, nil, nil, now)
				if err != nil || fig.Tickets != n {
					b.Fatalf("figures: %v (%d tickets)", err, fig.Tickets)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(10*n), "ns/event")
		})
	}
}
