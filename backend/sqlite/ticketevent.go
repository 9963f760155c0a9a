package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"feedbackdesk/backend/feedback"
)

// eventColumns reads a ticket event e.
const eventColumns = `e.id, e.ticket_id, e.at, e.kind, e.actor, e.from_val, e.to_val, e.direction, e.channel, e.body`

// scanEvent reads eventColumns.
func scanEvent(sc interface{ Scan(...any) error }) (*feedback.TicketEvent, error) {
	e := &feedback.TicketEvent{}
	var at, kind string
	if err := sc.Scan(&e.ID, &e.TicketID, &at, &kind, &e.Actor, &e.From, &e.To, &e.Direction, &e.Channel, &e.Body); err != nil {
		return nil, err
	}
	e.At = ticketTime(at)
	e.Kind = feedback.TicketEventKind(kind)
	return e, nil
}

// ticketEvents returns the event log of a ticket in time order.
func ticketEvents(ctx context.Context, tx *Tx, id int64) ([]*feedback.TicketEvent, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+eventColumns+` FROM ticket_events e WHERE e.ticket_id = ? ORDER BY e.at, e.id`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ticket events: %w", err)
	}
	defer rows.Close()
	var out []*feedback.TicketEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: ticket events: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// insertEvent appends e to the log and sets its ID.
func insertEvent(ctx context.Context, tx *Tx, e *feedback.TicketEvent) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO ticket_events (ticket_id, at, kind, actor, from_val, to_val, direction, channel, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.TicketID, FormatTime(e.At), string(e.Kind), e.Actor, e.From, e.To, e.Direction, e.Channel, e.Body)
	if err != nil {
		return fmt.Errorf("sqlite: append ticket event: %w", err)
	}
	e.ID, _ = res.LastInsertId()
	return nil
}

// PolicyRef is how an EventPolicy event names the policy version it
// switches to (its To value): "<policy id>:<version>".
func PolicyRef(id int64, version int) string { return fmt.Sprintf("%d:%d", id, version) }

// ParsePolicyRef reads a PolicyRef.
func ParsePolicyRef(s string) (id int64, version int, err error) {
	a, b, ok := strings.Cut(s, ":")
	id, err1 := strconv.ParseInt(a, 10, 64)
	version, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || id <= 0 || version <= 0 {
		return 0, 0, feedback.Errorf(feedback.EINVALID, "error.ticket.policy_ref_invalid",
			"%q does not name an SLA policy version (want id:version).", s)
	}
	return id, version, nil
}

// eventInvalid builds an EINVALID error about an event.
func eventInvalid(key, format string, args ...any) error {
	return feedback.Errorf(feedback.EINVALID, "error.ticket_event."+key, format, args...)
}

// AppendTicketEvent appends e to ticket ticketID's log and updates the
// ticket row, a projection of the log, in the same transaction. e.At
// defaults to now and may not be earlier than the last event. By kind,
// e.To holds:
//
//   - EventStatus: the new status key (a configured status; its category
//     is looked up in ticket_statuses).
//   - EventReopen: the status to reopen to (default "open"); the ticket
//     must be resolved or closed, and the status may not be.
//   - EventPriority: "1" … "4".
//   - EventAssign: the handler id, or "" to unassign.
//   - EventCategory: "category" or "category/subcategory".
//   - EventPolicy: a PolicyRef of a stored policy version.
//   - EventReply: nothing; e.Direction is inbound or outbound and
//     e.Channel defaults to the ticket's channel.
//   - EventNote: nothing; e.Body is the internal note.
//
// e.From is set from the ticket's previous value. EventCreated is refused:
// CreateTicket writes it.
func (db *DB) AppendTicketEvent(ctx context.Context, ticketID int64, e *feedback.TicketEvent) error {
	return db.AppendTicketEvents(ctx, []int64{ticketID}, func() *feedback.TicketEvent { return e })
}

// AppendTicketEvents appends one event made by next to each of the tickets
// ids in one transaction: all are appended or, when one is refused, none
// (bulk assignment). The rules are AppendTicketEvent's.
func (db *DB) AppendTicketEvents(ctx context.Context, ids []int64, next func() *feedback.TicketEvent) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, id := range ids {
		if err := appendEvent(ctx, tx, id, next()); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: append ticket event: %w", err)
	}
	return nil
}

// appendEvent appends e to ticket ticketID inside tx.
func appendEvent(ctx context.Context, tx *Tx, ticketID int64, e *feedback.TicketEvent) error {
	l, err := findTicket(ctx, tx, ticketID)
	if err != nil {
		return err
	}
	t := l.Ticket
	e.TicketID = ticketID
	if e.At.IsZero() {
		e.At = tx.now
	}
	e.At = e.At.UTC()
	var last string
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(at), '') FROM ticket_events WHERE ticket_id = ?`, ticketID).Scan(&last); err != nil {
		return fmt.Errorf("sqlite: append ticket event: %w", err)
	}
	if last != "" && FormatTime(e.At) < last {
		return eventInvalid("out_of_order", "An event cannot be dated before the ticket's last event (%s).", last)
	}
	set, err := project(ctx, tx, t, e)
	if err != nil {
		return err
	}
	if err := insertEvent(ctx, tx, e); err != nil {
		return err
	}
	set["updated_at"] = FormatTime(tx.now)
	cols := make([]string, 0, len(set))
	for k := range set {
		cols = append(cols, k)
	}
	slices.Sort(cols)
	args := make([]any, 0, len(cols)+1)
	for i, k := range cols {
		args = append(args, set[k])
		cols[i] = k + " = ?"
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tickets SET `+strings.Join(cols, ", ")+` WHERE id = ?`, append(args, ticketID)...); err != nil {
		return fmt.Errorf("sqlite: append ticket event: update ticket: %w", err)
	}
	return nil
}

// project checks e against the ticket t, fills e.From, and returns the
// ticket columns the event changes.
func project(ctx context.Context, tx *Tx, t *feedback.Ticket, e *feedback.TicketEvent) (map[string]any, error) {
	set := map[string]any{}
	switch e.Kind {
	case feedback.EventStatus, feedback.EventReopen:
		if e.Kind == feedback.EventReopen {
			if !t.StatusCat.Done() {
				return nil, eventInvalid("reopen_not_done", "Only a resolved or closed ticket can be reopened.")
			}
			if e.To == "" {
				e.To = "open"
			}
		}
		cat, err := statusCategory(ctx, tx, e.To)
		if err != nil {
			return nil, err
		}
		if e.Kind == feedback.EventReopen && cat.Done() {
			return nil, eventInvalid("reopen_to_done", "A ticket is reopened to a status that is not resolved or closed.")
		}
		if e.Kind == feedback.EventStatus && e.To == t.Status {
			return nil, eventInvalid("status_unchanged", "The ticket already has status %q.", e.To)
		}
		e.From = t.Status
		set["status"], set["status_category"] = e.To, string(cat)
	case feedback.EventPriority:
		p, err := strconv.Atoi(e.To)
		if err != nil || p < 1 || p > 4 {
			return nil, eventInvalid("priority_invalid", "Priority must be 1 to 4, not %q.", e.To)
		}
		e.From = strconv.Itoa(t.Priority)
		set["priority"] = p
	case feedback.EventAssign:
		var h any
		if e.To != "" {
			id, err := strconv.ParseInt(e.To, 10, 64)
			var ok bool
			if err == nil {
				err = tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM handlers WHERE id = ?)`, id).Scan(&ok)
			}
			if err != nil || !ok {
				return nil, eventInvalid("handler_unknown", "There is no handler %q.", e.To)
			}
			h = id
		}
		if t.HandlerID != nil {
			e.From = strconv.FormatInt(*t.HandlerID, 10)
		}
		set["handler_id"] = h
	case feedback.EventCategory:
		cat, sub, _ := strings.Cut(e.To, "/")
		e.From = strings.TrimSuffix(t.Category+"/"+t.Subcategory, "/")
		set["category"], set["subcategory"] = cat, sub
	case feedback.EventPolicy:
		id, version, err := ParsePolicyRef(e.To)
		if err != nil {
			return nil, err
		}
		var ok bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sla_policy_versions WHERE policy_id = ? AND version = ?)`,
			id, version).Scan(&ok); err != nil || !ok {
			return nil, eventInvalid("policy_unknown", "There is no SLA policy version %s.", e.To)
		}
	case feedback.EventReply:
		if e.Direction != feedback.Inbound && e.Direction != feedback.Outbound {
			return nil, eventInvalid("direction_invalid", "A reply is inbound or outbound, not %q.", e.Direction)
		}
		if e.Channel == "" {
			e.Channel = t.Channel
		}
	case feedback.EventNote:
		if strings.TrimSpace(e.Body) == "" {
			return nil, eventInvalid("note_empty", "An internal note needs text.")
		}
	case feedback.EventCreated:
		return nil, eventInvalid("created_twice", "A ticket is created once; its created event cannot be appended.")
	default:
		return nil, eventInvalid("kind_unknown", "Unknown ticket event %q.", e.Kind)
	}
	if e.Kind != feedback.EventReply {
		e.Direction = ""
	}
	return set, nil
}
