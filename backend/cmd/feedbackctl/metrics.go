package main

import (
	"fmt"
	"text/tabwriter"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/scorecard"
)

// runMetrics prints NPS, CSAT and CES of one survey, overall or by a
// breakdown. Dates are calendar days in the reporting zone (Asia/Shanghai);
// --to is inclusive. The --json output is an array of metrics.GroupSummary:
// a public contract.
func runMetrics(e *env, args []string) error {
	fs := e.flags("metrics")
	surveyID := fs.Int64("survey", 0, "survey ID (required)")
	fromS := fs.String("from", "", "first day, YYYY-MM-DD")
	toS := fs.String("to", "", "last day (inclusive), YYYY-MM-DD")
	by := fs.String("by", "", "breakdown: month, channel, region, product or agent")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *surveyID <= 0 {
		return usageErrorf("metrics: --survey ID is required")
	}
	if !feedback.ValidBreakdown(*by) {
		return usageErrorf("metrics: --by must be month, channel, region, product or agent")
	}
	if _, _, err := feedback.ParsePeriod(*fromS, *toS); err != nil {
		return usageErrorf("metrics: %s", feedback.ErrorMessage(err))
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	groups, err := scorecard.Metrics(e.ctx, db, *surveyID, *fromS, *toS, *by)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(groups)
	}
	return printMetricsTable(e, groups)
}

// printMetricsTable writes one line per group for people.
func printMetricsTable(e *env, groups []metrics.GroupSummary) error {
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "GROUP\tNPS (95% CI)\tn\tCSAT % (95% CI)\tn\tCES mean\tn")
	for _, g := range groups {
		fmt.Fprintf(w, "%s", g.Group)
		if g.NPS != nil && g.NPS.Valid {
			fmt.Fprintf(w, "\t%d (%.0f–%.0f)\t%d", g.NPS.Rounded, g.NPS.CILow, g.NPS.CIHigh, g.NPS.N)
		} else {
			fmt.Fprint(w, "\t–\t0")
		}
		if g.CSAT != nil && g.CSAT.Valid {
			fmt.Fprintf(w, "\t%.1f (%.1f–%.1f)\t%d", g.CSAT.Percent, g.CSAT.CILow, g.CSAT.CIHigh, g.CSAT.N)
		} else {
			fmt.Fprint(w, "\t–\t0")
		}
		if g.CES != nil && g.CES.Valid {
			fmt.Fprintf(w, "\t%.2f\t%d\n", g.CES.Mean, g.CES.N)
		} else {
			fmt.Fprint(w, "\t–\t0\n")
		}
	}
	return w.Flush()
}
