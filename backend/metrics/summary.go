package metrics

import (
	"sort"

	"feedbackdesk/backend/feedback"
)

// GroupSummary holds the headline metrics of one group (a month, a channel,
// or "all"). A metric is nil when the survey has no question with that role
// in the group. Its JSON shape is the `feedbackctl metrics --json` contract.
type GroupSummary struct {
	Group string `json:"group"`
	NPS   *NPS   `json:"nps,omitempty"`
	CSAT  *CSAT  `json:"csat,omitempty"`
	CES   *CES   `json:"ces,omitempty"`
}

// Summarize turns aggregated answer counts into per-group metrics, groups
// sorted by name. CSAT answers on different scales are compared by their
// satisfied share only: the group's CSAT uses the scale with the most
// answers for its mean and distribution and adds the other scales' counts
// to satisfied and n, so the percentage stays a share of all valid answers.
func Summarize(counts []feedback.ScoreCount) ([]GroupSummary, error) {
	type acc struct {
		nps     *NPSCounter
		csat    map[[2]int]*CSATCounter
		ces     *CESCounter
		cesInv  *CESCounter
		csatSum map[[2]int]int
	}
	groups := map[string]*acc{}
	get := func(g string) *acc {
		if groups[g] == nil {
			groups[g] = &acc{csat: map[[2]int]*CSATCounter{}, csatSum: map[[2]int]int{}}
		}
		return groups[g]
	}
	for _, c := range counts {
		a := get(c.Group)
		type counter interface {
			AddN(int, int)
			AddSkipped(int)
			AddInvalid(int)
		}
		var k counter
		switch c.Role {
		case feedback.RoleNPS:
			if a.nps == nil {
				a.nps = &NPSCounter{}
			}
			k = a.nps
		case feedback.RoleCSAT:
			scale := [2]int{c.ScaleMin, c.ScaleMax}
			if a.csat[scale] == nil {
				cc, err := NewCSATCounter(c.ScaleMin, c.ScaleMax)
				if err != nil {
					return nil, err
				}
				a.csat[scale] = cc
			}
			a.csatSum[scale] += c.Count
			k = a.csat[scale]
		case feedback.RoleCES:
			p := &a.ces
			if c.Inverted {
				p = &a.cesInv
			}
			if *p == nil {
				*p = NewCESCounter(c.Inverted)
			}
			k = *p
		default:
			continue
		}
		switch c.Status {
		case feedback.AnswerValid:
			k.AddN(c.Value, c.Count)
		case feedback.AnswerSkipped:
			k.AddSkipped(c.Count)
		default:
			k.AddInvalid(c.Count)
		}
	}
	out := make([]GroupSummary, 0, len(groups))
	for g, a := range groups {
		s := GroupSummary{Group: g}
		if a.nps != nil {
			r := a.nps.Result()
			s.NPS = &r
		}
		if len(a.csat) > 0 {
			r := mergeCSAT(a.csat, a.csatSum)
			s.CSAT = &r
		}
		if a.ces != nil || a.cesInv != nil {
			r := mergeCES(a.ces, a.cesInv)
			s.CES = &r
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Group < out[j].Group })
	return out, nil
}

// mergeCSAT combines CSAT counters of several scales (see Summarize).
func mergeCSAT(cs map[[2]int]*CSATCounter, sums map[[2]int]int) CSAT {
	var main [2]int
	best := -1
	for scale, n := range sums {
		if n > best || (n == best && scale[1] < main[1]) {
			main, best = scale, n
		}
	}
	r := cs[main].Result()
	if len(cs) == 1 {
		return r
	}
	for scale, c := range cs {
		if scale == main {
			continue
		}
		o := c.Result()
		r.N += o.N
		r.Satisfied += o.Satisfied
		r.Skipped += o.Skipped
		r.Invalid += o.Invalid
	}
	return csatFromShare(r)
}

// csatFromShare recomputes the share, interval and flags after merging.
func csatFromShare(r CSAT) CSAT {
	r.Valid = r.N > 0
	r.Indicative = r.N > 0 && r.N < MinSample
	if r.N > 0 {
		r.Percent = 100 * float64(r.Satisfied) / float64(r.N)
		r.CILow, r.CIHigh = Wilson(r.Satisfied, r.N)
	}
	return r
}

// mergeCES combines a regular and an inverted CES counter; both are already
// expressed on the "higher is easier" scale.
func mergeCES(a, b *CESCounter) CES {
	switch {
	case a == nil:
		return b.Result()
	case b == nil:
		return a.Result()
	}
	m := NewCESCounter(false)
	for _, c := range []*CESCounter{a, b} {
		r := c.Result()
		for _, d := range r.Distribution {
			m.AddN(d.Rating, d.Count)
		}
		m.AddSkipped(r.Skipped)
		m.AddInvalid(r.Invalid)
	}
	return m.Result()
}
