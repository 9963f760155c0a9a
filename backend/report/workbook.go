package report

import (
	"context"
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/export"
)

// workbook is the report being built: the file, its language, styles and
// the figures it shows.
type workbook struct {
	f        *excelize.File
	o        Options
	fig      *figures
	now      time.Time
	st       styles
	text     textStats
	dataRows int
}

// textStats counts the user texts changed on the way into cells.
type textStats struct{ neutralized, truncated int }

// newWorkbook creates the file with its document properties, font and
// styles.
func newWorkbook(o Options, fig *figures, now time.Time) (*workbook, error) {
	f := excelize.NewFile()
	w := &workbook{f: f, o: o, fig: fig, now: now}
	if err := f.SetDefaultFont(fontFor(o.Lang)); err != nil {
		f.Close()
		return nil, err
	}
	st, err := newStyles(f, o.Lang)
	if err != nil {
		f.Close()
		return nil, err
	}
	w.st = st
	title := w.title()
	if err := f.SetDocProps(&excelize.DocProperties{Title: title, Subject: w.l("doc.subject"), Creator: "Feedback Desk",
		LastModifiedBy: "Feedback Desk", Created: now.UTC().Format(time.RFC3339), Modified: now.UTC().Format(time.RFC3339),
		Language: map[string]string{"zh": "zh-CN", "en": "en-US"}[o.Lang], Description: w.periodLine()}); err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// l returns the label key in the report's language.
func (w *workbook) l(key string) string { return label(w.o.Lang, key) }

// lf formats the label key with args.
func (w *workbook) lf(key string, args ...any) string { return fmt.Sprintf(w.l(key), args...) }

// title is the report's title line.
func (w *workbook) title() string {
	if w.o.Month != "" {
		return w.lf("doc.title_month", w.o.Month)
	}
	return w.lf("doc.title_period", w.fig.period.From(), w.fig.period.To())
}

// periodLine states the period, the comparison and the scope.
func (w *workbook) periodLine() string {
	p, q := w.fig.period, w.fig.previous
	return w.lf("doc.period_line", p.From(), p.To(), q.From(), q.To(), w.scope(), w.now.In(p.Start.Location()).Format("2006-01-02 15:04"))
}

// scope names the surveys and segment filters of the report.
func (w *workbook) scope() string {
	s := w.l("doc.scope_all")
	if n := len(w.o.SurveyIDs); n > 0 {
		s = w.lf("doc.scope_surveys", fmt.Sprint(w.o.SurveyIDs))
	}
	sg := w.o.Segments
	for _, kv := range [][2]string{{"seg.channel", sg.Channel}, {"seg.region", sg.Region}, {"seg.product", sg.Product},
		{"seg.agent", sg.Agent}, {"seg.tier", sg.Tier}} {
		if kv[1] != "" {
			s += " · " + w.l(kv[0]) + ": " + kv[1]
		}
	}
	return s
}

// userText prepares a text that people typed for a cell: inert (never
// read as a formula) and cut to Excel's limit with a visible marker.
func (w *workbook) userText(s string) string {
	if t := export.Inert(s); t != s {
		w.text.neutralized++
		s = t
	}
	if t, cut := export.FitCellLang(s, w.o.Lang); cut {
		w.text.truncated++
		s = t
	}
	return s
}

// sheet adds a sheet (the first replaces the default one) with the print
// setup every sheet shares: A4 landscape, fit to one page wide.
func (w *workbook) sheet(key string) (string, error) {
	name := w.l(key)
	if w.f.SheetCount == 1 && w.f.GetSheetName(0) == "Sheet1" {
		if err := w.f.SetSheetName("Sheet1", name); err != nil {
			return "", err
		}
	} else if _, err := w.f.NewSheet(name); err != nil {
		return "", err
	}
	size, fitW, fitH := 9, 1, 0 // 9 = A4
	orient := "landscape"
	fit := true
	if err := w.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &fitW, FitToHeight: &fitH}); err != nil {
		return "", err
	}
	if err := w.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return "", err
	}
	m := 0.4
	if err := w.f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: &m}); err != nil {
		return "", err
	}
	footer := "&L" + w.title() + "&R&P / &N"
	if err := w.f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return "", err
	}
	return name, nil
}

// sheetKeys are the sheets in order; the Data sheet is added last when asked.
var sheetKeys = []string{"sheet.summary", "sheet.trends", "sheet.segments", "sheet.complaints", "sheet.verbatims",
	"sheet.followups", "sheet.definitions"}

// addSheets creates the sheets in their order, so that the Data sheet can
// be streamed before the others are filled.
func (w *workbook) addSheets() error {
	keys := sheetKeys
	if w.o.IncludeData {
		keys = append(keys[:len(keys):len(keys)], "sheet.data")
	}
	for _, k := range keys {
		if _, err := w.sheet(k); err != nil {
			return err
		}
	}
	return nil
}

// build writes every sheet but Data from the loaded figures, checking ctx
// between them.
func (w *workbook) build(ctx context.Context, step func(string)) error {
	parts := []struct {
		stage string
		write func() error
	}{
		{"", w.writeSummary},
		{stageTrends, w.writeTrends},
		{stageSegments, w.writeSegments},
		{"", w.writeComplaints},
		{"", w.writeVerbatims},
		{"", w.writeFollowups},
		{"", w.writeDefinitions},
	}
	for _, p := range parts {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p.stage != "" {
			step(p.stage)
		}
		if err := p.write(); err != nil {
			return err
		}
	}
	w.f.SetActiveSheet(0)
	return ctx.Err()
}
