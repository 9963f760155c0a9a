package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
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
	filter := feedback.ScoreFilter{SurveyID: surveyID, By: *by}
	var err error
	if filter.From, err = parseDay(*fromS, 0); err != nil {
		return err
	}
	if filter.To, err = parseDay(*toS, 1); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.FindSurveyByID(e.ctx, *surveyID)
	if err != nil {
		return err
	}
	counts, err := db.ScoreCounts(e.ctx, filter)
	if err != nil {
		return err
	}
	groups, err := metrics.Summarize(counts)
	if err != nil {
		return err
	}
	if *by == "" && len(groups) == 0 {
		groups = []metrics.GroupSummary{{Group: "all"}}
	}
	for i := range groups {
		fillEmptyMetrics(&groups[i], s)
	}
	if e.json {
		return e.printJSON(groups)
	}
	return printMetricsTable(e, groups)
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

// parseDay reads YYYY-MM-DD as midnight in the reporting zone, plus addDays.
func parseDay(s string, addDays int) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	loc, err := time.LoadLocation(feedback.ReportingZone)
	if err != nil {
		return nil, err
	}
	d, err := time.ParseInLocation("2006-01-02", s, loc)
	if err != nil {
		return nil, usageErrorf("metrics: %q is not a date (YYYY-MM-DD)", s)
	}
	d = d.AddDate(0, 0, addDays)
	return &d, nil
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
