package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// TestTrendCountsAgreeWithScoreCounts: the monthly summaries count the same
// answers as the metrics path over the answers themselves — per month, and
// per segment — for every metric.
func TestTrendCountsAgreeWithScoreCounts(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	if err := db.LoadDataset(ctx, demo.New(11, 1), nil); err != nil {
		t.Fatal(err)
	}
	key := func(g string, st feedback.AnswerStatus, v, lo, hi int) string {
		return fmt.Sprintf("%s/%s/%d/%d-%d", g, st, v, lo, hi)
	}
	for _, role := range []feedback.MetricRole{feedback.RoleNPS, feedback.RoleCSAT, feedback.RoleCES} {
		for _, by := range []string{"", "region", "agent"} {
			scoreBy := by
			if by == "" {
				scoreBy = "month"
			}
			want := map[string]int{}
			sc, err := db.ScoreCounts(ctx, feedback.ScoreFilter{By: scoreBy})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range sc {
				if c.Role == role {
					want[key(c.Group, c.Status, c.Value, c.ScaleMin, c.ScaleMax)] += c.Count
				}
			}
			tc, err := db.TrendCounts(ctx, feedback.TrendFilter{Role: role, FromMonth: 190001, ToMonth: 299912, By: by})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, c := range tc {
				g := c.Group
				if by == "" {
					g = fmt.Sprintf("%04d-%02d", c.Month/100, c.Month%100)
				}
				got[key(g, c.Status, c.Value, c.ScaleMin, c.ScaleMax)] += c.Count
			}
			if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s by %q: trend counts\n%v\nscore counts\n%v", role, by, got, want)
			}
		}
	}
	// One survey: the same numbers as the metrics path for that survey.
	var id int64
	if err := db.SQL().QueryRowContext(ctx, `SELECT survey_id FROM responses GROUP BY survey_id ORDER BY count(*) DESC LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	sc, err := db.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &id})
	if err != nil {
		t.Fatal(err)
	}
	tc, err := db.TrendCounts(ctx, feedback.TrendFilter{Role: feedback.RoleNPS, FromMonth: 190001, ToMonth: 299912, SurveyIDs: []int64{id}})
	if err != nil {
		t.Fatal(err)
	}
	want, got := 0, 0
	for _, c := range sc {
		if c.Role == feedback.RoleNPS {
			want += c.Count
		}
	}
	for _, c := range tc {
		got += c.Count
	}
	if want == 0 || got != want {
		t.Fatalf("survey %d: %d NPS answers in the trend, %d in the metrics path", id, got, want)
	}
	if _, err := db.TrendCounts(ctx, feedback.TrendFilter{Role: feedback.RoleNPS, By: "colour"}); err == nil {
		t.Fatal("unknown split accepted")
	}
}
