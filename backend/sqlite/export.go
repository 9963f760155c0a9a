package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// ExportQuery selects the rows of a data export: responses submitted (or
// tickets created) in [From, To) — nil leaves that end open — of the
// surveys SurveyIDs (responses only; none = every survey).
type ExportQuery struct {
	From, To  *time.Time
	SurveyIDs []int64
}

// ExportHead is what an export needs before its first row, read in the
// same snapshot as the rows: how many rows follow and, for responses, the
// surveys that have rows in the period, each with its questions in order.
type ExportHead struct {
	Total   int
	Surveys []*feedback.Survey
}

// ExportAnswer is one stored answer as the export reads it.
type ExportAnswer struct {
	QuestionID int64
	Number     *float64
	Text       string
	Status     string
	Raw        string
}

// ExportResponse is one response with everything the responses export
// writes: the response, its customer as stored, tags (sorted), import batch
// and answers.
type ExportResponse struct {
	ID, SurveyID         int64
	SubmittedAt          time.Time
	Source               string
	Channel, Region      string
	Product, Agent       string
	Note                 string
	CustomerName, Phone  string
	Email, Company, Tier string
	ImportBatchID        *int64
	ImportFile           string
	Tags                 []string
	Answers              []ExportAnswer
}

// ExportTicket is one ticket row with its customer's contact fields and
// tags; the SLA state is computed elsewhere (slaservice).
type ExportTicket struct {
	ID                         int64
	CustomerName, Phone, Email string
	Company                    string
	Tags                       []string
}

// readSnapshot runs read on one connection inside a deferred transaction:
// one WAL snapshot for every query, without taking the write lock (BeginTx
// takes it at once, see DSN), so writers are never blocked by an export.
func (db *DB) readSnapshot(ctx context.Context, read func(*sql.Conn) error) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)
	return read(conn)
}

// exportWhere is the condition on r (responses) or t (tickets): the
// period by its timestamp column, helped by the month key index.
func exportWhere(q ExportQuery, alias, at string, surveys bool) (string, []any) {
	where, args := []string{"1 = 1"}, []any{}
	if q.From != nil {
		where = append(where, alias+".month_key >= ?", alias+"."+at+" >= ?")
		args = append(args, feedback.MonthKey(*q.From, reportingZone()), FormatTime(*q.From))
	}
	if q.To != nil {
		where = append(where, alias+".month_key <= ?", alias+"."+at+" < ?")
		args = append(args, feedback.MonthKey(q.To.Add(-time.Nanosecond), reportingZone()), FormatTime(*q.To))
	}
	if surveys && len(q.SurveyIDs) > 0 {
		where = append(where, alias+".survey_id IN ("+placeholders(len(q.SurveyIDs))+")")
		for _, id := range q.SurveyIDs {
			args = append(args, id)
		}
	}
	return strings.Join(where, " AND "), args
}

// ExportResponses streams the responses of q in the order they were
// recorded (by ID: no sort, so nothing is held), from one snapshot: head
// is called once with the row count and the surveys having rows (with
// their questions), then row once per response. Responses and answers are
// read by two cursors walked in step, as EachTicketLog does; memory holds
// one response at a time. An error from head or row stops the walk and is
// returned, as is ctx's error once it is canceled.
func (db *DB) ExportResponses(ctx context.Context, q ExportQuery, head func(ExportHead) error, row func(*ExportResponse) error) error {
	where, args := exportWhere(q, "r", "submitted_at", true)
	err := db.readSnapshot(ctx, func(conn *sql.Conn) error {
		var h ExportHead
		if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM responses r WHERE `+where, args...).Scan(&h.Total); err != nil {
			return err
		}
		ids, err := connInt64s(ctx, conn, `SELECT DISTINCT r.survey_id FROM responses r WHERE `+where+` ORDER BY 1`, args...)
		if err != nil {
			return err
		}
		for _, id := range ids {
			s, err := exportSurvey(ctx, conn, id)
			if err != nil {
				return err
			}
			h.Surveys = append(h.Surveys, s)
		}
		if err := head(h); err != nil {
			return err
		}
		rows, err := conn.QueryContext(ctx, `SELECT r.id, r.survey_id, r.submitted_at, r.source, r.channel, r.region, r.product, r.agent, r.note,
				coalesce(c.name, ''), coalesce(c.phone, ''), coalesce(c.email, ''), coalesce(c.company, ''), coalesce(c.tier, ''),
				r.import_batch_id, coalesce(b.file_name, ''),
				coalesce((SELECT json_group_array(tag) FROM (SELECT tag FROM response_tags t WHERE t.response_id = r.id ORDER BY tag)), '[]')
			FROM responses r LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN import_batches b ON b.id = r.import_batch_id
			WHERE `+where+` ORDER BY r.id`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		arows, err := conn.QueryContext(ctx, `SELECT a.response_id, a.question_id, a.number, a.text, a.status, a.raw
			FROM responses r JOIN answers a ON a.response_id = r.id WHERE `+where+` ORDER BY r.id`, args...)
		if err != nil {
			return err
		}
		defer arows.Close()
		var next struct { // the first answer not yet handed out
			ok       bool
			response int64
			a        ExportAnswer
		}
		for rows.Next() {
			r := &ExportResponse{}
			var at, tags string
			if err := rows.Scan(&r.ID, &r.SurveyID, &at, &r.Source, &r.Channel, &r.Region, &r.Product, &r.Agent, &r.Note,
				&r.CustomerName, &r.Phone, &r.Email, &r.Company, &r.Tier, &r.ImportBatchID, &r.ImportFile, &tags); err != nil {
				return err
			}
			r.SubmittedAt = ticketTime(at)
			if err := json.Unmarshal([]byte(tags), &r.Tags); err != nil {
				return err
			}
			for {
				if !next.ok {
					if !arows.Next() {
						break
					}
					a := &next.a
					if err := arows.Scan(&next.response, &a.QuestionID, &a.Number, &a.Text, &a.Status, &a.Raw); err != nil {
						return err
					}
					next.ok = true
				}
				if next.response != r.ID {
					break
				}
				r.Answers = append(r.Answers, next.a)
				next.ok = false
			}
			if err := row(r); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		return arows.Err()
	})
	return exportErr(ctx, "responses", err)
}

// ExportTickets streams the tickets created in q's period (SurveyIDs is
// ignored), in ID order (no sort), from one snapshot: head is called once with the
// count, then row once per ticket with its customer's contact fields and
// tags.
func (db *DB) ExportTickets(ctx context.Context, q ExportQuery, head func(ExportHead) error, row func(*ExportTicket) error) error {
	where, args := exportWhere(q, "t", "created_at", false)
	err := db.readSnapshot(ctx, func(conn *sql.Conn) error {
		var h ExportHead
		if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM tickets t WHERE `+where, args...).Scan(&h.Total); err != nil {
			return err
		}
		if err := head(h); err != nil {
			return err
		}
		rows, err := conn.QueryContext(ctx, `SELECT t.id, coalesce(c.name, ''), coalesce(c.phone, ''), coalesce(c.email, ''), coalesce(c.company, ''),
				coalesce((SELECT json_group_array(tag) FROM (SELECT tag FROM ticket_tags g WHERE g.ticket_id = t.id ORDER BY tag)), '[]')
			FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
			WHERE `+where+` ORDER BY t.id`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t := &ExportTicket{}
			var tags string
			if err := rows.Scan(&t.ID, &t.CustomerName, &t.Phone, &t.Email, &t.Company, &tags); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(tags), &t.Tags); err != nil {
				return err
			}
			if err := row(t); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	return exportErr(ctx, "tickets", err)
}

// exportErr passes coded errors and cancellation through and wraps the rest.
func exportErr(ctx context.Context, what string, err error) error {
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if feedback.ErrorCode(err) != feedback.EINTERNAL {
		return err
	}
	return fmt.Errorf("sqlite: export %s: %w", what, err)
}

// connInt64s runs a one-column integer query on conn.
func connInt64s(ctx context.Context, conn *sql.Conn, query string, args ...any) ([]int64, error) {
	rows, err := conn.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// exportSurvey reads a survey's titles and its questions in order (the
// fields an export's columns need).
func exportSurvey(ctx context.Context, conn *sql.Conn, id int64) (*feedback.Survey, error) {
	s := &feedback.Survey{ID: id}
	if err := conn.QueryRowContext(ctx, `SELECT title, title_en FROM surveys WHERE id = ?`, id).Scan(&s.Title, &s.TitleEN); err != nil {
		return nil, err
	}
	rows, err := conn.QueryContext(ctx, `SELECT id, position, type, title, title_en, role, scale_min, scale_max
		FROM questions WHERE survey_id = ? ORDER BY position, id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		q := &feedback.Question{SurveyID: id}
		if err := rows.Scan(&q.ID, &q.Position, &q.Type, &q.Title, &q.TitleEN, &q.Role, &q.ScaleMin, &q.ScaleMax); err != nil {
			return nil, err
		}
		s.Questions = append(s.Questions, q)
	}
	return s, rows.Err()
}
