package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"

	_ "time/tzdata" // the reporting zone must load on machines without Go
)

// bulkChunk is how many records one transaction of LoadDataset holds. A
// killed load keeps every finished chunk, and each record commits together
// with its children (answers, tags, events, attributes).
const bulkChunk = 5000

// bulkReportEvery is how many records pass between progress reports.
const bulkReportEvery = 1000

// LoadDataset loads ds into an empty database. Records keep their own IDs
// and are written with prepared single-row INSERTs (faster in SQLite than
// multi-row ones), committing every ~5,000 records, so a process killed
// midway leaves a consistent, partially loaded database. Month keys of
// responses and tickets are computed in the reporting zone. progress, if
// not nil, is called at most every 1,000 records (Stage names the kind of
// record being loaded) and once at the end with Done == Total. A canceled
// ctx stops the load between records with an ECANCELED error; the chunks
// already committed are kept. A database that already holds data is
// refused with ECONFLICT.
func (db *DB) LoadDataset(ctx context.Context, ds feedback.Dataset, progress func(feedback.Progress)) error {
	if progress == nil {
		progress = func(feedback.Progress) {}
	}
	loc, err := time.LoadLocation(feedback.ReportingZone)
	if err != nil {
		return fmt.Errorf("sqlite: load: %w", err)
	}
	var used bool
	err = db.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM handlers) OR EXISTS (SELECT 1 FROM customers)
		OR EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM surveys) OR EXISTS (SELECT 1 FROM responses)
		OR EXISTS (SELECT 1 FROM tickets) OR EXISTS (SELECT 1 FROM followup_calls)`).Scan(&used)
	if err != nil {
		return fmt.Errorf("sqlite: load: %w", err)
	}
	if used {
		return feedback.Errorf(feedback.ECONFLICT, "error.load.not_empty", "Data sets can only be loaded into an empty database.")
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: load: %w", err)
	}
	defer conn.Close()

	l := &loader{conn: conn, loc: loc, now: db.Now().UTC()}
	total := ds.Total()
	var stage string
	if err := l.begin(ctx); err != nil {
		return err
	}
	err = ds.Each(func(rec any) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		kind, err := l.insert(ctx, rec)
		if err != nil {
			return err
		}
		stage = kind
		l.done++
		l.pending++
		if l.pending >= bulkChunk {
			if err := l.commit(); err != nil {
				return err
			}
			if err := l.begin(ctx); err != nil {
				return err
			}
		}
		if l.done%bulkReportEvery == 0 && l.done < total {
			progress(feedback.Progress{Stage: stage, Done: l.done, Total: total})
		}
		return nil
	})
	if err != nil {
		l.rollback()
		if cerr := ctx.Err(); cerr != nil {
			return errors.Join(feedback.Errorf(feedback.ECANCELED, "error.load.canceled",
				"Loading was canceled after %d records; the records loaded so far were kept.", l.done-l.pending), cerr)
		}
		return err
	}
	if err := l.commit(); err != nil {
		return err
	}
	progress(feedback.Progress{Stage: stage, Done: l.done, Total: l.done})
	return nil
}

// loader holds the open chunk transaction and its prepared statements.
type loader struct {
	conn    *sql.Conn
	loc     *time.Location
	now     time.Time
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	done    int // records yielded and inserted
	pending int // records in the open transaction
	// counted is the highest response id already in metric_counts; each
	// chunk counts the responses above it before committing.
	counted int64
}

// bulkSQL are the single-row INSERTs of a load, by name.
var bulkSQL = map[string]string{
	"handler": `INSERT INTO handlers (id, name, team, email, active, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
	"customer": `INSERT INTO customers (id, external_id, name, phone, email, company, region, industry, channel, tier,
		relationship, consent, do_not_contact, merged_into_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"attribute": `INSERT INTO customer_attributes (customer_id, key, value) VALUES (?, ?, ?)`,
	"order":     `INSERT INTO orders (id, external_id, customer_id, ordered_at, amount, refund) VALUES (?, ?, ?, ?, ?, ?)`,
	"survey": `INSERT INTO surveys (id, title, title_en, description, description_en, status, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	"question": `INSERT INTO questions (id, survey_id, position, type, title, title_en, required, role, scale_min, scale_max,
		inverted, long_text, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"response": `INSERT INTO responses (id, survey_id, customer_id, external_id, row_key, source, channel, region, product, agent,
		submitted_at, month_key, import_batch_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"answer":       `INSERT INTO answers (response_id, question_id, number, text, status, raw) VALUES (?, ?, ?, ?, ?, ?)`,
	"response_tag": `INSERT OR IGNORE INTO response_tags (response_id, tag) VALUES (?, ?)`,
	"category": `INSERT INTO ticket_categories (key, parent, name, name_en, position) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (key) DO NOTHING`,
	"ticket": `INSERT INTO tickets (id, title, description, customer_id, channel, category, subcategory, priority, status,
		status_category, handler_id, response_id, created_at, month_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"ticket_tag": `INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)`,
	"event": `INSERT INTO ticket_events (id, ticket_id, at, kind, actor, from_val, to_val, direction, channel, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"call": `INSERT INTO followup_calls (id, customer_id, response_id, ticket_id, survey_id, handler_id, reason, attempt_at,
		disposition, callback_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
}

// begin opens the next chunk transaction and prepares its statements.
func (l *loader) begin(ctx context.Context) error {
	tx, err := l.conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: load: begin: %w", err)
	}
	l.tx, l.stmts, l.pending = tx, make(map[string]*sql.Stmt, len(bulkSQL)), 0
	for name, q := range bulkSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			l.rollback()
			return fmt.Errorf("sqlite: load: prepare %s: %w", name, err)
		}
		l.stmts[name] = st
	}
	return nil
}

// commit commits the open chunk.
func (l *loader) commit() error {
	if l.tx == nil {
		return nil
	}
	if err := addMetricCounts(context.Background(), l.tx, "r.id > ?", l.counted); err != nil {
		l.rollback()
		return err
	}
	if err := l.tx.QueryRow(`SELECT coalesce(max(id), 0) FROM responses`).Scan(&l.counted); err != nil {
		l.rollback()
		return fmt.Errorf("sqlite: load: %w", err)
	}
	err := l.tx.Commit()
	l.tx, l.pending = nil, 0
	if err != nil {
		return fmt.Errorf("sqlite: load: commit: %w", err)
	}
	return nil
}

// rollback abandons the open chunk.
func (l *loader) rollback() {
	if l.tx != nil {
		_ = l.tx.Rollback()
		l.tx = nil
	}
}

// exec runs the named prepared statement.
func (l *loader) exec(ctx context.Context, name string, args ...any) error {
	_, err := l.stmts[name].ExecContext(ctx, args...)
	return err
}

// ts formats t for storage, using the load's start time for a zero time.
func (l *loader) ts(t time.Time) string {
	if t.IsZero() {
		t = l.now
	}
	return FormatTime(t)
}

// insert writes one record with its children and returns its kind, the
// progress stage name.
func (l *loader) insert(ctx context.Context, rec any) (string, error) {
	var kind string
	var id any
	var err error
	switch r := rec.(type) {
	case *feedback.Handler:
		kind, id = "handlers", r.ID
		err = l.exec(ctx, "handler", r.ID, r.Name, r.Team, r.Email, r.Active, l.ts(r.CreatedAt))
	case *feedback.Customer:
		kind, id = "customers", r.ID
		err = l.customer(ctx, r)
	case *feedback.Order:
		kind, id = "orders", r.ID
		err = l.exec(ctx, "order", r.ID, nullString(r.ExternalID), r.CustomerID, l.ts(r.OrderedAt), r.Amount, r.Refund)
	case *feedback.Survey:
		kind, id = "surveys", r.ID
		err = l.survey(ctx, r)
	case *feedback.Response:
		kind, id = "responses", r.ID
		err = l.response(ctx, r)
	case *feedback.TicketCategory:
		kind, id = "categories", r.Key
		err = l.exec(ctx, "category", r.Key, r.Parent, r.Name, r.NameEN, r.Position)
	case *feedback.TicketRecord:
		kind, id = "tickets", r.Ticket.ID
		err = l.ticket(ctx, r)
	case *feedback.FollowUpCall:
		kind, id = "followups", r.ID
		var cb any
		if r.CallbackAt != nil {
			cb = FormatTime(*r.CallbackAt)
		}
		err = l.exec(ctx, "call", r.ID, r.CustomerID, r.ResponseID, r.TicketID, r.SurveyID, r.HandlerID, r.Reason,
			l.ts(r.AttemptAt), string(r.Disposition), cb, r.Note)
	default:
		return "", fmt.Errorf("sqlite: load: unsupported record %T", rec)
	}
	if err != nil {
		return kind, fmt.Errorf("sqlite: load %s %v: %w", kind, id, err)
	}
	return kind, nil
}

func (l *loader) customer(ctx context.Context, c *feedback.Customer) error {
	if err := l.exec(ctx, "customer", c.ID, nullString(c.ExternalID), c.Name, c.Phone, c.Email, c.Company, c.Region,
		c.Industry, c.Channel, string(c.Tier), string(c.Relationship), c.Consent, c.DoNotContact, c.MergedIntoID,
		l.ts(c.CreatedAt), l.ts(c.UpdatedAt)); err != nil {
		return err
	}
	for k, v := range c.Attributes {
		if err := l.exec(ctx, "attribute", c.ID, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) survey(ctx context.Context, s *feedback.Survey) error {
	if err := l.exec(ctx, "survey", s.ID, s.Title, s.TitleEN, s.Description, s.DescriptionEN, string(s.Status),
		l.ts(s.CreatedAt), l.ts(s.UpdatedAt)); err != nil {
		return err
	}
	for _, q := range s.Questions {
		opts := []byte("[]")
		if len(q.Options) > 0 {
			var err error
			if opts, err = json.Marshal(q.Options); err != nil {
				return err
			}
		}
		if err := l.exec(ctx, "question", q.ID, s.ID, q.Position, string(q.Type), q.Title, q.TitleEN, q.Required,
			string(q.Role), q.ScaleMin, q.ScaleMax, q.Inverted, q.LongText, string(opts)); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) response(ctx context.Context, r *feedback.Response) error {
	created := r.CreatedAt
	if created.IsZero() {
		created = r.SubmittedAt
	}
	if err := l.exec(ctx, "response", r.ID, r.SurveyID, r.CustomerID, r.ExternalID, r.RowKey, string(r.Source), r.Channel,
		r.Region, r.Product, r.Agent, l.ts(r.SubmittedAt), feedback.MonthKey(r.SubmittedAt, l.loc), r.ImportBatchID,
		r.Note, l.ts(created)); err != nil {
		return err
	}
	for _, a := range r.Answers {
		status := a.Status
		if status == "" {
			status = feedback.AnswerValid
		}
		if err := l.exec(ctx, "answer", r.ID, a.QuestionID, a.Number, a.Text, string(status), a.Raw); err != nil {
			return err
		}
	}
	for _, tag := range r.Tags {
		if err := l.exec(ctx, "response_tag", r.ID, tag); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) ticket(ctx context.Context, rec *feedback.TicketRecord) error {
	t := rec.Ticket
	channel := t.Channel
	if channel == "" {
		channel = "other"
	}
	if err := l.exec(ctx, "ticket", t.ID, t.Title, t.Description, t.CustomerID, channel, t.Category, t.Subcategory,
		t.Priority, t.Status, string(t.StatusCat), t.HandlerID, t.ResponseID, l.ts(t.CreatedAt),
		feedback.MonthKey(t.CreatedAt, l.loc), l.ts(t.UpdatedAt)); err != nil {
		return err
	}
	for _, tag := range t.Tags {
		if err := l.exec(ctx, "ticket_tag", t.ID, tag); err != nil {
			return err
		}
	}
	for _, e := range rec.Events {
		if err := l.exec(ctx, "event", nullID(e.ID), t.ID, l.ts(e.At), string(e.Kind), e.Actor, e.From, e.To, e.Direction,
			e.Channel, e.Body); err != nil {
			return err
		}
	}
	return nil
}

// nullString stores "" as NULL (for unique external ids).
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullID stores a zero ID as NULL, letting SQLite assign one.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
