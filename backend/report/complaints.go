package report

import (
	"strings"
	"time"

	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

var (
	categoryHeader = []string{"cp.col.category", "cp.col.tickets", "cp.col.share", "cp.col.breached", "cp.col.breach_rate"}
	targetHeader   = []string{"cp.col.target", "cp.col.met", "cp.col.breached_runs", "cp.col.n", "cp.col.attainment",
		"cp.col.median", "cp.col.p90", "cp.col.duration_n"}
	priorityHeader = []string{"cp.col.priority", "cp.col.tickets", "cp.col.share", "cp.col.breached", "cp.col.breach_rate"}
	breachedHeader = []string{"cp.col.id", "cp.col.created", "cp.col.title", "cp.col.category", "cp.col.priority",
		"cp.col.status", "cp.col.handler", "cp.col.customer", "cp.col.breached_targets"}
)

// complaintWidths are the column widths of the Complaints & SLA sheet (the
// breached-ticket list's columns).
var complaintWidths = []float64{24, 16, 40, 14, 10, 14, 14, 14, 26}

// writeComplaints writes the Complaints & SLA sheet: volume, tickets by
// category, attainment per target with median and P90 business time, by
// priority, and the list of breached tickets.
func (w *workbook) writeComplaints() error {
	sh := w.l("sheet.complaints")
	if err := w.heading(sh, "sheet.complaints"); err != nil {
		return err
	}
	if err := w.widths(sh, complaintWidths...); err != nil {
		return err
	}
	cp := w.fig.complaints
	fig := cp.SLA
	if fig == nil {
		fig = &slaservice.Figures{}
	}
	r := 4
	var err error
	if err := w.section(sh, r, len(breachedHeader), "cp.volume"); err != nil {
		return err
	}
	r++
	for _, kv := range []struct {
		key string
		v   int
	}{{"kpi.opened", cp.Opened}, {"kpi.resolved", cp.Resolved}, {"kpi.backlog", cp.Backlog}, {"cp.no_policy", fig.NoPolicy}} {
		if err := w.row(sh, r, cell{w.l(kv.key), w.st.text}, cell{kv.v, w.st.numStyle(fmtInt, false)}); err != nil {
			return err
		}
		r++
	}
	r++
	if r, err = w.breachTable(sh, r, "cp.by_category", categoryHeader, fig.ByCategory, fig.Tickets, w.categoryName); err != nil {
		return err
	}
	if err := w.section(sh, r, len(breachedHeader), "cp.attainment"); err != nil {
		return err
	}
	r++
	if err := w.header(sh, r, targetHeader...); err != nil {
		return err
	}
	r++
	for _, k := range sla.Kinds {
		a := attainment(fig, k)
		cells := []cell{{w.l("target." + string(k)), w.st.text}, {a.Met, w.st.numStyle(fmtInt, false)},
			{a.Breached, w.st.numStyle(fmtInt, false)}, {a.N, w.st.numStyle(fmtInt, false)}, {pctPtr(a.Percent), w.st.numStyle(fmtPct, false)}}
		for _, d := range fig.Durations {
			if d.Kind == k && d.N > 0 {
				cells = append(cells, cell{d.MedianMinutes / 60, w.st.numStyle(fmtDec1, false)},
					cell{d.P90Minutes / 60, w.st.numStyle(fmtDec1, false)}, cell{d.N, w.st.numStyle(fmtInt, false)})
			}
		}
		if err := w.row(sh, r, cells...); err != nil {
			return err
		}
		r++
	}
	r++
	if r, err = w.breachTable(sh, r, "cp.by_priority", priorityHeader, fig.ByPriority, fig.Tickets, func(k string) string { return k }); err != nil {
		return err
	}
	return w.breachedList(sh, r)
}

// breachTable writes tickets and breached tickets per group, returning the
// next free row.
func (w *workbook) breachTable(sh string, r int, titleKey string, header []string, groups []slaservice.GroupBreaches, total int, name func(string) string) (int, error) {
	if err := w.section(sh, r, len(breachedHeader), titleKey); err != nil {
		return r, err
	}
	r++
	if err := w.header(sh, r, header...); err != nil {
		return r, err
	}
	r++
	for _, g := range groups {
		var share, rate *float64
		if total > 0 {
			v := float64(g.Tickets) / float64(total)
			share = &v
		}
		if g.Tickets > 0 {
			v := float64(g.Breached) / float64(g.Tickets)
			rate = &v
		}
		if err := w.row(sh, r, cell{name(g.Key), w.st.text}, cell{g.Tickets, w.st.numStyle(fmtInt, false)}, cell{share, w.st.numStyle(fmtPct, false)},
			cell{g.Breached, w.st.numStyle(fmtInt, false)}, cell{rate, w.st.numStyle(fmtPct, false)}); err != nil {
			return r, err
		}
		r++
	}
	return r + 1, nil
}

// breachedList writes the tickets opened in the period with a breached
// target (newest first, at most maxBreachedRows, the total stated).
func (w *workbook) breachedList(sh string, r int) error {
	if err := w.section(sh, r, len(breachedHeader), "cp.breached_list"); err != nil {
		return err
	}
	r++
	if w.fig.breachedTotal > len(w.fig.breached) {
		if err := w.put(sh, 1, r, cell{w.lf("cp.breached_capped", fmtInt0(len(w.fig.breached)), fmtInt0(w.fig.breachedTotal)), w.st.intro}); err != nil {
			return err
		}
		r++
	}
	if err := w.header(sh, r, breachedHeader...); err != nil {
		return err
	}
	r++
	if len(w.fig.breached) == 0 {
		return w.put(sh, 1, r, cell{w.l("cp.breached_none"), w.st.grey})
	}
	loc := w.fig.period.Start.Location()
	for _, ts := range w.fig.breached {
		t := ts.Log.Ticket
		var kinds []string
		for _, k := range sla.Kinds {
			if ts.Result != nil && ts.Result.Target(k).State == sla.Breached {
				kinds = append(kinds, w.l("target."+string(k)))
			}
		}
		cells := []cell{{int(t.ID), w.st.id}, {wallClock(t.CreatedAt.In(loc)), w.st.numStyle(fmtDateMin, false)},
			{w.userText(t.Title), w.st.wrap}, {w.categoryName(t.Category), w.st.text}, {sla.PriorityKey(t.Priority), w.st.text},
			{w.l("status." + string(t.StatusCat)), w.st.text}, {w.userText(orUnset(w, t.HandlerName)), w.st.text},
			{w.userText(orUnset(w, t.CustomerName)), w.st.text}, {strings.Join(kinds, joinSep(w.o.Lang)), w.st.wrap}}
		if err := w.row(sh, r, cells...); err != nil {
			return err
		}
		if err := w.fitRow(sh, r, wrapped{cells[2].v.(string), complaintWidths[2]}, wrapped{cells[8].v.(string), complaintWidths[8]}); err != nil {
			return err
		}
		r++
	}
	return nil
}

// wallClock is t's wall-clock reading as a UTC time, so a date cell shows
// the time of day in t's zone.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// joinSep separates list items in lang.
func joinSep(lang string) string {
	if lang == "zh" {
		return "、"
	}
	return ", "
}
