package scorecard

import (
	"context"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// OverviewStore is what the survey dashboard reads.
type OverviewStore interface {
	Store
	feedback.OverviewService
}

// Overview is the survey dashboard of a period.
type Overview struct {
	Survey    *feedback.Survey
	Responses int // responses submitted in the period
	NPS       *metrics.NPS
	CSAT      *metrics.CSAT
	CES       *metrics.CES
	// Histogram counts valid NPS scores 0..10; empty without an NPS question.
	Histogram  []int
	Trend      []TrendPoint
	Detractors []feedback.Verbatim
}

// TrendPoint is one month of the trend.
type TrendPoint struct {
	Month     string // "2026-10"
	Responses int
	NPS       *metrics.NPS
	CSAT      *metrics.CSAT
}

// TrendMonths is how many months the trend shows.
const TrendMonths = 12

// VerbatimCount is how many detractor comments the dashboard shows.
const VerbatimCount = 10

// SurveyOverview builds the dashboard of survey id for the calendar days
// from–to (inclusive; "" = open). The trend covers the 12 months ending
// with the month of `to`, else of the survey's latest response, else of now.
func SurveyOverview(ctx context.Context, st OverviewStore, id int64, from, to string, now time.Time) (*Overview, error) {
	s, start, end, err := load(ctx, st, id, from, to)
	if err != nil {
		return nil, err
	}
	o := &Overview{Survey: s, Histogram: []int{}}
	whole, counts, err := summarize(ctx, st, s, feedback.ScoreFilter{SurveyID: &id, From: start, To: end})
	if err != nil {
		return nil, err
	}
	o.NPS, o.CSAT, o.CES = whole[0].NPS, whole[0].CSAT, whole[0].CES
	if o.NPS != nil {
		o.Histogram = histogram(counts)
	}
	inPeriod, err := st.ResponseMonths(ctx, id, start, end)
	if err != nil {
		return nil, err
	}
	for _, n := range inPeriod {
		o.Responses += n
	}
	if o.Trend, err = trend(ctx, st, s, end, now); err != nil {
		return nil, err
	}
	o.Detractors, err = st.DetractorVerbatims(ctx, id, start, end, VerbatimCount)
	return o, err
}

// histogram counts the valid NPS-role answers per score 0..10.
func histogram(counts []feedback.ScoreCount) []int {
	h := make([]int, 11)
	for _, c := range counts {
		if c.Role == feedback.RoleNPS && c.Status == feedback.AnswerValid && c.Value >= 0 && c.Value <= 10 {
			h[c.Value] += c.Count
		}
	}
	return h
}

// trend returns the monthly responses, NPS and CSAT of the 12 months
// ending with the month before end (the period's last day), else with the
// survey's latest month, else with now's month.
func trend(ctx context.Context, st OverviewStore, s *feedback.Survey, end *time.Time, now time.Time) ([]TrendPoint, error) {
	all, err := st.ResponseMonths(ctx, s.ID, nil, nil)
	if err != nil {
		return nil, err
	}
	last := feedback.MonthKey(now, feedback.ReportingLocation())
	if end != nil {
		last = feedback.MonthKey(end.Add(-time.Nanosecond), feedback.ReportingLocation())
	} else if len(all) > 0 {
		last = 0
		for k := range all {
			last = max(last, k)
		}
	}
	keys := feedback.MonthKeys(last, TrendMonths)
	from, to := feedback.MonthStart(keys[0]), feedback.MonthStart(keys[len(keys)-1]).AddDate(0, 1, 0)
	groups, _, err := summarize(ctx, st, s, feedback.ScoreFilter{SurveyID: &s.ID, From: &from, To: &to, By: "month"})
	if err != nil {
		return nil, err
	}
	byMonth := map[string]int{}
	for i, g := range groups {
		byMonth[g.Group] = i
	}
	out := make([]TrendPoint, len(keys))
	for i, k := range keys {
		p := TrendPoint{Month: feedback.MonthLabel(k), Responses: all[k]}
		if j, ok := byMonth[p.Month]; ok {
			p.NPS, p.CSAT = groups[j].NPS, groups[j].CSAT
		} else {
			empty := metrics.GroupSummary{}
			fillEmptyMetrics(&empty, s)
			p.NPS, p.CSAT = empty.NPS, empty.CSAT
		}
		out[i] = p
	}
	return out, nil
}
