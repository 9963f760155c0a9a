package api

import (
	"context"
	"feedbackdesk/backend/dashboard"
	"strconv"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// TicketFilterInput selects tickets for the list; every empty field means "any".
type TicketFilterInput struct {
	StatusCategories []string `json:"statusCategories"` // new, open, pending_customer, …
	Priorities       []int    `json:"priorities"`       // 1 … 4
	HandlerID        *int64   `json:"handlerId"`
	Category         string   `json:"category"` // "none": tickets without a category
	Theme            string   `json:"theme"`    // a verbatim theme key (dashboard drill-down)
	Breached         bool     `json:"breached"`
	AtRisk           bool     `json:"atRisk"`
	From             string   `json:"from"` // created on or after this day (YYYY-MM-DD)
	To               string   `json:"to"`   // created on or before this day (YYYY-MM-DD)
	Offset           int      `json:"offset"`
	Limit            int      `json:"limit"`
}

// TicketDTO is a ticket's current projection.
type TicketDTO struct {
	ID             int64    `json:"id"`
	Title          string   `json:"title"`
	Description    string   `json:"description"`
	CustomerID     *int64   `json:"customerId"`
	CustomerName   string   `json:"customerName"`
	Channel        string   `json:"channel"`
	Category       string   `json:"category"`
	Subcategory    string   `json:"subcategory"`
	Priority       int      `json:"priority"`
	Status         string   `json:"status"`
	StatusCategory string   `json:"statusCategory"`
	HandlerID      *int64   `json:"handlerId"`
	HandlerName    string   `json:"handlerName"`
	ResponseID     *int64   `json:"responseId"`
	Tags           []string `json:"tags"`
	CreatedAt      string   `json:"createdAt"`
	UpdatedAt      string   `json:"updatedAt"`
}

// TicketRow is one list row: the ticket and its SLA badges.
type TicketRow struct {
	Ticket   TicketDTO   `json:"ticket"`
	SLA      []SLATarget `json:"sla"` // empty when no policy applies
	Breached bool        `json:"breached"`
	AtRisk   bool        `json:"atRisk"`
}

// TicketPage is one page of the ticket list and the total before paging.
type TicketPage struct {
	Rows  []TicketRow `json:"rows"`
	Total int         `json:"total"`
}

// TicketEventDTO is one entry of a ticket's append-only event log.
type TicketEventDTO struct {
	ID        int64  `json:"id"`
	At        string `json:"at"`
	Kind      string `json:"kind"`
	Actor     string `json:"actor"`
	From      string `json:"from"`
	To        string `json:"to"`
	Direction string `json:"direction"`
	Channel   string `json:"channel"`
	Body      string `json:"body"`
}

// TicketDetail is a ticket with its timeline, replies, notes and SLA.
type TicketDetail struct {
	Ticket        TicketDTO        `json:"ticket"`
	Events        []TicketEventDTO `json:"events"`
	Replies       []TicketEventDTO `json:"replies"` // public replies, inbound and outbound
	Notes         []TicketEventDTO `json:"notes"`   // internal notes
	Policy        string           `json:"policy"`
	PolicyVersion int              `json:"policyVersion"`
	SLA           []SLATarget      `json:"sla"`
}

// TicketInput creates a ticket. Priority 0 means P3; Status "" means
// "new"; Channel "" means "other".
type TicketInput struct {
	Title       string   `json:"title"`
	Description string   `json:"description"`
	CustomerID  *int64   `json:"customerId"`
	Channel     string   `json:"channel"`
	Category    string   `json:"category"`
	Subcategory string   `json:"subcategory"`
	Priority    int      `json:"priority"`
	Status      string   `json:"status"`
	HandlerID   *int64   `json:"handlerId"`
	ResponseID  *int64   `json:"responseId"`
	Tags        []string `json:"tags"`
}

// Tickets is the bound facade of complaint tickets and their SLA.
type Tickets struct {
	ctx context.Context
	db  *sqlite.DB
	// afterStatus, when set (WireCare), runs after a status change.
	afterStatus func()
}

// NewTickets returns the facade; it does no I/O.
func NewTickets() *Tickets { return &Tickets{ctx: context.Background()} }

// AttachTickets gives t the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it. The SLA service
// reads the concrete store, so this takes the database itself.
func AttachTickets(t *Tickets, ctx context.Context, db *sqlite.DB) { t.ctx, t.db = ctx, db }

// actor is who the desktop user's changes are recorded as.
const actor = "desk"

// List returns one page of tickets matching in, newest first, with SLA
// badges computed as of now.
func (t *Tickets) List(in TicketFilterInput) (TicketPage, error) {
	return guard(t.db != nil, func() (TicketPage, error) {
		f, err := ticketFilter(in)
		if err != nil {
			return TicketPage{}, err
		}
		if f.Theme != "" {
			if _, _, _, err := dashboard.RefreshThemes(t.ctx, t.db); err != nil {
				return TicketPage{}, err
			}
		}
		list, total, err := slaservice.New(t.db).List(t.ctx, f, t.db.CurrentTime())
		if err != nil {
			return TicketPage{}, err
		}
		page := TicketPage{Rows: make([]TicketRow, len(list)), Total: total}
		for i, ts := range list {
			page.Rows[i] = TicketRow{Ticket: ticketDTO(ts.Log.Ticket), SLA: slaTargets(ts.Result),
				Breached: ts.Breached(), AtRisk: ts.AtRisk()}
		}
		return page, nil
	})
}

func ticketFilter(in TicketFilterInput) (feedback.TicketFilter, error) {
	f := feedback.TicketFilter{Priorities: in.Priorities, HandlerID: in.HandlerID, Category: strings.TrimSpace(in.Category),
		Theme: in.Theme, Breached: in.Breached, AtRisk: in.AtRisk, Offset: max(in.Offset, 0), Limit: max(in.Limit, 0)}
	for _, c := range in.StatusCategories {
		sc := feedback.StatusCategory(c)
		if !sc.Valid() {
			return f, feedback.Errorf(feedback.EINVALID, "error.ticket.status_category_invalid", "Unknown status category %q.", c).
				WithParams(map[string]any{"category": c})
		}
		f.StatusCats = append(f.StatusCats, sc)
	}
	for _, p := range in.Priorities {
		if p < 1 || p > 4 {
			return f, feedback.Errorf(feedback.EINVALID, "error.ticket.priority_invalid", "Priority must be P1 to P4.")
		}
	}
	var err error
	f.From, f.To, err = feedback.ParsePeriod(in.From, in.To)
	return f, err
}

// Get returns ticket id with its event timeline, replies, notes and SLA.
func (t *Tickets) Get(id int64) (TicketDetail, error) {
	return guard(t.db != nil, func() (TicketDetail, error) { return t.detail(id) })
}

func (t *Tickets) detail(id int64) (TicketDetail, error) {
	ts, err := slaservice.New(t.db).Ticket(t.ctx, id, t.db.CurrentTime(), false)
	if err != nil {
		return TicketDetail{}, err
	}
	d := TicketDetail{Ticket: ticketDTO(ts.Log.Ticket), Events: []TicketEventDTO{}, Replies: []TicketEventDTO{},
		Notes: []TicketEventDTO{}, SLA: slaTargets(ts.Result)}
	if ts.Policy != nil {
		d.Policy, d.PolicyVersion = ts.Policy.Policy.Name, ts.Policy.Policy.Version
	}
	for _, e := range ts.Log.Events {
		ed := TicketEventDTO{ID: e.ID, At: iso(e.At), Kind: string(e.Kind), Actor: e.Actor, From: e.From, To: e.To,
			Direction: e.Direction, Channel: e.Channel, Body: e.Body}
		d.Events = append(d.Events, ed)
		switch e.Kind {
		case feedback.EventReply:
			d.Replies = append(d.Replies, ed)
		case feedback.EventNote:
			d.Notes = append(d.Notes, ed)
		}
	}
	return d, nil
}

func ticketDTO(t *feedback.Ticket) TicketDTO {
	return TicketDTO{ID: t.ID, Title: t.Title, Description: t.Description, CustomerID: t.CustomerID, CustomerName: t.CustomerName,
		Channel: t.Channel, Category: t.Category, Subcategory: t.Subcategory, Priority: t.Priority, Status: t.Status,
		StatusCategory: string(t.StatusCat), HandlerID: t.HandlerID, HandlerName: t.HandlerName, ResponseID: t.ResponseID,
		Tags: nonNil(t.Tags), CreatedAt: iso(t.CreatedAt), UpdatedAt: iso(t.UpdatedAt)}
}

// Create stores a new ticket created now and returns its detail.
func (t *Tickets) Create(in TicketInput) (TicketDetail, error) {
	return guard(t.db != nil, func() (TicketDetail, error) {
		tk := &feedback.Ticket{Title: strings.TrimSpace(in.Title), Description: strings.TrimSpace(in.Description),
			CustomerID: in.CustomerID, Channel: in.Channel, Category: strings.TrimSpace(in.Category),
			Subcategory: strings.TrimSpace(in.Subcategory), Priority: in.Priority, Status: in.Status, HandlerID: in.HandlerID,
			ResponseID: in.ResponseID, Tags: in.Tags}
		if tk.Priority == 0 {
			tk.Priority = 3
		}
		if err := t.db.CreateTicket(t.ctx, tk, actor); err != nil {
			return TicketDetail{}, err
		}
		return t.detail(tk.ID)
	})
}

// append records one event now and returns the ticket's new detail.
func (t *Tickets) append(id int64, e *feedback.TicketEvent) (TicketDetail, error) {
	return guard(t.db != nil, func() (TicketDetail, error) {
		e.Actor = actor
		if err := t.db.AppendTicketEvent(t.ctx, id, e); err != nil {
			return TicketDetail{}, err
		}
		return t.detail(id)
	})
}

// AddReply records a public reply: direction is "inbound" (from the
// customer) or "outbound" (to the customer); channel defaults to the
// ticket's.
func (t *Tickets) AddReply(id int64, direction, channel, body string) (TicketDetail, error) {
	if direction != feedback.Inbound && direction != feedback.Outbound {
		return TicketDetail{}, Encode(feedback.Errorf(feedback.EINVALID, "error.ticket.direction_invalid",
			"A reply is inbound or outbound, not %q.", direction).WithParams(map[string]any{"direction": direction}))
	}
	if strings.TrimSpace(body) == "" {
		return TicketDetail{}, Encode(feedback.Errorf(feedback.EINVALID, "error.ticket.body_required", "A reply needs a text."))
	}
	return t.append(id, &feedback.TicketEvent{Kind: feedback.EventReply, Direction: direction, Channel: channel,
		Body: strings.TrimSpace(body)})
}

// AddNote records an internal note, never shown to the customer.
func (t *Tickets) AddNote(id int64, body string) (TicketDetail, error) {
	if strings.TrimSpace(body) == "" {
		return TicketDetail{}, Encode(feedback.Errorf(feedback.EINVALID, "error.ticket.body_required", "A note needs a text."))
	}
	return t.append(id, &feedback.TicketEvent{Kind: feedback.EventNote, Body: strings.TrimSpace(body)})
}

// SetStatus moves the ticket to a configured status.
func (t *Tickets) SetStatus(id int64, status string) (TicketDetail, error) {
	d, err := t.append(id, &feedback.TicketEvent{Kind: feedback.EventStatus, To: status})
	if err == nil && t.afterStatus != nil {
		t.afterStatus()
	}
	return d, err
}

// SetPriority changes the priority (1 … 4); consumed SLA time is kept.
func (t *Tickets) SetPriority(id int64, priority int) (TicketDetail, error) {
	if priority < 1 || priority > 4 {
		return TicketDetail{}, Encode(feedback.Errorf(feedback.EINVALID, "error.ticket.priority_invalid", "Priority must be P1 to P4."))
	}
	return t.append(id, &feedback.TicketEvent{Kind: feedback.EventPriority, To: strconv.Itoa(priority)})
}

// Assign gives the ticket to a handler; nil unassigns it.
func (t *Tickets) Assign(id int64, handlerID *int64) (TicketDetail, error) {
	to := ""
	if handlerID != nil {
		to = strconv.FormatInt(*handlerID, 10)
	}
	return t.append(id, &feedback.TicketEvent{Kind: feedback.EventAssign, To: to})
}

// Reopen reopens a resolved or closed ticket to "open"; it is an event,
// not an edit.
func (t *Tickets) Reopen(id int64) (TicketDetail, error) {
	return t.append(id, &feedback.TicketEvent{Kind: feedback.EventReopen, To: "open"})
}
