package dashboard

import (
	"context"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// Store is what the survey figures read.
type Store interface {
	// SummaryCounts reads the monthly summaries of whole months.
	SummaryCounts(ctx context.Context, f feedback.SummaryFilter) ([]feedback.ScoreCount, error)
	// ScoreCounts reads the answers of any range of instants.
	ScoreCounts(ctx context.Context, f feedback.ScoreFilter) ([]feedback.ScoreCount, error)
}

// Query is the dashboard's period and scope.
type Query struct {
	// From and To are calendar days, inclusive; "" = the month of now.
	From, To string
	// SurveyIDs limits the figures to these surveys (none = all).
	SurveyIDs []int64
	// TrendMonths is how many months the trend shows, ending with the
	// period's last month (default 12, at most 24).
	TrendMonths int
	// Segments narrows the survey figures to one channel, region, product,
	// agent and/or customer tier. The monthly summaries hold one dimension
	// at a time, so filtered figures read the answers.
	Segments feedback.Segments
	// Category narrows the complaint figures to one ticket category
	// (feedback.NoCategory: tickets without one); "" = every category.
	Category string
	// NoPhrases leaves the frequent phrases out of the theme figures (the
	// monthly report does not show them).
	NoPhrases bool
}

// Headline is one period's figures and their change against the previous
// period. A change carries Significant/Direction only when both periods
// have n ≥ 30 and the test says so; otherwise there is no arrow.
type Headline struct {
	Current    metrics.GroupSummary `json:"current"`
	Previous   metrics.GroupSummary `json:"previous"`
	NPSChange  *metrics.Change      `json:"nps_change"`
	CSATChange *metrics.Change      `json:"csat_change"`
}

// Breakdown is the period's figures per value of one segment.
type Breakdown struct {
	By     string                 `json:"by"`
	Groups []metrics.GroupSummary `json:"groups"`
}

// Surveys is the survey part of the dashboard.
type Surveys struct {
	From         string `json:"from"`
	To           string `json:"to"`
	PreviousFrom string `json:"previous_from"`
	PreviousTo   string `json:"previous_to"`
	// Summaries is true when whole months were read from the monthly
	// summaries, false when the answers were read.
	Summaries bool     `json:"summaries"`
	Headline  Headline `json:"headline"`
	// Trend has one entry per month ("2026-10"), oldest first, months
	// without answers included (n = 0).
	Trend      []metrics.GroupSummary `json:"trend"`
	Breakdowns []Breakdown            `json:"breakdowns"`
}

// Segments are the breakdowns the dashboard shows, in order. The customer
// tier is the customer's current tier, so it is read from the answers.
var Segments = []string{"channel", "region", "product", "agent", "tier"}

// SurveyFigures computes the survey part of the dashboard as of now.
func SurveyFigures(ctx context.Context, st Store, q Query, now time.Time) (*Surveys, error) {
	p, err := ParsePeriod(q.From, q.To, now)
	if err != nil {
		return nil, err
	}
	prev := p.Previous()
	out := &Surveys{From: p.From(), To: p.To(), PreviousFrom: prev.From(), PreviousTo: prev.To(), Breakdowns: []Breakdown{}}
	_, _, whole := p.WholeMonths()
	out.Summaries = whole && !q.Segments.Any()
	cur, err := group(ctx, st, p, "", q)
	if err != nil {
		return nil, err
	}
	before, err := group(ctx, st, prev, "", q)
	if err != nil {
		return nil, err
	}
	out.Headline = headline(one(cur), one(before))
	if out.Trend, err = trend(ctx, st, p, q); err != nil {
		return nil, err
	}
	for _, by := range Segments {
		gs, err := group(ctx, st, p, by, q)
		if err != nil {
			return nil, err
		}
		out.Breakdowns = append(out.Breakdowns, Breakdown{By: by, Groups: gs})
	}
	return out, nil
}

// counts reads the answer counts of p grouped by by: from the summaries
// for whole months without segment filters (and not by tier), else from the
// answers (one call per survey).
func counts(ctx context.Context, st Store, p Period, by string, q Query) ([]feedback.ScoreCount, error) {
	surveys := q.SurveyIDs
	if from, to, ok := p.WholeMonths(); ok && !q.Segments.Any() && by != "tier" {
		return st.SummaryCounts(ctx, feedback.SummaryFilter{FromMonth: from, ToMonth: to, By: by, SurveyIDs: surveys})
	}
	start, end := p.Start, p.End
	if len(surveys) == 0 {
		return st.ScoreCounts(ctx, feedback.ScoreFilter{From: &start, To: &end, By: by, Segments: q.Segments})
	}
	var out []feedback.ScoreCount
	for _, id := range surveys {
		cs, err := st.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &id, From: &start, To: &end, By: by, Segments: q.Segments})
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

func group(ctx context.Context, st Store, p Period, by string, q Query) ([]metrics.GroupSummary, error) {
	cs, err := counts(ctx, st, p, by, q)
	if err != nil {
		return nil, err
	}
	gs, err := metrics.Summarize(cs)
	if gs == nil {
		gs = []metrics.GroupSummary{}
	}
	return gs, err
}

// one returns the single "all" group, or an empty one.
func one(gs []metrics.GroupSummary) metrics.GroupSummary {
	if len(gs) == 0 {
		return metrics.GroupSummary{Group: "all"}
	}
	return gs[0]
}

func headline(cur, prev metrics.GroupSummary) Headline {
	h := Headline{Current: cur, Previous: prev}
	if cur.NPS != nil && prev.NPS != nil {
		c := metrics.CompareNPS(*cur.NPS, *prev.NPS)
		h.NPSChange = &c
	}
	if cur.CSAT != nil && prev.CSAT != nil {
		c := metrics.CompareCSAT(*cur.CSAT, *prev.CSAT)
		h.CSATChange = &c
	}
	return h
}

// trend returns one summary per month of the TrendMonths months ending with
// the period's last month.
func trend(ctx context.Context, st Store, p Period, q Query) ([]metrics.GroupSummary, error) {
	keys := trendMonths(p, q)
	n := len(keys)
	span := Period{Start: monthStart(keys[0]), End: monthStart(keys[n-1]).AddDate(0, 1, 0)}
	gs, err := group(ctx, st, span, "month", q)
	if err != nil {
		return nil, err
	}
	byMonth := map[string]metrics.GroupSummary{}
	for _, g := range gs {
		byMonth[g.Group] = g
	}
	out := make([]metrics.GroupSummary, n)
	for i, k := range keys {
		label := monthLabel(k)
		g, ok := byMonth[label]
		if !ok {
			g = metrics.GroupSummary{Group: label}
		}
		out[i] = g
	}
	return out, nil
}
