package report

import (
	"github.com/xuri/excelize/v2"
)

// fontFor is the workbook font of a language: a CJK font that every
// Chinese Windows has (LibreOffice substitutes Noto Sans CJK), else Calibri.
func fontFor(lang string) string {
	if lang == "zh" {
		return "Microsoft YaHei"
	}
	return "Calibri"
}

// Colours of the report.
const (
	colourHeader  = "1F4E79" // dark blue header fill
	colourSection = "1F4E79"
	colourGrey    = "7F7F7F"
	colourGood    = "2E7D32"
	colourBad     = "C62828"
	colourBand    = "DDEBF7" // light blue zebra/KPI fill
	colourBorder  = "BFBFBF"
)

// Number formats.
const (
	fmtInt      = "#,##0"
	fmtScore    = "0"    // NPS points, kept as floats, shown as integers
	fmtDec1     = "0.0"  // hours, points
	fmtDec2     = "0.00" // mean ratings
	fmtPct      = "0.0%" // shares kept as fractions
	fmtDelta    = "+0;-0;0"
	fmtDeltaInt = "+#,##0;-#,##0;0" // counts
	fmtDelta1   = "+0.0;-0.0;0.0"
	fmtDelta2   = "+0.00;-0.00;0.00"
	fmtDateMin  = "yyyy-mm-dd hh:mm"
)

// styles are the style IDs of the report's cells. Number styles come in a
// plain and a grey ("indicative", n < 30) variant.
type styles struct {
	title, subtitle, section, header, text, wrap, note, bullet int
	good, bad, grey, verdict, verdictGrey, intro               int
	id                                                         int               // record numbers, centred
	num                                                        map[string][2]int // format → {plain, grey}
}

// newStyles registers the styles in f.
func newStyles(f *excelize.File, lang string) (styles, error) {
	family := fontFor(lang)
	var err error
	st := styles{num: map[string][2]int{}}
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		if s.Font == nil {
			s.Font = &excelize.Font{}
		}
		s.Font.Family = family
		if s.Font.Size == 0 {
			s.Font.Size = 10
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	border := []excelize.Border{{Type: "bottom", Color: colourBorder, Style: 1}}
	top := &excelize.Alignment{Vertical: "top"}
	st.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: colourSection}})
	st.subtitle = mk(&excelize.Style{Font: &excelize.Font{Color: colourGrey}})
	st.section = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: colourSection},
		Border: []excelize.Border{{Type: "bottom", Color: colourSection, Style: 2}}})
	st.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colourHeader}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Border: border})
	st.text = mk(&excelize.Style{Border: border, Alignment: top})
	st.wrap = mk(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.note = mk(&excelize.Style{Font: &excelize.Font{Italic: true, Color: colourGrey, Size: 9}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true, Indent: 1}})
	st.intro = mk(&excelize.Style{Font: &excelize.Font{Italic: true, Color: colourGrey, Size: 9}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	st.bullet = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	idFmt := "0"
	st.id = mk(&excelize.Style{CustomNumFmt: &idFmt, Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	indent := &excelize.Alignment{Horizontal: "left", Vertical: "top", Indent: 1}
	st.good = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: colourGood}, Border: border, Alignment: indent})
	st.bad = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: colourBad}, Border: border, Alignment: indent})
	st.verdict = mk(&excelize.Style{Border: border, Alignment: indent})
	st.verdictGrey = mk(&excelize.Style{Font: &excelize.Font{Italic: true, Color: colourGrey}, Border: border, Alignment: indent})
	st.grey = mk(&excelize.Style{Font: &excelize.Font{Italic: true, Color: colourGrey}, Border: border, Alignment: top})
	for _, nf := range []string{fmtInt, fmtScore, fmtDec1, fmtDec2, fmtPct, fmtDelta, fmtDeltaInt, fmtDelta1, fmtDelta2, fmtDateMin} {
		code := nf
		plain := mk(&excelize.Style{CustomNumFmt: &code, Border: border, Alignment: top})
		grey := mk(&excelize.Style{CustomNumFmt: &code, Border: border, Alignment: top, Font: &excelize.Font{Italic: true, Color: colourGrey}})
		st.num[nf] = [2]int{plain, grey}
	}
	return st, err
}

// numStyle returns the style of a number format, grey when indicative.
func (st styles) numStyle(format string, indicative bool) int {
	if indicative {
		return st.num[format][1]
	}
	return st.num[format][0]
}
