package sla_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// synthTickets builds n ticket logs of about perTicket events each on a
// working-day rhythm: created, a first reply, customer/agent exchanges,
// waits on the customer, internal notes, an occasional priority change,
// resolution and the odd reopen. It returns the logs and the event count.
func synthTickets(tb testing.TB, n, perTicket int, seed uint64) ([][]sla.Event, int) {
	tb.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	base := sh(tb, "2026-01-05 08:00")
	logs := make([][]sla.Event, n)
	total := 0
	for i := range logs {
		t := base.Add(time.Duration(r.IntN(300*24*60)) * time.Minute)
		evs := make([]sla.Event, 0, perTicket+2)
		evs = append(evs, evCreated(t, feedback.CatNew, 1+r.IntN(4)))
		cat := feedback.CatNew
		for len(evs) < perTicket-1 {
			t = t.Add(time.Duration(1+r.IntN(6*60)) * time.Minute)
			switch k := r.IntN(20); {
			case k < 6:
				evs = append(evs, evOut(t))
			case k < 11:
				evs = append(evs, evIn(t))
			case k < 14:
				evs = append(evs, evNote(t))
			case k < 16 && cat != feedback.CatPendingCust:
				cat = feedback.CatPendingCust
				evs = append(evs, evStatus(t, cat))
			case k < 18:
				cat = feedback.CatOpen
				evs = append(evs, evStatus(t, cat))
			case k < 19:
				evs = append(evs, evPriority(t, 1+r.IntN(4)))
			default:
				evs = append(evs, evStatus(t, feedback.CatResolved), evReopen(t.Add(time.Hour)))
				t = t.Add(time.Hour)
				cat = feedback.CatOpen
			}
		}
		evs = append(evs, evStatus(t.Add(time.Hour), feedback.CatResolved))
		logs[i] = evs
		total += len(evs)
	}
	return logs, total
}

// BenchmarkComputeTickets computes the SLA state of 100,000 tickets with
// about 1,000,000 events in one pass on the Shanghai lunch-break calendar
// with the 2026 holidays, and reports ns/event. The long-tickets case
// (10,000 tickets × 100 events) shows the cost per event does not grow
// with a ticket's length.
func BenchmarkComputeTickets(b *testing.B) {
	c := shanghaiLunch(b)
	p := stdPolicy()
	now := sh(b, "2027-01-01 00:00")
	for _, bc := range []struct {
		name         string
		tickets, per int
	}{
		{"100k-tickets-1M-events", 100_000, 10},
		{"10k-tickets-100-events-each", 10_000, 100},
	} {
		b.Run(bc.name, func(b *testing.B) {
			logs, total := synthTickets(b, bc.tickets, bc.per, 1)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for _, evs := range logs {
					if _, err := sla.Compute(p, c, evs, now); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(total), "ns/event")
			b.ReportMetric(float64(total), "events")
		})
	}
}
