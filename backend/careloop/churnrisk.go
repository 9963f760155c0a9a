package careloop

import (
	"context"
	"encoding/json"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// scoreWindowDays is the RFM and complaint window of the scores compared.
const scoreWindowDays = 365

// scored is one customer's facts and management score at an instant.
type scored struct {
	facts metrics.CustomerFacts
	score *float64
}

// scoresAt computes every customer's facts and management score at `at`
// (default weights and thresholds, as `feedbackctl customers score`).
//
// TODO(issue 8): call the customerscore service once it is committed, so
// that saved weights apply here too.
func scoresAt(ctx context.Context, db *sqlite.DB, at time.Time) (map[int64]scored, error) {
	ins, err := db.CustomerScoreInputs(ctx, at, scoreWindowDays)
	if err != nil {
		return nil, err
	}
	from := at.Add(-scoreWindowDays * metrics.Day)
	breached, _, err := slaservice.New(db).List(ctx, feedback.TicketFilter{From: &from, To: &at, Breached: true}, at)
	if err != nil {
		return nil, err
	}
	breaches := map[int64]int{}
	for _, t := range breached {
		if id := t.Log.Ticket.CustomerID; id != nil {
			breaches[*id]++
		}
	}
	rfmIn := make([]metrics.RFMInput, len(ins))
	for i, c := range ins {
		rfmIn[i] = metrics.RFMInput{CustomerID: c.ID, LastPurchase: c.LastPurchase, Orders: c.Orders, NetSpend: c.NetSpend}
	}
	rfm, err := metrics.ScoreRFM(rfmIn, at, metrics.RFMOptions{})
	if err != nil {
		return nil, err
	}
	out := make(map[int64]scored, len(ins))
	for i, c := range ins {
		f := metrics.CustomerFacts{RFM: rfm.Customers[i], FirstPurchase: c.FirstPurchase, LastPurchase: c.LastPurchase,
			Complaints: c.Complaints, Breaches: breaches[c.ID], OpenComplaints: c.OpenComplaints}
		if a := c.LatestNPS; a != nil {
			f.LatestNPS = &metrics.NPSAnswer{Score: a.Value, At: a.At}
		}
		if a := c.LatestCSAT; a != nil {
			f.LatestCSAT = &metrics.CSATAnswer{Rating: a.Value, ScaleMin: a.ScaleMin, ScaleMax: a.ScaleMax, At: a.At}
		}
		comps, _, err := metrics.CustomerComponents(f, at, metrics.ComponentOptions{})
		if err != nil {
			return nil, err
		}
		s, err := metrics.ScoreCustomer(comps, metrics.DefaultScoreWeights, metrics.DefaultTierThresholds)
		if err != nil {
			return nil, err
		}
		e := scored{facts: f}
		if s.Scored {
			e.score = &s.Score
		}
		out[c.ID] = e
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
