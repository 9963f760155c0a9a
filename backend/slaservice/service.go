// Package slaservice joins the ticket store and the pure SLA engine: it
// loads a ticket's event log, the policy version recorded for it and the
// policy's calendar, and computes target states ([sla.Compute]), the
// explain timeline ([sla.Explain]), filtered ticket lists with SLA badges,
// and the SLA figures of a period in one pass over tickets and events.
//
// Which rules apply: a ticket is computed under the policy version recorded
// when it was created (ticket_sla), so a later policy edit does not rewrite
// history; EventPolicy events switch it later. A ticket without a recorded
// policy (bulk-loaded, or created when no policy matched) and every
// "what-if" recomputation use the current rules: the first active policy,
// latest version, whose conditions match the ticket's priority, category
// and channel. The calendar is the latest version of the policy's calendar,
// so a corrected holiday list moves due times of open tickets.
package slaservice

import (
	"context"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// Service computes SLA states from the database. It is not safe for
// concurrent use; create one per request (New does no I/O).
type Service struct {
	db        *sqlite.DB
	ctx       context.Context
	statuses  map[string]feedback.StatusCategory
	current   []*sqlite.PolicyVersion
	versions  map[[2]int64]*sqlite.PolicyVersion
	calendars map[string]*sla.Calendar
}

// New returns a Service reading db.
func New(db *sqlite.DB) *Service {
	return &Service{db: db, versions: map[[2]int64]*sqlite.PolicyVersion{},
		calendars: map[string]*sla.Calendar{}}
}

// TicketSLA is a ticket with its SLA state.
type TicketSLA struct {
	Log *sqlite.TicketLog
	// Policy is the policy version computed with; nil when no policy
	// applies (Result is then nil too, as it is for a ticket dated after
	// now).
	Policy *sqlite.PolicyVersion
	// Recorded is true when Policy is the version recorded at creation,
	// false when the current rules were used.
	Recorded bool
	Result   *sla.Result
}

// Breached reports whether any target is breached.
func (t *TicketSLA) Breached() bool {
	if t.Result == nil {
		return false
	}
	for _, k := range sla.Kinds {
		if t.Result.Target(k).State == sla.Breached {
			return true
		}
	}
	return false
}

// AtRisk reports whether a running or paused target, not yet breached, has
// reached a warning threshold (by default 75% of its target).
func (t *TicketSLA) AtRisk() bool {
	if t.Result == nil {
		return false
	}
	for _, k := range sla.Kinds {
		tr := t.Result.Target(k)
		if (tr.State == sla.Running || tr.State == sla.Paused) && tr.Warning > 0 {
			return true
		}
	}
	return false
}

// load prepares the caches once per call.
func (s *Service) load(ctx context.Context) error {
	s.ctx = ctx
	if s.statuses != nil {
		return nil
	}
	var err error
	if s.statuses, err = s.db.TicketStatuses(ctx); err != nil {
		return err
	}
	s.current, err = s.db.FindPolicies(ctx)
	return err
}

// policyVersion returns a stored policy version, cached.
func (s *Service) policyVersion(id int64, version int) (*sqlite.PolicyVersion, error) {
	key := [2]int64{id, int64(version)}
	if pv, ok := s.versions[key]; ok {
		return pv, nil
	}
	pv, err := s.db.FindPolicyVersion(s.ctx, id, version)
	if err != nil {
		return nil, err
	}
	s.versions[key] = pv
	return pv, nil
}

// policyFor returns the policy to compute l with and whether it is the
// recorded one; nil when none applies.
func (s *Service) policyFor(l *sqlite.TicketLog, whatIf bool) (*sqlite.PolicyVersion, bool, error) {
	if !whatIf && l.PolicyID != nil {
		pv, err := s.policyVersion(*l.PolicyID, l.PolicyVersion)
		return pv, err == nil, err
	}
	t := l.Ticket
	facts := sla.TicketFacts{Priority: t.Priority, Category: t.Category, Channel: t.Channel}
	for _, pv := range s.current {
		if pv.Policy.Conditions.Matches(facts) {
			return pv, false, nil
		}
	}
	return nil, false, nil
}

// calendarFor returns the latest version of pv's calendar (by id, else by
// the name the policy gives, else the default calendar), cached.
func (s *Service) calendarFor(pv *sqlite.PolicyVersion) (*sla.Calendar, error) {
	key := "name:" + pv.Policy.Calendar
	find := func() (*sqlite.CalendarVersion, error) {
		name := pv.Policy.Calendar
		if name == "" {
			name = sqlite.DefaultCalendarName
		}
		return s.db.FindCalendarByName(s.ctx, name)
	}
	if pv.CalendarID != nil {
		id := *pv.CalendarID
		key = fmt.Sprint("id:", id)
		find = func() (*sqlite.CalendarVersion, error) { return s.db.FindCalendarByID(s.ctx, id) }
	}
	if c, ok := s.calendars[key]; ok {
		return c, nil
	}
	cv, err := find()
	if err != nil {
		return nil, err
	}
	c, err := cv.Calendar()
	if err != nil {
		return nil, err
	}
	s.calendars[key] = c
	return c, nil
}

// inputs resolves everything Compute needs for l.
func (s *Service) inputs(l *sqlite.TicketLog, whatIf bool) (*sqlite.PolicyVersion, bool, *sla.Calendar, []sla.Event, error) {
	pv, recorded, err := s.policyFor(l, whatIf)
	if err != nil || pv == nil {
		return nil, false, nil, nil, err
	}
	cal, err := s.calendarFor(pv)
	if err != nil {
		return nil, false, nil, nil, err
	}
	evs, err := Events(l.Events, s.statuses, l.Ticket.Priority, func(id int64, version int) (*sla.Policy, error) {
		v, err := s.policyVersion(id, version)
		if err != nil {
			return nil, err
		}
		return &v.Policy, nil
	})
	return pv, recorded, cal, evs, err
}

// compute computes the SLA state of one loaded ticket log.
func (s *Service) compute(l *sqlite.TicketLog, now time.Time, whatIf bool) (*TicketSLA, error) {
	pv, recorded, cal, evs, err := s.inputs(l, whatIf)
	if err != nil {
		return nil, fmt.Errorf("slaservice: ticket %d: %w", l.Ticket.ID, err)
	}
	ts := &TicketSLA{Log: l, Policy: pv, Recorded: recorded}
	if pv == nil || l.Ticket.CreatedAt.After(now) {
		return ts, nil // no policy, or dated in the future: no SLA state yet
	}
	res, err := sla.Compute(pv.Policy, cal, evs, now)
	if err != nil {
		return nil, fmt.Errorf("slaservice: ticket %d: %w", l.Ticket.ID, err)
	}
	ts.Result = &res
	return ts, nil
}

// Ticket computes the SLA state of ticket id as of now. With whatIf the
// current rules are used instead of the recorded policy version; nothing
// is written either way.
func (s *Service) Ticket(ctx context.Context, id int64, now time.Time, whatIf bool) (*TicketSLA, error) {
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	l, err := s.db.FindTicketByID(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.compute(l, now, whatIf)
}

// Explain returns the explain view of ticket id as of now: its target
// states with the counted, paused and out-of-hours timeline of each. It is
// nil (without error) when no policy applies to the ticket.
func (s *Service) Explain(ctx context.Context, id int64, now time.Time, whatIf bool) (*sla.Explanation, error) {
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	l, err := s.db.FindTicketByID(ctx, id)
	if err != nil {
		return nil, err
	}
	pv, _, cal, evs, err := s.inputs(l, whatIf)
	if err != nil || pv == nil {
		return nil, err
	}
	x, err := sla.Explain(pv.Policy, cal, evs, now)
	if err != nil {
		return nil, err
	}
	return &x, nil
}

// List returns the tickets matching f with their SLA states as of now,
// newest first, and the total before paging. Without the computed filters
// (Breached, AtRisk) the store pages; with them every matching ticket is
// computed in one pass and the survivors are paged here.
func (s *Service) List(ctx context.Context, f feedback.TicketFilter, now time.Time) ([]*TicketSLA, int, error) {
	if err := s.load(ctx); err != nil {
		return nil, 0, err
	}
	if !f.Breached && !f.AtRisk {
		logs, total, err := s.db.FindTickets(ctx, f)
		if err != nil {
			return nil, 0, err
		}
		if err := s.db.LoadTicketEvents(ctx, logs); err != nil {
			return nil, 0, err
		}
		out := make([]*TicketSLA, 0, len(logs))
		for _, l := range logs {
			ts, err := s.compute(l, now, false)
			if err != nil {
				return nil, 0, err
			}
			out = append(out, ts)
		}
		return out, total, nil
	}
	var out []*TicketSLA
	err := s.db.EachTicketLog(ctx, f, func(l *sqlite.TicketLog) error {
		ts, err := s.compute(l, now, false)
		if err != nil {
			return err
		}
		if (!f.Breached || ts.Breached()) && (!f.AtRisk || ts.AtRisk()) {
			out = append(out, ts)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	newestFirst(out)
	total := len(out)
	out = out[min(max(f.Offset, 0), total):]
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, total, nil
}
