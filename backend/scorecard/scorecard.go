// Package scorecard reads a survey's headline figures from the store: the
// metrics table that `feedbackctl metrics` prints and the app's Metrics
// call returns (one code path for both), and the survey dashboard
// (histogram, 12-month trend, detractor verbatims). The arithmetic itself
// lives in the pure metrics package.
package scorecard

import (
	"context"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// Store is what the scorecard reads.
type Store interface {
	FindSurveyByID(ctx context.Context, id int64) (*feedback.Survey, error)
	feedback.ScoreService
}

// Metrics returns NPS, CSAT and CES of survey id for the calendar days
// from–to (inclusive, reporting zone; "" = open), overall (one group "all")
// or by a breakdown. A metric is present, with n = 0 if need be, for every
// role the survey has a question for. Its JSON is the `feedbackctl metrics
// --json` contract.
func Metrics(ctx context.Context, st Store, id int64, from, to, by string) ([]metrics.GroupSummary, error) {
	if !feedback.ValidBreakdown(by) {
		return nil, feedback.Errorf(feedback.EINVALID, "error.metrics.breakdown", "Unknown breakdown %q; use month, channel, region, product or agent.", by).
			WithParams(map[string]any{"value": by})
	}
	s, start, end, err := load(ctx, st, id, from, to)
	if err != nil {
		return nil, err
	}
	groups, _, err := summarize(ctx, st, s, feedback.ScoreFilter{SurveyID: &id, From: start, To: end, By: by})
	return groups, err
}

// load parses the period of calendar days from–to and reads survey id.
func load(ctx context.Context, st Store, id int64, from, to string) (*feedback.Survey, *time.Time, *time.Time, error) {
	start, end, err := feedback.ParsePeriod(from, to)
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := st.FindSurveyByID(ctx, id)
	return s, start, end, err
}

// summarize counts and summarises the answers of f, filling empty
// metrics; it returns the counts too.
func summarize(ctx context.Context, st Store, s *feedback.Survey, f feedback.ScoreFilter) ([]metrics.GroupSummary, []feedback.ScoreCount, error) {
	counts, err := st.ScoreCounts(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	groups, err := metrics.Summarize(counts)
	if err != nil {
		return nil, nil, err
	}
	if f.By == "" && len(groups) == 0 {
		groups = []metrics.GroupSummary{{Group: "all"}}
	}
	for i := range groups {
		fillEmptyMetrics(&groups[i], s)
	}
	return groups, counts, nil
}

// fillEmptyMetrics adds zero-n results for every metric role the survey has
// but the group has no answers for, so a metric is absent only when the
// survey has no question with that role.
func fillEmptyMetrics(g *metrics.GroupSummary, s *feedback.Survey) {
	for _, q := range s.Questions {
		switch {
		case q.Role == feedback.RoleNPS && g.NPS == nil:
			r := (&metrics.NPSCounter{}).Result()
			g.NPS = &r
		case q.Role == feedback.RoleCSAT && g.CSAT == nil:
			if c, err := metrics.NewCSATCounter(q.ScaleMin, q.ScaleMax); err == nil {
				r := c.Result()
				g.CSAT = &r
			}
		case q.Role == feedback.RoleCES && g.CES == nil:
			r := metrics.NewCESCounter(q.Inverted).Result()
			g.CES = &r
		}
	}
}
