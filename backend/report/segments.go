package report

import (
	"cmp"
	"slices"

	"feedbackdesk/backend/metrics"
)

var themeHeader = []string{"vb.col.theme", "vb.col.mentions", "vb.col.share", "vb.col.nps_with", "vb.col.n_with",
	"vb.col.nps_without", "vb.col.n_without", "vb.col.delta", "vb.col.tickets"}

var segmentHeader = []string{"seg.col.group", "seg.col.nps", "seg.col.low", "seg.col.high", "seg.col.nps_n",
	"seg.col.csat", "seg.col.csat_low", "seg.col.csat_high", "seg.col.csat_n", "seg.col.ces", "seg.col.ces_n", "seg.col.note"}

// writeSegments writes one table per breakdown (channel, region, product,
// agent, customer tier): NPS and CSAT with n and 95% intervals, CES mean;
// groups with n < 30 are grey and marked indicative.
func (w *workbook) writeSegments() error {
	sh := w.l("sheet.segments")
	if err := w.heading(sh, "sheet.segments"); err != nil {
		return err
	}
	if err := w.widths(sh, 26, 8, 9, 9, 8, 9, 9, 9, 8, 9, 8, 18); err != nil {
		return err
	}
	r := 4
	if err := w.put(sh, 1, r, cell{w.l("seg.intro"), w.st.intro}); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, at(1, r), at(len(segmentHeader), r)); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, r, 28); err != nil {
		return err
	}
	r += 2
	for _, b := range w.fig.surveys.Breakdowns {
		if err := w.section(sh, r, len(segmentHeader), "seg."+b.By); err != nil {
			return err
		}
		r++
		if err := w.header(sh, r, segmentHeader...); err != nil {
			return err
		}
		r++
		groups := slices.Clone(b.Groups)
		slices.SortStableFunc(groups, func(a, b metrics.GroupSummary) int { return cmp.Compare(npsN(b), npsN(a)) })
		if len(groups) == 0 {
			if err := w.put(sh, 1, r, cell{w.l("seg.empty"), w.st.grey}); err != nil {
				return err
			}
			r++
		}
		for _, g := range groups {
			if err := w.segmentRow(sh, r, b.By, g); err != nil {
				return err
			}
			r++
		}
		r++
	}
	_, err := w.themeTable(sh, r)
	return err
}

// npsN is the NPS n of a group (0 without NPS answers).
func npsN(g metrics.GroupSummary) int {
	if g.NPS == nil {
		return 0
	}
	return g.NPS.N
}

// segmentRow writes one group.
func (w *workbook) segmentRow(sh string, r int, by string, g metrics.GroupSummary) error {
	cells := make([]cell, len(segmentHeader))
	for i := range cells {
		cells[i] = cell{nil, w.st.text}
	}
	ind := false
	if n := g.NPS; n != nil && n.Valid {
		ind = n.Indicative
		s := w.st.numStyle(fmtScore, n.Indicative)
		cells[1], cells[2], cells[3], cells[4] = cell{n.Score, s}, cell{n.CILow, s}, cell{n.CIHigh, s}, cell{n.N, w.st.numStyle(fmtInt, n.Indicative)}
	}
	if c := g.CSAT; c != nil && c.Valid {
		ind = ind || c.Indicative
		s := w.st.numStyle(fmtPct, c.Indicative)
		cells[5], cells[6], cells[7], cells[8] = cell{pct(c.Percent), s}, cell{pct(c.CILow), s}, cell{pct(c.CIHigh), s}, cell{c.N, w.st.numStyle(fmtInt, c.Indicative)}
	}
	if c := g.CES; c != nil && c.Valid {
		ind = ind || c.Indicative
		cells[9], cells[10] = cell{c.Mean, w.st.numStyle(fmtDec2, c.Indicative)}, cell{c.N, w.st.numStyle(fmtInt, c.Indicative)}
	}
	name := cell{w.groupName(by, g.Group), w.st.text}
	if ind {
		name.style = w.st.grey
		cells[11] = cell{w.l("common.indicative"), w.st.grey}
	}
	cells[0] = name
	return w.row(sh, r, cells...)
}

// themeTable writes the period's theme figures (the dashboard's), and
// returns the next free row.
func (w *workbook) themeTable(sh string, r int) (int, error) {
	if err := w.section(sh, r, len(segmentHeader), "vb.themes"); err != nil {
		return r, err
	}
	r++
	th := w.fig.themes
	if err := w.put(sh, 1, r, cell{w.lf("vb.themes_intro", fmtInt0(th.Texts), fmtInt0(th.Tickets)), w.st.intro}); err != nil {
		return r, err
	}
	r++
	if err := w.header(sh, r, themeHeader...); err != nil {
		return r, err
	}
	r++
	for _, t := range th.Themes {
		im := t.Impact
		with, without := cell{nil, w.st.text}, cell{nil, w.st.text}
		if im.With.Valid {
			with = cell{im.With.Score, w.st.numStyle(fmtScore, im.With.Indicative)}
		}
		if im.Without.Valid {
			without = cell{im.Without.Score, w.st.numStyle(fmtScore, im.Without.Indicative)}
		}
		if err := w.row(sh, r, cell{w.localName(t.Key, t.Name, t.NameEn), w.st.text}, cell{t.Mentions, w.st.numStyle(fmtInt, false)},
			cell{pct(t.Share), w.st.numStyle(fmtPct, false)}, with, cell{im.With.N, w.st.numStyle(fmtInt, im.With.Indicative)},
			without, cell{im.Without.N, w.st.numStyle(fmtInt, im.Without.Indicative)}, cell{im.Delta, w.st.numStyle(fmtDelta1, false)},
			cell{t.TicketMentions, w.st.numStyle(fmtInt, false)}); err != nil {
			return r, err
		}
		r++
	}
	return r + 1, nil
}
