package export

import (
	"context"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// ticketColumns are the tickets export's columns, in order.
var ticketColumns = []struct {
	key   string
	width float64
}{
	{"col.ticket_id", 9}, {"col.title", 30}, {"col.description", 50}, {"col.customer", 14}, {"col.phone", 15},
	{"col.email", 22}, {"col.company", 20}, {"col.channel", 10}, {"col.category", 14}, {"col.subcategory", 14},
	{"col.priority", 8}, {"col.status", 12}, {"col.handler", 12}, {"col.created_at", 20}, {"col.first_response", 20},
	{"col.resolved_at", 20}, {"col.sla_first", 12}, {"col.sla_next", 12}, {"col.sla_resolution", 12},
	{"col.tags", 20}, {"col.from_response", 10},
}

// ticketNames turns stored keys into the names a reader knows.
type ticketNames struct {
	lang       string
	statuses   map[string]feedback.TicketStatus
	categories map[string]feedback.TicketCategory
}

// status is the name of a status key in lang (the key when unknown).
func (n *ticketNames) status(key string) string {
	if s, ok := n.statuses[key]; ok {
		return inLang(n.lang, s.Name, s.NameEN)
	}
	return key
}

// category is the name of a category key in lang (the key when unknown).
func (n *ticketNames) category(key string) string {
	if c, ok := n.categories[key]; ok {
		return inLang(n.lang, c.Name, c.NameEN)
	}
	return key
}

// tickets streams the tickets export: each ticket with its SLA outcome
// per target computed as of now by the SLA service (the same states the
// ticket list and `sla stats` show), streamed alongside the rows.
func (r *runner) tickets(db *sqlite.DB, q sqlite.ExportQuery) error {
	names := &ticketNames{lang: r.o.Lang, statuses: map[string]feedback.TicketStatus{}, categories: map[string]feedback.TicketCategory{}}
	sts, err := db.FindTicketStatuses(r.ctx)
	if err != nil {
		return err
	}
	for _, s := range sts {
		names.statuses[s.Key] = s
	}
	cats, err := db.FindTicketCategories(r.ctx)
	if err != nil {
		return err
	}
	for _, c := range cats {
		names.categories[c.Key] = c
	}
	cols := make([]column, len(ticketColumns))
	for i, c := range ticketColumns {
		cols[i] = column{label(r.o.Lang, c.key), c.width}
	}
	now := db.CurrentTime()
	states := newSLAStream(r.ctx, db, feedback.TicketFilter{From: q.From, To: q.To}, now)
	defer states.close()
	vals := make([]any, len(cols))
	read := func(ctx context.Context, emit func(*sqlite.ExportTicket) error) error {
		return db.ExportTickets(ctx, q, func(h sqlite.ExportHead) error {
			if err := r.start(h.Total, len(cols)); err != nil {
				return err
			}
			return r.sh.header(cols) // before the first row is emitted
		}, emit)
	}
	return pipe(r.ctx, read, func(et *sqlite.ExportTicket) error {
		ts, err := states.of(r.ctx, et.ID)
		if err != nil {
			return err
		}
		t := ts.Log.Ticket
		first, resolved := milestones(ts.Log.Events, names.statuses, t.StatusCat)
		clear(vals)
		copy(vals, []any{t.ID, t.Title, t.Description, et.CustomerName, et.Phone, et.Email, et.Company,
			labelOr(r.o.Lang, "channel.", t.Channel), names.category(t.Category), names.category(t.Subcategory),
			sla.PriorityKey(t.Priority), names.status(t.Status), t.HandlerName, wallTime(t.CreatedAt), first, resolved,
			outcome(r.o.Lang, ts.Result, sla.FirstResponse), outcome(r.o.Lang, ts.Result, sla.NextReply),
			outcome(r.o.Lang, ts.Result, sla.Resolution), strings.Join(et.Tags, "; ")})
		if t.ResponseID != nil {
			vals[len(vals)-1] = *t.ResponseID
		}
		return r.write(vals)
	})
}

// milestones returns when the ticket was first answered (its first
// outbound reply) and, for a resolved or closed ticket, when it last moved
// into a resolved or closed status; nil when there is none.
func milestones(evs []*feedback.TicketEvent, statuses map[string]feedback.TicketStatus, current feedback.StatusCategory) (first, resolved any) {
	for _, e := range evs {
		switch {
		case e.Kind == feedback.EventReply && e.Direction == feedback.Outbound && first == nil:
			first = wallTime(e.At)
		case (e.Kind == feedback.EventStatus || e.Kind == feedback.EventCreated) && current.Done():
			if s, ok := statuses[e.To]; ok && s.Category.Done() {
				if resolved == nil || time.Time(resolved.(wallTime)).Before(e.At) {
					resolved = wallTime(e.At)
				}
			}
		}
	}
	return first, resolved
}

// outcome is a target's SLA outcome as of the export: breached when any
// run of it breached (an open ticket already past due included — sla stats'
// attainment counts completed runs only), open while its clock counts or
// is paused, met when its runs were met, and n/a without a policy, without
// a target for the priority, or with no run at all (a next reply no
// customer message has asked for).
func outcome(lang string, res *sla.Result, k sla.Kind) string {
	if res == nil {
		return label(lang, "sla.none")
	}
	tr := res.Target(k)
	switch {
	case tr.State == sla.Breached || tr.Breached > 0:
		return label(lang, "sla.breached")
	case tr.State == sla.Running || tr.State == sla.Paused:
		return label(lang, "sla.open")
	case tr.State == sla.Met || tr.Met > 0:
		return label(lang, "sla.met")
	}
	return label(lang, "sla.none")
}
