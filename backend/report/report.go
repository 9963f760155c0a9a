package report

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// Options choose the report's period, language and scope.
type Options struct {
	// Month is "2026-10"; or From/To (YYYY-MM-DD, inclusive) for any
	// period. Neither: the month of now.
	Month    string
	From, To string
	// Lang is "zh" (default) or "en".
	Lang string
	// SurveyIDs limits the survey figures to these surveys (none = all).
	SurveyIDs []int64
	// Segments narrows the survey figures as the dashboard's filters do.
	Segments feedback.Segments
	// IncludeData adds the "Data" sheet: the period's responses.
	IncludeData bool
}

// Progress reports a stage of Generate: Stage is one of "figures",
// "trends", "segments", "complaints", "verbatims", "followups", "data",
// "saving"; Done of Total counts the stages (rows within "data").
type Progress struct {
	Stage string `json:"stage"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// Stages of Generate, in order.
const (
	stageFigures    = "figures"
	stageTrends     = "trends"
	stageSegments   = "segments"
	stageComplaints = "complaints"
	stageVerbatims  = "verbatims"
	stageFollowups  = "followups"
	stageData       = "data"
	stageSaving     = "saving"
)

var stages = []string{stageFigures, stageTrends, stageSegments, stageComplaints, stageVerbatims, stageFollowups, stageData, stageSaving}

// Result describes the written workbook.
type Result struct {
	Path      string   `json:"path"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Lang      string   `json:"lang"`
	Sheets    []string `json:"sheets"`
	Responses int      `json:"responses"` // submitted in the period and scope
	Tickets   int      `json:"tickets"`   // complaints opened in the period
	Bytes     int64    `json:"bytes"`
	// PreviousFrom and PreviousTo are the period compared against.
	PreviousFrom string `json:"previous_from"`
	PreviousTo   string `json:"previous_to"`
	// DataRows counts the rows of the Data sheet (0 without it);
	// Neutralized and Truncated the text cells made inert or cut at
	// Excel's cell limit, over the whole workbook.
	DataRows    int `json:"data_rows"`
	Neutralized int `json:"neutralized"`
	Truncated   int `json:"truncated"`
}

var monthRE = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`)

// normalize checks the options and turns Month into From/To.
func (o Options) normalize() (Options, error) {
	switch o.Lang {
	case "":
		o.Lang = "zh"
	case "zh", "en":
	default:
		return o, errLang(o.Lang)
	}
	if o.Month != "" {
		if o.From != "" || o.To != "" {
			return o, errPeriodConflict()
		}
		if !monthRE.MatchString(o.Month) {
			return o, errMonth(o.Month)
		}
		first, err := feedback.ParseDay(o.Month + "-01")
		if err != nil {
			return o, errMonth(o.Month)
		}
		o.From, o.To = first.Format("2006-01-02"), first.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return o, nil
}

// Generate writes the workbook to a temporary file beside path and renames
// it into place (an existing file is replaced only by that rename). ctx
// cancellation stops it and leaves no file behind. progress may be nil.
//
// The survey, theme, complaint and breached-ticket figures and the Data
// sheet are read at once (one SQLite connection each); the other sheets
// are written once all are done.
func Generate(ctx context.Context, db *sqlite.DB, opts Options, path string, now time.Time, progress func(Progress)) (*Result, error) {
	o, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	if path == "" || !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return nil, errPath(path)
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, errDir(dir)
	}
	p, err := dashboard.ParsePeriod(o.From, o.To, now)
	if err != nil {
		return nil, err
	}
	fig := &figures{period: p, previous: p.Previous()}
	w, err := newWorkbook(o, fig, now)
	if err != nil {
		return nil, err
	}
	defer w.f.Close()
	if err := w.addSheets(); err != nil {
		return nil, err
	}
	report, step := progressOf(progress)
	workers := []func(context.Context) error{
		func(ctx context.Context) error { return loadSurveyFigures(ctx, db, o, now, fig, step) },
		func(ctx context.Context) error { return loadTextFigures(ctx, db, o, now, fig, step) },
		func(ctx context.Context) error { return loadTicketFigures(ctx, db, o, now, fig, step) },
		func(ctx context.Context) error { return loadBreached(ctx, db, now, fig) },
	}
	if o.IncludeData {
		workers = append(workers, func(ctx context.Context) error { step(stageData); return w.writeData(ctx, db, report) })
	}
	if err := together(ctx, workers...); err != nil {
		return nil, err
	}
	if !o.IncludeData {
		step(stageData)
	}
	fig.breachedTotal = breachedTickets(fig.complaints.SLA)
	if err := w.build(ctx, step); err != nil {
		return nil, canceled(err)
	}
	res := &Result{Path: path, From: p.From(), To: p.To(), Lang: o.Lang, Responses: fig.responses, Tickets: fig.complaints.Opened,
		PreviousFrom: fig.previous.From(), PreviousTo: fig.previous.To(), Sheets: w.f.GetSheetList(),
		DataRows: w.dataRows, Neutralized: w.text.neutralized, Truncated: w.text.truncated}
	step(stageSaving)
	if res.Bytes, err = save(ctx, w.f, path); err != nil {
		return nil, err
	}
	report(Progress{Stage: stageSaving, Done: len(stages), Total: len(stages)})
	return res, nil
}

// progressOf serialises progress reports from the two workers and returns
// the reporter and the stage step (Done counts the stages begun).
func progressOf(progress func(Progress)) (report func(Progress), step func(string)) {
	var mu sync.Mutex
	done := 0
	report = func(p Progress) {
		if progress != nil {
			mu.Lock()
			defer mu.Unlock()
			progress(p)
		}
	}
	step = func(stage string) {
		mu.Lock()
		d := done
		done++
		mu.Unlock()
		report(Progress{Stage: stage, Done: d, Total: len(stages)})
	}
	return report, step
}

// together runs the workers at once, each on its own goroutine (they
// share no state but the database handle), and waits for all. The first
// failure cancels the others and is returned; a cancelled ctx returns the
// canceled error.
func together(ctx context.Context, workers ...func(context.Context) error) error {
	work, stop := context.WithCancel(ctx)
	defer stop()
	errs := make([]error, len(workers))
	var wg sync.WaitGroup
	for i, run := range workers {
		wg.Go(func() {
			if errs[i] = run(work); errs[i] != nil {
				stop()
			}
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return canceled(ctx.Err())
	}
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return canceled(err)
		}
	}
	for _, err := range errs {
		if err != nil {
			return canceled(err)
		}
	}
	return nil
}

// save writes f to a temporary file beside path and renames it into place;
// on any failure or cancellation the temporary file is removed.
func save(ctx context.Context, f *excelize.File, path string) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.partial")
	if err != nil {
		return 0, errWrite(path, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	n, err := f.WriteTo(tmp)
	if err != nil {
		return 0, errWrite(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return 0, errWrite(path, err)
	}
	if err := tmp.Close(); err != nil {
		return 0, errWrite(path, err)
	}
	if err := ctx.Err(); err != nil {
		return 0, canceled(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, errWrite(path, err)
	}
	ok = true
	return n, nil
}
