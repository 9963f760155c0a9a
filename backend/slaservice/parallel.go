package slaservice

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// computeBatch is how many tickets are read before their SLA states are
// computed together: large enough to keep every core busy, small enough
// that memory holds few logs.
const computeBatch = 512

// pending is a read ticket whose inputs are resolved and whose SLA state
// is still to compute.
type pending struct {
	l   *sqlite.TicketLog
	ts  *TicketSLA
	cal *sla.Calendar
	evs []sla.Event
	err error
}

// batchComputer computes streamed tickets' SLA states on every core while
// handing them to fn one at a time in the order they were read. Resolving
// a ticket's inputs (policies and calendars, cached, read from the
// database) stays on the reading goroutine; sla.Compute is pure.
type batchComputer struct {
	s       *Service
	now     time.Time
	fn      func(*sqlite.TicketLog, *TicketSLA)
	batch   []pending
	workers int
}

func newBatchComputer(s *Service, now time.Time, fn func(*sqlite.TicketLog, *TicketSLA)) *batchComputer {
	return &batchComputer{s: s, now: now, fn: fn, batch: make([]pending, 0, computeBatch), workers: runtime.GOMAXPROCS(0)}
}

// add queues one read ticket; a full batch is computed and handed out.
func (b *batchComputer) add(l *sqlite.TicketLog) error {
	pv, recorded, cal, evs, err := b.s.inputs(l, false)
	if err != nil {
		return fmt.Errorf("slaservice: ticket %d: %w", l.Ticket.ID, err)
	}
	p := pending{l: l, ts: &TicketSLA{Log: l, Policy: pv, Recorded: recorded}, cal: cal, evs: evs}
	if pv == nil || l.Ticket.CreatedAt.After(b.now) {
		p.cal = nil // no policy, or dated in the future: no SLA state yet
	}
	b.batch = append(b.batch, p)
	if len(b.batch) == cap(b.batch) {
		return b.flush()
	}
	return nil
}

// flush computes the queued tickets and hands them out in order.
func (b *batchComputer) flush() error {
	n := len(b.batch)
	if n == 0 {
		return nil
	}
	var wg sync.WaitGroup
	per := (n + b.workers - 1) / b.workers
	for start := 0; start < n; start += per {
		wg.Add(1)
		go func(part []pending) {
			defer wg.Done()
			for i := range part {
				p := &part[i]
				if p.cal == nil {
					continue
				}
				res, err := sla.Compute(p.ts.Policy.Policy, p.cal, p.evs, b.now)
				if err != nil {
					p.err = fmt.Errorf("slaservice: ticket %d: %w", p.l.Ticket.ID, err)
					continue
				}
				p.ts.Result = &res
			}
		}(b.batch[start:min(start+per, n)])
	}
	wg.Wait()
	for _, p := range b.batch {
		if p.err != nil {
			return p.err
		}
		b.fn(p.l, p.ts)
	}
	clear(b.batch)
	b.batch = b.batch[:0]
	return nil
}
