package dashboard_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/themes"
)

// TestThemeFigures: mentions and NPS impact equal the pure functions on
// the same texts; a person's decisions add and remove themes; a stored
// codebook replaces the starter one.
func TestThemeFigures(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	q := dashboard.Query{From: "2026-10-01", To: "2026-10-31"}
	got, err := dashboard.ThemeFiguresFor(ctx, db, q, now)
	if err != nil {
		t.Fatal(err)
	}
	sh := feedback.ReportingLocation()
	f := feedback.TextFilter{Start: time.Date(2026, 10, 1, 0, 0, 0, 0, sh), End: time.Date(2026, 11, 1, 0, 0, 0, 0, sh)}
	m, _ := themes.Compile(themes.Starter())
	var docs []themes.Doc
	var first int64
	if err := db.EachScoredText(ctx, f, func(s feedback.ScoredText) error {
		if first == 0 {
			first = s.ResponseID
		}
		docs = append(docs, themes.Doc{Score: s.NPS, Themes: m.Match(s.Text)})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, len(themes.Starter()))
	for i, th := range themes.Starter() {
		keys[i] = th.Key
	}
	want := themes.Impacts(keys, docs)
	if got.Texts != len(docs) || got.Texts == 0 || len(got.Themes) != len(want) {
		t.Fatalf("texts %d (want %d), themes %d", got.Texts, len(docs), len(got.Themes))
	}
	mentioned := 0
	for i, th := range got.Themes {
		same(t, "impact of "+th.Key, th.Impact, want[i])
		if th.Counts[len(th.Counts)-1] != th.Mentions {
			t.Fatalf("%s: October's monthly count %d vs mentions %d", th.Key, th.Counts[len(th.Counts)-1], th.Mentions)
		}
		mentioned += th.Mentions
	}
	if mentioned == 0 || len(got.Months) != 12 || got.Months[11] != "2026-10" {
		t.Fatalf("no theme mentioned in the demo's October comments, or months %v", got.Months)
	}

	// A person adds "billing" and removes whatever the rules found on one response.
	before := map[string]int{}
	for _, th := range got.Themes {
		before[th.Key] = th.Mentions
	}
	var text string
	_ = db.EachScoredText(ctx, f, func(s feedback.ScoredText) error {
		if s.ResponseID == first {
			text = s.Text
		}
		return nil
	})
	found := m.Match(text)
	decisions := map[string]bool{"billing": true}
	for _, k := range found {
		if k != "billing" {
			decisions[k] = false
		}
	}
	if err := db.SetThemeOverrides(ctx, first, decisions); err != nil {
		t.Fatal(err)
	}
	after, err := dashboard.ThemeFiguresFor(ctx, db, q, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range after.Themes {
		d := th.Mentions - before[th.Key]
		switch {
		case th.Key == "billing" && !slices.Contains(found, "billing") && d != 1,
			th.Key != "billing" && slices.Contains(found, th.Key) && d != -1,
			th.Key != "billing" && !slices.Contains(found, th.Key) && d != 0:
			t.Fatalf("%s moved by %d after the decisions %v on %q", th.Key, d, decisions, text)
		}
	}
	if err := db.SetThemeOverrides(ctx, 999999, map[string]bool{"x": true}); feedback.AsError(err).Key != "error.response.not_found" {
		t.Fatalf("decision on a missing response: %v", err)
	}

	custom, _ := json.Marshal(themes.Codebook{{Key: "wait", Name: "等待", Keywords: []string{"等", "wait"}}})
	if err := db.SaveCodebookJSON(ctx, string(custom)); err != nil {
		t.Fatal(err)
	}
	mine, err := dashboard.ThemeFiguresFor(ctx, db, q, now)
	if err != nil || len(mine.Themes) != 1 || mine.Themes[0].Key != "wait" {
		t.Fatalf("custom codebook: %+v, %v", mine, err)
	}
}

// TestThemeFiguresTickets: complaints opened in the period are tagged with
// the same codebook (title and description).
func TestThemeFiguresTickets(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	got, err := dashboard.ThemeFiguresFor(ctx, db, dashboard.Query{From: "2026-10-01", To: "2026-10-31"}, now)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := themes.Compile(themes.Starter())
	want := map[string]int{}
	n := 0
	rows, err := db.SQL().QueryContext(ctx, `SELECT title || ' ' || description FROM tickets WHERE created_at >= '2026-09-30T16:00:00' AND created_at < '2026-10-31T16:00:00'`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		n++
		for _, k := range m.Match(s) {
			want[k]++
		}
	}
	rows.Close()
	if got.Tickets != n || n == 0 {
		t.Fatalf("tickets %d, want %d", got.Tickets, n)
	}
	total := 0
	for _, th := range got.Themes {
		if th.TicketMentions != want[th.Key] {
			t.Fatalf("%s: %d complaints, want %d", th.Key, th.TicketMentions, want[th.Key])
		}
		total += th.TicketMentions
	}
	if total == 0 {
		t.Fatal("no theme found in October's demo complaints")
	}
}

// TestRetagFollowsACodebookSavedMeanwhile: a codebook saved while texts
// are being tagged with the previous one (another window, the CLI) stops
// that tagging, which starts again with the saved codebook — two taggers
// with different codebooks used to undo each other's chunks forever.
func TestRetagFollowsACodebookSavedMeanwhile(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	saved := themes.Codebook{{Key: "wait", Name: "等待", Keywords: []string{"等", "wait"}}}
	body, _ := json.Marshal(saved)
	calls := 0
	cb, _, _, err := dashboard.RetagThemes(ctx, db, func(done, total int) {
		calls++
		if calls == 1 { // before the first chunk, with the starter codebook
			if err := db.SaveCodebookJSON(ctx, string(body)); err != nil {
				t.Fatal(err)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cb) != 1 || cb[0].Key != "wait" {
		t.Fatalf("tagged with %v, want the codebook saved meanwhile", cb)
	}
	if ok, err := db.ThemesIndexed(ctx, dashboard.IndexVersion(saved)); err != nil || !ok {
		t.Fatalf("the index does not follow the saved codebook: %v %v", ok, err)
	}
	if _, err := db.IndexThemes(ctx, "stale", "", nil, nil); !errors.Is(err, feedback.ErrCodebookChanged) {
		t.Fatalf("indexing with a codebook that is not the stored one: %v", err)
	}
}
