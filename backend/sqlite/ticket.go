package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// TicketLog is a ticket with its append-only event log (in time order) and
// the SLA policy version recorded when it was created.
type TicketLog struct {
	Ticket *feedback.Ticket
	// PolicyID and PolicyVersion name the policy version applied at
	// creation; PolicyID is nil when none was recorded (no policy matched,
	// or the ticket was bulk-loaded) and the current rules apply.
	PolicyID      *int64
	PolicyVersion int
	Events        []*feedback.TicketEvent
}

// ticketColumns reads a ticket t with its customer c, handler h and SLA
// record s joined.
const ticketColumns = `t.id, t.title, t.description, t.customer_id, t.channel, t.category, t.subcategory, t.priority,
	t.status, t.status_category, t.handler_id, t.response_id, t.created_at, t.updated_at,
	coalesce(c.name, ''), coalesce(h.name, ''), s.policy_id, coalesce(s.policy_version, 0)`

// ticketFrom is the FROM clause that goes with ticketColumns.
const ticketFrom = ` FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
	LEFT JOIN handlers h ON h.id = t.handler_id LEFT JOIN ticket_sla s ON s.ticket_id = t.id`

// scanTicket reads ticketColumns.
func scanTicket(sc interface{ Scan(...any) error }) (*TicketLog, error) {
	t := &feedback.Ticket{}
	l := &TicketLog{Ticket: t}
	var cat, created, updated string
	if err := sc.Scan(&t.ID, &t.Title, &t.Description, &t.CustomerID, &t.Channel, &t.Category, &t.Subcategory, &t.Priority,
		&t.Status, &cat, &t.HandlerID, &t.ResponseID, &created, &updated, &t.CustomerName, &t.HandlerName,
		&l.PolicyID, &l.PolicyVersion); err != nil {
		return nil, err
	}
	t.StatusCat = feedback.StatusCategory(cat)
	t.CreatedAt, _ = ParseTime(created)
	t.UpdatedAt, _ = ParseTime(updated)
	return l, nil
}

// TicketStatuses returns the configured statuses: status key → category.
func (db *DB) TicketStatuses(ctx context.Context) (map[string]feedback.StatusCategory, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT key, category FROM ticket_statuses`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ticket statuses: %w", err)
	}
	defer rows.Close()
	out := map[string]feedback.StatusCategory{}
	for rows.Next() {
		var k, c string
		if err := rows.Scan(&k, &c); err != nil {
			return nil, fmt.Errorf("sqlite: ticket statuses: %w", err)
		}
		out[k] = feedback.StatusCategory(c)
	}
	return out, rows.Err()
}

// statusCategory returns the category of the configured status key.
func statusCategory(ctx context.Context, tx *Tx, key string) (feedback.StatusCategory, error) {
	var cat string
	err := tx.QueryRowContext(ctx, `SELECT category FROM ticket_statuses WHERE key = ?`, key).Scan(&cat)
	if err == sql.ErrNoRows {
		return "", feedback.Errorf(feedback.EINVALID, "error.ticket.status_unknown", "There is no ticket status %q.", key).
			WithParams(map[string]any{"status": key})
	} else if err != nil {
		return "", fmt.Errorf("sqlite: ticket status: %w", err)
	}
	return feedback.StatusCategory(cat), nil
}

// CreateTicket validates t, stores it with its "created" event (at
// t.CreatedAt, or now when zero) and records the SLA policy version that
// applies: the first active policy whose conditions match its priority,
// category, channel and customer tier. t.Status defaults to "new" and must
// be a configured status; t.StatusCat is set from it. t.ID, t.CreatedAt and
// t.UpdatedAt are filled in.
func (db *DB) CreateTicket(ctx context.Context, t *feedback.Ticket, actor string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := createTicket(ctx, tx, t, actor); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: create ticket: %w", err)
	}
	return nil
}

// createTicket is CreateTicket inside tx, so that a caller can store the
// ticket and what caused it in one transaction (the care rules do).
func createTicket(ctx context.Context, tx *Tx, t *feedback.Ticket, actor string) (err error) {
	if t.Status == "" {
		t.Status = "new"
	}
	if t.StatusCat, err = statusCategory(ctx, tx, t.Status); err != nil {
		return err
	}
	if t.Channel == "" {
		t.Channel = "other"
	}
	if !slices.Contains(feedback.TicketChannels, t.Channel) {
		return feedback.Errorf(feedback.EINVALID, "error.ticket.channel_invalid", "Unknown channel %q.", t.Channel).
			WithParams(map[string]any{"channel": t.Channel})
	}
	if err := t.Validate(); err != nil {
		return err
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = tx.now
	}
	t.CreatedAt, t.UpdatedAt = t.CreatedAt.UTC(), tx.now
	res, err := tx.ExecContext(ctx, `INSERT INTO tickets (title, description, customer_id, channel, category, subcategory, priority,
		status, status_category, handler_id, response_id, created_at, month_key, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		t.Title, t.Description, t.CustomerID, t.Channel, t.Category, t.Subcategory, t.Priority, t.Status, string(t.StatusCat),
		t.HandlerID, t.ResponseID, FormatTime(t.CreatedAt), feedback.MonthKey(t.CreatedAt, feedback.ReportingLocation()),
		FormatTime(t.UpdatedAt))
	if err != nil {
		return fmt.Errorf("sqlite: create ticket: %w", err)
	}
	t.ID, _ = res.LastInsertId()
	for _, tag := range t.Tags {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)`, t.ID, tag); err != nil {
			return fmt.Errorf("sqlite: create ticket: %w", err)
		}
	}
	if err := insertEvent(ctx, tx, &feedback.TicketEvent{TicketID: t.ID, At: t.CreatedAt, Kind: feedback.EventCreated,
		Actor: actor, To: t.Status, Channel: t.Channel, Body: t.Description}); err != nil {
		return err
	}
	return recordPolicy(ctx, tx, t)
}

// recordPolicy stores in ticket_sla the policy version that applies to t.
func recordPolicy(ctx context.Context, tx *Tx, t *feedback.Ticket) error {
	var tier string
	if t.CustomerID != nil {
		if err := tx.QueryRowContext(ctx, `SELECT tier FROM customers WHERE id = ?`, *t.CustomerID).Scan(&tier); err != nil && err != sql.ErrNoRows {
			return fmt.Errorf("sqlite: create ticket: customer tier: %w", err)
		}
	}
	pv, err := selectPolicy(ctx, tx, sla.TicketFacts{Priority: t.Priority, Category: t.Category, Channel: t.Channel, Tier: tier})
	if err != nil {
		return err
	}
	var id any
	version := 0
	if pv != nil {
		id, version = pv.ID, pv.Policy.Version
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ticket_sla (ticket_id, policy_id, policy_version) VALUES (?, ?, ?)`,
		t.ID, id, version); err != nil {
		return fmt.Errorf("sqlite: create ticket: record policy: %w", err)
	}
	return nil
}

// FindTicketByID returns a ticket with its tags, its event log and its
// recorded policy version.
func (db *DB) FindTicketByID(ctx context.Context, id int64) (*TicketLog, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	l, err := findTicket(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find ticket: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var tag string
		if err := rows.Scan(&tag); err != nil {
			return nil, fmt.Errorf("sqlite: find ticket: %w", err)
		}
		l.Ticket.Tags = append(l.Ticket.Tags, tag)
	}
	if l.Events, err = ticketEvents(ctx, tx, id); err != nil {
		return nil, err
	}
	return l, nil
}

// findTicket reads one ticket row.
func findTicket(ctx context.Context, tx *Tx, id int64) (*TicketLog, error) {
	l, err := scanTicket(tx.QueryRowContext(ctx, `SELECT `+ticketColumns+ticketFrom+` WHERE t.id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.ticket.not_found", "Ticket %d does not exist.", id).
			WithParams(map[string]any{"id": id})
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: find ticket: %w", err)
	}
	return l, nil
}

// ticketWhere turns the stored fields of f into a WHERE clause on t.
func ticketWhere(f feedback.TicketFilter) (string, []any) {
	var conds []string
	var args []any
	if len(f.StatusCats) > 0 {
		conds = append(conds, `t.status_category IN (`+placeholders(len(f.StatusCats))+`)`)
		for _, c := range f.StatusCats {
			args = append(args, string(c))
		}
	}
	if len(f.Priorities) > 0 {
		conds = append(conds, `t.priority IN (`+placeholders(len(f.Priorities))+`)`)
		for _, p := range f.Priorities {
			args = append(args, p)
		}
	}
	if f.HandlerID != nil {
		conds, args = append(conds, `t.handler_id = ?`), append(args, *f.HandlerID)
	}
	if cond, a := categoryCond("t.category", f.Category); cond != "" {
		conds, args = append(conds, strings.TrimPrefix(cond, " AND ")), append(args, a...)
	}
	if f.Theme != "" {
		conds, args = append(conds, `EXISTS (SELECT 1 FROM ticket_theme_tags g WHERE g.ticket_id = t.id AND g.theme = ?)`), append(args, f.Theme)
	}
	if f.From != nil && f.To != nil && f.From.Before(*f.To) {
		// The stored month key narrows the read to the period's months
		// through the tickets_month index; created_at decides exactly.
		conds = append(conds, `t.month_key BETWEEN ? AND ?`)
		args = append(args, feedback.MonthKey(*f.From, reportingZone()), feedback.MonthKey(f.To.Add(-time.Nanosecond), reportingZone()))
	}
	if f.From != nil {
		conds, args = append(conds, `t.created_at >= ?`), append(args, FormatTime(*f.From))
	}
	if f.To != nil {
		conds, args = append(conds, `t.created_at < ?`), append(args, FormatTime(*f.To))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

// placeholders returns n comma-separated "?".
func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

// FindTickets returns the tickets matching the stored fields of f (status
// category, priority, handler, category, creation period; Breached and
// AtRisk are left to the SLA service), newest first, paged by Offset and
// Limit, with the total count before paging. Events are not loaded.
func (db *DB) FindTickets(ctx context.Context, f feedback.TicketFilter) ([]*TicketLog, int, error) {
	where, args := ticketWhere(f)
	var total int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM tickets t`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("sqlite: find tickets: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+ticketColumns+ticketFrom+where+` ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: find tickets: %w", err)
	}
	defer rows.Close()
	var out []*TicketLog
	for rows.Next() {
		l, err := scanTicket(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite: find tickets: %w", err)
		}
		out = append(out, l)
	}
	return out, total, rows.Err()
}

// EachTicketLog calls fn with every ticket matching the stored fields of f
// (paging ignored), in id order, each with its full event log. It reads
// tickets and events in one pass of two ordered cursors inside one read
// transaction, so memory holds one ticket's log at a time. An error from
// fn stops the walk and is returned.
//
// The transaction is a deferred one on its own connection (BeginTx takes
// the write lock at once, see DSN): it reads one WAL snapshot without
// blocking writers, and fn may call the other methods of db meanwhile.
func (db *DB) EachTicketLog(ctx context.Context, f feedback.TicketFilter, fn func(*TicketLog) error) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)
	where, args := ticketWhere(f)
	trows, err := conn.QueryContext(ctx, `SELECT `+ticketColumns+ticketFrom+where+` ORDER BY t.id`, args...)
	if err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	defer trows.Close()
	erows, err := conn.QueryContext(ctx, `SELECT `+eventColumns+` FROM ticket_events e
		WHERE e.ticket_id IN (SELECT t.id FROM tickets t`+where+`) ORDER BY e.ticket_id, e.at, e.id`, args...)
	if err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	defer erows.Close()
	var next *feedback.TicketEvent // the first event not yet handed out
	for trows.Next() {
		l, err := scanTicket(trows)
		if err != nil {
			return fmt.Errorf("sqlite: each ticket: %w", err)
		}
		for {
			if next == nil {
				if !erows.Next() {
					break
				}
				if next, err = scanEvent(erows); err != nil {
					return fmt.Errorf("sqlite: each ticket: %w", err)
				}
			}
			if next.TicketID != l.Ticket.ID {
				break
			}
			l.Events = append(l.Events, next)
			next = nil
		}
		if err := fn(l); err != nil {
			return err
		}
	}
	if err := trows.Err(); err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	if err := erows.Err(); err != nil {
		return fmt.Errorf("sqlite: each ticket: %w", err)
	}
	return nil
}

// LoadTicketEvents fills in the event logs of logs (as returned by
// FindTickets), querying the events of up to 500 tickets at a time.
func (db *DB) LoadTicketEvents(ctx context.Context, logs []*TicketLog) error {
	for chunk := range slices.Chunk(logs, 500) {
		if err := db.loadTicketEvents(ctx, chunk); err != nil {
			return err
		}
	}
	return nil
}

// loadTicketEvents fills in the event logs of a few tickets with one query.
func (db *DB) loadTicketEvents(ctx context.Context, logs []*TicketLog) error {
	byID := make(map[int64]*TicketLog, len(logs))
	args := make([]any, 0, len(logs))
	for _, l := range logs {
		byID[l.Ticket.ID], l.Events = l, nil
		args = append(args, l.Ticket.ID)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM ticket_events e
		WHERE e.ticket_id IN (`+placeholders(len(args))+`) ORDER BY e.ticket_id, e.at, e.id`, args...)
	if err != nil {
		return fmt.Errorf("sqlite: load ticket events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("sqlite: load ticket events: %w", err)
		}
		l := byID[e.TicketID]
		l.Events = append(l.Events, e)
	}
	return rows.Err()
}

// ticketTime reads a stored ticket time in UTC.
func ticketTime(s string) time.Time {
	t, _ := ParseTime(s)
	return t.UTC()
}
