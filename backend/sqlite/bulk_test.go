package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// datasetCounts counts, per table, the rows a data set should produce.
func datasetCounts(t testing.TB, ds feedback.Dataset) map[string]int {
	t.Helper()
	n := map[string]int{}
	err := ds.Each(func(rec any) error {
		switch r := rec.(type) {
		case *feedback.Handler:
			n["handlers"]++
		case *feedback.Customer:
			n["customers"]++
			n["customer_attributes"] += len(r.Attributes)
		case *feedback.Order:
			n["orders"]++
		case *feedback.Survey:
			n["surveys"]++
			n["questions"] += len(r.Questions)
		case *feedback.Response:
			n["responses"]++
			n["answers"] += len(r.Answers)
			n["response_tags"] += len(r.Tags)
		case *feedback.TicketCategory:
			n["ticket_categories"]++
		case *feedback.TicketRecord:
			n["tickets"]++
			n["ticket_events"] += len(r.Events)
			n["ticket_tags"] += len(r.Ticket.Tags)
		case *feedback.FollowUpCall:
			n["followup_calls"]++
		default:
			t.Fatalf("unexpected record %T", rec)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func tableCount(t testing.TB, db *sqlite.DB, table string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(fmt.Sprintf(`SELECT count(*) FROM %q`, table)).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLoadDataset(t *testing.T) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		db := MustOpenDB(t)
		var calls []feedback.Progress
		start := time.Now()
		if err := db.LoadDataset(ctx, demo.New(1, 1), func(p feedback.Progress) { calls = append(calls, p) }); err != nil {
			t.Fatal(err)
		}
		t.Logf("demo scale 1 loaded in %v", time.Since(start))

		want := datasetCounts(t, demo.New(1, 1))
		for table, n := range want {
			if got := tableCount(t, db, table); got != n {
				t.Errorf("%s: %d rows, want %d", table, got, n)
			}
		}
		var fk int
		if err := db.SQL().QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil || fk != 0 {
			t.Fatalf("foreign key problems: %d (%v)", fk, err)
		}
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Responses != want["responses"] || st.Customers != want["customers"] || st.Tickets != want["tickets"] {
			t.Fatalf("stats %+v disagree with the data set %v", st, want)
		}

		// Progress: at most one call per 1,000 records, increasing, ending at Total.
		total := demo.New(1, 1).Total()
		if len(calls) == 0 || len(calls) > total/1000+1 {
			t.Fatalf("%d progress calls for %d records", len(calls), total)
		}
		for i, p := range calls {
			if p.Total != total || (i > 0 && p.Done <= calls[i-1].Done) || p.Stage == "" {
				t.Fatalf("progress call %d: %+v", i, p)
			}
		}
		if last := calls[len(calls)-1]; last.Done != last.Total || last.Stage != "followups" {
			t.Fatalf("final progress %+v", last)
		}
	})

	t.Run("EventsAndMonthKeys", func(t *testing.T) {
		db := MustOpenDB(t)
		if err := db.LoadDataset(ctx, demo.New(7, 1), nil); err != nil {
			t.Fatal(err)
		}
		loc, _ := time.LoadLocation(feedback.ReportingZone)
		type ev struct{ ticket, at, kind, actor, from, to, dir, channel, body string }
		want := map[int64]ev{}
		ticketMonth := map[int64]int{}
		respMonth := map[int64]int{}
		_ = demo.New(7, 1).Each(func(rec any) error {
			switch r := rec.(type) {
			case *feedback.Response:
				respMonth[r.ID] = feedback.MonthKey(r.SubmittedAt, loc)
			case *feedback.TicketRecord:
				ticketMonth[r.Ticket.ID] = feedback.MonthKey(r.Ticket.CreatedAt, loc)
				for _, e := range r.Events {
					want[e.ID] = ev{fmt.Sprint(r.Ticket.ID), sqlite.FormatTime(e.At), string(e.Kind), e.Actor, e.From, e.To, e.Direction, e.Channel, e.Body}
				}
			}
			return nil
		})
		rows, err := db.SQL().Query(`SELECT id, ticket_id, at, kind, actor, from_val, to_val, direction, channel, body FROM ticket_events`)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for rows.Next() {
			var id int64
			var e ev
			if err := rows.Scan(&id, &e.ticket, &e.at, &e.kind, &e.actor, &e.from, &e.to, &e.dir, &e.channel, &e.body); err != nil {
				t.Fatal(err)
			}
			if want[id] != e {
				t.Fatalf("event %d stored as %+v, want %+v", id, e, want[id])
			}
			got++
		}
		rows.Close()
		if got != len(want) {
			t.Fatalf("%d events stored, want %d", got, len(want))
		}
		for q, m := range map[string]map[int64]int{`SELECT id, month_key FROM responses`: respMonth, `SELECT id, month_key FROM tickets`: ticketMonth} {
			rows, err := db.SQL().Query(q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var id int64
				var k int
				if err := rows.Scan(&id, &k); err != nil {
					t.Fatal(err)
				}
				if m[id] != k {
					t.Fatalf("%s: id %d month %d, want %d", q, id, k, m[id])
				}
			}
			rows.Close()
		}
	})

	t.Run("MonthKeyInShanghai", func(t *testing.T) {
		db := MustOpenDB(t)
		at := time.Date(2026, 1, 31, 17, 0, 0, 0, time.UTC)       // 2026-02-01 01:00 in Shanghai
		before := time.Date(2026, 1, 31, 15, 59, 59, 0, time.UTC) // 2026-01-31 23:59:59 in Shanghai
		ds := sliceDataset{
			&feedback.Survey{ID: 1, Title: "调研", Status: feedback.SurveyActive, Questions: []*feedback.Question{
				{ID: 1, Position: 1, Type: feedback.QuestionNPS, Role: feedback.RoleNPS, ScaleMax: 10, Title: "推荐意愿"}}},
			&feedback.Response{ID: 1, SurveyID: 1, RowKey: "a", Source: feedback.SourceForm, SubmittedAt: at},
			&feedback.Response{ID: 2, SurveyID: 1, RowKey: "b", Source: feedback.SourceForm, SubmittedAt: before},
			&feedback.TicketRecord{Ticket: &feedback.Ticket{ID: 1, Title: "t", Priority: 3, Status: "new", StatusCat: feedback.CatNew, CreatedAt: at},
				Events: []*feedback.TicketEvent{{ID: 1, At: at, Kind: feedback.EventCreated}}},
		}
		if err := db.LoadDataset(ctx, ds, nil); err != nil {
			t.Fatal(err)
		}
		var k1, k2, k3 int
		var stored string
		err := db.SQL().QueryRow(`SELECT (SELECT month_key FROM responses WHERE id = 1), (SELECT month_key FROM responses WHERE id = 2),
			(SELECT month_key FROM tickets WHERE id = 1), (SELECT submitted_at FROM responses WHERE id = 1)`).Scan(&k1, &k2, &k3, &stored)
		if err != nil {
			t.Fatal(err)
		}
		if k1 != 202602 || k2 != 202601 || k3 != 202602 {
			t.Fatalf("month keys %d %d %d, want 202602 202601 202602", k1, k2, k3)
		}
		if stored != "2026-01-31T17:00:00.000000Z" {
			t.Fatalf("submitted_at stored as %q", stored)
		}
	})

	t.Run("ErrNotEmpty", func(t *testing.T) {
		db := MustOpenDB(t)
		seed(t, db, 1)
		err := db.LoadDataset(ctx, demo.New(1, 1), nil)
		if code := feedback.ErrorCode(err); code != feedback.ECONFLICT {
			t.Fatalf("code %q (%v), want conflict", code, err)
		}
		if n := tableCount(t, db, "customers"); n != 1 {
			t.Fatalf("%d customers after a refused load", n)
		}
	})

	t.Run("Canceled", func(t *testing.T) {
		db := MustOpenDB(t)
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		err := db.LoadDataset(cctx, demo.New(1, 1), func(p feedback.Progress) {
			if p.Done >= 6000 {
				cancel()
			}
		})
		if feedback.ErrorCode(err) != feedback.ECANCELED || !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want canceled", err)
		}
		// The first chunk of 5,000 records was committed; the open one was not.
		sum := 0
		for _, table := range []string{"handlers", "customers", "orders", "surveys", "responses", "ticket_categories", "tickets", "followup_calls"} {
			sum += tableCount(t, db, table)
		}
		if sum != 5000 {
			t.Fatalf("%d records kept after cancel, want the first chunk of 5000", sum)
		}
		var orphans int
		if err := db.SQL().QueryRow(`SELECT count(*) FROM responses r WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.response_id = r.id)`).Scan(&orphans); err != nil || orphans != 0 {
			t.Fatalf("%d responses without answers (%v)", orphans, err)
		}
	})
}

// sliceDataset is a hand-written data set.
type sliceDataset []any

func (s sliceDataset) Total() int { return len(s) }

func (s sliceDataset) Each(yield func(any) error) error {
	for _, r := range s {
		if err := yield(r); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkLoadDataset measures loading demo data at scale 1.
func BenchmarkLoadDataset(b *testing.B) {
	for i := 0; i < b.N; i++ {
		db := MustOpenDB(b)
		if err := db.LoadDataset(context.Background(), demo.New(1, 1), nil); err != nil {
			b.Fatal(err)
		}
	}
}
