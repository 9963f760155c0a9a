package slaservice

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// computeBatch is how many tickets go to a worker at a time: large enough
// to keep the cores busy, small enough that memory holds few logs.
const computeBatch = 512

// pending is a read ticket whose inputs are resolved and whose SLA state
// is still to compute (cal is nil when there is none to compute).
type pending struct {
	l   *sqlite.TicketLog
	ts  *TicketSLA
	cal *sla.Calendar
	evs []sla.Event
}

// batch is a run of read tickets; done is closed once they are computed.
type batch struct {
	items []pending
	err   error
	done  chan struct{}
}

// batchComputer computes streamed tickets' SLA states while more are read:
// the reading goroutine resolves each ticket's inputs (policies and
// calendars, cached, read from the database) and hands batches to workers
// on the other cores; a deliverer hands the states to fn one at a time in
// the order they were read. sla.Compute is pure; calendars are safe for
// concurrent use.
type batchComputer struct {
	s       *Service
	now     time.Time
	cur     []pending
	work    chan *batch // to the workers
	ordered chan *batch // to the deliverer, in reading order
	wg      sync.WaitGroup
	failed  chan struct{} // closed when a batch failed: reading stops
	fail    sync.Once
	err     error // the first failure, set before failed is closed
}

func newBatchComputer(s *Service, now time.Time, fn func(*sqlite.TicketLog, *TicketSLA)) *batchComputer {
	workers := max(1, runtime.GOMAXPROCS(0)-1) // the reading goroutine keeps one core busy
	b := &batchComputer{s: s, now: now, cur: make([]pending, 0, computeBatch),
		work: make(chan *batch, workers+1), ordered: make(chan *batch, workers+2), failed: make(chan struct{})}
	for range workers {
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			for bt := range b.work {
				bt.err = computeAll(bt.items, now)
				close(bt.done)
			}
		}()
	}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		stopped := false
		for bt := range b.ordered {
			<-bt.done
			if stopped {
				continue
			}
			if bt.err != nil {
				stopped = true
				b.stop(bt.err)
				continue
			}
			for _, p := range bt.items {
				fn(p.l, p.ts)
			}
		}
	}()
	return b
}

// computeAll computes the SLA states of items in place.
func computeAll(items []pending, now time.Time) error {
	for i := range items {
		p := &items[i]
		if p.cal == nil {
			continue
		}
		res, err := sla.Compute(p.ts.Policy.Policy, p.cal, p.evs, now)
		if err != nil {
			return fmt.Errorf("slaservice: ticket %d: %w", p.l.Ticket.ID, err)
		}
		p.ts.Result = &res
	}
	return nil
}

// stop records the first failure and tells the reader to stop.
func (b *batchComputer) stop(err error) {
	b.fail.Do(func() {
		b.err = err
		close(b.failed)
	})
}

// add resolves one read ticket's inputs and queues it; a full batch goes to
// the workers. It returns the first failure, which stops the reading.
func (b *batchComputer) add(l *sqlite.TicketLog) error {
	select {
	case <-b.failed:
		return b.err
	default:
	}
	pv, recorded, cal, evs, err := b.s.inputs(l, false)
	if err != nil {
		return fmt.Errorf("slaservice: ticket %d: %w", l.Ticket.ID, err)
	}
	p := pending{l: l, ts: &TicketSLA{Log: l, Policy: pv, Recorded: recorded}, cal: cal, evs: evs}
	if pv == nil || l.Ticket.CreatedAt.After(b.now) {
		p.cal = nil // no policy, or dated in the future: no SLA state yet
	}
	b.cur = append(b.cur, p)
	if len(b.cur) == computeBatch {
		b.send()
	}
	return nil
}

// send hands the current batch to the workers and the deliverer.
func (b *batchComputer) send() {
	if len(b.cur) == 0 {
		return
	}
	bt := &batch{items: b.cur, done: make(chan struct{})}
	b.cur = make([]pending, 0, computeBatch)
	b.ordered <- bt
	b.work <- bt
}

// finish sends what is left, waits until every state was handed out, and
// returns the first failure (readErr, from reading, comes first).
func (b *batchComputer) finish(readErr error) error {
	if readErr == nil {
		b.send()
	}
	close(b.work)
	close(b.ordered)
	b.wg.Wait()
	if readErr != nil {
		return readErr
	}
	select {
	case <-b.failed:
		return b.err
	default:
		return nil
	}
}
