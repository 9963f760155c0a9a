package api

import (
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

// SLATarget is the state of one SLA target of a ticket: the data of a badge.
type SLATarget struct {
	Kind          string  `json:"kind"`  // first_response, next_reply, resolution
	State         string  `json:"state"` // not_applicable, not_started, running, paused, met, breached
	Mode          string  `json:"mode"`  // business or calendar minutes
	TargetMinutes float64 `json:"targetMinutes"`
	ActualMinutes float64 `json:"actualMinutes"`
	MinutesLeft   float64 `json:"minutesLeft"` // negative once breached
	Due           string  `json:"due"`
	BreachedAt    string  `json:"breachedAt"`
	Warning       int     `json:"warning"` // highest warning percent reached; 0 for none
	StartedAt     string  `json:"startedAt"`
	StoppedAt     string  `json:"stoppedAt"`
	StoppedBy     string  `json:"stoppedBy"`
	PausedBy      string  `json:"pausedBy"`
	Met           int     `json:"met"`
	Breached      int     `json:"breached"`
}

func minutes(d time.Duration) float64 { return d.Minutes() }

// slaTargets renders every target of r in sla.Kinds order; nil r is none.
func slaTargets(r *sla.Result) []SLATarget {
	out := []SLATarget{}
	if r == nil {
		return out
	}
	for _, k := range sla.Kinds {
		out = append(out, slaTarget(*r.Target(k)))
	}
	return out
}

func slaTarget(tr sla.TargetResult) SLATarget {
	return SLATarget{Kind: string(tr.Kind), State: string(tr.State), Mode: string(tr.Mode), TargetMinutes: minutes(tr.Target),
		ActualMinutes: minutes(tr.Actual), MinutesLeft: minutes(tr.TimeLeft), Due: isoPtr(tr.Due), BreachedAt: isoPtr(tr.BreachedAt),
		Warning: tr.Warning, StartedAt: isoPtr(tr.StartedAt), StoppedAt: isoPtr(tr.StoppedAt), StoppedBy: tr.StoppedBy,
		PausedBy: string(tr.PausedBy), Met: tr.Met, Breached: tr.Breached}
}

// SegmentDTO is one span of an explain timeline.
type SegmentDTO struct {
	From      string  `json:"from"`
	To        string  `json:"to"`
	Kind      string  `json:"kind"` // counted, paused, out_of_hours, stopped
	Reason    string  `json:"reason"`
	Minutes   float64 `json:"minutes"`
	Projected bool    `json:"projected"`
}

// TimelineDTO explains one target: its spans and why its due time is what it is.
type TimelineDTO struct {
	Kind     string       `json:"kind"`
	Target   SLATarget    `json:"target"`
	Segments []SegmentDTO `json:"segments"`
	Facts    []string     `json:"facts"`
}

// ExplainDTO is a ticket's explain view; Applies is false when no policy applies.
type ExplainDTO struct {
	TicketID      int64         `json:"ticketId"`
	WhatIf        bool          `json:"whatIf"`
	Applies       bool          `json:"applies"`
	Policy        string        `json:"policy"`
	PolicyVersion int           `json:"policyVersion"`
	AsOf          string        `json:"asOf"`
	Timelines     []TimelineDTO `json:"timelines"`
}

// Explain returns the explain timeline of ticket id as of now. With whatIf
// the current rules are used instead of the recorded policy version;
// nothing is written.
func (t *Tickets) Explain(id int64, whatIf bool) (ExplainDTO, error) {
	return guard(t.db != nil, func() (ExplainDTO, error) {
		now := t.db.CurrentTime()
		x, err := slaservice.New(t.db).Explain(t.ctx, id, now, whatIf)
		if err != nil {
			return ExplainDTO{}, err
		}
		out := ExplainDTO{TicketID: id, WhatIf: whatIf, AsOf: iso(now), Timelines: []TimelineDTO{}}
		if x == nil {
			return out, nil
		}
		out.Applies, out.Policy, out.PolicyVersion, out.AsOf = true, x.Result.Policy, x.Result.PolicyVersion, iso(x.Result.AsOf)
		for _, tl := range x.Timelines {
			d := TimelineDTO{Kind: string(tl.Kind), Target: slaTarget(*x.Result.Target(tl.Kind)), Segments: []SegmentDTO{},
				Facts: append([]string{}, tl.Facts...)}
			for _, s := range tl.Segments {
				d.Segments = append(d.Segments, SegmentDTO{From: iso(s.From), To: iso(s.To), Kind: string(s.Kind),
					Reason: s.Reason, Minutes: s.Minutes, Projected: s.Projected})
			}
			out.Timelines = append(out.Timelines, d)
		}
		return out, nil
	})
}

// AttainmentDTO is the attainment of one target; Percent is nil when no run completed.
type AttainmentDTO struct {
	Kind     string   `json:"kind"`
	Met      int      `json:"met"`
	Breached int      `json:"breached"`
	N        int      `json:"n"`
	Percent  *float64 `json:"percent"`
}

// DurationDTO is the median and P90 business minutes of one target.
type DurationDTO struct {
	Kind          string  `json:"kind"`
	N             int     `json:"n"`
	MedianMinutes float64 `json:"medianMinutes"`
	P90Minutes    float64 `json:"p90Minutes"`
}

// BreachGroupDTO counts tickets and breached tickets of one group value.
type BreachGroupDTO struct {
	Key      string `json:"key"`
	Tickets  int    `json:"tickets"`
	Breached int    `json:"breached"`
}

// AgeBucketDTO counts open tickets in an age band of [MinDays, MaxDays) days (MaxDays 0 = open).
type AgeBucketDTO struct {
	Label   string `json:"label"`
	MinDays int    `json:"minDays"`
	MaxDays int    `json:"maxDays"`
	Count   int    `json:"count"`
}

// SLAFigures are the SLA figures of the tickets created in a period.
type SLAFigures struct {
	From       string           `json:"from"`
	To         string           `json:"to"`
	AsOf       string           `json:"asOf"`
	Tickets    int              `json:"tickets"`
	NoPolicy   int              `json:"noPolicy"`
	Attainment []AttainmentDTO  `json:"attainment"`
	Durations  []DurationDTO    `json:"durations"`
	ByCategory []BreachGroupDTO `json:"byCategory"`
	ByHandler  []BreachGroupDTO `json:"byHandler"`
	ByPriority []BreachGroupDTO `json:"byPriority"`
	Backlog    []AgeBucketDTO   `json:"backlog"`
}

// Figures returns the SLA figures of the tickets created on the calendar
// days from–to (inclusive; "" = open), as of now.
func (t *Tickets) Figures(from, to string) (SLAFigures, error) {
	return guard(t.db != nil, func() (SLAFigures, error) {
		start, end, err := feedback.ParsePeriod(from, to)
		if err != nil {
			return SLAFigures{}, err
		}
		f, err := slaservice.New(t.db).Figures(t.ctx, start, end, t.db.CurrentTime())
		if err != nil {
			return SLAFigures{}, err
		}
		return figuresDTO(f, from, to), nil
	})
}

// figuresDTO turns the SLA service's figures into the DTO; from and to are
// the calendar days they were asked for.
func figuresDTO(f *slaservice.Figures, from, to string) SLAFigures {
	out := SLAFigures{From: from, To: to, AsOf: iso(f.AsOf), Tickets: f.Tickets, NoPolicy: f.NoPolicy,
		Attainment: []AttainmentDTO{}, Durations: []DurationDTO{}, ByCategory: groups(f.ByCategory),
		ByHandler: groups(f.ByHandler), ByPriority: groups(f.ByPriority), Backlog: []AgeBucketDTO{}}
	for _, a := range f.Attainment {
		out.Attainment = append(out.Attainment, AttainmentDTO{Kind: string(a.Kind), Met: a.Met, Breached: a.Breached, N: a.N, Percent: a.Percent})
	}
	for _, d := range f.Durations {
		out.Durations = append(out.Durations, DurationDTO{Kind: string(d.Kind), N: d.N, MedianMinutes: d.MedianMinutes, P90Minutes: d.P90Minutes})
	}
	for _, b := range f.Backlog {
		out.Backlog = append(out.Backlog, AgeBucketDTO{Label: b.Label, MinDays: b.MinDays, MaxDays: b.MaxDays, Count: b.Count})
	}
	return out
}

func groups(gs []slaservice.GroupBreaches) []BreachGroupDTO {
	out := make([]BreachGroupDTO, len(gs))
	for i, g := range gs {
		out[i] = BreachGroupDTO{Key: g.Key, Tickets: g.Tickets, Breached: g.Breached}
	}
	return out
}
