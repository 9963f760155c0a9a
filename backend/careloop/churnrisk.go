package careloop

import (
	"context"
	"encoding/json"
	"time"

	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
)

// scored is one customer's facts and management score at an instant.
type scored struct {
	facts metrics.CustomerFacts
	score *float64
}

// scoresAt scores every customer at `at` through the customer score
// service (the app's one place for scores, with the saved settings).
func scoresAt(ctx context.Context, db *sqlite.DB, at time.Time) (map[int64]scored, error) {
	res, err := customerscore.New(db).Compute(ctx, at)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]scored, len(res.Customers))
	for _, c := range res.Customers {
		out[c.ID] = scored{facts: c.Facts, score: c.Score}
	}
	return out, nil
}

// RiskDetail is what a churn-risk entry records (its detail JSON).
type RiskDetail struct {
	metrics.ChurnRisk
	Score    *float64 `json:"score"`
	Previous *float64 `json:"previous"`
}

// MonthPeriod is the period key of a churn-risk entry: the month of now in
// the reporting zone, YYYY-MM. A customer enters the list at most once a
// month.
func MonthPeriod(now time.Time) string { return now.In(feedback.ReportingLocation()).Format("2006-01") }

// runChurnRisk puts every contactable customer at risk (detractor + open
// complaint + a score fallen by MinScoreDrop since a month ago) on this
// month's churn-risk list.
func runChurnRisk(ctx context.Context, db *sqlite.DB, p Params, now time.Time) (int, error) {
	period := MonthPeriod(now)
	cands, err := db.CareCustomers(ctx, RuleChurnRisk, period, "")
	if err != nil || len(cands) == 0 {
		return 0, err
	}
	cur, err := scoresAt(ctx, db, now)
	if err != nil {
		return 0, err
	}
	prev, err := scoresAt(ctx, db, now.AddDate(0, -1, 0))
	if err != nil {
		return 0, err
	}
	opt := metrics.LifecycleOptions{MinScoreDrop: p.MinScoreDrop}
	n := 0
	for _, c := range cands {
		s, ok := cur[c.SourceID]
		if !ok {
			continue
		}
		var before *float64
		if ps, ok := prev[c.SourceID]; ok {
			before = ps.score
		}
		risk, err := metrics.ChurnRiskOf(s.facts, s.score, before, now, opt)
		if err != nil {
			return n, err
		}
		if !risk.AtRisk {
			continue
		}
		detail, _ := json.Marshal(RiskDetail{ChurnRisk: risk, Score: s.score, Previous: before})
		a := &sqlite.CareAction{Rule: RuleChurnRisk, SourceKind: "customer", SourceID: c.SourceID, PeriodKey: period,
			Kind: "risk", CustomerID: c.CustomerID, Detail: string(detail)}
		created, err := db.RecordCareAction(ctx, a)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}
