package report

import (
	"context"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// figures are every number the report shows, read once through the
// dashboard's functions.
type figures struct {
	period, previous dashboard.Period
	surveys          *dashboard.Surveys // the period
	surveysPrev      *dashboard.Surveys // the previous period (segment movers)
	complaints       *dashboard.Complaints
	slaPrev          *slaservice.Figures // SLA of the tickets opened in the previous period
	themes           *dashboard.ThemeFigures
	calls, callsPrev feedback.CallRates
	responses        int // responses submitted in the period and scope
	breached         []*slaservice.TicketSLA
	breachedTotal    int
	verbatims        *verbatims
	categories       map[string]feedback.TicketCategory // by key
}

// maxBreachedRows bounds the breached-ticket list (the total is stated).
var maxBreachedRows = 500 // a variable so that tests can make the cap bite

// query is the dashboard query of the report's options.
func (o Options) query() dashboard.Query {
	return dashboard.Query{From: o.From, To: o.To, SurveyIDs: o.SurveyIDs, Segments: o.Segments}
}

// loadSurveyFigures fills the survey and follow-up parts of fig (whose
// period is set), reporting each stage. Like the other loaders it touches
// no workbook state and fills its own fields, so they all run at once
// beside the Data sheet.
func loadSurveyFigures(ctx context.Context, db *sqlite.DB, o Options, now time.Time, fig *figures, step func(stage string)) error {
	q := o.query()
	p := fig.period
	var err error
	step(stageFigures)
	if fig.surveys, err = dashboard.SurveyFigures(ctx, db, q, now); err != nil {
		return err
	}
	// The previous period's breakdowns name the segment movers; its own
	// trend is not shown, so one month of it is enough.
	pq := q
	pq.From, pq.To, pq.TrendMonths = fig.previous.From(), fig.previous.To(), 1
	if fig.surveysPrev, err = dashboard.SurveyFigures(ctx, db, pq, now); err != nil {
		return err
	}
	if fig.responses, err = countResponses(ctx, db, o, p); err != nil {
		return err
	}
	step(stageFollowups)
	if fig.calls, err = callRates(ctx, db, fig.period); err != nil {
		return err
	}
	fig.callsPrev, err = callRates(ctx, db, fig.previous)
	return err
}

// loadTextFigures fills the verbatim themes and the verbatim lists of fig.
func loadTextFigures(ctx context.Context, db *sqlite.DB, o Options, now time.Time, fig *figures, step func(stage string)) error {
	step(stageVerbatims)
	var err error
	q := o.query()
	if fig.themes, err = dashboard.ThemeFiguresFor(ctx, db, dashboard.Query{From: q.From, To: q.To, SurveyIDs: q.SurveyIDs, Segments: q.Segments, NoPhrases: true}, now); err != nil {
		return err
	}
	fig.verbatims, err = loadVerbatims(ctx, db, o, fig.period)
	return err
}

// loadBreached lists the newest maxBreachedRows tickets of the period with
// a breached target, newest first, reading the period backwards so that a
// busy month computes the SLA of a few days of tickets, not all of them
// (the total comes from the SLA figures: breachedTickets).
func loadBreached(ctx context.Context, db *sqlite.DB, now time.Time, fig *figures) error {
	svc := slaservice.New(db)
	return backwards(fig.period, func() bool { return len(fig.breached) >= maxBreachedRows }, func(start, end time.Time) error {
		ts, _, err := svc.List(ctx, feedback.TicketFilter{From: &start, To: &end, Breached: true, Limit: maxBreachedRows - len(fig.breached)}, now)
		fig.breached = append(fig.breached, ts...)
		return err
	})
}

// breachedTickets counts the period's tickets with a breached target: the
// SLA figures count them per category, each ticket in one.
func breachedTickets(sla *slaservice.Figures) int {
	n := 0
	if sla != nil {
		for _, g := range sla.ByCategory {
			n += g.Breached
		}
	}
	return n
}

// loadTicketFigures fills the complaint and SLA part of fig with its own
// SLA service (a service is not shared between goroutines).
func loadTicketFigures(ctx context.Context, db *sqlite.DB, o Options, now time.Time, fig *figures, step func(stage string)) error {
	step(stageComplaints)
	slaOf := dashboard.SLAOf(slaservice.New(db), now)
	cats, err := db.FindTicketCategories(ctx)
	if err != nil {
		return err
	}
	fig.categories = map[string]feedback.TicketCategory{}
	for _, c := range cats {
		fig.categories[c.Key] = c
	}
	// Tickets are not tied to surveys or segments: the dashboard shows all.
	if fig.complaints, err = dashboard.ComplaintFigures(ctx, db, slaOf, dashboard.Query{From: o.From, To: o.To}, now); err != nil {
		return err
	}
	fig.slaPrev = fig.complaints.SLAPrevious
	return err
}

// callRates are the follow-up figures of calls attempted in p, as the
// follow-up workspace computes them.
func callRates(ctx context.Context, db *sqlite.DB, p dashboard.Period) (feedback.CallRates, error) {
	start, end := p.Start, p.End
	outcomes, err := db.CallOutcomes(ctx, &start, &end)
	if err != nil {
		return feedback.CallRates{}, err
	}
	return feedback.ComputeCallRates(outcomes), nil
}

// countResponses counts the responses submitted in p within the surveys
// and segments of o (the customer tier is not a response-list filter, so
// with a tier the count is of the other segments).
func countResponses(ctx context.Context, db *sqlite.DB, o Options, p dashboard.Period) (int, error) {
	start, end := p.Start, p.End
	base := feedback.ResponseQuery{From: &start, To: &end, Channel: o.Segments.Channel, Region: o.Segments.Region,
		Product: o.Segments.Product, Agent: o.Segments.Agent, Limit: 1}
	if len(o.SurveyIDs) == 0 {
		_, n, err := db.ListResponses(ctx, base)
		return n, err
	}
	total := 0
	for _, id := range o.SurveyIDs {
		q := base
		q.SurveyID = &id
		_, n, err := db.ListResponses(ctx, q)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}
