package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// Convert turns one row into a *feedback.ImportedTicket and its key, or
// the row's errors (every problem of the row, anomalies included).
func (t *Tickets) Convert(row spreadsheet.Row) (any, string, []RowError) {
	var errs []RowError
	add := func(col spreadsheet.Column, code, msg string, params map[string]any) {
		errs = append(errs, rowErr(row.Number, col.Name, code, msg, params))
	}
	tk := &feedback.Ticket{}
	it := &feedback.ImportedTicket{Ticket: tk}
	ext, _ := t.tcell(row, FieldExternalID)
	var tcol spreadsheet.Column
	tk.Title, tcol = t.tcell(row, FieldTitle)
	if tk.Title == "" {
		add(tcol, "required_missing", "The ticket title is empty.", nil)
	}
	tk.Description, _ = t.tcell(row, FieldDescription)
	tk.Category, _ = t.tcell(row, FieldCategory)
	tk.Subcategory, _ = t.tcell(row, FieldSubcategory)
	it.HandlerName, _ = t.tcell(row, FieldHandler)

	// times: created is required; the others are optional
	when := func(f string, required bool) *time.Time {
		v, col := t.tcell(row, f)
		if v == "" {
			if required {
				add(col, "required_missing", "The creation time is empty.", nil)
			}
			return nil
		}
		ts, err := parseCellTime(t.env, v, col)
		if err != nil {
			err.Row = row.Number
			errs = append(errs, *err)
			return nil
		}
		ts = ts.UTC()
		return &ts
	}
	created := when(FieldCreatedAt, true)
	it.FirstResponseAt = when(FieldFirstResponseAt, false)
	it.ResolvedAt = when(FieldResolvedAt, false)
	if created != nil {
		tk.CreatedAt = *created
		if r := it.FirstResponseAt; r != nil && r.Before(*created) {
			_, col := t.tcell(row, FieldFirstResponseAt)
			add(col, "ticket_response_before_created", fmt.Sprintf("The first response (%s) is earlier than the creation (%s).",
				t.fmtTime(*r), t.fmtTime(*created)), map[string]any{"value": t.fmtTime(*r), "created": t.fmtTime(*created)})
		}
		if r := it.ResolvedAt; r != nil && r.Before(*created) {
			_, col := t.tcell(row, FieldResolvedAt)
			add(col, "ticket_resolved_before_created", fmt.Sprintf("The resolution (%s) is earlier than the creation (%s).",
				t.fmtTime(*r), t.fmtTime(*created)), map[string]any{"value": t.fmtTime(*r), "created": t.fmtTime(*created)})
		}
	}

	// status: named, or derived from the times when empty
	sv, scol := t.tcell(row, FieldStatus)
	var st feedback.TicketStatusInfo
	var ok bool
	switch {
	case sv != "":
		if st, ok = t.statusOf(sv); !ok {
			add(scol, "ticket_status_unknown", fmt.Sprintf("%q is not a ticket status.", sv), map[string]any{"value": sv})
		}
	case it.ResolvedAt != nil:
		st, ok = t.firstOf(feedback.CatResolved)
	case it.FirstResponseAt != nil:
		st, ok = t.firstOf(feedback.CatOpen)
	default:
		st, ok = t.firstOf(feedback.CatNew)
	}
	if ok {
		tk.Status, tk.StatusCat = st.Key, st.Category
		rv, rcol := t.tcell(row, FieldResolvedAt)
		switch {
		case it.ResolvedAt != nil && !st.Category.Done():
			add(scol, "ticket_resolved_without_status", fmt.Sprintf("The ticket has a resolved time but its status %q is not resolved or closed.", sv),
				map[string]any{"value": sv, "resolved": rv})
		case st.Category.Done() && it.ResolvedAt == nil && rv == "":
			add(rcol, "ticket_status_without_resolved", fmt.Sprintf("The status %q is resolved or closed but the resolved time is empty.", sv),
				map[string]any{"value": sv})
		}
	}

	pv, pcol := t.tcell(row, FieldPriority)
	if tk.Priority, ok = priorityOf(pv); !ok {
		add(pcol, "ticket_priority_invalid", fmt.Sprintf("%q is not a priority (P1–P4, 1–4, 紧急/高/中/低).", pv), map[string]any{"value": pv})
	}
	cv, ccol := t.tcell(row, FieldChannel)
	if tk.Channel, ok = channelOf(cv); !ok {
		add(ccol, "ticket_channel_invalid", fmt.Sprintf("%q is not a channel (phone, email, wechat, walk_in, web, social, other).", cv),
			map[string]any{"value": cv})
	}

	var cerrs []RowError
	it.Customer, cerrs = t.customer(row)
	errs = append(errs, cerrs...)
	for _, ac := range t.attrs {
		if v := cell(row, ac.col.Index); v != "" {
			tk.Tags = append(tk.Tags, ac.name+":"+v)
		}
	}
	if len(errs) > 0 {
		return nil, "", errs
	}
	it.RowKey = ticketKey(ext, tk, it.Customer)
	return it, it.RowKey, nil
}

// customer reads the row's customer columns (nil when all are empty).
func (t *Tickets) customer(row spreadsheet.Row) (*feedback.Customer, []RowError) {
	c, errs := identityOf(row, func(f string) (string, spreadsheet.Column) { return t.tcell(row, f) })
	if c.Name, _ = t.tcell(row, FieldCustomerName); c.ExternalID == "" && c.Name == "" && c.Phone == "" && c.Email == "" {
		return nil, errs
	}
	return c, errs
}

// ticketKey is the idempotency key: "ext:" + the external id, else a hash
// of the ticket's identifying fields.
func ticketKey(ext string, t *feedback.Ticket, c *feedback.Customer) string {
	if ext != "" {
		return "ext:" + ext
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s|%q|%q|%q|%q|%s", t.CreatedAt.UTC().Format(time.RFC3339Nano), t.Title, t.Description, t.Category,
		t.Subcategory, t.Channel)
	if c != nil {
		fmt.Fprintf(h, "|%s|%s|%s|%s", c.ExternalID, c.Name, c.Phone, c.Email)
	}
	return "h:" + hex.EncodeToString(h.Sum(nil))[:32]
}

// fmtTime shows a time in the mapping's zone.
func (t *Tickets) fmtTime(ts time.Time) string { return ts.In(t.env.Loc).Format("2006-01-02 15:04:05") }
