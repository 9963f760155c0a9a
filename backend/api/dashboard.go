package api

import (
	"context"
	"encoding/json"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
	"feedbackdesk/backend/themes"
)

// DashboardQuery is the dashboard's period and scope.
type DashboardQuery struct {
	From        string  `json:"from"` // calendar day YYYY-MM-DD; "" = the month of now
	To          string  `json:"to"`   // inclusive
	SurveyIDs   []int64 `json:"surveyIds"`
	TrendMonths int     `json:"trendMonths"` // default 12, at most 24
	// Segments narrows the survey figures (channel, region, product, agent,
	// customer tier: high|medium|low|none).
	Segments feedback.Segments `json:"segments"`
	// Category narrows the complaint figures to one ticket category ("none":
	// tickets without one; "" every category).
	Category string `json:"category"`
}

// Dashboard is the bound facade of the satisfaction dashboard.
type Dashboard struct {
	ctx    context.Context
	store  *sqlite.DB
	events Events
	// sla remembers complaint SLA figures until the tickets, rules or
	// minute change (recomputing them takes seconds at 100k tickets).
	sla dashboard.SLAMemo
	// retag tags every comment and complaint again after a codebook save.
	retag retagJob
}

// NewDashboard returns the facade with its event port; it does no I/O.
func NewDashboard(events Events) *Dashboard {
	return &Dashboard{ctx: context.Background(), events: events}
}

// AttachDashboard wires the facade to the open database (a retag still
// running on the previous one is stopped first).
func AttachDashboard(d *Dashboard, ctx context.Context, store *sqlite.DB) {
	d.retag.stop()
	d.ctx, d.store = ctx, store
}

// Surveys returns the survey figures of the period: headline NPS, CSAT
// and CES with intervals and the change against the previous period, the
// monthly trend and the segment breakdowns (metrics JSON as the CLI's).
func (d *Dashboard) Surveys(q DashboardQuery) (*dashboard.Surveys, error) {
	return guard(d.store != nil, func() (*dashboard.Surveys, error) {
		return dashboard.SurveyFigures(d.ctx, d.store, dashboard.Query{From: q.From, To: q.To, SurveyIDs: q.SurveyIDs,
			TrendMonths: q.TrendMonths, Segments: q.Segments}, d.store.CurrentTime())
	})
}

// TicketMonthDTO is one month of the complaint trend.
type TicketMonthDTO struct {
	Month    string     `json:"month"` // "2026-10"
	Opened   int        `json:"opened"`
	Resolved int        `json:"resolved"`
	SLA      SLAFigures `json:"sla"` // of the tickets opened in the month
}

// HeatRowDTO is one category's tickets opened per month.
type HeatRowDTO struct {
	Category string `json:"category"` // "" = uncategorised
	Counts   []int  `json:"counts"`   // one per month of ComplaintsDTO.Months
	Total    int    `json:"total"`
}

// ComplaintsDTO is the complaint part of the dashboard.
type ComplaintsDTO struct {
	From             string           `json:"from"`
	To               string           `json:"to"`
	PreviousFrom     string           `json:"previousFrom"`
	PreviousTo       string           `json:"previousTo"`
	Opened           int              `json:"opened"` // created in the period
	OpenedPrevious   int              `json:"openedPrevious"`
	Resolved         int              `json:"resolved"` // reached resolved/closed in the period, each ticket once
	ResolvedPrevious int              `json:"resolvedPrevious"`
	Backlog          int              `json:"backlog"` // open now
	SLA              SLAFigures       `json:"sla"`     // of the tickets opened in the period
	Trend            []TicketMonthDTO `json:"trend"`
	Months           []string         `json:"months"`
	Heatmap          []HeatRowDTO     `json:"heatmap"` // categories by total, most first
}

// Tickets returns the complaint figures of the period: opened, resolved
// and backlog with the previous period, the SLA figures, the monthly trend
// (volume and SLA per month) and the category × month heat map.
func (d *Dashboard) Tickets(q DashboardQuery) (ComplaintsDTO, error) {
	return guard(d.store != nil, func() (ComplaintsDTO, error) {
		now := d.store.CurrentTime()
		version, err := d.store.SLADataVersion(d.ctx)
		if err != nil {
			return ComplaintsDTO{}, err
		}
		sla := d.sla.Wrap(dashboard.SLAOf(slaservice.New(d.store), now), version, now)
		c, err := dashboard.ComplaintFigures(d.ctx, d.store, sla, dashboard.Query{From: q.From, To: q.To, TrendMonths: q.TrendMonths,
			Category: q.Category}, now)
		if err != nil {
			return ComplaintsDTO{}, err
		}
		out := ComplaintsDTO{From: c.From, To: c.To, PreviousFrom: c.PreviousFrom, PreviousTo: c.PreviousTo, Opened: c.Opened,
			OpenedPrevious: c.OpenedPrevious, Resolved: c.Resolved, ResolvedPrevious: c.ResolvedPrevious, Backlog: c.Backlog,
			SLA: figuresDTO(c.SLA, c.From, c.To), Trend: []TicketMonthDTO{}, Months: c.Months, Heatmap: []HeatRowDTO{}}
		for _, m := range c.Trend {
			out.Trend = append(out.Trend, TicketMonthDTO{Month: m.Month, Opened: m.Opened, Resolved: m.Resolved,
				SLA: figuresDTO(m.SLA, m.Month+"-01", "")})
		}
		for _, r := range c.Heatmap {
			out.Heatmap = append(out.Heatmap, HeatRowDTO(r))
		}
		return out, nil
	})
}

// Themes returns the verbatim themes of the period: per theme the
// mentions, the NPS of responses mentioning it vs the others, mentions per
// month, and the frequent phrases (JSON as `feedbackctl themes`). Texts
// not yet tagged with the codebook are tagged first; when that is much
// (a first start at scale, a stopped retag) it tells RetagEvent progress.
func (d *Dashboard) Themes(q DashboardQuery) (*dashboard.ThemeFigures, error) {
	return guard(d.store != nil, func() (*dashboard.ThemeFigures, error) {
		progress, end, err := d.retag.catchUp(d.ctx, d.events)
		if err != nil {
			return nil, err
		}
		fig, err := dashboard.ThemeFiguresTagging(d.ctx, d.store, dashboard.Query{From: q.From, To: q.To, SurveyIDs: q.SurveyIDs,
			TrendMonths: q.TrendMonths, Segments: q.Segments}, d.store.CurrentTime(), progress)
		if err == nil {
			end()
		}
		return fig, err
	})
}

// Codebook returns the theme codebook (the starter one until edited).
func (d *Dashboard) Codebook() (themes.Codebook, error) {
	return guard(d.store != nil, func() (themes.Codebook, error) { return dashboard.LoadCodebook(d.ctx, d.store) })
}

// SaveCodebook validates and stores the theme codebook and returns it.
// Every comment and complaint is then tagged again in the background
// (RetagEvent progress; RetagStatus, CancelRetag).
func (d *Dashboard) SaveCodebook(cb themes.Codebook) (themes.Codebook, error) {
	return guard(d.store != nil, func() (themes.Codebook, error) {
		if _, err := themes.Compile(cb); err != nil {
			return nil, feedback.Errorf(feedback.EINVALID, "error.themes.invalid", "%s", err.Error()).
				WithParams(map[string]any{"detail": err.Error()})
		}
		body, err := json.Marshal(cb)
		if err != nil {
			return nil, err
		}
		if err := d.store.SaveCodebookJSON(d.ctx, string(body)); err != nil {
			return nil, err
		}
		// Retag now, so the next figures are quick (at 1M comments this
		// takes seconds); an interrupted retag continues on the next read.
		d.retag.start(d.ctx, d.events, d.store)
		return cb, nil
	})
}

// SetResponseThemes records a person's theme decisions on one response:
// theme key → true (add) or false (remove what the rules found).
func (d *Dashboard) SetResponseThemes(responseID int64, decisions map[string]bool) error {
	_, err := guard(d.store != nil, func() (struct{}, error) {
		return struct{}{}, d.store.SetThemeOverrides(d.ctx, responseID, decisions)
	})
	return err
}

// SetTicketThemes records a person's theme decisions on one complaint, as
// SetResponseThemes does for responses.
func (d *Dashboard) SetTicketThemes(ticketID int64, decisions map[string]bool) error {
	_, err := guard(d.store != nil, func() (struct{}, error) {
		return struct{}{}, d.store.SetTicketThemeOverrides(d.ctx, ticketID, decisions)
	})
	return err
}

// ThemeDecisions returns the decisions a person saved on one response
// (kind "response") or complaint (kind "ticket"): theme key → present.
func (d *Dashboard) ThemeDecisions(kind string, id int64) (map[string]bool, error) {
	return guard(d.store != nil, func() (map[string]bool, error) {
		if kind != "response" && kind != "ticket" {
			return nil, feedback.Errorf(feedback.EINVALID, "error.invalid", "Unknown kind %q; use response or ticket.", kind)
		}
		return d.store.ThemeDecisions(d.ctx, kind, id)
	})
}
