package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

// CustomerRecord is everything stored about one customer, read in one
// transaction: the record with its attributes, every answer of its
// responses, its tickets with their events, follow-up calls, orders, and
// the merges it took part in.
type CustomerRecord struct {
	Customer *feedback.Customer
	// AnonymisedAt is set when the record was anonymised.
	AnonymisedAt *time.Time
	// MergedFrom lists the records merged into this one.
	MergedFrom []int64
	Answers    []CustomerAnswerRow
	Tickets    []CustomerTicketRow
	Events     []CustomerTicketEvent
	Calls      []*feedback.FollowUpCall
	Orders     []*feedback.Order
	Merges     []CustomerMerge
}

// CustomerAnswerRow is one answer of one of the customer's responses, with
// its response and question.
type CustomerAnswerRow struct {
	ResponseID  int64
	SurveyID    int64
	SurveyTitle string
	SubmittedAt time.Time
	Source      string
	Channel     string
	Note        string
	QuestionID  int64
	Question    string
	Type        string
	Role        string // nps, csat, ces or ""
	ScaleMin    int
	ScaleMax    int
	Number      *float64
	Text        string
	Status      string
}

// CustomerTicketRow is one of the customer's tickets (complaints).
type CustomerTicketRow struct {
	ID          int64
	Title       string
	Description string
	Category    string
	Priority    int
	Status      string
	StatusCat   string
	ResponseID  *int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// CustomerTicketEvent is one event of one of the customer's tickets.
type CustomerTicketEvent struct {
	TicketID  int64
	At        time.Time
	Kind      string
	Actor     string
	From, To  string
	Direction string
	Channel   string
	Body      string
}

// CustomerMerge is one row of the merge log.
type CustomerMerge struct {
	ID        int64     `json:"id"`
	KeptID    int64     `json:"keptId"`
	MergedID  int64     `json:"mergedId"`
	Responses int       `json:"responses"`
	Tickets   int       `json:"tickets"`
	Calls     int       `json:"calls"`
	Orders    int       `json:"orders"`
	MergedAt  time.Time `json:"mergedAt"`
}

// ReadCustomerRecord reads everything stored about customer id (ENOTFOUND
// when there is no such record). Lists are in time order.
func (db *DB) ReadCustomerRecord(ctx context.Context, id int64) (*CustomerRecord, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c, err := findCustomerByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	r := &CustomerRecord{Customer: c}
	wrap := func(err error) error { return fmt.Errorf("sqlite: read customer %d: %w", id, err) }
	var anon sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT anonymised_at FROM customers WHERE id = ?`, id).Scan(&anon); err != nil {
		return nil, wrap(err)
	}
	if anon.Valid {
		t, _ := ParseTime(anon.String)
		r.AnonymisedAt = &t
	}
	c.Attributes = map[string]string{}
	err = eachRow(ctx, tx, `SELECT key, value FROM customer_attributes WHERE customer_id = ? ORDER BY key`, []any{id},
		func(scan func(...any) error) error {
			var k, v string
			if err := scan(&k, &v); err != nil {
				return err
			}
			c.Attributes[k] = v
			return nil
		})
	if err == nil {
		err = eachRow(ctx, tx, `SELECT id FROM customers WHERE merged_into_id = ? ORDER BY id`, []any{id},
			func(scan func(...any) error) error {
				var m int64
				err := scan(&m)
				r.MergedFrom = append(r.MergedFrom, m)
				return err
			})
	}
	if err == nil {
		err = eachRow(ctx, tx, `SELECT r.id, r.survey_id, s.title, r.submitted_at, r.source, r.channel, r.note,
			q.id, q.title, q.type, q.role, q.scale_min, q.scale_max, a.number, a.text, a.status
			FROM responses r JOIN surveys s ON s.id = r.survey_id JOIN answers a ON a.response_id = r.id
			JOIN questions q ON q.id = a.question_id
			WHERE r.customer_id = ? ORDER BY r.submitted_at, r.id, q.position, q.id`, []any{id},
			func(scan func(...any) error) error {
				var a CustomerAnswerRow
				var at string
				var num sql.NullFloat64
				if err := scan(&a.ResponseID, &a.SurveyID, &a.SurveyTitle, &at, &a.Source, &a.Channel, &a.Note,
					&a.QuestionID, &a.Question, &a.Type, &a.Role, &a.ScaleMin, &a.ScaleMax, &num, &a.Text, &a.Status); err != nil {
					return err
				}
				a.SubmittedAt, _ = ParseTime(at)
				if num.Valid {
					a.Number = &num.Float64
				}
				r.Answers = append(r.Answers, a)
				return nil
			})
	}
	if err == nil {
		err = eachRow(ctx, tx, `SELECT id, title, description, category, priority, status, status_category, response_id,
			created_at, updated_at FROM tickets WHERE customer_id = ? ORDER BY created_at, id`, []any{id},
			func(scan func(...any) error) error {
				var t CustomerTicketRow
				var created, updated string
				if err := scan(&t.ID, &t.Title, &t.Description, &t.Category, &t.Priority, &t.Status, &t.StatusCat,
					&t.ResponseID, &created, &updated); err != nil {
					return err
				}
				t.CreatedAt, _ = ParseTime(created)
				t.UpdatedAt, _ = ParseTime(updated)
				r.Tickets = append(r.Tickets, t)
				return nil
			})
	}
	if err == nil {
		err = eachRow(ctx, tx, `SELECT e.ticket_id, e.at, e.kind, e.actor, e.from_val, e.to_val, e.direction, e.channel, e.body
			FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.customer_id = ? ORDER BY e.ticket_id, e.at, e.id`,
			[]any{id}, func(scan func(...any) error) error {
				var e CustomerTicketEvent
				var at string
				if err := scan(&e.TicketID, &at, &e.Kind, &e.Actor, &e.From, &e.To, &e.Direction, &e.Channel, &e.Body); err != nil {
					return err
				}
				e.At, _ = ParseTime(at)
				r.Events = append(r.Events, e)
				return nil
			})
	}
	if err == nil {
		err = eachRow(ctx, tx, `SELECT id, response_id, ticket_id, survey_id, handler_id, reason, attempt_at, disposition,
			callback_at, note FROM followup_calls WHERE customer_id = ? ORDER BY attempt_at, id`, []any{id},
			func(scan func(...any) error) error {
				f := &feedback.FollowUpCall{CustomerID: id}
				var at string
				var cb sql.NullString
				if err := scan(&f.ID, &f.ResponseID, &f.TicketID, &f.SurveyID, &f.HandlerID, &f.Reason, &at, &f.Disposition,
					&cb, &f.Note); err != nil {
					return err
				}
				f.AttemptAt, _ = ParseTime(at)
				if cb.Valid {
					t, _ := ParseTime(cb.String)
					f.CallbackAt = &t
				}
				r.Calls = append(r.Calls, f)
				return nil
			})
	}
	if err == nil {
		err = eachRow(ctx, tx, `SELECT id, coalesce(external_id, ''), ordered_at, amount, refund FROM orders
			WHERE customer_id = ? ORDER BY ordered_at, id`, []any{id},
			func(scan func(...any) error) error {
				o := &feedback.Order{CustomerID: id}
				var at string
				if err := scan(&o.ID, &o.ExternalID, &at, &o.Amount, &o.Refund); err != nil {
					return err
				}
				o.OrderedAt, _ = ParseTime(at)
				r.Orders = append(r.Orders, o)
				return nil
			})
	}
	if err == nil {
		r.Merges, err = customerMerges(ctx, tx, id)
	}
	if err != nil {
		return nil, wrap(err)
	}
	return r, nil
}

// customerMerges returns the merge log rows where id was kept or merged.
func customerMerges(ctx context.Context, tx *Tx, id int64) ([]CustomerMerge, error) {
	var out []CustomerMerge
	err := eachRow(ctx, tx, `SELECT id, kept_id, merged_id, responses, tickets, calls, orders, merged_at
		FROM customer_merges WHERE kept_id = ?1 OR merged_id = ?1 ORDER BY id`, []any{id},
		func(scan func(...any) error) error {
			var m CustomerMerge
			var at string
			if err := scan(&m.ID, &m.KeptID, &m.MergedID, &m.Responses, &m.Tickets, &m.Calls, &m.Orders, &at); err != nil {
				return err
			}
			m.MergedAt, _ = ParseTime(at)
			out = append(out, m)
			return nil
		})
	return out, err
}

// eachRow runs query in tx and calls fn once per row with its Scan.
func eachRow(ctx context.Context, tx *Tx, query string, args []any, fn func(scan func(...any) error) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}
