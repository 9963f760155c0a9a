package sqlite_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// TestSummaryCountsEqualScoreCounts: over whole months the summaries give
// exactly the counts the metrics path reads from the answers — overall, by
// month and by every segment, for all surveys and for one.
func TestSummaryCountsEqualScoreCounts(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	if err := db.LoadDataset(ctx, demo.New(11, 1), nil); err != nil {
		t.Fatal(err)
	}
	var id int64
	if err := db.SQL().QueryRowContext(ctx, `SELECT survey_id FROM responses GROUP BY survey_id ORDER BY count(*) DESC LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	norm := func(cs []feedback.ScoreCount) string {
		slices.SortFunc(cs, func(a, b feedback.ScoreCount) int {
			return cmp.Or(cmp.Compare(a.Group, b.Group), cmp.Compare(a.Role, b.Role), cmp.Compare(a.ScaleMax, b.ScaleMax),
				cmp.Compare(a.Status, b.Status), cmp.Compare(a.Value, b.Value))
		})
		return fmt.Sprint(cs)
	}
	for _, by := range []string{"", "month", "channel", "region", "product", "agent"} {
		for _, survey := range []*int64{nil, &id} {
			want, err := db.ScoreCounts(ctx, feedback.ScoreFilter{By: by, SurveyID: survey})
			if err != nil {
				t.Fatal(err)
			}
			f := feedback.SummaryFilter{FromMonth: 190001, ToMonth: 299912, By: by}
			if survey != nil {
				f.SurveyIDs = []int64{*survey}
			}
			got, err := db.SummaryCounts(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 || norm(got) != norm(want) {
				t.Fatalf("by %q, survey %v:\nsummaries %v\nanswers   %v", by, survey, norm(got), norm(want))
			}
		}
	}
	// Monthly by channel: summed over channels it is the monthly trend.
	byMonth := map[string]int{}
	mc, err := db.SummaryCounts(ctx, feedback.SummaryFilter{FromMonth: 190001, ToMonth: 299912, By: "channel", Monthly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range mc {
		month, _, ok := strings.Cut(c.Group, "|")
		if !ok {
			t.Fatalf("group %q is not month|channel", c.Group)
		}
		byMonth[fmt.Sprintf("%s/%s/%s/%d", month, c.Role, c.Status, c.Value)] += c.Count
	}
	months, err := db.ScoreCounts(ctx, feedback.ScoreFilter{By: "month"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range months {
		byMonth[fmt.Sprintf("%s/%s/%s/%d", c.Group, c.Role, c.Status, c.Value)] -= c.Count
	}
	for k, v := range byMonth {
		if v != 0 {
			t.Fatalf("month × channel summed over channels differs from the month trend at %s by %d", k, v)
		}
	}
	if _, err := db.SummaryCounts(ctx, feedback.SummaryFilter{By: "colour"}); err == nil {
		t.Fatal("unknown breakdown accepted")
	}
}
