package report

import (
	"feedbackdesk/backend/feedback"
)

// dispositions in the order the Follow-ups sheet lists them.
var dispositions = []feedback.Disposition{feedback.DispCompleted, feedback.DispNoAnswer, feedback.DispBusy,
	feedback.DispRefused, feedback.DispWrongNumber, feedback.DispCallback}

var (
	followupHeader    = []string{"fu.col.figure", "sum.col.current", "sum.col.previous", "sum.col.change", "sum.col.note"}
	dispositionHeader = []string{"fu.col.disposition", "fu.col.attempts", "fu.col.share", "fu.col.previous"}
)

// writeFollowups writes the Follow-ups sheet (回访): attempts, customers
// dialled, reached and completed, contact and response rates against the
// previous period, and the attempts by disposition.
func (w *workbook) writeFollowups() error {
	sh := w.l("sheet.followups")
	if err := w.heading(sh, "sheet.followups"); err != nil {
		return err
	}
	if err := w.widths(sh, 30, 12, 12, 12, 60); err != nil {
		return err
	}
	c, p := w.fig.calls, w.fig.callsPrev
	r := 4
	if err := w.section(sh, r, len(followupHeader), "fu.rates"); err != nil {
		return err
	}
	r++
	if err := w.header(sh, r, followupHeader...); err != nil {
		return err
	}
	r++
	ints := []struct {
		key       string
		cur, prev int
	}{{"fu.attempts", c.Attempts, p.Attempts}, {"fu.dialled", c.Dialled, p.Dialled}, {"fu.reached", c.Reached, p.Reached},
		{"fu.completed", c.Completed, p.Completed}, {"fu.eligible", c.Eligible, p.Eligible}}
	for _, it := range ints {
		if err := w.row(sh, r, cell{w.l(it.key), w.st.text}, cell{it.cur, w.st.numStyle(fmtInt, false)},
			cell{it.prev, w.st.numStyle(fmtInt, false)}, cell{it.cur - it.prev, w.st.numStyle(fmtDeltaInt, false)}, cell{"", w.st.note}); err != nil {
			return err
		}
		r++
	}
	rates := []struct {
		key, note string
		cur, prev *float64
	}{{"kpi.contact_rate", "fu.contact_rate.note", c.ContactRate, p.ContactRate}, {"kpi.response_rate", "fu.response_rate.note", c.ResponseRate, p.ResponseRate}}
	for _, it := range rates {
		var delta *float64
		if it.cur != nil && it.prev != nil {
			d := 100 * (*it.cur - *it.prev)
			delta = &d
		}
		if err := w.row(sh, r, cell{w.l(it.key), w.st.text}, cell{it.cur, w.st.numStyle(fmtPct, false)},
			cell{it.prev, w.st.numStyle(fmtPct, false)}, cell{delta, w.st.numStyle(fmtDelta1, false)}, cell{w.l(it.note), w.st.note}); err != nil {
			return err
		}
		r++
	}
	r++
	if err := w.section(sh, r, len(followupHeader), "fu.dispositions"); err != nil {
		return err
	}
	r++
	if err := w.header(sh, r, dispositionHeader...); err != nil {
		return err
	}
	r++
	for _, d := range dispositions {
		var share *float64
		if c.Attempts > 0 {
			v := float64(c.ByDisposition[d]) / float64(c.Attempts)
			share = &v
		}
		if err := w.row(sh, r, cell{w.l("disp." + string(d)), w.st.text}, cell{c.ByDisposition[d], w.st.numStyle(fmtInt, false)},
			cell{share, w.st.numStyle(fmtPct, false)}, cell{p.ByDisposition[d], w.st.numStyle(fmtInt, false)}); err != nil {
			return err
		}
		r++
	}
	return nil
}
