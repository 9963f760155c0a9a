package feedback

import "time"

// NoCategory is the category filter value that keeps tickets without a
// category (as the segment tier filter's "none").
const NoCategory = "none"

// TicketFilter selects tickets for lists. Every empty field means "any";
// a ticket matches when it matches every field that is set.
type TicketFilter struct {
	// StatusCats keeps tickets whose status is in one of these categories.
	StatusCats []StatusCategory
	// Priorities keeps tickets of these priorities (1 … 4).
	Priorities []int
	// HandlerID keeps tickets assigned to this handler.
	HandlerID *int64
	// Category keeps tickets of this category (exact match); NoCategory
	// keeps those without one.
	Category string
	// Theme keeps tickets tagged with this verbatim theme (the theme index
	// must be up to date: the dashboard refreshes it before it links here).
	Theme string
	// From and To keep tickets created in [From, To).
	From, To *time.Time
	// Breached and AtRisk keep tickets with a breached target, or with a
	// running target past its first warning threshold. They are computed
	// from the event log by the SLA service; the store ignores them.
	Breached bool
	AtRisk   bool
	// Offset and Limit page the list (Limit 0 means no limit).
	Offset, Limit int
}
