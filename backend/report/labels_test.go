package report

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLabelTablesAreComplete: every label has both texts with the same
// format verbs, and every label key the code names exists.
func TestLabelTablesAreComplete(t *testing.T) {
	verbs := regexp.MustCompile(`%[sdv%]`)
	for k, l := range labels {
		if l[0] == "" || l[1] == "" {
			t.Errorf("%s: missing text %q", k, l)
		}
		if !slices.Equal(verbs.FindAllString(l[0], -1), verbs.FindAllString(l[1], -1)) {
			t.Errorf("%s: zh and en verbs differ: %q", k, l)
		}
	}
	for _, d := range definitions {
		for _, s := range [][2]string{d.term, d.formula, d.denominator} {
			if s[0] == "" || s[1] == "" {
				t.Errorf("definition %q lacks a language", d.term)
			}
		}
	}
	files, _ := filepath.Glob("*.go")
	key := regexp.MustCompile(`"((?:doc|sheet|common|unit|sum|kpi|change|hl|tr|seg|cp|vb|fu|disp|def|data|target|status|tier|channel)\.[a-z_.]+[a-z_])"`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "labels.go" {
			continue
		}
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range key.FindAllStringSubmatch(string(body), -1) {
			if _, ok := labels[m[1]]; !ok {
				t.Errorf("%s names label %q, which does not exist", name, m[1])
			}
		}
	}
}

// TestBothLanguages: the zh and en workbooks have their own sheet names,
// no cell shows an untranslated label key, the English labels carry no
// Chinese, and the document properties, print setup and font are set.
func TestBothLanguages(t *testing.T) {
	db := demoDB(t)
	wantSheets := map[string][]string{
		"zh": {"摘要", "趋势", "分组", "投诉与SLA", "客户原声", "回访", "指标定义", "数据"},
		"en": {"Summary", "Trends", "Segments", "Complaints & SLA", "Verbatims", "Follow-ups", "Definitions", "Data"},
	}
	keyLike := regexp.MustCompile(`^[a-z]+(\.[a-z_]+)+$`)
	for _, lang := range []string{"zh", "en"} {
		res := generate(t, db, Options{Month: "2026-10", Lang: lang, IncludeData: true})
		if !slices.Equal(res.Sheets, wantSheets[lang]) {
			t.Fatalf("%s sheets %v", lang, res.Sheets)
		}
		f := openBook(t, res.Path)
		for _, sh := range res.Sheets {
			rows, err := f.GetRows(sh)
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for c, v := range row {
					if keyLike.MatchString(v) {
						t.Errorf("%s %s!%s shows the key %q", lang, sh, at(c+1, r+1), v)
					}
				}
			}
		}
		sum := label(lang, "sheet.summary")
		if got, _ := f.GetCellValue(sum, "A5"); got != label(lang, "sum.col.kpi") {
			t.Errorf("%s Summary header %q", lang, got)
		}
		if lang == "en" {
			for _, sh := range res.Sheets[:len(res.Sheets)-1] {
				// Column A holds labels (and user text only on the lists).
				for r := 1; r <= 8; r++ {
					v, _ := f.GetCellValue(sh, at(1, r))
					if strings.IndexFunc(v, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
						t.Errorf("en %s!A%d has Chinese: %q", sh, r, v)
					}
				}
			}
		}
		props, err := f.GetDocProps()
		if err != nil || props.Creator != "Feedback Desk" || props.Title != fmt.Sprintf(label(lang, "doc.title_month"), "2026-10") ||
			props.Created == "" || props.Subject == "" {
			t.Errorf("%s doc props %+v %v", lang, props, err)
		}
		if font, _ := f.GetDefaultFont(); font != fontFor(lang) {
			t.Errorf("%s font %q", lang, font)
		}
		layout, err := f.GetPageLayout(sum)
		if err != nil || layout.Size == nil || *layout.Size != 9 || layout.Orientation == nil || *layout.Orientation != "landscape" ||
			layout.FitToWidth == nil || *layout.FitToWidth != 1 {
			t.Errorf("%s page layout %+v %v", lang, layout, err)
		}
		panes, err := f.GetPanes(sum)
		if err != nil || !panes.Freeze || panes.YSplit != kpiFirstRow-1 {
			t.Errorf("%s summary panes %+v", lang, panes)
		}
		if style, _ := f.GetCellStyle(sum, at(2, kpiFirstRow)); style == 0 {
			t.Errorf("%s: KPI value unstyled", lang)
		} else if s, _ := f.GetStyle(style); s.CustomNumFmt == nil || *s.CustomNumFmt != fmtScore {
			t.Errorf("%s: NPS format %+v", lang, s)
		}
	}
}
