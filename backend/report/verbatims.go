package report

import (
	"context"
	"slices"
	"strings"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
	"feedbackdesk/backend/themes"
)

// maxVerbatims bounds each verbatim list (the newest are kept; the total
// is stated).
var maxVerbatims = 500 // a variable so that tests can make the cap bite

var (
	detractorHeader  = []string{"vb.col.response", "vb.col.submitted", "vb.col.score", "vb.col.comment", "vb.col.themes"}
	ticketTextHeader = []string{"vb.col.ticket", "", "", "vb.col.ticket_text", "vb.col.themes"}
)

// verbatimWidths are the Verbatims columns: ID, time, score, text, themes.
var verbatimWidths = []float64{10, 16, 7, 72, 28}

// verbatim is one text with its themes.
type verbatim struct {
	id     int64
	at     feedback.ScoredText
	themes []string
}

// newest is a list of the newest texts of a period, newest first, and
// how many the period has in all.
type newest struct {
	items []verbatim
	total int
}

// backwards calls read for windows of p from its end backwards — the last
// day, the two days before, then four, and so on — until enough is true or
// the period is read. A list of the newest few hundred texts of a busy
// month then reads a few days, not the month.
func backwards(p dashboard.Period, enough func() bool, read func(start, end time.Time) error) error {
	end := p.End
	for span := 24 * time.Hour; end.After(p.Start) && !enough(); span *= 2 {
		start := end.Add(-span)
		if start.Before(p.Start) {
			start = p.Start
		}
		if err := read(start, end); err != nil {
			return err
		}
		end = start
	}
	return nil
}

// verbatims are the period's texts the Verbatims sheet lists, read with
// the codebook that tags them.
type verbatims struct {
	codebook   themes.Codebook
	detractors newest
	complaints newest
}

// loadVerbatims reads the newest maxVerbatims detractor comments of the
// period (with the themes the codebook and people's decisions give them)
// and complaint texts, and how many there are in all (from the theme
// index, brought up to date first). It touches no workbook state, so it
// runs beside the Data sheet.
func loadVerbatims(ctx context.Context, db *sqlite.DB, o Options, p dashboard.Period) (*verbatims, error) {
	cb, m, _, err := dashboard.RefreshThemes(ctx, db) // the totals read the theme index
	if err != nil {
		return nil, err
	}
	v := &verbatims{codebook: cb}
	f := feedback.TextFilter{Start: p.Start, End: p.End, SurveyIDs: o.SurveyIDs, Segments: o.Segments}
	overrides, err := db.ThemeOverrides(ctx, f)
	if err != nil {
		return nil, err
	}
	counts, err := db.ResponseTextCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, c := range counts {
		if c.NPS != nil && *c.NPS <= metrics.NPSDetractorMax {
			v.detractors.total += c.N
		}
	}
	full := func(n *newest) func() bool { return func() bool { return len(n.items) >= maxVerbatims } }
	err = backwards(p, full(&v.detractors), func(start, end time.Time) error {
		w := f
		w.Start, w.End = start, end
		var window []verbatim
		err := db.EachScoredText(ctx, w, func(t feedback.ScoredText) error {
			if t.NPS != nil && *t.NPS <= metrics.NPSDetractorMax {
				window = append(window, verbatim{id: t.ResponseID, at: t, themes: dashboard.Tag(m, t.Text, overrides[t.ResponseID])})
			}
			return ctx.Err()
		})
		slices.Reverse(window)
		v.detractors.items = append(v.detractors.items, window...)
		return err
	})
	if err != nil {
		return nil, err
	}
	if v.complaints.total, err = db.TicketsOpened(ctx, p.Start, p.End, ""); err != nil {
		return nil, err
	}
	err = backwards(p, full(&v.complaints), func(start, end time.Time) error {
		var window []verbatim
		err := db.EachTicketText(ctx, start, end, func(id int64, text string) error {
			window = append(window, verbatim{id: id, at: feedback.ScoredText{Text: text}})
			return ctx.Err()
		})
		slices.Reverse(window)
		v.complaints.items = append(v.complaints.items, window...)
		return err
	})
	if err != nil {
		return nil, err
	}
	v.detractors.items = v.detractors.items[:min(len(v.detractors.items), maxVerbatims)]
	v.complaints.items = v.complaints.items[:min(len(v.complaints.items), maxVerbatims)]
	// A person's decisions on a complaint's themes, for the complaints shown.
	for i := range v.complaints.items {
		it := &v.complaints.items[i]
		decisions, err := db.ThemeDecisions(ctx, "ticket", it.id)
		if err != nil {
			return nil, err
		}
		it.themes = dashboard.Tag(m, it.at.Text, decisions)
	}
	return v, nil
}

// writeVerbatims writes the Verbatims sheet: the period's detractor
// comments and complaint texts with their themes, newest first.
func (w *workbook) writeVerbatims() error {
	sh := w.l("sheet.verbatims")
	if err := w.heading(sh, "sheet.verbatims"); err != nil {
		return err
	}
	if err := w.widths(sh, verbatimWidths...); err != nil {
		return err
	}
	v := w.fig.verbatims
	names := map[string]string{}
	for _, t := range v.codebook {
		names[t.Key] = w.localName(t.Key, t.Name, t.NameEn)
	}
	themeList := func(keys []string) string {
		out := make([]string, len(keys))
		for i, k := range keys {
			out[i] = names[k]
			if out[i] == "" {
				out[i] = w.userText(k)
			}
		}
		return strings.Join(out, joinSep(w.o.Lang))
	}
	loc := w.fig.period.Start.Location()
	r, err := w.verbatimList(sh, 4, "vb.detractors", detractorHeader, &v.detractors, func(v verbatim) []cell {
		return []cell{{int(v.id), w.st.id}, {wallClock(v.at.SubmittedAt.In(loc)), w.st.numStyle(fmtDateMin, false)},
			{*v.at.NPS, w.st.numStyle(fmtScore, false)}, {w.userText(v.at.Text), w.st.wrap}, {themeList(v.themes), w.st.wrap}}
	})
	if err != nil {
		return err
	}
	_, err = w.verbatimList(sh, r, "vb.complaints", ticketTextHeader, &v.complaints, func(v verbatim) []cell {
		return []cell{{int(v.id), w.st.id}, {nil, w.st.text}, {nil, w.st.text},
			{w.userText(v.at.Text), w.st.wrap}, {themeList(v.themes), w.st.wrap}}
	})
	return err
}

// verbatimList writes one list of texts, newest first, and returns the
// next free row.
func (w *workbook) verbatimList(sh string, r int, titleKey string, header []string, n *newest, cells func(verbatim) []cell) (int, error) {
	if err := w.section(sh, r, len(detractorHeader), titleKey); err != nil {
		return r, err
	}
	r++
	note := w.lf("vb.count", fmtInt0(n.total))
	if n.total > len(n.items) {
		note = w.lf("vb.capped", fmtInt0(len(n.items)), fmtInt0(n.total))
	}
	if err := w.put(sh, 1, r, cell{note, w.st.intro}); err != nil {
		return r, err
	}
	r++
	if err := w.header(sh, r, header...); err != nil {
		return r, err
	}
	r++
	for _, v := range n.items {
		cs := cells(v)
		if err := w.row(sh, r, cs...); err != nil {
			return r, err
		}
		text, _ := cs[3].v.(string)
		themes, _ := cs[4].v.(string)
		if err := w.fitRow(sh, r, wrapped{text, verbatimWidths[3]}, wrapped{themes, verbatimWidths[4]}); err != nil {
			return r, err
		}
		r++
	}
	return r + 1, nil
}
