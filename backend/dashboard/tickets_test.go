package dashboard_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
)

// TestComplaintFigures: the complaint figures agree with plain SQL over the
// tickets and their events, and the SLA figures are the SLA service's.
func TestComplaintFigures(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	svc := slaservice.New(db)
	sla := dashboard.SLAOf(svc, now)
	c, err := dashboard.ComplaintFigures(ctx, db, sla, dashboard.Query{From: "2026-10-01", To: "2026-10-31"}, now)
	if err != nil {
		t.Fatal(err)
	}
	count := func(q string, args ...any) int {
		t.Helper()
		var n int
		if err := db.SQL().QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// October 2026 in Shanghai is [09-30 16:00Z, 10-31 16:00Z).
	const from, to = "2026-09-30T16:00:00", "2026-10-31T16:00:00"
	if want := count(`SELECT count(*) FROM tickets WHERE created_at >= ? AND created_at < ?`, from, to); c.Opened != want || want == 0 {
		t.Fatalf("opened %d, want %d", c.Opened, want)
	}
	if want := count(`SELECT count(DISTINCT e.ticket_id) FROM ticket_events e JOIN ticket_statuses s ON s.key = e.to_val
		WHERE s.category IN ('resolved', 'closed') AND e.kind IN ('created', 'status') AND e.at >= ? AND e.at < ?`, from, to); c.Resolved != want {
		t.Fatalf("resolved %d, want %d", c.Resolved, want)
	}
	if want := count(`SELECT count(*) FROM tickets WHERE status_category NOT IN ('resolved', 'closed')`); c.Backlog != want {
		t.Fatalf("backlog %d, want %d", c.Backlog, want)
	}
	sh := feedback.ReportingLocation()
	a, b := time.Date(2026, 10, 1, 0, 0, 0, 0, sh), time.Date(2026, 11, 1, 0, 0, 0, 0, sh)
	direct, err := svc.Figures(ctx, &a, &b, now)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "SLA figures of October", c.SLA, direct)
	if len(c.Trend) != 12 || c.Trend[11].Month != "2026-10" || c.Trend[11].Opened != c.Opened || c.Trend[11].Resolved != c.Resolved {
		t.Fatalf("trend: %d months, last %+v", len(c.Trend), c.Trend[len(c.Trend)-1])
	}
	same(t, "SLA figures of the last trend month", c.Trend[11].SLA, direct)
	total := 0
	for _, r := range c.Heatmap {
		sum := 0
		for _, n := range r.Counts {
			sum += n
		}
		if sum != r.Total || len(r.Counts) != len(c.Months) {
			t.Fatalf("heat row %+v", r)
		}
		total += r.Total
	}
	if want := count(`SELECT count(*) FROM tickets WHERE month_key BETWEEN 202511 AND 202610`); total != want {
		t.Fatalf("heat map holds %d tickets, want %d", total, want)
	}
	for i := 1; i < len(c.Heatmap); i++ {
		if c.Heatmap[i].Total > c.Heatmap[i-1].Total {
			t.Fatalf("heat map rows not by total: %+v", c.Heatmap)
		}
	}
}

// TestComplaintFiguresByCategory: one category's figures count only its
// tickets — opened equals its heat-map row, the SLA figures are the SLA
// service's over that category, and the categories (with "none") add up.
func TestComplaintFiguresByCategory(t *testing.T) {
	ctx, db := context.Background(), demoDB(t)
	svc := slaservice.New(db)
	q := dashboard.Query{From: "2026-10-01", To: "2026-10-31"}
	all, err := dashboard.ComplaintFigures(ctx, db, dashboard.SLAOf(svc, now), q, now)
	if err != nil {
		t.Fatal(err)
	}
	sh := feedback.ReportingLocation()
	a, b := time.Date(2026, 10, 1, 0, 0, 0, 0, sh), time.Date(2026, 11, 1, 0, 0, 0, 0, sh)
	opened, backlog, resolved := 0, 0, 0
	cats := []string{feedback.NoCategory}
	for _, r := range all.Heatmap {
		if r.Category != "" {
			cats = append(cats, r.Category)
		}
	}
	if len(cats) < 3 {
		t.Fatalf("the demo has too few categories: %v", cats)
	}
	for _, cat := range cats {
		q.Category = cat
		c, err := dashboard.ComplaintFigures(ctx, db, dashboard.SLAOf(svc, now), q, now)
		if err != nil {
			t.Fatal(err)
		}
		row := ""
		if cat != feedback.NoCategory {
			row = cat
		}
		for _, r := range all.Heatmap {
			if r.Category == row && r.Counts[len(r.Counts)-1] != c.Opened {
				t.Fatalf("%s: opened %d, heat map %d", cat, c.Opened, r.Counts[len(r.Counts)-1])
			}
		}
		if len(c.Heatmap) > 1 || (len(c.Heatmap) == 1 && c.Heatmap[0].Category != row) {
			t.Fatalf("%s: heat map has other categories: %+v", cat, c.Heatmap)
		}
		direct, err := svc.FiguresOf(ctx, feedback.TicketFilter{From: &a, To: &b, Category: cat}, now)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "SLA figures of "+cat, c.SLA, direct)
		opened, backlog, resolved = opened+c.Opened, backlog+c.Backlog, resolved+c.Resolved
	}
	if opened != all.Opened || backlog != all.Backlog || resolved != all.Resolved {
		t.Fatalf("categories add up to %d/%d/%d, all %d/%d/%d", opened, backlog, resolved, all.Opened, all.Backlog, all.Resolved)
	}
}
