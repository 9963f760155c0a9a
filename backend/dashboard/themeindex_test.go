package dashboard_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
	"feedbackdesk/backend/themes"
)

// directThemes computes a period's mentions, NPS impact and complaint
// mentions per theme by reading and matching every text — what the theme
// index must agree with.
func directThemes(t *testing.T, db *sqlite.DB, start, end time.Time) (map[string]themes.Impact, map[string]int, int) {
	t.Helper()
	ctx := context.Background()
	cb, err := dashboard.LoadCodebook(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := themes.Compile(cb)
	f := feedback.TextFilter{Start: start, End: end}
	decided, err := db.ThemeOverrides(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	var docs []themes.Doc
	if err := db.EachScoredText(ctx, f, func(s feedback.ScoredText) error {
		docs = append(docs, themes.Doc{Score: s.NPS, Themes: dashboard.Tag(m, s.Text, decided[s.ResponseID])})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, len(cb))
	for i, th := range cb {
		keys[i] = th.Key
	}
	impacts := map[string]themes.Impact{}
	for _, im := range themes.Impacts(keys, docs) {
		impacts[im.Theme] = im
	}
	tickets := map[string]int{}
	if err := db.EachTicketText(ctx, start, end, func(id int64, text string) error {
		d, err := db.ThemeDecisions(ctx, "ticket", id)
		for _, k := range dashboard.Tag(m, text, d) {
			tickets[k]++
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return impacts, tickets, len(docs)
}

// TestThemeIndexFollowsChanges: the indexed theme figures equal a direct
// re-reading of every text after each kind of change — a new response, an
// edited comment, a deleted response whose id is reused, a decision on a
// complaint — and the index reports whether it is up to date.
func TestThemeIndexFollowsChanges(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	q := dashboard.Query{From: "2026-10-01", To: "2026-10-31"}
	sh := feedback.ReportingLocation()
	start, end := time.Date(2026, 10, 1, 0, 0, 0, 0, sh), time.Date(2026, 11, 1, 0, 0, 0, 0, sh)
	cb, _ := dashboard.LoadCodebook(ctx, db)
	version := dashboard.IndexVersion(cb)

	agree := func(step string) *dashboard.ThemeFigures {
		t.Helper()
		got, err := dashboard.ThemeFiguresFor(ctx, db, q, now)
		if err != nil {
			t.Fatal(step, err)
		}
		if ok, err := db.ThemesIndexed(ctx, version); err != nil || !ok {
			t.Fatalf("%s: index not up to date after a read (%v)", step, err)
		}
		impacts, tickets, texts := directThemes(t, db, start, end)
		if got.Texts != texts {
			t.Fatalf("%s: %d texts, direct %d", step, got.Texts, texts)
		}
		for _, th := range got.Themes {
			same(t, step+": impact of "+th.Key, th.Impact, impacts[th.Key])
			if th.TicketMentions != tickets[th.Key] {
				t.Fatalf("%s: %s in %d complaints, direct %d", step, th.Key, th.TicketMentions, tickets[th.Key])
			}
		}
		return got
	}
	mentions := func(f *dashboard.ThemeFigures, key string) (int, int) {
		for _, th := range f.Themes {
			if th.Key == key {
				return th.Mentions, th.TicketMentions
			}
		}
		t.Fatalf("no theme %s", key)
		return 0, 0
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.SQL().ExecContext(ctx, q, args...); err != nil {
			t.Fatal(q, err)
		}
	}
	agree("first read")

	// An October response with a comment: the newest one, and its text answer.
	var id, question int64
	if err := db.SQL().QueryRowContext(ctx, `SELECT a.response_id, a.question_id FROM answers a
		JOIN questions q ON q.id = a.question_id JOIN responses r ON r.id = a.response_id
		WHERE q.type = 'text' AND trim(a.text) <> '' AND r.month_key = 202610 ORDER BY a.response_id DESC LIMIT 1`).Scan(&id, &question); err != nil {
		t.Fatal(err)
	}
	if ok, _ := db.ThemesIndexed(ctx, version); !ok {
		t.Fatal("index not up to date before any change")
	}
	// An edited comment (as an anonymisation would do) is queued and retagged.
	exec(`UPDATE answers SET text = '发票开错了，退款也没到' WHERE response_id = ? AND question_id = ?`, id, question)
	if ok, _ := db.ThemesIndexed(ctx, version); ok {
		t.Fatal("an edited comment left the index up to date")
	}
	edited := agree("edited comment")

	// A new response (a copy of the edited one) is tagged on the next read.
	exec(`INSERT INTO responses (survey_id, customer_id, row_key, source, channel, region, product, agent, submitted_at, month_key, created_at)
		SELECT survey_id, customer_id, row_key || '-copy', source, channel, region, product, agent, submitted_at, month_key, created_at FROM responses WHERE id = ?`, id)
	var copyID int64
	_ = db.SQL().QueryRowContext(ctx, `SELECT max(id) FROM responses`).Scan(&copyID)
	exec(`INSERT INTO answers (response_id, question_id, number, text, status, raw) SELECT ?, question_id, number, text, status, raw FROM answers WHERE response_id = ?`, copyID, id)
	added := agree("new response")
	if a, _ := mentions(added, "refund"); a != func() int { b, _ := mentions(edited, "refund"); return b + 1 }() {
		t.Fatalf("a new refund comment moved refund mentions to %d", a)
	}

	// The newest response is deleted and its id reused by a different comment.
	exec(`DELETE FROM responses WHERE id = ?`, copyID)
	agree("deleted response")
	exec(`INSERT INTO responses (id, survey_id, row_key, source, submitted_at, month_key, created_at)
		SELECT ?, survey_id, 'reused', 'form', submitted_at, month_key, created_at FROM responses WHERE id = ?`, copyID, id)
	exec(`INSERT INTO answers (response_id, question_id, text, status) VALUES (?, ?, '态度很好，物流很快', 'valid')`, copyID, question)
	agree("reused id")

	// A decision on a complaint counts in its theme.
	var ticket int64
	if err := db.SQL().QueryRowContext(ctx, `SELECT id FROM tickets WHERE month_key = 202610 ORDER BY id LIMIT 1`).Scan(&ticket); err != nil {
		t.Fatal(err)
	}
	_, ticketsBefore := mentions(agree("before the decision"), "billing")
	d, _ := db.ThemeDecisions(ctx, "ticket", ticket)
	if err := db.SetTicketThemeOverrides(ctx, ticket, map[string]bool{"billing": true}); err != nil {
		t.Fatal(err)
	}
	after := agree("ticket decision")
	if _, n := mentions(after, "billing"); !d["billing"] && n != ticketsBefore+1 && n != ticketsBefore {
		t.Fatalf("billing complaints %d → %d", ticketsBefore, n)
	}
	if err := db.SetTicketThemeOverrides(ctx, 99999999, map[string]bool{"x": true}); feedback.AsError(err).Key != "error.ticket.not_found" {
		t.Fatalf("decision on a missing ticket: %v", err)
	}
}
