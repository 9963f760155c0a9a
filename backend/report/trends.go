package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sla"
)

// Trend table layout: header row, first month row, and columns.
const (
	trendHeaderRow = 5
	trendFirstRow  = 6
)

// Trend table columns (1-based).
const (
	tcMonth = iota + 1
	tcNPS
	tcNPSLow
	tcNPSHigh
	tcNPSN
	tcCSAT
	tcCSATN
	tcCESMean
	tcCESN
	tcOpened
	tcResolved
	tcSLAFirst
	tcSLANext
	tcSLAResolution
)

var trendHeader = []string{"tr.col.month", "tr.col.nps", "tr.col.low", "tr.col.high", "tr.col.nps_n", "tr.col.csat",
	"tr.col.csat_n", "tr.col.ces", "tr.col.ces_n", "tr.col.opened", "tr.col.resolved",
	"kpi.sla.first_response", "kpi.sla.next_reply", "kpi.sla.resolution"}

// writeTrends writes the 12-month table and its four native charts below
// it: NPS with its 95% band, CSAT and CES, complaint volume, SLA
// attainment.
func (w *workbook) writeTrends() error {
	sh := w.l("sheet.trends")
	if err := w.heading(sh, "sheet.trends"); err != nil {
		return err
	}
	if err := w.widths(sh, 10, 8, 9, 9, 8, 9, 8, 9, 8, 9, 9, 12, 12, 12); err != nil {
		return err
	}
	if err := w.section(sh, 4, len(trendHeader), "tr.table"); err != nil {
		return err
	}
	if err := w.header(sh, trendHeaderRow, trendHeader...); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, trendHeaderRow, 44); err != nil {
		return err
	}
	months := w.fig.surveys.Trend
	tickets := w.fig.complaints.Trend
	for i, g := range months {
		r := trendFirstRow + i
		if err := w.trendRow(sh, r, g, i); err != nil {
			return err
		}
		if i < len(tickets) {
			t := tickets[i]
			ss := []*float64{}
			for _, k := range sla.Kinds {
				ss = append(ss, pctPtr(attainment(t.SLA, k).Percent))
			}
			for j, c := range []cell{{t.Opened, w.st.numStyle(fmtInt, false)}, {t.Resolved, w.st.numStyle(fmtInt, false)},
				{ss[0], w.st.numStyle(fmtPct, false)}, {ss[1], w.st.numStyle(fmtPct, false)}, {ss[2], w.st.numStyle(fmtPct, false)}} {
				if err := w.put(sh, tcOpened+j, r, c); err != nil {
					return err
				}
			}
		}
	}
	last := trendFirstRow + len(months) - 1
	note := last + 1
	if err := w.put(sh, 1, note, cell{w.l("tr.note"), w.st.intro}); err != nil {
		return err
	}
	if err := w.f.MergeCell(sh, at(1, note), at(len(trendHeader), note)); err != nil {
		return err
	}
	if err := w.f.SetRowHeight(sh, note, 28); err != nil {
		return err
	}
	if err := w.freeze(sh, 2, trendFirstRow); err != nil {
		return err
	}
	return w.trendCharts(sh, last, note+2)
}

// trendRow writes one month's survey figures; months without answers stay
// blank (a gap in the charts, not a zero).
func (w *workbook) trendRow(sh string, r int, g metrics.GroupSummary, i int) error {
	if err := w.put(sh, tcMonth, r, cell{g.Group, w.st.text}); err != nil {
		return err
	}
	var cells [tcCESN + 1]cell
	for c := tcNPS; c <= tcCESN; c++ {
		cells[c] = cell{nil, w.st.text}
	}
	if n := g.NPS; n != nil && n.Valid {
		s := w.st.numStyle(fmtScore, n.Indicative)
		cells[tcNPS], cells[tcNPSLow], cells[tcNPSHigh] = cell{n.Score, s}, cell{n.CILow, s}, cell{n.CIHigh, s}
		cells[tcNPSN] = cell{n.N, w.st.numStyle(fmtInt, n.Indicative)}
	}
	if c := g.CSAT; c != nil && c.Valid {
		cells[tcCSAT], cells[tcCSATN] = cell{pct(c.Percent), w.st.numStyle(fmtPct, c.Indicative)}, cell{c.N, w.st.numStyle(fmtInt, c.Indicative)}
	}
	if c := g.CES; c != nil && c.Valid {
		cells[tcCESMean], cells[tcCESN] = cell{c.Mean, w.st.numStyle(fmtDec2, c.Indicative)}, cell{c.N, w.st.numStyle(fmtInt, c.Indicative)}
	}
	for c := tcNPS; c <= tcCESN; c++ {
		if err := w.put(sh, c, r, cells[c]); err != nil {
			return err
		}
	}
	return nil
}

// ref is an absolute range of column col, rows r1–r2 on sheet sh, as a
// chart formula ('Sheet name'!$B$6:$B$17).
func ref(sh string, col, r1, r2 int) string {
	c, _ := excelize.ColumnNumberToName(col)
	q := "'" + strings.ReplaceAll(sh, "'", "''") + "'"
	if r1 == r2 {
		return fmt.Sprintf("%s!$%s$%d", q, c, r1)
	}
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", q, c, r1, c, r2)
}

// Chart geometry: two charts per row of the grid.
const (
	chartWidth     = 500
	chartHeight    = 290
	chartRows      = 18 // rows a chart spans (with a gap below)
	chartRowPoints = 15 // their height: 20 px, so the rows hold a chart with room
	chartRightAt   = 9  // column of the right-hand chart (I)
)

// trendCharts adds the four charts, in a 2 × 2 grid from row top.
func (w *workbook) trendCharts(sh string, last, top int) error {
	first := trendFirstRow
	cats := ref(sh, tcMonth, first, last)
	series := func(col int, colour string, dash excelize.LineDashType, width float64) excelize.ChartSeries {
		fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
		return excelize.ChartSeries{Name: ref(sh, col, trendHeaderRow, trendHeaderRow), Categories: cats, Values: ref(sh, col, first, last),
			Fill: fill, Line: excelize.LineOptions{Width: width, Dash: dash},
			Marker: excelize.ChartMarker{Symbol: "circle", Size: 5, Fill: fill, Border: excelize.LineOptions{Type: excelize.LineNone}}}
	}
	axisFont := excelize.Font{Size: 8, Color: "595959", Family: fontFor(w.o.Lang)}
	band := func(col int) excelize.ChartSeries {
		s := series(col, "9DC3E6", excelize.LineDashDash, 1.25)
		s.Marker = excelize.ChartMarker{Symbol: "none"}
		return s
	}
	base := func(titleKey string, ss ...excelize.ChartSeries) *excelize.Chart {
		return &excelize.Chart{Type: excelize.Line, Series: ss, ShowBlanksAs: "gap",
			Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: w.l(titleKey), Font: &excelize.Font{Bold: true, Size: 11, Family: fontFor(w.o.Lang)}}}},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			XAxis:     excelize.ChartAxis{TickLabelPosition: excelize.ChartTickLabelLow, Font: axisFont},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: axisFont},
			Format:    excelize.GraphicOptions{OffsetX: 4, OffsetY: 4}}
	}
	nps := base("tr.chart.nps", series(tcNPS, "1F4E79", excelize.LineDashSolid, 2.25), band(tcNPSLow), band(tcNPSHigh))
	nps.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0"}
	csat := base("tr.chart.csat_ces", series(tcCSAT, "2E75B6", excelize.LineDashSolid, 2))
	csat.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0%"}
	ces := &excelize.Chart{Type: excelize.Line, Series: []excelize.ChartSeries{series(tcCESMean, "ED7D31", excelize.LineDashSolid, 2)},
		YAxis: excelize.ChartAxis{Secondary: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0"}, Font: axisFont}}
	volume := base("tr.chart.volume", series(tcOpened, "1F4E79", excelize.LineDashSolid, 1), series(tcResolved, "A5A5A5", excelize.LineDashSolid, 1))
	volume.Type = excelize.Col
	for i := range volume.Series {
		volume.Series[i].Marker = excelize.ChartMarker{}
	}
	volume.YAxis.Minimum = new(0.0)
	slaChart := base("tr.chart.sla", series(tcSLAFirst, "1F4E79", excelize.LineDashSolid, 2),
		series(tcSLANext, "70AD47", excelize.LineDashSolid, 2), series(tcSLAResolution, "ED7D31", excelize.LineDashSolid, 2))
	slaChart.YAxis.NumFmt = excelize.ChartNumFmt{CustomNumFmt: "0%"}
	slaChart.YAxis.Maximum, slaChart.YAxis.Minimum = new(1.0), new(0.0)
	// The charts print together on their own page, on rows of a known
	// height so that they never overlap.
	if err := w.f.InsertPageBreak(sh, at(1, top)); err != nil {
		return err
	}
	for r := top; r < top+2*chartRows+1; r++ {
		if err := w.f.SetRowHeight(sh, r, chartRowPoints); err != nil {
			return err
		}
	}
	if err := w.f.AddChart(sh, at(1, top), nps); err != nil {
		return err
	}
	if err := w.f.AddChart(sh, at(chartRightAt, top), csat, ces); err != nil {
		return err
	}
	if err := w.f.AddChart(sh, at(1, top+chartRows), volume); err != nil {
		return err
	}
	return w.f.AddChart(sh, at(chartRightAt, top+chartRows), slaChart)
}
