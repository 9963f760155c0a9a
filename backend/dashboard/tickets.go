package dashboard

import (
	"context"
	"slices"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
)

// TicketStore is what the complaint figures read.
type TicketStore interface {
	TicketsOpened(ctx context.Context, start, end time.Time, category string) (int, error)
	TicketBacklog(ctx context.Context, category string) (int, error)
	TicketResolutions(ctx context.Context, start, end time.Time, category string) ([]feedback.Resolution, error)
	TicketMonthCounts(ctx context.Context, fromMonth, toMonth int, category string) ([]feedback.TicketMonthCount, error)
}

// SLAFigures computes the SLA figures of the tickets of a category ("" all,
// feedback.NoCategory none) created in each window, as of now, in one pass;
// SLAOf is the real one.
type SLAFigures func(ctx context.Context, category string, windows []slaservice.Window) ([]*slaservice.Figures, error)

// SLAOf returns the SLA service's figures as of now as SLAFigures.
func SLAOf(svc *slaservice.Service, now time.Time) SLAFigures {
	return func(ctx context.Context, category string, windows []slaservice.Window) ([]*slaservice.Figures, error) {
		return svc.FiguresPer(ctx, category, windows, now)
	}
}

// TicketMonth is one month of the complaint trend.
type TicketMonth struct {
	Month    string `json:"month"` // "2026-10"
	Opened   int    `json:"opened"`
	Resolved int    `json:"resolved"`
	// SLA holds the figures of the tickets opened in the month.
	SLA *slaservice.Figures `json:"sla"`
}

// HeatRow is one category's tickets opened per month of the heat map.
type HeatRow struct {
	Category string `json:"category"` // "" for uncategorised
	Counts   []int  `json:"counts"`   // one per month of Complaints.Months
	Total    int    `json:"total"`
}

// Complaints is the complaint part of the dashboard.
type Complaints struct {
	From         string `json:"from"`
	To           string `json:"to"`
	PreviousFrom string `json:"previous_from"`
	PreviousTo   string `json:"previous_to"`
	// Opened counts tickets created in the period; Resolved tickets that
	// reached resolved or closed in it (each once); Backlog tickets open now.
	Opened           int `json:"opened"`
	OpenedPrevious   int `json:"opened_previous"`
	Resolved         int `json:"resolved"`
	ResolvedPrevious int `json:"resolved_previous"`
	Backlog          int `json:"backlog"`
	// SLA holds the SLA figures of the tickets opened in the period,
	// SLAPrevious those of the previous period.
	SLA         *slaservice.Figures `json:"sla"`
	SLAPrevious *slaservice.Figures `json:"sla_previous"`
	// Trend has one entry per month, oldest first (TrendMonths months
	// ending with the period's last month).
	Trend []TicketMonth `json:"trend"`
	// Months and Heatmap: tickets opened by category × month, categories
	// by total, most first.
	Months  []string  `json:"months"`
	Heatmap []HeatRow `json:"heatmap"`
}

// ComplaintFigures computes the complaint part of the dashboard as of now.
func ComplaintFigures(ctx context.Context, st TicketStore, sla SLAFigures, q Query, now time.Time) (*Complaints, error) {
	p, err := ParsePeriod(q.From, q.To, now)
	if err != nil {
		return nil, err
	}
	prev := p.Previous()
	out := &Complaints{From: p.From(), To: p.To(), PreviousFrom: prev.From(), PreviousTo: prev.To(),
		Trend: []TicketMonth{}, Months: []string{}, Heatmap: []HeatRow{}}
	for _, step := range []func() error{
		func() (err error) { out.Opened, err = st.TicketsOpened(ctx, p.Start, p.End, q.Category); return },
		func() (err error) {
			out.OpenedPrevious, err = st.TicketsOpened(ctx, prev.Start, prev.End, q.Category)
			return
		},
		func() (err error) { out.Backlog, err = st.TicketBacklog(ctx, q.Category); return },
		func() (err error) { out.Resolved, err = resolvedTickets(ctx, st, p, q.Category); return },
		func() (err error) { out.ResolvedPrevious, err = resolvedTickets(ctx, st, prev, q.Category); return },
	} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := complaintTrend(ctx, st, sla, p, q, out); err != nil {
		return nil, err
	}
	return out, nil
}

// resolvedTickets counts the tickets that reached resolved or closed in p
// (each once, however often it was reopened and resolved again).
func resolvedTickets(ctx context.Context, st TicketStore, p Period, category string) (int, error) {
	rs, err := st.TicketResolutions(ctx, p.Start, p.End, category)
	ids := map[int64]bool{}
	for _, r := range rs {
		ids[r.TicketID] = true
	}
	return len(ids), err
}

// complaintTrend fills the monthly trend and the heat map.
func complaintTrend(ctx context.Context, st TicketStore, sla SLAFigures, p Period, q Query, out *Complaints) error {
	keys := trendMonths(p, q)
	n := len(keys)
	loc := feedback.ReportingLocation()
	first, end := monthStart(keys[0]), monthStart(keys[n-1]).AddDate(0, 1, 0)
	counts, err := st.TicketMonthCounts(ctx, keys[0], keys[n-1], q.Category)
	if err != nil {
		return err
	}
	resolved, err := st.TicketResolutions(ctx, first, end, q.Category)
	if err != nil {
		return err
	}
	// One pass computes each ticket's SLA once for the period, the previous
	// period and every trend month.
	prev := p.Previous()
	windows := []slaservice.Window{{From: p.Start, To: p.End}, {From: prev.Start, To: prev.End}}
	for _, k := range keys {
		windows = append(windows, slaservice.Window{From: monthStart(k), To: monthStart(k).AddDate(0, 1, 0)})
	}
	figs, err := sla(ctx, q.Category, windows)
	if err != nil {
		return err
	}
	out.SLA, out.SLAPrevious = figs[0], figs[1]
	index := map[int]int{}
	for i, k := range keys {
		index[k] = i
		label := monthLabel(k)
		out.Months = append(out.Months, label)
		out.Trend = append(out.Trend, TicketMonth{Month: label, SLA: figs[2+i]})
	}
	rows := map[string]*HeatRow{}
	for _, c := range counts {
		i, ok := index[c.Month]
		if !ok {
			continue
		}
		out.Trend[i].Opened += c.Opened
		r := rows[c.Category]
		if r == nil {
			r = &HeatRow{Category: c.Category, Counts: make([]int, n)}
			rows[c.Category] = r
		}
		r.Counts[i] += c.Opened
		r.Total += c.Opened
	}
	seen := map[[2]int64]bool{} // (ticket, month): a ticket counts once a month
	for _, r := range resolved {
		k := feedback.MonthKey(r.At, loc)
		if i, ok := index[k]; ok && !seen[[2]int64{r.TicketID, int64(k)}] {
			seen[[2]int64{r.TicketID, int64(k)}] = true
			out.Trend[i].Resolved++
		}
	}
	for _, r := range rows {
		out.Heatmap = append(out.Heatmap, *r)
	}
	slices.SortFunc(out.Heatmap, func(a, b HeatRow) int {
		if a.Total != b.Total {
			return b.Total - a.Total
		}
		return strings.Compare(a.Category, b.Category)
	})
	return nil
}
