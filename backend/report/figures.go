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
}

// maxBreachedRows bounds the breached-ticket list (the total is stated).
const maxBreachedRows = 500

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
	if fig.themes, err = dashboard.ThemeFiguresFor(ctx, db, dashboard.Query{From: q.From, To: q.To, SurveyIDs: q.SurveyIDs, Segments: q.Segments}, now); err != nil {
		return err
	}
	fig.verbatims, err = loadVerbatims(ctx, db, o, fig.period)
	return err
}

// loadBreached fills the list of the period's breached tickets, with its
// own SLA service (a service is not shared between goroutines).
func loadBreached(ctx context.Context, db *sqlite.DB, now time.Time, fig *figures) error {
	start, end := fig.period.Start, fig.period.End
	var err error
	fig.breached, fig.breachedTotal, err = slaservice.New(db).List(ctx,
		feedback.TicketFilter{From: &start, To: &end, Breached: true, Limit: maxBreachedRows}, now)
	return err
}

// loadTicketFigures fills the complaint and SLA part of fig with its own
// SLA service (a service is not shared between goroutines).
func loadTicketFigures(ctx context.Context, db *sqlite.DB, o Options, now time.Time, fig *figures, step func(stage string)) error {
	step(stageComplaints)
	svc := slaservice.New(db)
	slaOf := memoSLA(dashboard.SLAOf(svc, now))
	var err error
	// Tickets are not tied to surveys or segments: the dashboard shows all.
	if fig.complaints, err = dashboard.ComplaintFigures(ctx, db, slaOf, dashboard.Query{From: o.From, To: o.To}, now); err != nil {
		return err
	}
	fig.slaPrev, err = slaOf(ctx, feedback.TicketFilter{From: &fig.previous.Start, To: &fig.previous.End})
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

// memoSLA computes the SLA figures of each creation period once: the
// complaint figures ask for the period and again for each trend month, so
// a one-month report would compute its month twice (and the previous month
// a third time for the Summary).
func memoSLA(of dashboard.SLAFigures) dashboard.SLAFigures {
	type key struct {
		from, to int64
		category string
	}
	cache := map[key]*slaservice.Figures{}
	return func(ctx context.Context, f feedback.TicketFilter) (*slaservice.Figures, error) {
		plain := f.From != nil && f.To != nil && len(f.StatusCats) == 0 && len(f.Priorities) == 0 && f.HandlerID == nil && f.Theme == "" &&
			!f.Breached && !f.AtRisk && f.Offset == 0 && f.Limit == 0
		if !plain {
			return of(ctx, f)
		}
		k := key{f.From.UnixNano(), f.To.UnixNano(), f.Category}
		if fig, ok := cache[k]; ok {
			return fig, nil
		}
		fig, err := of(ctx, f)
		if err == nil {
			cache[k] = fig
		}
		return fig, err
	}
}
