package report

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var chartRefRE = regexp.MustCompile(`<(?:c:)?f>([^<]*)</(?:c:)?f>`)

// TestTrendChartsReferenceTheTable: the Trends sheet carries four native
// charts (drawing parts in the zip) whose series read the 12-month table:
// NPS with its 95% low and high, CSAT with CES on a secondary axis,
// complaint volume columns, SLA attainment per target — names from the
// header row, categories from the month column.
func TestTrendChartsReferenceTheTable(t *testing.T) {
	db := demoDB(t)
	for _, lang := range []string{"zh", "en"} {
		res := generate(t, db, Options{Month: "2026-10", Lang: lang})
		charts := zipParts(t, res.Path, "xl/charts/chart")
		if len(charts) != 4 {
			t.Fatalf("%s: %d chart parts, want 4: %v", lang, len(charts), sortedKeys(charts))
		}
		q := "'" + label(lang, "sheet.trends") + "'!"
		col := func(c string) string { return q + "$" + c + "$6:$" + c + "$17" }
		head := func(c string) string { return q + "$" + c + "$5" }
		want := map[string][]string{ // chart kind → series columns
			"nps":    {"B", "C", "D"},
			"csat":   {"F", "H"},
			"volume": {"J", "K"},
			"sla":    {"L", "M", "N"},
		}
		found := map[string]bool{}
		for name, xml := range charts {
			var refs []string
			for _, m := range chartRefRE.FindAllStringSubmatch(xml, -1) {
				refs = append(refs, html.UnescapeString(m[1]))
			}
			for kind, cols := range want {
				if !slices.Contains(refs, col(cols[0])) {
					continue
				}
				found[kind] = true
				for _, c := range cols {
					if !slices.Contains(refs, col(c)) || !slices.Contains(refs, head(c)) {
						t.Errorf("%s %s (%s): no series %s with name %s in %v", lang, kind, name, col(c), head(c), refs)
					}
				}
				if !slices.Contains(refs, col("A")) {
					t.Errorf("%s %s: categories are not the month column: %v", lang, kind, refs)
				}
				wantType := "<lineChart>"
				if kind == "volume" {
					wantType = "<barChart>"
				}
				if !strings.Contains(xml, wantType) {
					t.Errorf("%s %s: no %s", lang, kind, wantType)
				}
				if kind == "csat" && strings.Count(xml, "<valAx>") != 2 {
					t.Errorf("%s: CES is not on a secondary axis", lang)
				}
			}
		}
		for kind := range want {
			if !found[kind] {
				t.Errorf("%s: no %s chart", lang, kind)
			}
		}
		drawings := zipParts(t, res.Path, "xl/drawings/drawing")
		frames := 0
		for _, d := range drawings {
			frames += strings.Count(d, "<xdr:graphicFrame")
		}
		if frames != 4 {
			t.Errorf("%s: %d chart frames, want 4", lang, frames)
		}
	}
}
