package slaservice

import (
	"cmp"
	"context"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// openCategories are the status categories of tickets still being worked.
var openCategories = []feedback.StatusCategory{feedback.CatNew, feedback.CatOpen, feedback.CatPendingCust, feedback.CatPendingThird}

// NextDue returns the earliest due instant among t's targets whose clock
// has not stopped (running, or breached and still counting), and whether
// there is one. Paused targets have no due instant.
func (t *TicketSLA) NextDue() (time.Time, bool) {
	var best time.Time
	found := false
	if t.Result == nil {
		return best, false
	}
	for _, k := range sla.Kinds {
		tr := t.Result.Target(k)
		if tr.StoppedAt != nil || tr.Due == nil || (tr.State != sla.Running && tr.State != sla.Breached) {
			continue
		}
		if !found || tr.Due.Before(best) {
			best, found = *tr.Due, true
		}
	}
	return best, found
}

// DueSoon returns the open tickets with a counting target due before
// now + within (overdue ones included), soonest first: the queue a desk
// works down.
func (s *Service) DueSoon(ctx context.Context, within time.Duration, now time.Time) ([]*TicketSLA, error) {
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	limit := now.Add(within)
	var out []*TicketSLA
	err := s.db.EachTicketLog(ctx, feedback.TicketFilter{StatusCats: openCategories}, func(l *sqlite.TicketLog) error {
		ts, err := s.compute(l, now, false)
		if err != nil {
			return err
		}
		if due, ok := ts.NextDue(); ok && due.Before(limit) {
			out = append(out, ts)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b *TicketSLA) int {
		da, _ := a.NextDue()
		db, _ := b.NextDue()
		return cmp.Or(da.Compare(db), cmp.Compare(a.Log.Ticket.ID, b.Log.Ticket.ID))
	})
	return out, nil
}

// TicketNotification is one warning or escalation raised for a ticket.
type TicketNotification struct {
	Ticket *feedback.Ticket
	sla.Notification
}

// Notifications returns the warnings and escalations of the open tickets
// raised in [from, now], newest first. Each is raised only in its
// calendar's open hours unless the calendar is 24×7 (sla.Notifications).
func (s *Service) Notifications(ctx context.Context, from, now time.Time) ([]TicketNotification, error) {
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	var out []TicketNotification
	err := s.db.EachTicketLog(ctx, feedback.TicketFilter{StatusCats: openCategories}, func(l *sqlite.TicketLog) error {
		ts, err := s.compute(l, now, false)
		if err != nil || ts.Result == nil {
			return err
		}
		cal, err := s.calendarFor(ts.Policy)
		if err != nil {
			return err
		}
		ns, err := sla.Notifications(*ts.Result, ts.Policy.Policy, cal, from, now.Add(time.Nanosecond))
		if err != nil {
			return err
		}
		for _, n := range ns {
			out = append(out, TicketNotification{Ticket: l.Ticket, Notification: n})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b TicketNotification) int {
		return cmp.Or(b.At.Compare(a.At), cmp.Compare(a.Ticket.ID, b.Ticket.ID))
	})
	return out, nil
}
