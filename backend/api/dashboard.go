package api

import (
	"context"
	"time"

	"feedbackdesk/backend/dashboard"
)

// DashboardStore is what the dashboard facade reads.
type DashboardStore interface {
	dashboard.Store
	CurrentTime() time.Time
}

// DashboardQuery is the dashboard's period and scope.
type DashboardQuery struct {
	From        string  `json:"from"` // calendar day YYYY-MM-DD; "" = the month of now
	To          string  `json:"to"`   // inclusive
	SurveyIDs   []int64 `json:"surveyIds"`
	TrendMonths int     `json:"trendMonths"` // default 12, at most 24
}

// Dashboard is the bound facade of the satisfaction dashboard.
type Dashboard struct {
	ctx   context.Context
	store DashboardStore
}

// NewDashboard returns the facade; it does no I/O.
func NewDashboard() *Dashboard { return &Dashboard{ctx: context.Background()} }

// AttachDashboard wires the facade to the open database.
func AttachDashboard(d *Dashboard, ctx context.Context, store DashboardStore) {
	d.ctx, d.store = ctx, store
}

// Surveys returns the survey figures of the period: headline NPS, CSAT
// and CES with intervals and the change against the previous period, the
// monthly trend and the segment breakdowns (metrics JSON as the CLI's).
func (d *Dashboard) Surveys(q DashboardQuery) (*dashboard.Surveys, error) {
	return guard(d.store != nil, func() (*dashboard.Surveys, error) {
		return dashboard.SurveyFigures(d.ctx, d.store, dashboard.Query{From: q.From, To: q.To, SurveyIDs: q.SurveyIDs,
			TrendMonths: q.TrendMonths}, d.store.CurrentTime())
	})
}
