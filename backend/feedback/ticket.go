package feedback

import (
	"strings"
	"time"
)

// StatusCategory is what a ticket status means to the SLA engine. Statuses
// themselves are configurable; each maps to one category.
type StatusCategory string

// Status categories.
const (
	CatNew          StatusCategory = "new"
	CatOpen         StatusCategory = "open"
	CatPendingCust  StatusCategory = "pending_customer"    // pauses SLA clocks
	CatPendingThird StatusCategory = "pending_third_party" // pauses SLA clocks
	CatResolved     StatusCategory = "resolved"
	CatClosed       StatusCategory = "closed"
)

// Valid reports whether c is a known category.
func (c StatusCategory) Valid() bool {
	switch c {
	case CatNew, CatOpen, CatPendingCust, CatPendingThird, CatResolved, CatClosed:
		return true
	}
	return false
}

// Pausing reports whether tickets in this category wait on someone else.
func (c StatusCategory) Pausing() bool { return c == CatPendingCust || c == CatPendingThird }

// Done reports whether the ticket's work is finished.
func (c StatusCategory) Done() bool { return c == CatResolved || c == CatClosed }

// Channels a complaint can arrive through.
var TicketChannels = []string{"phone", "email", "wechat", "walk_in", "web", "social", "other"}

// Ticket is a complaint. Its current fields are a projection of its event
// log; SLA figures are computed from the events.
type Ticket struct {
	ID          int64
	Title       string
	Description string
	CustomerID  *int64
	Channel     string
	Category    string
	Subcategory string
	Priority    int // 1 (P1, most urgent) … 4
	Status      string
	StatusCat   StatusCategory
	HandlerID   *int64
	ResponseID  *int64 // the survey response that opened it, if any
	Tags        []string
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// CustomerName and HandlerName are read-only, joined in by lists.
	CustomerName string
	HandlerName  string
}

// Validate checks the ticket.
func (t *Ticket) Validate() error {
	if strings.TrimSpace(t.Title) == "" {
		return Errorf(EINVALID, "error.ticket.title_required", "A ticket needs a title.")
	}
	if t.Priority < 1 || t.Priority > 4 {
		return Errorf(EINVALID, "error.ticket.priority_invalid", "Priority must be P1 to P4.")
	}
	if !t.StatusCat.Valid() {
		return Errorf(EINVALID, "error.ticket.status_invalid", "Unknown status category %q.", t.StatusCat)
	}
	return nil
}

// TicketEventKind names what happened to a ticket.
type TicketEventKind string

// Ticket event kinds. The log is append-only: reopening is an event, not an edit.
const (
	EventCreated  TicketEventKind = "created"
	EventStatus   TicketEventKind = "status"
	EventPriority TicketEventKind = "priority"
	EventAssign   TicketEventKind = "assign"
	EventReply    TicketEventKind = "reply" // public message, inbound or outbound
	EventNote     TicketEventKind = "note"  // internal note
	EventReopen   TicketEventKind = "reopen"
	EventPolicy   TicketEventKind = "policy"
	EventCategory TicketEventKind = "category"
)

// Direction of a public reply.
const (
	Inbound  = "inbound"
	Outbound = "outbound"
)

// TicketEvent is one entry of a ticket's append-only log.
type TicketEvent struct {
	ID        int64
	TicketID  int64
	At        time.Time
	Kind      TicketEventKind
	Actor     string
	From      string
	To        string
	Direction string // replies only
	Channel   string // replies only
	Body      string
}

// TicketStatus is a configured ticket status and the category it maps to.
type TicketStatus struct {
	Key      string
	Name     string
	NameEN   string
	Category StatusCategory
}
