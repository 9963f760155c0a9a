package slaservice

import (
	"fmt"
	"strconv"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// PolicyLookup returns a stored policy version, for EventPolicy events.
type PolicyLookup func(id int64, version int) (*sla.Policy, error)

// Events maps a ticket's stored events to what the SLA engine reads:
// status keys become categories through statuses (the configured
// ticket_statuses), priorities and policy references are parsed, and the
// events the engine ignores (assign, note, category) are left out.
//
// The created event does not store a priority; the initial priority is
// the From of the first priority event, or current (the ticket's priority)
// when it never changed. A "created" event's To is the initial status; a
// reopen without a status reopens to open. Unknown status keys,
// priorities or policy references are errors wrapping sla.ErrInvalidLog.
func Events(evs []*feedback.TicketEvent, statuses map[string]feedback.StatusCategory, current int, policy PolicyLookup) ([]sla.Event, error) {
	initial := current
	for _, e := range evs {
		if e.Kind == feedback.EventPriority {
			if p, err := strconv.Atoi(e.From); err == nil {
				initial = p
			}
			break
		}
	}
	category := func(e *feedback.TicketEvent, def feedback.StatusCategory) (feedback.StatusCategory, error) {
		if e.To == "" {
			return def, nil
		}
		cat, ok := statuses[e.To]
		if !ok {
			return "", fmt.Errorf("%w: event %d: unknown status %q", sla.ErrInvalidLog, e.ID, e.To)
		}
		return cat, nil
	}
	out := make([]sla.Event, 0, len(evs))
	for _, e := range evs {
		ev := sla.Event{At: e.At, Kind: e.Kind}
		var err error
		switch e.Kind {
		case feedback.EventCreated:
			ev.Priority = initial
			ev.Category, err = category(e, feedback.CatNew)
		case feedback.EventStatus:
			ev.Category, err = category(e, "")
			if err == nil && ev.Category == "" {
				err = fmt.Errorf("%w: event %d: a status change without a status", sla.ErrInvalidLog, e.ID)
			}
		case feedback.EventReopen:
			ev.Category, err = category(e, feedback.CatOpen)
		case feedback.EventPriority:
			if ev.Priority, err = strconv.Atoi(e.To); err != nil {
				err = fmt.Errorf("%w: event %d: priority %q", sla.ErrInvalidLog, e.ID, e.To)
			}
		case feedback.EventReply:
			ev.Direction = e.Direction
		case feedback.EventPolicy:
			id, version, perr := sqlite.ParsePolicyRef(e.To)
			if perr != nil {
				err = fmt.Errorf("%w: event %d: %w", sla.ErrInvalidLog, e.ID, perr)
			} else {
				ev.Policy, err = policy(id, version)
			}
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}
