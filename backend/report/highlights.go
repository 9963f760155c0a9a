package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sla"
)

// maxMovers is how many segment movers the highlights name.
const maxMovers = 3

// mover is one segment whose NPS changed against the previous period.
type mover struct {
	by, group string
	cur, prev metrics.NPS
	change    metrics.Change
}

// highlights writes the Summary's short list: the headline change, the
// biggest segment movers, SLA breaches, complaint volume and top themes.
func (w *workbook) highlights() []string {
	var out []string
	h := w.fig.surveys.Headline
	if n := h.Current.NPS; n != nil && n.Valid {
		line := w.lf("hl.nps", fmtNum(n.Score, 0), fmtInt0(n.N), fmtNum(n.CILow, 0), fmtNum(n.CIHigh, 0))
		if h.NPSChange != nil {
			line += w.changePhrase(*h.NPSChange, "unit.points")
		} else {
			line += w.l("hl.change_no_data")
		}
		out = append(out, line)
	} else {
		out = append(out, w.l("hl.no_nps"))
	}
	if c := h.Current.CSAT; c != nil && c.Valid {
		line := w.lf("hl.csat", fmtNum(c.Percent, 1), fmtInt0(c.N))
		if h.CSATChange != nil {
			line += w.changePhrase(*h.CSATChange, "unit.pp")
		} else {
			line += w.l("hl.change_no_data")
		}
		out = append(out, line)
	}
	movers := w.movers()
	if len(movers) == 0 {
		out = append(out, w.l("hl.no_movers"))
	}
	if len(movers) > 0 {
		items := make([]string, len(movers))
		for i, m := range movers {
			verdict := w.l("hl.mover_not_significant")
			if m.change.Significant {
				verdict = w.l("hl.mover_significant")
			}
			items[i] = w.lf("hl.mover", w.l("seg."+m.by), w.groupName(m.by, m.group), fmtNum(m.prev.Score, 0), fmtNum(m.cur.Score, 0),
				fmtSigned(m.change.Delta, 0), fmtInt0(m.cur.N), verdict)
		}
		out = append(out, w.l("hl.movers")+strings.Join(items, w.l("hl.movers_sep"))+w.l("hl.movers_end"))
	}
	cp := w.fig.complaints
	out = append(out, w.lf("hl.complaints", fmtInt0(cp.Opened), fmtInt0(cp.OpenedPrevious), fmtInt0(cp.Resolved), fmtInt0(cp.Backlog)))
	if cp.SLA != nil {
		breached := 0
		for _, a := range cp.SLA.Attainment {
			breached += a.Breached
		}
		if a := attainment(cp.SLA, sla.Resolution); a.Percent != nil {
			line := w.lf("hl.sla", fmtNum(*a.Percent, 1), fmtInt0(a.N), fmtInt0(w.fig.breachedTotal))
			if len(cp.SLA.ByCategory) > 0 && cp.SLA.ByCategory[0].Breached > 0 {
				g := cp.SLA.ByCategory[0]
				line += w.lf("hl.sla_worst", w.categoryName(g.Key), fmtInt0(g.Breached), fmtInt0(g.Tickets))
			}
			out = append(out, line)
		} else if breached == 0 {
			out = append(out, w.l("hl.sla_none"))
		}
	}
	if th := w.fig.themes; th != nil && th.Texts > 0 {
		top := slices.Clone(th.Themes)
		slices.SortStableFunc(top, func(a, b themeFigure) int { return cmp.Compare(b.Mentions, a.Mentions) })
		var names []string
		for _, t := range top[:min(3, len(top))] {
			if t.Mentions > 0 {
				names = append(names, w.lf("hl.theme_item", w.localName(t.Key, t.Name, t.NameEn), fmtNum(t.Share, 1)))
			}
		}
		if len(names) > 0 {
			out = append(out, w.lf("hl.themes", fmtInt0(th.Texts), joinList(w.o.Lang, names)))
		}
	}
	return out
}

// changePhrase describes a change and its significance.
func (w *workbook) changePhrase(c metrics.Change, unit string) string {
	d := fmtSigned(c.Delta, 1) + w.l(unit)
	switch {
	case c.Reason == metrics.ReasonNoData:
		return w.l("hl.change_no_data")
	case c.Significant && c.Direction == metrics.DirectionUp:
		return w.lf("hl.change_up", d)
	case c.Significant:
		return w.lf("hl.change_down", d)
	case c.Reason == metrics.ReasonIndicative:
		return w.lf("hl.change_indicative", d)
	}
	return w.lf("hl.change_flat", d)
}

// movers returns the segments with the largest NPS change against the
// previous period among those with n ≥ 30 in both: significant ones first,
// then by the size of the change.
func (w *workbook) movers() []mover {
	prev := map[string]metrics.NPS{}
	for _, b := range w.fig.surveysPrev.Breakdowns {
		for _, g := range b.Groups {
			if g.NPS != nil {
				prev[b.By+"\x00"+g.Group] = *g.NPS
			}
		}
	}
	var ms []mover
	for _, b := range w.fig.surveys.Breakdowns {
		for _, g := range b.Groups {
			p, ok := prev[b.By+"\x00"+g.Group]
			if g.NPS == nil || !ok || g.NPS.N < metrics.MinSample || p.N < metrics.MinSample {
				continue
			}
			ms = append(ms, mover{by: b.By, group: g.Group, cur: *g.NPS, prev: p, change: metrics.CompareNPS(*g.NPS, p)})
		}
	}
	slices.SortStableFunc(ms, func(a, b mover) int {
		if a.change.Significant != b.change.Significant {
			if a.change.Significant {
				return -1
			}
			return 1
		}
		return cmp.Compare(math.Abs(b.change.Delta), math.Abs(a.change.Delta))
	})
	return ms[:min(maxMovers, len(ms))]
}

// fmtNum formats v with prec decimals.
func fmtNum(v float64, prec int) string { return fmt.Sprintf("%.*f", prec, v) }

// fmtSigned formats v with a sign.
func fmtSigned(v float64, prec int) string { return fmt.Sprintf("%+.*f", prec, v) }

// fmtInt0 formats a count with thousands separators.
func fmtInt0(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + fmtInt0(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// joinList joins items as a list in lang.
func joinList(lang string, items []string) string { return strings.Join(items, joinSep(lang)) }
