package main

import (
	"flag"
	"fmt"

	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// Registered here rather than in the commands literal of main.go so that
// this file is the whole of the customers command (issue 8).
func init() {
	commands["customers"] = command{"customer management scores, monthly snapshots and customer rates",
		"score [--at YYYY-MM-DD] [--window-days N] [--w-value X] [--w-satisfaction X] [--w-loyalty X] [--w-complaints X] [--high X] [--medium X] [--rfm-mode auto|quintiles|breakpoints]\n" +
			"  snapshot [--month YYYY-MM]\n" +
			"  rates --from YYYY-MM-DD --to YYYY-MM-DD [--segment ID]",
		runCustomers}
}

// runCustomers dispatches `customers score|snapshot|rates`.
func runCustomers(e *env, args []string) error {
	return dispatch(e, "customers", map[string]func(*env, []string) error{
		"score": runCustomersScore, "snapshot": runCustomersSnapshot, "rates": runCustomersRates}, args)
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
// --at (a day in the reporting zone; default now), computed by the
// customerscore service with the stored score settings, each flag given
// overriding its setting for this run only (nothing is written).
func runCustomersScore(e *env, args []string) error {
	fs := e.flags("customers score")
	atS := fs.String("at", "", "score as of the end of this day, YYYY-MM-DD (default now)")
	window := fs.Int("window-days", 365, "RFM and complaint window in days (default: the stored setting)")
	var w metrics.ScoreWeights
	fs.Float64Var(&w.Value, "w-value", 0, "weight of the value component")
	fs.Float64Var(&w.Satisfaction, "w-satisfaction", 0, "weight of the satisfaction component")
	fs.Float64Var(&w.Loyalty, "w-loyalty", 0, "weight of the loyalty component")
	fs.Float64Var(&w.Complaints, "w-complaints", 0, "weight of the complaint record")
	var tiers metrics.TierThresholds
	fs.Float64Var(&tiers.High, "high", 0, "lowest score of the high tier")
	fs.Float64Var(&tiers.Medium, "medium", 0, "lowest score of the medium tier")
	mode := fs.String("rfm-mode", "", "auto, quintiles or breakpoints (default: the stored setting)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := customerscore.New(db)
	st, err := svc.Settings(e.ctx)
	if err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "window-days":
			st.WindowDays = *window
		case "w-value":
			st.Weights.Value = w.Value
		case "w-satisfaction":
			st.Weights.Satisfaction = w.Satisfaction
		case "w-loyalty":
			st.Weights.Loyalty = w.Loyalty
		case "w-complaints":
			st.Weights.Complaints = w.Complaints
		case "high":
			st.Tiers.High = tiers.High
		case "medium":
			st.Tiers.Medium = tiers.Medium
		case "rfm-mode":
			st.RFMMode = metrics.RFMMode(*mode)
			if *mode == "auto" {
				st.RFMMode = metrics.RFMAuto
			}
		}
	})
	if st.WindowDays <= 0 {
		return feedback.Errorf(feedback.EINVALID, "error.customers.window_invalid", "--window-days must be at least 1.")
	}
	at := db.CurrentTime()
	if *atS != "" {
		d, err := feedback.ParseDay(*atS)
		if err != nil {
			return err
		}
		at = d.AddDate(0, 0, 1)
	}
	res, err := svc.ComputeWith(e.ctx, at, st)
	if err != nil {
		return err
	}
	rows := make([]customerScoreRow, len(res.Customers))
	for i, c := range res.Customers {
		rows[i] = customerScoreRow{
			ID: c.ID, Name: c.Name, Score: c.Score, Tier: c.Tier, Components: c.Components, RFMSegment: c.RFM.Segment,
			Partial: c.Partial, Missing: c.Missing, Contributions: c.Contributions, Loyalty: c.Loyalty,
			RFM: customerRFMInfo{Mode: res.RFMMode, CustomerRFM: c.RFM}, Lifecycle: c.Lifecycle,
			Relationship: c.Relationship, Complaints: c.Complaints, Breaches: c.Breaches,
		}
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

// runCustomersSnapshot takes the monthly score snapshot of --month (default
// the current month) with the stored settings; taking it again replaces it.
// The current month's snapshot also writes each customer's tier and
// relationship class to the customer records.
func runCustomersSnapshot(e *env, args []string) error {
	fs := e.flags("customers snapshot")
	month := fs.String("month", "", "YYYY-MM (default the current month)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := customerscore.New(db)
	m, err := customerscore.ParseMonth(*month, svc.Now())
	if err != nil {
		return err
	}
	r, err := svc.Snapshot(e.ctx, m)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(r)
	}
	fmt.Fprintf(e.stdout, "snapshot %s: %d customers, %d scored (high %d, medium %d, low %d)\n",
		r.Month, r.Customers, r.Scored, r.High, r.Medium, r.Low)
	return nil
}

// runCustomersRates prints the churn, repeat purchase, referral and
// complaint rates of the days --from … --to (inclusive, reporting zone) for
// every customer or a saved segment's members.
func runCustomersRates(e *env, args []string) error {
	fs := e.flags("customers rates")
	from := fs.String("from", "", "first day, YYYY-MM-DD")
	to := fs.String("to", "", "last day, YYYY-MM-DD")
	segment := fs.Int64("segment", 0, "saved segment ID (default every customer)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usageErrorf("customers rates: --from and --to are required")
	}
	start, end, err := feedback.ParsePeriod(*from, *to)
	if err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := customerscore.New(db).Rates(e.ctx, *start, *end, *segment)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(r)
	}
	line := func(name string, x metrics.Rate) {
		if !x.Defined {
			fmt.Fprintf(e.stdout, "%-16s      -  (%d/%d)\n", name, x.Numerator, x.Denominator)
			return
		}
		fmt.Fprintf(e.stdout, "%-16s %6.1f%%  (%d/%d)\n", name, x.Percent, x.Numerator, x.Denominator)
	}
	fmt.Fprintf(e.stdout, "%s – %s, %d customers, inactivity %d days\n", *from, *to, r.Customers, r.InactivityDays)
	line("churn", r.Churn)
	line("repeat purchase", r.RepeatPurchase)
	line("referral", r.Referral)
	line("complaint", r.Complaint)
	line("complainants", r.Complainants)
	return nil
}
