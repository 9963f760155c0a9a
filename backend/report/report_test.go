package report

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/scorecard"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
)

// num reads a cell as a number; ok is false for a blank cell.
func num(tb testing.TB, f *excelize.File, sh string, col, row int) (float64, bool) {
	tb.Helper()
	v := raw(tb, f, sh, col, row)
	if v == "" {
		return 0, false
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		tb.Fatalf("%s!%s = %q, not a number", sh, at(col, row), v)
	}
	return x, true
}

// wantNum checks that the cell holds want (to float precision).
func wantNum(tb testing.TB, f *excelize.File, sh string, col, row int, want float64, what string) {
	tb.Helper()
	got, ok := num(tb, f, sh, col, row)
	if !ok || math.Abs(got-want) > 1e-9*max(1, math.Abs(want)) {
		tb.Errorf("%s (%s!%s) = %v (set %v), want %v", what, sh, at(col, row), got, ok, want)
	}
}

// kpiRowOf finds the Summary row of a KPI label key.
func kpiRowOf(tb testing.TB, f *excelize.File, lang, key string) int {
	tb.Helper()
	r := rowOf(tb, f, label(lang, "sheet.summary"), label(lang, key))
	if r == 0 {
		tb.Fatalf("no Summary row %q", label(lang, key))
	}
	return r
}

// TestSummaryEqualsDashboard: every KPI cell of the Summary is the
// dashboard's figure on the same data (survey headline with n and
// interval, previous period and change; complaints; SLA per target as
// `sla stats`; follow-up rates as the follow-up workspace), and the trend
// and segment cells are the dashboard's too.
func TestSummaryEqualsDashboard(t *testing.T) {
	db := demoDB(t)
	ctx := context.Background()
	res := generate(t, db, Options{Month: "2026-10"})
	if res.From != "2026-10-01" || res.To != "2026-10-31" || res.Lang != "zh" || res.PreviousFrom != "2026-09-01" {
		t.Fatalf("result %+v", res)
	}
	f := openBook(t, res.Path)
	q := dashboard.Query{From: "2026-10-01", To: "2026-10-31"}
	s, err := dashboard.SurveyFigures(ctx, db, q, testNow)
	if err != nil {
		t.Fatal(err)
	}
	c, err := dashboard.ComplaintFigures(ctx, db, dashboard.SLAOf(slaservice.New(db), testNow), q, testNow)
	if err != nil {
		t.Fatal(err)
	}
	sh := label("zh", "sheet.summary")
	h := s.Headline
	nps, csat, ces := h.Current.NPS, h.Current.CSAT, h.Current.CES
	if nps == nil || nps.N < 30 || csat == nil || ces == nil {
		t.Fatalf("demo October lacks figures: %+v", h.Current)
	}
	r := kpiRowOf(t, f, "zh", "kpi.nps")
	wantNum(t, f, sh, 2, r, nps.Score, "NPS")
	wantNum(t, f, sh, 3, r, float64(nps.N), "NPS n")
	wantNum(t, f, sh, 4, r, nps.CILow, "NPS low")
	wantNum(t, f, sh, 5, r, nps.CIHigh, "NPS high")
	wantNum(t, f, sh, 6, r, h.Previous.NPS.Score, "NPS previous")
	wantNum(t, f, sh, 7, r, h.NPSChange.Delta, "NPS change")
	wantVerdict := map[bool]string{true: "change.up", false: "change.not_significant"}[h.NPSChange.Significant]
	if h.NPSChange.Direction == "down" {
		wantVerdict = "change.down"
	}
	if got := raw(t, f, sh, 8, r); got != label("zh", wantVerdict) {
		t.Errorf("NPS verdict %q, want %q", got, label("zh", wantVerdict))
	}
	r = kpiRowOf(t, f, "zh", "kpi.csat")
	wantNum(t, f, sh, 2, r, csat.Percent/100, "CSAT")
	wantNum(t, f, sh, 3, r, float64(csat.N), "CSAT n")
	wantNum(t, f, sh, 4, r, csat.CILow/100, "CSAT low")
	wantNum(t, f, sh, 5, r, csat.CIHigh/100, "CSAT high")
	wantNum(t, f, sh, 7, r, h.CSATChange.Delta, "CSAT change")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.csat_mean"), csat.Mean, "CSAT mean")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.ces_mean"), ces.Mean, "CES mean")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.ces_easy"), ces.PercentEasy/100, "CES easy")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.promoters"), nps.PromoterShare/100, "promoters")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.responses"), float64(res.Responses), "responses")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.opened"), float64(c.Opened), "opened")
	wantNum(t, f, sh, 6, kpiRowOf(t, f, "zh", "kpi.opened"), float64(c.OpenedPrevious), "opened previous")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.resolved"), float64(c.Resolved), "resolved")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.backlog"), float64(c.Backlog), "backlog")
	if res.Tickets != c.Opened {
		t.Errorf("result tickets %d, want %d", res.Tickets, c.Opened)
	}
	// SLA as `sla stats --from --to` computes it.
	start, _ := feedback.ParseDay("2026-10-01")
	end, _ := feedback.ParseDay("2026-11-01")
	stats, err := slaservice.New(db).Figures(ctx, &start, &end, testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stats.Attainment {
		r := kpiRowOf(t, f, "zh", "kpi.sla."+string(a.Kind))
		if a.Percent == nil {
			t.Fatalf("no %s attainment in demo October", a.Kind)
		}
		wantNum(t, f, sh, 2, r, *a.Percent/100, "attainment "+string(a.Kind))
		wantNum(t, f, sh, 3, r, float64(a.N), "attainment n "+string(a.Kind))
	}
	outcomes, err := db.CallOutcomes(ctx, &start, &end)
	if err != nil {
		t.Fatal(err)
	}
	rates := feedback.ComputeCallRates(outcomes)
	if rates.ContactRate == nil || rates.ResponseRate == nil {
		t.Fatal("no follow-up calls in demo October")
	}
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.contact_rate"), *rates.ContactRate, "contact rate")
	wantNum(t, f, sh, 3, kpiRowOf(t, f, "zh", "kpi.contact_rate"), float64(rates.Dialled), "dialled")
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "zh", "kpi.response_rate"), *rates.ResponseRate, "response rate")

	// The highlights open with the headline NPS, as the KPI shows it.
	hl := rowOf(t, f, sh, label("zh", "sum.highlights"))
	first := raw(t, f, sh, 1, hl+1)
	if want := fmt.Sprintf(label("zh", "hl.nps"), fmtNum(nps.Score, 0), fmtInt0(nps.N), fmtNum(nps.CILow, 0), fmtNum(nps.CIHigh, 0)); !strings.Contains(first, want) {
		t.Errorf("first highlight %q lacks %q", first, want)
	}
	if hl == 0 || !strings.Contains(raw(t, f, sh, 1, hl+3), label("zh", "hl.movers")) {
		t.Errorf("no segment movers in the highlights: %q", raw(t, f, sh, 1, hl+3))
	}

	// Trends: one row per month, blank where a month has no answers.
	tr := label("zh", "sheet.trends")
	for i, g := range s.Trend {
		row := trendFirstRow + i
		if got := raw(t, f, tr, tcMonth, row); got != g.Group {
			t.Fatalf("trend row %d month %q, want %q", row, got, g.Group)
		}
		if g.NPS != nil && g.NPS.Valid {
			wantNum(t, f, tr, tcNPS, row, g.NPS.Score, "trend NPS "+g.Group)
			wantNum(t, f, tr, tcNPSLow, row, g.NPS.CILow, "trend NPS low "+g.Group)
			wantNum(t, f, tr, tcNPSN, row, float64(g.NPS.N), "trend NPS n "+g.Group)
		} else if _, ok := num(t, f, tr, tcNPS, row); ok {
			t.Errorf("trend %s without answers is not blank", g.Group)
		}
		wantNum(t, f, tr, tcOpened, row, float64(c.Trend[i].Opened), "trend opened "+g.Group)
		if p := attainment(c.Trend[i].SLA, sla.Resolution).Percent; p != nil {
			wantNum(t, f, tr, tcSLAResolution, row, *p/100, "trend resolution "+g.Group)
		}
	}
	// Segments: the phone channel, by its translated name; every group with
	// n < 30 marked indicative.
	sg := label("zh", "sheet.segments")
	w0 := &workbook{o: Options{Lang: "zh"}}
	for _, b := range s.Breakdowns {
		if b.By != "channel" {
			continue
		}
		indicative := 0
		for _, g := range b.Groups {
			if g.NPS != nil && g.NPS.Indicative {
				r := rowOf(t, f, sg, w0.groupName("channel", g.Group))
				if r == 0 || raw(t, f, sg, len(segmentHeader), r) != label("zh", "common.indicative") {
					t.Errorf("channel %s has n = %d but is not marked indicative", g.Group, g.NPS.N)
				}
				indicative++
			}
			if g.Group != "phone" {
				continue
			}
			r := rowOf(t, f, sg, label("zh", "channel.phone"))
			if r == 0 {
				t.Fatal("no phone row in Segments")
			}
			wantNum(t, f, sg, 2, r, g.NPS.Score, "phone NPS")
			wantNum(t, f, sg, 5, r, float64(g.NPS.N), "phone NPS n")
		}
		if indicative == 0 {
			t.Error("no channel with n < 30 in demo October: the indicative check checked nothing")
		}
	}
}

// TestOneSurveyEqualsMetricsCommand: scoped to one survey, the headline
// NPS and CSAT are `feedbackctl metrics --survey 1`'s.
func TestOneSurveyEqualsMetricsCommand(t *testing.T) {
	db := demoDB(t)
	res := generate(t, db, Options{Month: "2026-10", Lang: "en", SurveyIDs: []int64{1}})
	f := openBook(t, res.Path)
	groups, err := scorecard.Metrics(context.Background(), db, 1, "2026-10-01", "2026-10-31", "")
	if err != nil || len(groups) != 1 {
		t.Fatalf("metrics: %v %+v", err, groups)
	}
	g := groups[0]
	sh := label("en", "sheet.summary")
	if g.NPS == nil {
		t.Fatal("survey 1 has no NPS")
	}
	wantNum(t, f, sh, 2, kpiRowOf(t, f, "en", "kpi.nps"), g.NPS.Score, "NPS")
	wantNum(t, f, sh, 3, kpiRowOf(t, f, "en", "kpi.nps"), float64(g.NPS.N), "NPS n")
	if g.CSAT != nil && g.CSAT.Valid {
		wantNum(t, f, sh, 2, kpiRowOf(t, f, "en", "kpi.csat"), g.CSAT.Percent/100, "CSAT")
	}
}

// TestDataSheetAgreesWithSummary: the Data sheet lists every response of
// the period once, and the NPS recomputed from its NPS column is the
// Summary's NPS with the same n.
func TestDataSheetAgreesWithSummary(t *testing.T) {
	db := demoDB(t)
	res := generate(t, db, Options{Month: "2026-10", Lang: "en", IncludeData: true})
	f := openBook(t, res.Path)
	rows, err := f.Rows(label("en", "sheet.data"))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n, scored, promoters, detractors := -1, 0, 0, 0
	for rows.Next() {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n == 0 || len(cols) <= 11 || cols[11] == "" {
			continue
		}
		v, err := strconv.Atoi(cols[11])
		if err != nil {
			t.Fatalf("row %d NPS %q", n+1, cols[11])
		}
		scored++
		if v >= 9 {
			promoters++
		} else if v <= 6 {
			detractors++
		}
	}
	if n != res.DataRows || n != res.Responses {
		t.Fatalf("Data has %d rows, result says %d data rows and %d responses", n, res.DataRows, res.Responses)
	}
	sh := label("en", "sheet.summary")
	r := kpiRowOf(t, f, "en", "kpi.nps")
	wantNum(t, f, sh, 3, r, float64(scored), "NPS n from the Data sheet")
	wantNum(t, f, sh, 2, r, 100*float64(promoters-detractors)/float64(scored), "NPS from the Data sheet")
}

// TestFirstMonthSaysNoPreviousData: the first month with answers has no
// previous period to compare with, and says so instead of a blank verdict.
func TestFirstMonthSaysNoPreviousData(t *testing.T) {
	db := demoDB(t)
	res := generate(t, db, Options{Month: "2025-09"})
	f := openBook(t, res.Path)
	sh := label("zh", "sheet.summary")
	r := kpiRowOf(t, f, "zh", "kpi.nps")
	if got := raw(t, f, sh, 8, r); got != label("zh", "change.no_data") {
		t.Fatalf("first month NPS verdict %q", got)
	}
	if _, ok := num(t, f, sh, 6, r); ok {
		t.Fatal("a previous NPS is shown for a month without a previous period")
	}
	hl := rowOf(t, f, sh, label("zh", "sum.highlights"))
	if first := raw(t, f, sh, 1, hl+1); !strings.HasSuffix(first, label("zh", "hl.change_no_data")) {
		t.Fatalf("first highlight %q", first)
	}
}

// TestListsAreTheNewest: read backwards in growing windows, the breached
// tickets and the detractor comments are exactly the newest of the whole
// period, newest first, and their totals are the period's.
func TestListsAreTheNewest(t *testing.T) {
	db := demoDB(t)
	ctx := context.Background()
	oldV, oldB := maxVerbatims, maxBreachedRows
	maxVerbatims, maxBreachedRows = 7, 9
	t.Cleanup(func() { maxVerbatims, maxBreachedRows = oldV, oldB })
	p, err := dashboard.ParsePeriod("2025-12-01", "2026-10-31", testNow)
	if err != nil {
		t.Fatal(err)
	}
	fig := &figures{period: p}
	if err := loadBreached(ctx, db, testNow, fig); err != nil {
		t.Fatal(err)
	}
	all, total, err := slaservice.New(db).List(ctx, feedback.TicketFilter{From: &p.Start, To: &p.End, Breached: true}, testNow)
	if err != nil || total <= maxBreachedRows {
		t.Fatalf("breached %d, %v: the cap does not bite", total, err)
	}
	if len(fig.breached) != maxBreachedRows {
		t.Fatalf("%d breached rows, want %d", len(fig.breached), maxBreachedRows)
	}
	for i, ts := range fig.breached {
		if ts.Log.Ticket.ID != all[i].Log.Ticket.ID {
			t.Fatalf("breached row %d is ticket %d, want %d", i, ts.Log.Ticket.ID, all[i].Log.Ticket.ID)
		}
	}
	figs, err := slaservice.New(db).Figures(ctx, &p.Start, &p.End, testNow)
	if err != nil || breachedTickets(figs) != total {
		t.Fatalf("breached total from the figures %d, from the list %d (%v)", breachedTickets(figs), total, err)
	}
	v, err := loadVerbatims(ctx, db, Options{}, p)
	if err != nil {
		t.Fatal(err)
	}
	var want []int64
	err = db.EachScoredText(ctx, feedback.TextFilter{Start: p.Start, End: p.End}, func(s feedback.ScoredText) error {
		if s.NPS != nil && *s.NPS <= 6 {
			want = append(want, s.ResponseID)
		}
		return nil
	})
	if err != nil || len(want) <= maxVerbatims || v.detractors.total != len(want) || len(v.detractors.items) != maxVerbatims {
		t.Fatalf("detractors: %d in the period, total %d, %d listed (%v)", len(want), v.detractors.total, len(v.detractors.items), err)
	}
	for i, it := range v.detractors.items {
		if it.id != want[len(want)-1-i] {
			t.Fatalf("detractor row %d is response %d, want %d", i, it.id, want[len(want)-1-i])
		}
	}
	if len(v.complaints.items) != maxVerbatims || v.complaints.total <= maxVerbatims {
		t.Fatalf("complaints: %d listed of %d", len(v.complaints.items), v.complaints.total)
	}
}
