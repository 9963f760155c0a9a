package slaservice

import (
	"cmp"
	"context"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// TargetAttainment is the attainment of one target: completed runs met ÷
// (met + breached). Percent is nil when no run completed.
type TargetAttainment struct {
	Kind     sla.Kind `json:"kind"`
	Met      int      `json:"met"`
	Breached int      `json:"breached"`
	N        int      `json:"n"`
	Percent  *float64 `json:"percent"`
}

// DurationFigure is the median and P90 (nearest rank) working time of the
// completed runs of one target, in business minutes, with their n.
type DurationFigure struct {
	Kind          sla.Kind `json:"kind"`
	N             int      `json:"n"`
	MedianMinutes float64  `json:"median_minutes"`
	P90Minutes    float64  `json:"p90_minutes"`
}

// GroupBreaches counts, for one value of a grouping (category, handler or
// priority), the tickets and those with at least one breached target.
type GroupBreaches struct {
	Key      string `json:"key"`
	Tickets  int    `json:"tickets"`
	Breached int    `json:"breached"`
}

// AgeBucket counts the open tickets (not resolved or closed) whose age, in
// calendar days since creation, is in [MinDays, MaxDays); MaxDays 0 means
// no upper bound.
type AgeBucket struct {
	Label   string `json:"label"`
	MinDays int    `json:"min_days"`
	MaxDays int    `json:"max_days"`
	Count   int    `json:"count"`
}

// Figures are the SLA figures of the tickets created in a period, computed
// as of AsOf.
type Figures struct {
	From *time.Time `json:"from,omitempty"`
	To   *time.Time `json:"to,omitempty"`
	AsOf time.Time  `json:"as_of"`
	// Tickets is the number of tickets created in the period; NoPolicy
	// those of them to which no policy applies.
	Tickets  int `json:"tickets"`
	NoPolicy int `json:"no_policy"`
	// Attainment per target, in sla.Kinds order.
	Attainment []TargetAttainment `json:"attainment"`
	// Durations for first response and resolution.
	Durations []DurationFigure `json:"durations"`
	// Breaches by ticket category, handler name and priority ("P1" … "P4").
	ByCategory []GroupBreaches `json:"breaches_by_category"`
	ByHandler  []GroupBreaches `json:"breaches_by_handler"`
	ByPriority []GroupBreaches `json:"breaches_by_priority"`
	// Backlog is the open tickets by age.
	Backlog []AgeBucket `json:"backlog"`
}

// backlogBuckets are the age bands of the backlog, in days.
var backlogBuckets = []AgeBucket{
	{Label: "<1d", MinDays: 0, MaxDays: 1}, {Label: "1-3d", MinDays: 1, MaxDays: 3},
	{Label: "3-7d", MinDays: 3, MaxDays: 7}, {Label: "7-30d", MinDays: 7, MaxDays: 30},
	{Label: ">=30d", MinDays: 30},
}

// Figures computes the SLA figures of the tickets created in [from, to)
// (either may be nil for an open end) as of now, streaming tickets and
// their events in one pass: attainment per target (DOMAIN: targets met ÷
// (met + breached) completed), median and P90 business minutes to first
// response and to resolution, breaches by category, handler and priority,
// and the backlog by age.
func (s *Service) Figures(ctx context.Context, from, to *time.Time, now time.Time) (*Figures, error) {
	return s.FiguresOf(ctx, feedback.TicketFilter{From: from, To: to}, now)
}

// FiguresOf computes the SLA figures, as Figures does, of the tickets that
// match the stored fields of f (creation period, category, …).
func (s *Service) FiguresOf(ctx context.Context, f feedback.TicketFilter, now time.Time) (*Figures, error) {
	acc := newFiguresAcc(f.From, f.To, now)
	err := s.eachComputed(ctx, f, now, func(l *sqlite.TicketLog, ts *TicketSLA) { acc.add(l.Ticket, ts, now) })
	if err != nil {
		return nil, err
	}
	return acc.result(), nil
}

// Window is a period of ticket creation, [From, To).
type Window struct{ From, To time.Time }

// FiguresPer computes the SLA figures of the tickets of f's category
// created in each window, as of now, in one pass over the tickets of the
// windows' span: each ticket is computed once however many windows hold it.
func (s *Service) FiguresPer(ctx context.Context, category string, windows []Window, now time.Time) ([]*Figures, error) {
	if len(windows) == 0 {
		return nil, nil
	}
	accs := make([]*figuresAcc, len(windows))
	from, to := windows[0].From, windows[0].To
	for i, w := range windows {
		accs[i] = newFiguresAcc(&w.From, &w.To, now)
		from, to = minTime(from, w.From), maxTime(to, w.To)
	}
	err := s.eachComputed(ctx, feedback.TicketFilter{From: &from, To: &to, Category: category}, now, func(l *sqlite.TicketLog, ts *TicketSLA) {
		at := l.Ticket.CreatedAt
		for i, w := range windows {
			if !at.Before(w.From) && at.Before(w.To) {
				accs[i].add(l.Ticket, ts, now)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]*Figures, len(accs))
	for i, a := range accs {
		out[i] = a.result()
	}
	return out, nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// Each streams the tickets matching the stored fields of f with their SLA
// state as of now, one at a time (nothing is kept): for counts over many
// tickets, where List would hold every ticket's log.
func (s *Service) Each(ctx context.Context, f feedback.TicketFilter, now time.Time, fn func(*TicketSLA)) error {
	return s.eachComputed(ctx, f, now, func(_ *sqlite.TicketLog, ts *TicketSLA) { fn(ts) })
}

// eachComputed streams the tickets of f with their SLA state as of now, in
// ticket order; the states are computed on the other cores while more
// tickets are read (fn runs on one goroutine, not the caller's).
func (s *Service) eachComputed(ctx context.Context, f feedback.TicketFilter, now time.Time, fn func(*sqlite.TicketLog, *TicketSLA)) error {
	if err := s.load(ctx); err != nil {
		return err
	}
	b := newBatchComputer(s, now, fn)
	return b.finish(s.db.EachTicketLog(ctx, f, b.add))
}

// figuresAcc adds tickets up into one period's Figures.
type figuresAcc struct {
	fig    *Figures
	att    [3][2]int
	durs   [3][]time.Duration
	groups [3]map[string]*GroupBreaches
}

func newFiguresAcc(from, to *time.Time, now time.Time) *figuresAcc {
	return &figuresAcc{fig: &Figures{From: from, To: to, AsOf: now, Backlog: slices.Clone(backlogBuckets)},
		groups: [3]map[string]*GroupBreaches{{}, {}, {}}}
}

// add counts one ticket and its SLA state.
func (a *figuresAcc) add(t *feedback.Ticket, ts *TicketSLA, now time.Time) {
	fig := a.fig
	fig.Tickets++
	if !t.StatusCat.Done() {
		age := int(now.Sub(t.CreatedAt) / (24 * time.Hour))
		for i := range fig.Backlog {
			if b := &fig.Backlog[i]; age >= b.MinDays && (b.MaxDays == 0 || age < b.MaxDays) {
				b.Count++
				break
			}
		}
	}
	if ts.Result == nil {
		fig.NoPolicy++
		return
	}
	one := []sla.Result{*ts.Result}
	for i, k := range sla.Kinds {
		met, breached, _ := sla.Attainment(one, k)
		a.att[i][0] += met
		a.att[i][1] += breached
		a.durs[i] = append(a.durs[i], sla.Durations(one, k)...)
	}
	handler := t.HandlerName
	if handler == "" {
		handler = "-"
	}
	for i, key := range []string{t.Category, handler, sla.PriorityKey(t.Priority)} {
		g := a.groups[i][key]
		if g == nil {
			g = &GroupBreaches{Key: key}
			a.groups[i][key] = g
		}
		g.Tickets++
		if ts.Breached() {
			g.Breached++
		}
	}
}

// result finishes the Figures: attainment, percentiles, sorted groups.
func (a *figuresAcc) result() *Figures {
	fig := a.fig
	for i, k := range sla.Kinds {
		at := TargetAttainment{Kind: k, Met: a.att[i][0], Breached: a.att[i][1], N: a.att[i][0] + a.att[i][1]}
		if at.N > 0 {
			p := 100 * float64(at.Met) / float64(at.N)
			at.Percent = &p
		}
		fig.Attainment = append(fig.Attainment, at)
		if k == sla.NextReply {
			continue
		}
		d := DurationFigure{Kind: k, N: len(a.durs[i])}
		if m, ok := sla.Percentile(a.durs[i], 50); ok {
			d.MedianMinutes = m.Minutes()
		}
		if p, ok := sla.Percentile(a.durs[i], 90); ok {
			d.P90Minutes = p.Minutes()
		}
		fig.Durations = append(fig.Durations, d)
	}
	fig.ByCategory, fig.ByHandler, fig.ByPriority = sorted(a.groups[0]), sorted(a.groups[1]), sorted(a.groups[2])
	return fig
}

// sorted returns the groups by most breached, then by key.
func sorted(m map[string]*GroupBreaches) []GroupBreaches {
	out := make([]GroupBreaches, 0, len(m))
	for _, g := range m {
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b GroupBreaches) int {
		if a.Breached != b.Breached {
			return b.Breached - a.Breached
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// newestFirst sorts tickets by creation, newest first (then by id).
func newestFirst(ts []*TicketSLA) {
	slices.SortFunc(ts, func(a, b *TicketSLA) int {
		if c := b.Log.Ticket.CreatedAt.Compare(a.Log.Ticket.CreatedAt); c != 0 {
			return c
		}
		return cmp.Compare(b.Log.Ticket.ID, a.Log.Ticket.ID)
	})
}
