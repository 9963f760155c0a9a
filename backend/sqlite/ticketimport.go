package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

var _ feedback.TicketImportService = (*DB)(nil)

// importActor is the actor of the events a ticket import synthesises when
// the row names no handler.
const importActor = "import"

// TicketStatusList returns the configured ticket statuses in display order.
func (db *DB) TicketStatusList(ctx context.Context) ([]feedback.TicketStatusInfo, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT key, name, name_en, category FROM ticket_statuses ORDER BY position, key`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: ticket statuses: %w", err)
	}
	defer rows.Close()
	var out []feedback.TicketStatusInfo
	for rows.Next() {
		var s feedback.TicketStatusInfo
		var cat string
		if err := rows.Scan(&s.Key, &s.Name, &s.NameEN, &cat); err != nil {
			return nil, fmt.Errorf("sqlite: ticket statuses: %w", err)
		}
		s.Category = feedback.StatusCategory(cat)
		out = append(out, s)
	}
	return out, rows.Err()
}

// TicketKeysPresent reports which of keys are stored as ticket row keys.
func (db *DB) TicketKeysPresent(ctx context.Context, keys []string) (map[string]bool, error) {
	return db.keysPresent(ctx, `SELECT row_key FROM tickets WHERE row_key IN (%s)`, keys)
}

// BeginTicketImport opens the one transaction of a ticket import and
// records its batch. The returned writer holds the write lock until Commit
// or Rollback.
func (db *DB) BeginTicketImport(ctx context.Context, imp *feedback.TicketImport) (feedback.TicketImportWriter, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	w := &ticketImport{imp: imp, handlers: map[string]int64{}, statuses: map[string]feedback.StatusCategory{},
		policies: map[sla.TicketFacts]*PolicyVersion{},
		cust: &responseImport{tx: tx, imp: &feedback.ResponseImport{Batch: imp.Batch, Signature: imp.Signature},
			customers: map[string]int64{}, known: map[uint64]struct{}{}, seed: maphash.MakeSeed()}}
	if err := w.begin(ctx); err != nil {
		w.Rollback()
		return nil, err
	}
	return w, nil
}

// ticketImport is the open transaction of one ticket import. Customers are
// matched and created exactly as a response import does (cust).
type ticketImport struct {
	imp      *feedback.TicketImport
	cust     *responseImport
	handlers map[string]int64 // handler name → id
	statuses map[string]feedback.StatusCategory
	newKey   string // the first status of category new
	resolved string // the first status of category resolved
	ticket   *sql.Stmt
	event    *sql.Stmt
	tag      *sql.Stmt
	// policies caches the policy version selected per ticket facts: the
	// rules cannot change inside the import's transaction.
	policies map[sla.TicketFacts]*PolicyVersion
}

func (w *ticketImport) begin(ctx context.Context) error {
	c := w.cust
	if err := c.beginBatch(ctx); err != nil {
		return err
	}
	// The commit counts the responses above lastBefore into metric_counts:
	// a ticket import writes none, so none may be counted (0 would count
	// every stored response a second time).
	if err := c.tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM responses`).Scan(&c.lastBefore); err != nil {
		return fmt.Errorf("sqlite: ticket import: %w", err)
	}
	rows, err := c.tx.QueryContext(ctx, `SELECT key, category FROM ticket_statuses ORDER BY position, key`)
	if err != nil {
		return fmt.Errorf("sqlite: ticket import statuses: %w", err)
	}
	for rows.Next() {
		var k, cat string
		if err := rows.Scan(&k, &cat); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: ticket import statuses: %w", err)
		}
		w.statuses[k] = feedback.StatusCategory(cat)
		if cat == string(feedback.CatNew) && w.newKey == "" {
			w.newKey = k
		}
		if cat == string(feedback.CatResolved) && w.resolved == "" {
			w.resolved = k
		}
	}
	rows.Close()
	if err := c.loadKnown(ctx); err != nil {
		return err
	}
	prep := func(dst **sql.Stmt, query string) {
		if err == nil {
			*dst, err = c.tx.PrepareContext(ctx, query)
		}
	}
	prep(&c.stmts.custByExt, `SELECT coalesce(merged_into_id, id) FROM customers WHERE external_id = ?`)
	prep(&c.stmts.custByPhone, `SELECT coalesce(merged_into_id, id) FROM customers WHERE phone = ? AND phone <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`)
	prep(&c.stmts.custByEmail, `SELECT coalesce(merged_into_id, id) FROM customers WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`)
	prep(&c.stmts.newCustomer, `INSERT INTO customers (external_id, name, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
	prep(&w.ticket, `INSERT INTO tickets (title, description, customer_id, channel, category, subcategory, priority, status,
		status_category, handler_id, import_batch_id, row_key, created_at, month_key, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(row_key) WHERE row_key IS NOT NULL DO NOTHING`)
	prep(&w.tag, `INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)`)
	prep(&w.event, `INSERT INTO ticket_events (ticket_id, at, kind, actor, from_val, to_val, direction, channel, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("sqlite: prepare ticket import: %w", err)
	}
	return nil
}

// beginBatch records the import batch (status committed: it only becomes
// visible if the transaction commits).
func (w *responseImport) beginBatch(ctx context.Context) error {
	now, b := FormatTime(w.tx.now), w.imp.Batch
	res, err := w.tx.ExecContext(ctx, `INSERT INTO import_batches (target, file_name, file_hash, status, mapping, started_at, finished_at)
		VALUES (?, ?, ?, 'committed', ?, ?, ?)`, b.Target, b.FileName, b.FileHash, nonEmpty(b.Mapping, "{}"), now, now)
	if err != nil {
		return fmt.Errorf("sqlite: insert import batch: %w", err)
	}
	w.batchID, err = res.LastInsertId()
	return err
}

// handler returns the id of the handler named name, creating it (active,
// no team) when no handler has that name.
func (w *ticketImport) handler(ctx context.Context, name string) (int64, error) {
	if id, ok := w.handlers[name]; ok {
		return id, nil
	}
	tx := w.cust.tx
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM handlers WHERE name = ? ORDER BY active DESC, id LIMIT 1`, name).Scan(&id)
	if err == sql.ErrNoRows {
		res, ierr := tx.ExecContext(ctx, `INSERT INTO handlers (name, created_at) VALUES (?, ?)`, name, FormatTime(tx.now))
		if ierr != nil {
			return 0, fmt.Errorf("sqlite: import handler: %w", ierr)
		}
		id, err = res.LastInsertId()
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: import handler: %w", err)
	}
	w.handlers[name] = id
	return id, nil
}

// Write inserts one ticket unless its row key is stored already, then its
// synthesised event log (see TicketImportEvents) and the SLA policy
// version that applies to it.
func (w *ticketImport) Write(_ context.Context, it *feedback.ImportedTicket) (bool, error) {
	ctx := context.Background() // see responseImport.Write
	t, tx := it.Ticket, w.cust.tx
	if _, ok := w.statuses[t.Status]; !ok {
		return false, fmt.Errorf("sqlite: import ticket: unknown status %q", t.Status)
	}
	t.StatusCat = w.statuses[t.Status]
	if it.Customer != nil {
		id, err := w.cust.customer(ctx, it.Customer)
		if err != nil {
			return false, err
		}
		t.CustomerID = &id
	}
	if it.HandlerName != "" {
		id, err := w.handler(ctx, it.HandlerName)
		if err != nil {
			return false, err
		}
		t.HandlerID = &id
	}
	t.CreatedAt, t.UpdatedAt = t.CreatedAt.UTC(), tx.now
	res, err := w.ticket.ExecContext(ctx, t.Title, t.Description, t.CustomerID, t.Channel, t.Category, t.Subcategory, t.Priority,
		t.Status, string(t.StatusCat), t.HandlerID, w.cust.batchID, it.RowKey, FormatTime(t.CreatedAt),
		feedback.MonthKey(t.CreatedAt, feedback.ReportingLocation()), FormatTime(t.UpdatedAt))
	if err != nil {
		return false, fmt.Errorf("sqlite: import ticket: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, err
	} else if n == 0 {
		return false, nil
	}
	if t.ID, err = res.LastInsertId(); err != nil {
		return false, err
	}
	for _, tag := range t.Tags {
		if _, err := w.tag.ExecContext(ctx, t.ID, tag); err != nil {
			return false, fmt.Errorf("sqlite: import ticket tag: %w", err)
		}
	}
	for _, e := range TicketImportEvents(it, w.statuses, w.newKey, w.resolved) {
		if _, err := w.event.ExecContext(ctx, t.ID, FormatTime(e.At), string(e.Kind), e.Actor, e.From, e.To, e.Direction,
			e.Channel, e.Body); err != nil {
			return false, fmt.Errorf("sqlite: import ticket event: %w", err)
		}
	}
	if err := w.recordPolicy(ctx, t, it.Customer); err != nil {
		return false, err
	}
	return true, nil
}

// recordPolicy stores in ticket_sla the policy version that applies to t,
// as CreateTicket does, selecting it once per distinct ticket facts.
func (w *ticketImport) recordPolicy(ctx context.Context, t *feedback.Ticket, c *feedback.Customer) error {
	tx := w.cust.tx
	facts := sla.TicketFacts{Priority: t.Priority, Category: t.Category, Channel: t.Channel}
	if c != nil && t.CustomerID != nil {
		if err := tx.QueryRowContext(ctx, `SELECT tier FROM customers WHERE id = ?`, *t.CustomerID).Scan(&facts.Tier); err != nil && err != sql.ErrNoRows {
			return fmt.Errorf("sqlite: import ticket: customer tier: %w", err)
		}
	}
	pv, ok := w.policies[facts]
	if !ok {
		var err error
		if pv, err = selectPolicy(ctx, tx, facts); err != nil {
			return err
		}
		w.policies[facts] = pv
	}
	var id any
	version := 0
	if pv != nil {
		id, version = pv.ID, pv.Policy.Version
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ticket_sla (ticket_id, policy_id, policy_version) VALUES (?, ?, ?)`,
		t.ID, id, version); err != nil {
		return fmt.Errorf("sqlite: import ticket: record policy: %w", err)
	}
	return nil
}

// TicketImportEvents synthesises the event log of an imported ticket from
// its times and final status (statuses maps status keys to categories;
// newKey and resolvedKey are the first configured statuses of the new and
// resolved categories):
//
//   - created at CreatedAt. Its status is the final status when that is
//     not done and there was no first response (the ticket never moved as
//     far as the file tells); otherwise newKey.
//   - assign to the handler at CreatedAt, when there is one.
//   - an outbound public reply on the ticket's channel at FirstResponseAt.
//   - a status change to the final status at FirstResponseAt, when the
//     final status is open or pending and differs from the created status
//     (the file does not say when it changed; the first response is the
//     last time it is known to have been worked on).
//   - when resolved: a status change at ResolvedAt to the final status if
//     it is of category resolved; if it is closed, to resolvedKey and then
//     to the closed status at the same instant.
//
// The row's times are used as they are: Convert rejects contradictory rows
// rather than adjusting them.
func TicketImportEvents(it *feedback.ImportedTicket, statuses map[string]feedback.StatusCategory, newKey, resolvedKey string) []*feedback.TicketEvent {
	t := it.Ticket
	final := statuses[t.Status]
	actor := importActor
	if it.HandlerName != "" {
		actor = it.HandlerName
	}
	initial := newKey
	if !final.Done() && it.FirstResponseAt == nil || newKey == "" {
		initial = t.Status
	}
	evs := []*feedback.TicketEvent{{At: t.CreatedAt, Kind: feedback.EventCreated, Actor: importActor, To: initial,
		Channel: t.Channel, Body: t.Description}}
	if t.HandlerID != nil {
		evs = append(evs, &feedback.TicketEvent{At: t.CreatedAt, Kind: feedback.EventAssign, Actor: importActor,
			To: strconv.FormatInt(*t.HandlerID, 10)})
	}
	cur := initial
	status := func(at *feedback.TicketEvent, to string) {
		if to != cur {
			at.To, at.From = to, cur
			evs = append(evs, at)
			cur = to
		}
	}
	if it.FirstResponseAt != nil {
		evs = append(evs, &feedback.TicketEvent{At: it.FirstResponseAt.UTC(), Kind: feedback.EventReply, Actor: actor,
			Direction: feedback.Outbound, Channel: t.Channel})
		if !final.Done() {
			status(&feedback.TicketEvent{At: it.FirstResponseAt.UTC(), Kind: feedback.EventStatus, Actor: actor}, t.Status)
		}
	}
	if final.Done() && it.ResolvedAt != nil {
		at := it.ResolvedAt.UTC()
		if final == feedback.CatClosed && resolvedKey != "" {
			status(&feedback.TicketEvent{At: at, Kind: feedback.EventStatus, Actor: actor}, resolvedKey)
		}
		status(&feedback.TicketEvent{At: at, Kind: feedback.EventStatus, Actor: actor}, t.Status)
	}
	for _, e := range evs {
		e.At = e.At.UTC()
		if strings.TrimSpace(e.Actor) == "" {
			e.Actor = importActor
		}
	}
	return evs
}

// Commit records the batch counts, remembers the mapping and commits.
func (w *ticketImport) Commit(ctx context.Context, c feedback.ImportBatch) (int64, error) {
	return w.cust.Commit(ctx, c)
}

// Rollback abandons the import unless it was committed.
func (w *ticketImport) Rollback() error { return w.cust.Rollback() }
