package main

import (
	"fmt"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/report"
)

// runReport writes the monthly satisfaction report workbook (.xlsx): a
// month (--month 2026-10) or any period (--from/--to), in Chinese or
// English, optionally for some surveys and with the period's responses on
// a Data sheet. The --json output is report.Result: a public contract.
// Made for scheduled runs: exit 0 only when the file is in place.
func runReport(e *env, args []string) error {
	fs := e.flags("report")
	month := fs.String("month", "", "month YYYY-MM (default: this month)")
	from := fs.String("from", "", "first day, YYYY-MM-DD (instead of --month)")
	to := fs.String("to", "", "last day (inclusive), YYYY-MM-DD (instead of --month)")
	lang := fs.String("lang", "zh", "report language: zh or en")
	out := fs.String("o", "", "output file (.xlsx, required)")
	data := fs.Bool("data", false, "add a Data sheet with the period's responses")
	showProgress := fs.Bool("progress", false, "show progress on stderr even when it is not a terminal")
	var seg feedback.Segments
	fs.StringVar(&seg.Channel, "channel", "", "only this channel")
	fs.StringVar(&seg.Region, "region", "", "only this region")
	fs.StringVar(&seg.Product, "product", "", "only this product")
	fs.StringVar(&seg.Agent, "agent", "", "only this agent")
	fs.StringVar(&seg.Tier, "tier", "", "only this customer tier: high, medium, low or none")
	var surveys surveyList
	fs.Var(&surveys, "survey", "survey ID (repeatable; default: every survey)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageErrorf("report: -o FILE.xlsx is required")
	}
	if *lang != "zh" && *lang != "en" {
		return usageErrorf("report: --lang must be zh or en")
	}
	if *month != "" && (*from != "" || *to != "") {
		return usageErrorf("report: give --month or --from/--to, not both")
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	var progress func(report.Progress)
	line := e.progressLine(*showProgress, "report")
	if line != nil {
		progress = func(p report.Progress) { line.show(p.Stage, p.Done, p.Total) }
	}
	res, err := report.Generate(e.ctx, db, report.Options{Month: *month, From: *from, To: *to, Lang: *lang, SurveyIDs: surveys,
		Segments: seg, IncludeData: *data}, *out, db.CurrentTime(), progress)
	line.end()
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(res)
	}
	_, err = fmt.Fprintf(e.stdout, "Wrote %s (%s to %s, %s): %d sheets, %d responses, %d complaints, %d bytes\n",
		res.Path, res.From, res.To, res.Lang, len(res.Sheets), res.Responses, res.Tickets, res.Bytes)
	return err
}
