package main

import (
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// Registered here rather than in the commands literal of main.go so that
// this file is the whole of the customers command (issue 8).
func init() {
	commands["customers"] = command{"print every customer's management score, value tier and RFM segment",
		"score [--at YYYY-MM-DD] [--window-days N] [--w-value X] [--w-satisfaction X] [--w-loyalty X] [--w-complaints X] [--high X] [--medium X] [--rfm-mode auto|quintiles|breakpoints]",
		runCustomers}
}

// runCustomers dispatches `customers score`.
func runCustomers(e *env, args []string) error {
	return dispatch(e, "customers", map[string]func(*env, []string) error{"score": runCustomersScore}, args)
}

// customerScoreRow is one element of `customers score --json`: a public
// contract. id, name, score, tier, components and rfm_segment are the keys
// of issue 8; the others add the breakdown. score is null when no weighted
// component is known (tier is then "").
type customerScoreRow struct {
	ID            int64                    `json:"id"`
	Name          string                   `json:"name"`
	Score         *float64                 `json:"score"`
	Tier          feedback.ValueTier       `json:"tier"`
	Components    metrics.ScoreComponents  `json:"components"`
	RFMSegment    metrics.RFMSegment       `json:"rfm_segment"`
	Partial       bool                     `json:"partial"`
	Missing       []metrics.ScoreComponent `json:"missing"`
	Contributions metrics.ScoreComponents  `json:"contributions"`
	Loyalty       metrics.LoyaltyParts     `json:"loyalty"`
	RFM           customerRFMInfo          `json:"rfm"`
	Lifecycle     metrics.LifecycleStage   `json:"lifecycle"`
	Relationship  feedback.Relationship    `json:"relationship"`
	Complaints    int                      `json:"complaints"`
	Breaches      int                      `json:"breaches"`
}

// customerRFMInfo is a customer's RFM entry (Scored false and zero scores
// without a purchase) with the scoring mode of the whole run.
type customerRFMInfo struct {
	Mode metrics.RFMMode `json:"mode"`
	metrics.CustomerRFM
}

// runCustomersScore prints every customer's management score at the end of
// --at (a day in the reporting zone; default now) over the last
// --window-days days, with weights and tier thresholds from the flags.
func runCustomersScore(e *env, args []string) error {
	fs := e.flags("customers score")
	atS := fs.String("at", "", "score as of the end of this day, YYYY-MM-DD (default now)")
	window := fs.Int("window-days", 365, "RFM and complaint window in days")
	w := metrics.DefaultScoreWeights
	fs.Float64Var(&w.Value, "w-value", w.Value, "weight of the value component")
	fs.Float64Var(&w.Satisfaction, "w-satisfaction", w.Satisfaction, "weight of the satisfaction component")
	fs.Float64Var(&w.Loyalty, "w-loyalty", w.Loyalty, "weight of the loyalty component")
	fs.Float64Var(&w.Complaints, "w-complaints", w.Complaints, "weight of the complaint record")
	tiers := metrics.DefaultTierThresholds
	fs.Float64Var(&tiers.High, "high", tiers.High, "lowest score of the high tier")
	fs.Float64Var(&tiers.Medium, "medium", tiers.Medium, "lowest score of the medium tier")
	mode := fs.String("rfm-mode", "", "auto (default), quintiles or breakpoints")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *window <= 0 {
		return feedback.Errorf(feedback.EINVALID, "error.customers.window_invalid", "--window-days must be at least 1.")
	}
	if *mode == "auto" {
		*mode = ""
	}
	if err := w.Validate(); err != nil {
		return err
	}
	if err := tiers.Validate(); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	at := db.CurrentTime()
	if *atS != "" {
		d, err := feedback.ParseDay(*atS)
		if err != nil {
			return err
		}
		at = d.AddDate(0, 0, 1)
	}
	rows, err := scoreCustomers(e, db, at, *window, metrics.RFMMode(*mode), w, tiers)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(rows)
	}
	for _, r := range rows {
		score := "     -"
		if r.Score != nil {
			score = fmt.Sprintf("%6.1f", *r.Score)
		}
		partial := ""
		if r.Partial {
			partial = " (partial)"
		}
		fmt.Fprintf(e.stdout, "%6d  %-16s %s  %-6s  %-18s%s\n", r.ID, r.Name, score, r.Tier, r.RFMSegment, partial)
	}
	return nil
}

// scoreCustomers reads the inputs at `at`, counts the SLA-breached tickets
// of the window per customer, and scores every customer.
func scoreCustomers(e *env, db *sqlite.DB, at time.Time, window int, mode metrics.RFMMode,
	w metrics.ScoreWeights, tiers metrics.TierThresholds) ([]customerScoreRow, error) {
	ins, err := db.CustomerScoreInputs(e.ctx, at, window)
	if err != nil {
		return nil, err
	}
	from := at.Add(-time.Duration(window) * metrics.Day)
	breached, _, err := slaservice.New(db).List(e.ctx, feedback.TicketFilter{From: &from, To: &at, Breached: true}, at)
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
	rfm, err := metrics.ScoreRFM(rfmIn, at, metrics.RFMOptions{Mode: mode})
	if err != nil {
		return nil, err
	}
	out := make([]customerScoreRow, 0, len(ins))
	for i, c := range ins {
		facts := metrics.CustomerFacts{
			RFM: rfm.Customers[i], FirstPurchase: c.FirstPurchase, LastPurchase: c.LastPurchase,
			Complaints: c.Complaints, Breaches: breaches[c.ID], OpenComplaints: c.OpenComplaints,
		}
		if a := c.LatestNPS; a != nil {
			facts.LatestNPS = &metrics.NPSAnswer{Score: a.Value, At: a.At}
		}
		if a := c.LatestCSAT; a != nil {
			facts.LatestCSAT = &metrics.CSATAnswer{Rating: a.Value, ScaleMin: a.ScaleMin, ScaleMax: a.ScaleMax, At: a.At}
		}
		row, err := scoreRow(c, facts, rfm.Mode, at, w, tiers)
		if err != nil {
			return nil, fmt.Errorf("customer %d: %w", c.ID, err)
		}
		out = append(out, row)
	}
	return out, nil
}

// scoreRow computes one customer's components, score, lifecycle stage and
// relationship class.
func scoreRow(c *sqlite.CustomerScoreInput, f metrics.CustomerFacts, mode metrics.RFMMode, at time.Time,
	w metrics.ScoreWeights, tiers metrics.TierThresholds) (customerScoreRow, error) {
	comps, loyalty, err := metrics.CustomerComponents(f, at, metrics.ComponentOptions{})
	if err != nil {
		return customerScoreRow{}, err
	}
	s, err := metrics.ScoreCustomer(comps, w, tiers)
	if err != nil {
		return customerScoreRow{}, err
	}
	stage, err := metrics.LifecycleStageOf(f, at, metrics.LifecycleOptions{})
	if err != nil {
		return customerScoreRow{}, err
	}
	rel, err := metrics.RelationshipOf(f, at, metrics.LifecycleOptions{})
	if err != nil {
		return customerScoreRow{}, err
	}
	r := f.RFM
	row := customerScoreRow{
		ID: c.ID, Name: c.Name, Tier: s.Tier, Components: s.Components, RFMSegment: r.Segment,
		Partial: s.Partial, Missing: s.Missing, Contributions: s.Contributions, Loyalty: loyalty,
		RFM:       customerRFMInfo{Mode: mode, CustomerRFM: r},
		Lifecycle: stage, Relationship: rel, Complaints: f.Complaints, Breaches: f.Breaches,
	}
	if s.Scored {
		row.Score = &s.Score
	}
	return row, nil
}
