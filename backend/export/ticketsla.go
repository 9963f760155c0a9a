package export

import (
	"context"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// slaStream hands out tickets' SLA states in ticket-ID order from one pass
// over the tickets and their events (as `sla stats` reads them), for export
// rows that come in the same order: one query for every ticket instead of
// two per ticket. A ticket the stream lacks (created between the two
// snapshots) is computed alone.
type slaStream struct {
	next    <-chan *slaservice.TicketSLA
	pending *slaservice.TicketSLA
	single  *slaservice.Service
	now     time.Time
	stop    context.CancelFunc
	done    chan struct{}
	// alone counts the tickets computed alone (not found in the stream).
	alone int
}

// newSLAStream starts streaming the SLA states of the tickets f selects.
// The stream and the single-ticket service are separate services, so each
// is used by one goroutine only.
func newSLAStream(ctx context.Context, db *sqlite.DB, f feedback.TicketFilter, now time.Time) *slaStream {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan *slaservice.TicketSLA, pipeDepth)
	s := &slaStream{next: ch, single: slaservice.New(db), now: now, stop: cancel, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		defer close(ch)
		// An error ends the stream early; the rows left are computed alone
		// (and meet the same error there, if it is not a passing one).
		_ = slaservice.New(db).Each(ctx, f, now, func(ts *slaservice.TicketSLA) {
			select {
			case ch <- ts:
			case <-ctx.Done():
			}
		})
	}()
	return s
}

// of returns ticket id's SLA state; ids must come in increasing order.
func (s *slaStream) of(ctx context.Context, id int64) (*slaservice.TicketSLA, error) {
	for s.pending == nil || s.pending.Log.Ticket.ID < id {
		ts, ok := <-s.next
		if !ok {
			s.pending = nil
			s.alone++
			return s.single.Ticket(ctx, id, s.now, false)
		}
		s.pending = ts
	}
	if s.pending.Log.Ticket.ID == id {
		ts := s.pending
		s.pending = nil
		return ts, nil
	}
	s.alone++
	return s.single.Ticket(ctx, id, s.now, false)
}

// close stops the stream and waits until it has ended.
func (s *slaStream) close() {
	s.stop()
	for range s.next {
	}
	<-s.done
}
