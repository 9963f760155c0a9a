package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

// runTicket dispatches `ticket list`.
func runTicket(e *env, args []string) error {
	return dispatch(e, "ticket", map[string]func(*env, []string) error{"list": runTicketList}, args)
}

// ticketItem is one entry of `ticket list --json`: a public contract. SLA
// is nil when no policy applies to the ticket.
type ticketItem struct {
	ID             int64       `json:"id"`
	Title          string      `json:"title"`
	Status         string      `json:"status"`
	StatusCategory string      `json:"status_category"`
	Priority       int         `json:"priority"`
	Category       string      `json:"category"`
	Subcategory    string      `json:"subcategory"`
	Channel        string      `json:"channel"`
	Handler        string      `json:"handler"`
	Customer       string      `json:"customer"`
	CreatedAt      string      `json:"created_at"`
	Breached       bool        `json:"breached"`
	AtRisk         bool        `json:"at_risk"`
	SLA            *sla.Result `json:"sla"`
}

// runTicketList prints the tickets, newest first, with their SLA states as
// of now.
func runTicketList(e *env, args []string) error {
	fs := e.flags("ticket list")
	breached := fs.Bool("breached", false, "only tickets with a breached target")
	atRisk := fs.Bool("at-risk", false, "only tickets past a warning threshold and not breached yet")
	status := fs.String("status", "", "only this status category (new, open, pending_customer, …)")
	priority := fs.Int("priority", 0, "only this priority (1 … 4)")
	limit := fs.Int("limit", 0, "at most this many tickets (0 = all)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	f := feedback.TicketFilter{Breached: *breached, AtRisk: *atRisk, Limit: *limit}
	if *status != "" {
		if !feedback.StatusCategory(*status).Valid() {
			return feedback.Errorf(feedback.EINVALID, "error.ticket.status_invalid", "Unknown status category %q.", *status)
		}
		f.StatusCats = []feedback.StatusCategory{feedback.StatusCategory(*status)}
	}
	if *priority != 0 {
		f.Priorities = []int{*priority}
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	ts, _, err := slaservice.New(db).List(e.ctx, f, db.CurrentTime())
	if err != nil {
		return err
	}
	items := make([]ticketItem, 0, len(ts))
	for _, x := range ts {
		t := x.Log.Ticket
		items = append(items, ticketItem{ID: t.ID, Title: t.Title, Status: t.Status, StatusCategory: string(t.StatusCat),
			Priority: t.Priority, Category: t.Category, Subcategory: t.Subcategory, Channel: t.Channel, Handler: t.HandlerName,
			Customer: t.CustomerName, CreatedAt: t.CreatedAt.Format(time.RFC3339), Breached: x.Breached(), AtRisk: x.AtRisk(), SLA: x.Result})
	}
	if e.json {
		return e.printJSON(items)
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tP\tSTATUS\tHANDLER\tSLA\tTITLE")
	for _, it := range items {
		badge := "-"
		switch {
		case it.Breached:
			badge = "breached"
		case it.AtRisk:
			badge = "at risk"
		case it.SLA != nil:
			badge = "ok"
		}
		fmt.Fprintf(w, "%d\tP%d\t%s\t%s\t%s\t%s\n", it.ID, it.Priority, it.Status, it.Handler, badge, it.Title)
	}
	return w.Flush()
}
