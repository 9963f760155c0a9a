package report

import (
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

// kpi is one line of the Summary's KPI table. Values are float64,
// *float64, int or nil (blank).
type kpi struct {
	key          string // label key
	cur, n       any
	low, high    any
	prev, delta  any
	format, dfmt string // number format of the values and of the change
	change       *metrics.Change
	indicative   bool // 0 < n < 30
	noteKey      string
}

// Column layout of the KPI table.
var summaryHeader = []string{"sum.col.kpi", "sum.col.current", "sum.col.n", "sum.col.low", "sum.col.high",
	"sum.col.previous", "sum.col.change", "sum.col.verdict", "sum.col.note"}

// kpiFirstRow is the first KPI row of the Summary (tests read from it).
const kpiFirstRow = 6

// writeSummary writes the Summary sheet: KPIs and highlights.
func (w *workbook) writeSummary() error {
	sh := w.l("sheet.summary")
	if err := w.heading(sh, "sheet.summary"); err != nil {
		return err
	}
	if err := w.widths(sh, 30, 11, 9, 10, 10, 11, 12, 24, 46); err != nil {
		return err
	}
	if err := w.section(sh, 4, len(summaryHeader), "sum.kpis"); err != nil {
		return err
	}
	if err := w.header(sh, 5, summaryHeader...); err != nil {
		return err
	}
	r := kpiFirstRow
	for _, k := range w.kpis() {
		if err := w.kpiRow(sh, r, k); err != nil {
			return err
		}
		r++
	}
	r++
	if err := w.section(sh, r, len(summaryHeader), "sum.highlights"); err != nil {
		return err
	}
	r++
	for _, h := range w.highlights() {
		if err := w.put(sh, 1, r, cell{"• " + h, w.st.bullet}); err != nil {
			return err
		}
		if err := w.f.MergeCell(sh, at(1, r), at(len(summaryHeader), r)); err != nil {
			return err
		}
		if err := w.f.SetRowHeight(sh, r, rowHeightFor(h, 150)); err != nil {
			return err
		}
		r++
	}
	r++
	if err := w.put(sh, 1, r, cell{w.l("sum.footnote"), w.st.intro}); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, at(1, r), at(len(summaryHeader), r)); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, r, 30); err != nil {
		return err
	}
	return w.freeze(sh, 2, kpiFirstRow)
}

// rowHeightFor is a row height (points) that shows text wrapped at about
// perLine characters (CJK characters count double).
func rowHeightFor(text string, perLine int) float64 {
	width := 0
	for _, r := range text {
		if r > 0x2E80 {
			width += 2
		} else {
			width++
		}
	}
	lines := width/perLine + 1
	return float64(max(lines, 1)) * 15
}

// kpiRow writes one KPI line.
func (w *workbook) kpiRow(sh string, r int, k kpi) error {
	num := w.st.numStyle(k.format, k.indicative)
	label := w.st.text
	if k.indicative {
		label = w.st.grey
	}
	dfmt := k.dfmt
	if dfmt == "" {
		dfmt = fmtDelta1
	}
	verdict := cell{nil, w.st.verdict}
	if k.change != nil {
		verdict = w.verdict(*k.change)
	}
	note := ""
	if k.noteKey != "" {
		note = w.l(k.noteKey)
	}
	if k.indicative {
		note = w.l("common.indicative") + (map[bool]string{true: "；", false: ""}[note != "" && w.o.Lang == "zh"]) + note
	}
	return w.row(sh, r, cell{w.l(k.key), label}, cell{k.cur, num}, cell{k.n, w.st.numStyle(fmtInt, k.indicative)},
		cell{k.low, num}, cell{k.high, num}, cell{k.prev, num}, cell{k.delta, w.st.numStyle(dfmt, k.indicative)},
		verdict, cell{note, w.st.note})
}

// verdict is the significance cell of a change (DOMAIN.md: arrows only
// when both n ≥ 30 and |z| > 1.96).
func (w *workbook) verdict(c metrics.Change) cell {
	switch {
	case c.Significant && c.Direction == metrics.DirectionUp:
		return cell{w.l("change.up"), w.st.good}
	case c.Significant && c.Direction == metrics.DirectionDown:
		return cell{w.l("change.down"), w.st.bad}
	case c.Reason == metrics.ReasonNoData:
		return cell{w.l("change.no_data"), w.st.verdictGrey}
	case c.Reason == metrics.ReasonIndicative:
		return cell{w.l("change.indicative"), w.st.verdictGrey}
	case c.Reason == metrics.ReasonNoVariance:
		return cell{w.l("change.no_variance"), w.st.verdictGrey}
	}
	return cell{w.l("change.not_significant"), w.st.verdict}
}

// kpis lists the Summary's KPIs from the dashboard figures.
func (w *workbook) kpis() []kpi {
	h := w.fig.surveys.Headline
	cur, prev := h.Current, h.Previous
	noData := &metrics.Change{Direction: metrics.DirectionNone, Reason: metrics.ReasonNoData}
	if h.NPSChange == nil && cur.NPS != nil && cur.NPS.Valid {
		h.NPSChange = noData // the previous period had no NPS answers
	}
	if h.CSATChange == nil && cur.CSAT != nil && cur.CSAT.Valid {
		h.CSATChange = noData
	}
	var out []kpi
	if n := cur.NPS; n != nil {
		k := kpi{key: "kpi.nps", cur: n.Score, n: n.N, low: n.CILow, high: n.CIHigh, format: fmtScore, change: h.NPSChange,
			indicative: n.Indicative, noteKey: "kpi.nps.note"}
		if !n.Valid {
			k.cur, k.low, k.high = nil, nil, nil
		}
		if p := prev.NPS; p != nil && p.Valid {
			k.prev = p.Score
		}
		if h.NPSChange != nil && h.NPSChange.Reason != metrics.ReasonNoData {
			k.delta = h.NPSChange.Delta
		}
		out = append(out, k,
			kpi{key: "kpi.promoters", cur: pct(n.PromoterShare), n: n.N, format: fmtPct, indicative: n.Indicative},
			kpi{key: "kpi.detractors", cur: pct(n.DetractorShare), n: n.N, format: fmtPct, indicative: n.Indicative})
	}
	if c := cur.CSAT; c != nil {
		k := kpi{key: "kpi.csat", cur: pct(c.Percent), n: c.N, low: pct(c.CILow), high: pct(c.CIHigh), format: fmtPct,
			change: h.CSATChange, indicative: c.Indicative, noteKey: "kpi.csat.note"}
		if p := prev.CSAT; p != nil && p.Valid {
			k.prev = pct(p.Percent)
		}
		if h.CSATChange != nil && h.CSATChange.Reason != metrics.ReasonNoData {
			k.delta = h.CSATChange.Delta
		}
		mean := kpi{key: "kpi.csat_mean", cur: c.Mean, n: c.N, format: fmtDec2, dfmt: fmtDelta2, indicative: c.Indicative}
		if p := prev.CSAT; p != nil && p.Valid && c.Valid {
			mean.prev, mean.delta = p.Mean, c.Mean-p.Mean
		}
		out = append(out, k, mean)
	}
	if c := cur.CES; c != nil {
		mean := kpi{key: "kpi.ces_mean", cur: c.Mean, n: c.N, format: fmtDec2, dfmt: fmtDelta2, indicative: c.Indicative, noteKey: "kpi.ces.note"}
		easy := kpi{key: "kpi.ces_easy", cur: pct(c.PercentEasy), n: c.N, format: fmtPct, indicative: c.Indicative}
		if p := prev.CES; p != nil && p.Valid && c.Valid {
			mean.prev, mean.delta = p.Mean, c.Mean-p.Mean
			easy.prev, easy.delta = pct(p.PercentEasy), c.PercentEasy-p.PercentEasy
		}
		out = append(out, mean, easy)
	}
	out = append(out, kpi{key: "kpi.responses", cur: w.fig.responses, format: fmtInt})
	cp := w.fig.complaints
	out = append(out,
		kpi{key: "kpi.opened", cur: cp.Opened, prev: cp.OpenedPrevious, delta: cp.Opened - cp.OpenedPrevious, format: fmtInt, dfmt: fmtDeltaInt},
		kpi{key: "kpi.resolved", cur: cp.Resolved, prev: cp.ResolvedPrevious, delta: cp.Resolved - cp.ResolvedPrevious, format: fmtInt, dfmt: fmtDeltaInt},
		kpi{key: "kpi.backlog", cur: cp.Backlog, format: fmtInt, noteKey: "kpi.backlog.note"})
	for _, kind := range sla.Kinds {
		a, p := attainment(cp.SLA, kind), attainment(w.fig.slaPrev, kind)
		k := kpi{key: "kpi.sla." + string(kind), cur: pctPtr(a.Percent), n: a.N, prev: pctPtr(p.Percent), format: fmtPct,
			indicative: a.N > 0 && a.N < metrics.MinSample}
		if a.Percent != nil && p.Percent != nil {
			k.delta = *a.Percent - *p.Percent
		}
		out = append(out, k)
	}
	c, cprev := w.fig.calls, w.fig.callsPrev
	contact := kpi{key: "kpi.contact_rate", cur: c.ContactRate, n: c.Dialled, prev: cprev.ContactRate, format: fmtPct,
		indicative: c.Dialled > 0 && c.Dialled < metrics.MinSample}
	response := kpi{key: "kpi.response_rate", cur: c.ResponseRate, n: c.Eligible, prev: cprev.ResponseRate, format: fmtPct,
		indicative: c.Eligible > 0 && c.Eligible < metrics.MinSample}
	if c.ContactRate != nil && cprev.ContactRate != nil {
		contact.delta = 100 * (*c.ContactRate - *cprev.ContactRate)
	}
	if c.ResponseRate != nil && cprev.ResponseRate != nil {
		response.delta = 100 * (*c.ResponseRate - *cprev.ResponseRate)
	}
	return append(out, contact, response)
}

// attainment returns the attainment of target kind in fig (zero when absent).
func attainment(fig *slaservice.Figures, kind sla.Kind) slaservice.TargetAttainment {
	if fig != nil {
		for _, a := range fig.Attainment {
			if a.Kind == kind {
				return a
			}
		}
	}
	return slaservice.TargetAttainment{Kind: kind}
}
