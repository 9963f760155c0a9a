package api

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

// NotificationDTO is one SLA warning or escalation in the notification
// centre.
type NotificationDTO struct {
	ID          string `json:"id"` // stable: ticket, target, type, level/percent
	TicketID    int64  `json:"ticketId"`
	Title       string `json:"title"`
	Priority    int    `json:"priority"`
	HandlerName string `json:"handlerName"`
	Target      string `json:"target"` // first_response, next_reply, resolution
	Type        string `json:"type"`   // warning, escalation
	Percent     int    `json:"percent"`
	Level       int    `json:"level"`
	Name        string `json:"name"`   // escalation level's name
	Notify      string `json:"notify"` // who the escalation notifies
	Scheduled   string `json:"scheduled"`
	At          string `json:"at"`      // when raised (next opening when Scheduled was out of hours)
	Shifted     bool   `json:"shifted"` // At was moved to the calendar's next opening
}

// TicketView is a saved ticket-list view: a name and its filters.
type TicketView struct {
	Name   string            `json:"name"`
	Filter TicketFilterInput `json:"filter"`
}

// BulkResult says how many tickets a bulk action changed.
type BulkResult struct {
	Updated int `json:"updated"`
}

const (
	viewsSetting  = "tickets.views"
	maxViews      = 50
	maxBulk       = 1000
	maxQueueHours = 24 * 31
)

// DueSoon lists the open tickets with a counting SLA target due within the
// next hours (overdue ones first), soonest first.
func (t *Tickets) DueSoon(hours int) ([]TicketRow, error) {
	return guard(t.db != nil, func() ([]TicketRow, error) {
		if hours < 1 || hours > maxQueueHours {
			return nil, feedback.Errorf(feedback.EINVALID, "error.ticket.hours_invalid", "The queue looks 1 to %d hours ahead.", maxQueueHours).
				WithParams(map[string]any{"max": maxQueueHours})
		}
		list, err := slaservice.New(t.db).DueSoon(t.ctx, time.Duration(hours)*time.Hour, t.db.CurrentTime())
		if err != nil {
			return nil, err
		}
		out := make([]TicketRow, len(list))
		for i, ts := range list {
			out[i] = TicketRow{Ticket: ticketDTO(ts.Log.Ticket), SLA: slaTargets(ts.Result), Breached: ts.Breached(), AtRisk: ts.AtRisk()}
		}
		return out, nil
	})
}

// Notifications lists the SLA warnings and escalations of open tickets
// raised in the last days (1 … 31), newest first. They are raised only in
// the calendar's open hours unless it is 24×7.
func (t *Tickets) Notifications(days int) ([]NotificationDTO, error) {
	return guard(t.db != nil, func() ([]NotificationDTO, error) {
		if days < 1 || days > 31 {
			return nil, feedback.Errorf(feedback.EINVALID, "error.ticket.days_invalid", "Look back 1 to 31 days.")
		}
		now := t.db.CurrentTime()
		ns, err := slaservice.New(t.db).Notifications(t.ctx, now.AddDate(0, 0, -days), now)
		if err != nil {
			return nil, err
		}
		out := make([]NotificationDTO, len(ns))
		for i, n := range ns {
			step := n.Percent
			if n.Type == "escalation" {
				step = n.Level
			}
			out[i] = NotificationDTO{ID: strings.Join([]string{strconv.FormatInt(n.Ticket.ID, 10), string(n.Target), string(n.Type),
				strconv.Itoa(step), iso(n.Scheduled)}, "/"), TicketID: n.Ticket.ID, Title: n.Ticket.Title, Priority: n.Ticket.Priority,
				HandlerName: n.Ticket.HandlerName, Target: string(n.Target), Type: string(n.Type), Percent: n.Percent, Level: n.Level,
				Name: n.Name, Notify: n.Notify, Scheduled: iso(n.Scheduled), At: iso(n.At), Shifted: n.Shifted}
		}
		return out, nil
	})
}

// BulkAssign assigns every ticket of ids to the handler (nil unassigns) in
// one transaction: all or none.
func (t *Tickets) BulkAssign(ids []int64, handlerID *int64) (BulkResult, error) {
	return guard(t.db != nil, func() (BulkResult, error) {
		if len(ids) == 0 || len(ids) > maxBulk {
			return BulkResult{}, feedback.Errorf(feedback.EINVALID, "error.ticket.bulk_size", "Choose 1 to %d tickets.", maxBulk).
				WithParams(map[string]any{"max": maxBulk})
		}
		to := ""
		if handlerID != nil {
			to = strconv.FormatInt(*handlerID, 10)
		}
		err := t.db.AppendTicketEvents(t.ctx, ids, func() *feedback.TicketEvent {
			return &feedback.TicketEvent{Kind: feedback.EventAssign, To: to, Actor: actor}
		})
		if err != nil {
			return BulkResult{}, err
		}
		return BulkResult{Updated: len(ids)}, nil
	})
}

// Views returns the saved ticket-list views in the order they were saved.
func (t *Tickets) Views() ([]TicketView, error) {
	return guard(t.db != nil, t.views)
}

func (t *Tickets) views() ([]TicketView, error) {
	s, ok, err := t.db.Setting(t.ctx, viewsSetting)
	if err != nil || !ok {
		return []TicketView{}, err
	}
	var vs []TicketView
	if json.Unmarshal([]byte(s), &vs) != nil {
		return []TicketView{}, nil // an unreadable setting is as good as none
	}
	return nonNil(vs), nil
}

// SaveView saves the filters under a name (replacing a view of that name)
// after checking them, and returns every view.
func (t *Tickets) SaveView(v TicketView) ([]TicketView, error) {
	return guard(t.db != nil, func() ([]TicketView, error) {
		v.Name = strings.TrimSpace(v.Name)
		if v.Name == "" || len([]rune(v.Name)) > 60 {
			return nil, feedback.Errorf(feedback.EINVALID, "error.ticket.view_name", "A view needs a name of 1 to 60 characters.")
		}
		if _, err := ticketFilter(v.Filter); err != nil {
			return nil, err
		}
		v.Filter.Offset, v.Filter.Limit = 0, 0
		vs, err := t.views()
		if err != nil {
			return nil, err
		}
		replaced := false
		for i := range vs {
			if vs[i].Name == v.Name {
				vs[i], replaced = v, true
			}
		}
		if !replaced {
			if len(vs) >= maxViews {
				return nil, feedback.Errorf(feedback.EINVALID, "error.ticket.views_full", "Delete a view first: at most %d are kept.", maxViews).
					WithParams(map[string]any{"max": maxViews})
			}
			vs = append(vs, v)
		}
		return vs, t.storeViews(vs)
	})
}

// DeleteView deletes the view of that name and returns the rest.
func (t *Tickets) DeleteView(name string) ([]TicketView, error) {
	return guard(t.db != nil, func() ([]TicketView, error) {
		vs, err := t.views()
		if err != nil {
			return nil, err
		}
		kept := []TicketView{}
		for _, v := range vs {
			if v.Name != name {
				kept = append(kept, v)
			}
		}
		return kept, t.storeViews(kept)
	})
}

func (t *Tickets) storeViews(vs []TicketView) error {
	b, err := json.Marshal(vs)
	if err != nil {
		return err
	}
	return t.db.SetSetting(t.ctx, viewsSetting, string(b))
}

// PolicyDTO is one SLA policy, in its current version, in match order.
type PolicyDTO struct {
	ID        int64      `json:"id"`
	Position  int        `json:"position"`
	CreatedAt string     `json:"createdAt"`
	Policy    sla.Policy `json:"policy"`
}

// Policies lists the current SLA policies in the order they are matched
// (the first whose conditions match a ticket applies).
func (t *Tickets) Policies() ([]PolicyDTO, error) {
	return guard(t.db != nil, func() ([]PolicyDTO, error) {
		ps, err := t.db.FindPolicies(t.ctx)
		out := make([]PolicyDTO, len(ps))
		for i, pv := range ps {
			out[i] = PolicyDTO{ID: pv.ID, Position: pv.Position, CreatedAt: iso(pv.CreatedAt), Policy: pv.Policy}
		}
		return out, err
	})
}

// SavePolicy validates and saves p as a new version of the policy of its
// name (or a new policy, matched last); tickets keep the version recorded
// when they were created.
func (t *Tickets) SavePolicy(p sla.Policy) (PolicyDTO, error) {
	return guard(t.db != nil, func() (PolicyDTO, error) {
		p.Name = strings.TrimSpace(p.Name)
		pv, err := t.db.SavePolicy(t.ctx, p)
		if err != nil {
			return PolicyDTO{}, err
		}
		return PolicyDTO{ID: pv.ID, Position: pv.Position, CreatedAt: iso(pv.CreatedAt), Policy: pv.Policy}, nil
	})
}
