package demo

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// ExportHeaders are the columns of a survey platform's response export, as
// Chinese survey tools write them.
var ExportHeaders = []string{"序号", "提交时间", "客户姓名", "手机", "渠道", "地区", "产品", "客服", "推荐意愿(0-10)", "满意度", "意见建议"}

// exportRows streams rows of a messy survey export: most cells clean, some
// full-width digits, "10分", blank cells, invalid scores and mixed date
// formats — what import code meets in real files. Cell values are int,
// string, time.Time (wall clock in Shanghai, location UTC) or nil (blank).
type exportRows struct {
	rng  *rand.Rand
	run  *run
	rows int
	i    int
}

func newExportRows(seed int64, rows int) *exportRows {
	g := New(seed, 1)
	r := newRun(g)
	return &exportRows{rng: r.rng(secExport), run: r, rows: rows}
}

// next returns the next row, or nil after the last.
func (x *exportRows) next() []any {
	if x.i >= x.rows {
		return nil
	}
	rng, i := x.rng, x.i
	x.i++
	e := &experience{at: x.run.timeline.at(rng, i, x.rows, true), customer: -1}
	e.channel = pickWeighted(rng, channelWeights)
	e.region = pickWeighted(rng, regionWeights)
	e.product = pickWeighted(rng, productWeights)
	e.handler = handlerFor(rng, "", false)
	e.english = rng.Float64() < 0.08
	e.x = x.run.satisfaction(rng, e, rng.NormFloat64()*0.5)

	var name string
	if e.english {
		name = pick(rng, englishFirst) + " " + pick(rng, englishLast)
	} else {
		name = pick(rng, surnames) + pick(rng, givenChars)
		if rng.Float64() < 0.7 {
			name += pick(rng, givenChars)
		}
	}
	mobile := any(phone(rng))
	switch y := rng.Float64(); {
	case y < 0.05:
		mobile = nil
	case y < 0.1:
		if s := mobile.(string); len(s) == 11 {
			mobile = s[:3] + "-" + s[3:7] + "-" + s[7:]
		}
	}
	wall := e.at.In(shanghai)
	var when any = time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, time.UTC)
	if rng.Float64() < 0.1 {
		when = fmt.Sprintf("%d/%d/%d %02d:%02d", wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute())
	}
	nps := messyScore(rng, clampRound(e.x, 0, 10), true)
	csat := messyScore(rng, clampRound(e.x/2+rng.NormFloat64()*0.4, 1, 5), false)
	var text any
	if rng.Float64() < 0.55 {
		score := clampRound(e.x, 0, 10)
		t, _ := comment(rng, sentimentOfNPS(score), e.english, products[e.product].name, -1)
		text = t
	}
	region := any(regions[e.region].name)
	if rng.Float64() < 0.03 {
		region = nil
	}
	return []any{i + 1, when, name, mobile, serviceChannels[e.channel].label, region,
		products[e.product].name, handlerSeeds[e.handler].name, nps, csat, text}
}

// fullWidth maps ASCII digits to their full-width forms (０–９).
func fullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = c - '0' + '０'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// messyScore returns v as typed by people: mostly a number, sometimes
// "10分", full-width digits, blank, or (for NPS) an invalid "6.5" / "N/A".
func messyScore(rng *rand.Rand, v int, invalids bool) any {
	switch x := rng.Float64(); {
	case x < 0.03:
		return nil
	case x < 0.05:
		return strconv.Itoa(v) + "分"
	case x < 0.07:
		return fullWidth(strconv.Itoa(v))
	case invalids && x < 0.075:
		return pick(rng, []string{"6.5", "N/A", "11", "不清楚"})
	}
	return v
}

// WriteResponsesCSV writes rows messy survey-export rows for seed as UTF-8
// CSV with a byte-order mark (as Excel in China expects) and a Chinese
// header row. It streams: memory does not grow with rows.
func WriteResponsesCSV(w io.Writer, seed int64, rows int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\ufeff"); err != nil {
		return fmt.Errorf("demo: write csv: %w", err)
	}
	cw := csv.NewWriter(bw)
	if err := cw.Write(ExportHeaders); err != nil {
		return fmt.Errorf("demo: write csv: %w", err)
	}
	src := newExportRows(seed, rows)
	rec := make([]string, len(ExportHeaders))
	for row := src.next(); row != nil; row = src.next() {
		for i, v := range row {
			switch v := v.(type) {
			case nil:
				rec[i] = ""
			case int:
				rec[i] = strconv.Itoa(v)
			case string:
				rec[i] = v
			case time.Time:
				rec[i] = v.Format("2006-01-02 15:04:05")
			}
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("demo: write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("demo: write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("demo: write csv: %w", err)
	}
	return nil
}

// WriteResponsesXLSX writes the same kind of export as an .xlsx workbook at
// path with excelize's StreamWriter: submit times as date cells (some as
// text), clean scores as numbers, messy ones as text, blanks left empty.
func WriteResponsesXLSX(path string, seed int64, rows int) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("demo: write xlsx: %w", cerr)
		}
	}()
	const sheet = "Sheet1"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	widths := []float64{8, 20, 14, 16, 10, 8, 16, 12, 14, 8, 50}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return fmt.Errorf("demo: write xlsx: %w", err)
		}
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: strptr("yyyy-mm-dd hh:mm:ss")})
	if err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	header := make([]any, len(ExportHeaders))
	for i, h := range ExportHeaders {
		header[i] = h
	}
	if err := sw.SetRow("A1", header); err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	src := newExportRows(seed, rows)
	n := 2
	for row := src.next(); row != nil; row = src.next() {
		if t, ok := row[1].(time.Time); ok {
			row[1] = excelize.Cell{StyleID: dateStyle, Value: t}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n)
		if err := sw.SetRow(cell, row); err != nil {
			return fmt.Errorf("demo: write xlsx: %w", err)
		}
		n++
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("demo: write xlsx: %w", err)
	}
	return nil
}

func strptr(s string) *string { return &s }
