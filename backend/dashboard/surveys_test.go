package dashboard_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
)

var now = time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)

func demoDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return now }
	if err := db.LoadDataset(context.Background(), demo.New(21, 2), nil); err != nil {
		t.Fatal(err)
	}
	return db
}

// direct summarises the answers themselves — the metrics path.
func direct(t *testing.T, db *sqlite.DB, from, to string, by string, survey *int64) []metrics.GroupSummary {
	t.Helper()
	start, end, err := feedback.ParsePeriod(from, to)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := db.ScoreCounts(context.Background(), feedback.ScoreFilter{From: start, To: end, By: by, SurveyID: survey})
	if err != nil {
		t.Fatal(err)
	}
	gs, err := metrics.Summarize(cs)
	if err != nil {
		t.Fatal(err)
	}
	if gs == nil {
		gs = []metrics.GroupSummary{}
	}
	return gs
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Fatalf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// TestSurveyFiguresEqualTheMetricsPath: every dashboard number equals
// metrics.Summarize over the answers of the same rows — headline, previous
// period and its significance, trend months and segment breakdowns — for a
// whole month (read from the summaries) and for a day range (answers).
func TestSurveyFiguresEqualTheMetricsPath(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	d, err := dashboard.SurveyFigures(ctx, db, dashboard.Query{From: "2026-10-01", To: "2026-10-31"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Summaries || d.PreviousFrom != "2026-09-01" || d.PreviousTo != "2026-09-30" {
		t.Fatalf("period: %+v", d)
	}
	cur, prev := direct(t, db, "2026-10-01", "2026-10-31", "", nil), direct(t, db, "2026-09-01", "2026-09-30", "", nil)
	same(t, "October", d.Headline.Current, cur[0])
	same(t, "September", d.Headline.Previous, prev[0])
	if d.Headline.Current.NPS == nil || d.Headline.Current.NPS.N < 30 {
		t.Fatalf("the demo month should have n ≥ 30: %+v", d.Headline.Current.NPS)
	}
	same(t, "NPS change", d.Headline.NPSChange, metrics.CompareNPS(*cur[0].NPS, *prev[0].NPS))
	for _, b := range d.Breakdowns {
		same(t, "by "+b.By, b.Groups, direct(t, db, "2026-10-01", "2026-10-31", b.By, nil))
	}
	months := direct(t, db, "2025-11-01", "2026-10-31", "month", nil)
	if len(d.Trend) != 12 || d.Trend[0].Group != "2025-11" || d.Trend[11].Group != "2026-10" {
		t.Fatalf("trend months: %d, %s … %s", len(d.Trend), d.Trend[0].Group, d.Trend[len(d.Trend)-1].Group)
	}
	byMonth := map[string]metrics.GroupSummary{}
	for _, g := range months {
		byMonth[g.Group] = g
	}
	for _, g := range d.Trend {
		want, ok := byMonth[g.Group]
		if !ok {
			want = metrics.GroupSummary{Group: g.Group}
		}
		same(t, "trend "+g.Group, g, want)
	}

	part, err := dashboard.SurveyFigures(ctx, db, dashboard.Query{From: "2026-10-05", To: "2026-10-20"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if part.Summaries || part.PreviousFrom != "2026-09-19" || part.PreviousTo != "2026-10-04" {
		t.Fatalf("day range: summaries %v, previous %s–%s", part.Summaries, part.PreviousFrom, part.PreviousTo)
	}
	same(t, "10/05–10/20", part.Headline.Current, direct(t, db, "2026-10-05", "2026-10-20", "", nil)[0])
}

// TestSurveyFiguresScope: one survey's dashboard is that survey's metrics.
func TestSurveyFiguresScope(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	var id int64
	if err := db.SQL().QueryRowContext(ctx, `SELECT survey_id FROM responses GROUP BY survey_id ORDER BY count(*) LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	for _, q := range []dashboard.Query{{From: "2026-01-01", To: "2026-10-31"}, {From: "2026-01-03", To: "2026-10-30"}} {
		q.SurveyIDs = []int64{id}
		d, err := dashboard.SurveyFigures(ctx, db, q, now)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "survey "+q.From, d.Headline.Current, direct(t, db, q.From, q.To, "", &id)[0])
	}
}

func TestPeriods(t *testing.T) {
	p, err := dashboard.ParsePeriod("", "", now) // the month of now, in Shanghai
	if err != nil || p.From() != "2026-11-01" || p.To() != "2026-11-30" {
		t.Fatalf("default period: %s–%s, %v", p.From(), p.To(), err)
	}
	if prev := p.Previous(); prev.From() != "2026-10-01" || prev.To() != "2026-10-31" {
		t.Fatalf("previous of November: %s–%s", prev.From(), prev.To())
	}
	q, _ := dashboard.ParsePeriod("2026-01-01", "2026-03-31", now)
	if prev := q.Previous(); prev.From() != "2025-10-01" || prev.To() != "2025-12-31" {
		t.Fatalf("previous quarter: %s–%s", prev.From(), prev.To())
	}
	for from, key := range map[string]string{"2026-02-30": "error.period.day_invalid", "2026-12-01": "error.period.reversed"} {
		if _, err := dashboard.ParsePeriod(from, "2026-11-30", now); feedback.AsError(err).Key != key {
			t.Fatalf("%s: %v, want %s", from, err, key)
		}
	}
}

// TestSurveyFiguresSegments: a segment filter narrows headline, trend and
// breakdowns to the answers of that segment, and the tier breakdown groups
// by the customer's tier — each equal to summarising the answers directly.
func TestSurveyFiguresSegments(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	var channel string
	if err := db.SQL().QueryRowContext(ctx, `SELECT channel FROM responses GROUP BY channel ORDER BY count(*) DESC LIMIT 1`).Scan(&channel); err != nil {
		t.Fatal(err)
	}
	seg := feedback.Segments{Channel: channel}
	d, err := dashboard.SurveyFigures(ctx, db, dashboard.Query{From: "2026-10-01", To: "2026-10-31", Segments: seg}, now)
	if err != nil {
		t.Fatal(err)
	}
	filtered := func(from, to, by string, s feedback.Segments) []metrics.GroupSummary {
		start, end, _ := feedback.ParsePeriod(from, to)
		cs, err := db.ScoreCounts(ctx, feedback.ScoreFilter{From: start, To: end, By: by, Segments: s})
		if err != nil {
			t.Fatal(err)
		}
		gs, _ := metrics.Summarize(cs)
		if gs == nil {
			gs = []metrics.GroupSummary{}
		}
		return gs
	}
	if d.Summaries {
		t.Fatal("a filtered view cannot come from the one-dimension summaries")
	}
	same(t, "headline for "+channel, d.Headline.Current, filtered("2026-10-01", "2026-10-31", "", seg)[0])
	all := direct(t, db, "2026-10-01", "2026-10-31", "", nil)[0]
	if d.Headline.Current.NPS.N >= all.NPS.N {
		t.Fatalf("the channel filter did not narrow n: %d of %d", d.Headline.Current.NPS.N, all.NPS.N)
	}
	for _, b := range d.Breakdowns {
		same(t, "by "+b.By+" within "+channel, b.Groups, filtered("2026-10-01", "2026-10-31", b.By, seg))
	}
	months := filtered("2025-11-01", "2026-10-31", "month", seg)
	byMonth := map[string]metrics.GroupSummary{}
	for _, g := range months {
		byMonth[g.Group] = g
	}
	for _, g := range d.Trend {
		if w, ok := byMonth[g.Group]; ok {
			same(t, "trend "+g.Group, g, w)
		}
	}
	// The tier breakdown (unfiltered) reads the customers' tiers.
	u, err := dashboard.SurveyFigures(ctx, db, dashboard.Query{From: "2026-10-01", To: "2026-10-31"}, now)
	if err != nil {
		t.Fatal(err)
	}
	tiers := u.Breakdowns[len(u.Breakdowns)-1]
	if tiers.By != "tier" || len(tiers.Groups) < 2 {
		t.Fatalf("tier breakdown: %+v", tiers)
	}
	same(t, "by tier", tiers.Groups, filtered("2026-10-01", "2026-10-31", "tier", feedback.Segments{}))
	high, err := dashboard.SurveyFigures(ctx, db, dashboard.Query{From: "2026-10-01", To: "2026-10-31", Segments: feedback.Segments{Tier: "high"}}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range tiers.Groups {
		if g.Group == "high" {
			same(t, "tier high", high.Headline.Current.NPS, g.NPS)
		}
	}
}
