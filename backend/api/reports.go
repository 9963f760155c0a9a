package api

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"feedbackdesk/backend/export"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/report"
	"feedbackdesk/backend/sqlite"
)

// Reports is the bound facade of the reports screen: the monthly
// satisfaction workbook and the responses/tickets exports. Each asks for
// the destination with the native save dialog (which confirms replacing a
// file), then writes it as a cancellable job emitting throttled
// ReportProgressEvent events; the writers replace the file only by a final
// rename, so a canceled or failed job leaves nothing behind.
type Reports struct {
	ctx     context.Context
	dialogs Dialogs
	events  Events
	db      *sqlite.DB

	mu   sync.Mutex
	jobs map[string]context.CancelFunc // running jobs only
}

// NewReports returns the facade with its UI ports; it does no I/O.
func NewReports(dialogs Dialogs, events Events) *Reports {
	return &Reports{ctx: context.Background(), dialogs: dialogs, events: events, jobs: map[string]context.CancelFunc{}}
}

// AttachReports records the app context and the opened database in r.
// It is a function, not a method, so that Wails does not bind it.
func AttachReports(r *Reports, ctx context.Context, db *sqlite.DB) {
	r.ctx, r.db = ctx, db
}

// Generate asks where to save the report workbook, then writes it.
func (r *Reports) Generate(req ReportRequest) (ReportResult, error) {
	return guard(r.db != nil, func() (ReportResult, error) {
		path, err := r.dialogs.SaveFile(r.ctx, saveTitle(req.Lang, "report"), reportFileName(req), xlsxFilters)
		if err != nil || path == "" {
			return ReportResult{Canceled: err == nil}, err
		}
		if path, err = withExtension(path, ".xlsx"); err != nil {
			return ReportResult{}, err
		}
		opts := report.Options{Month: req.Month, From: req.From, To: req.To, Lang: req.Lang, SurveyIDs: req.SurveyIDs,
			Segments: req.Segments, IncludeData: req.IncludeData}
		var res *report.Result
		jobID, canceled, err := r.runJob("report", func(ctx context.Context, emit func(string, int, int, bool)) error {
			var err error
			res, err = report.Generate(ctx, r.db, opts, path, r.db.CurrentTime(), func(p report.Progress) {
				emit(p.Stage, p.Done, p.Total, p.Stage == "saving" && p.Done == p.Total)
			})
			return err
		})
		if canceled || err != nil {
			return ReportResult{Canceled: canceled, JobID: jobID}, err
		}
		return ReportResult{JobID: jobID, Path: res.Path, From: res.From, To: res.To, Lang: res.Lang, Sheets: nonNil(res.Sheets),
			Responses: res.Responses, Tickets: res.Tickets, Bytes: res.Bytes}, nil
	})
}

// Export asks where to save the responses or tickets export, then writes it.
func (r *Reports) Export(req ExportRequest) (ExportResult, error) {
	return guard(r.db != nil, func() (ExportResult, error) {
		ext, filters := ".csv", csvFilters
		if req.Format == "xlsx" {
			ext, filters = ".xlsx", xlsxFilters
		}
		path, err := r.dialogs.SaveFile(r.ctx, saveTitle(req.Lang, "export"), exportFileName(req, ext), filters)
		if err != nil || path == "" {
			return ExportResult{Canceled: err == nil}, err
		}
		if path, err = withExtension(path, ext); err != nil {
			return ExportResult{}, err
		}
		opts := export.Options{Kind: req.Kind, From: req.From, To: req.To, Format: req.Format, Encoding: req.Encoding,
			SurveyIDs: req.SurveyIDs, Lang: req.Lang}
		var res *export.Result
		jobID, canceled, err := r.runJob("export", func(ctx context.Context, emit func(string, int, int, bool)) error {
			var err error
			res, err = export.Write(ctx, r.db, opts, path, func(done, total int) { emit("rows", done, total, total > 0 && done == total) })
			return err
		})
		if canceled || err != nil {
			return ExportResult{Canceled: canceled, JobID: jobID}, err
		}
		return ExportResult{JobID: jobID, Path: res.Path, Kind: res.Kind, Format: res.Format, Encoding: res.Encoding, Rows: res.Rows,
			Neutralized: res.Neutralized, Truncated: res.Truncated, Bytes: res.Bytes}, nil
	})
}

// runJob registers a cancellable job, announces it with a first progress
// event (so the page learns the id at once) and runs it with throttled
// progress. canceled is true when Cancel stopped it; the error is then nil.
func (r *Reports) runJob(kind string, run func(ctx context.Context, emit func(stage string, done, total int, final bool)) error) (string, bool, error) {
	ctx, cancel := context.WithCancel(r.ctx)
	defer cancel()
	jobID := newID()
	r.mu.Lock()
	r.jobs[jobID] = cancel
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		delete(r.jobs, jobID)
		r.mu.Unlock()
	}()
	throttle := NewThrottle(100 * time.Millisecond)
	last := "\x00"
	emit := func(stage string, done, total int, final bool) {
		// A new stage always shows (the page names it); counts within a
		// stage are throttled.
		changed := stage != last
		last = stage
		if throttle.Allow(final || changed) {
			r.events.Emit(r.ctx, ReportProgressEvent, ReportProgress{JobID: jobID, Kind: kind, Stage: stage, Done: done, Total: total})
		}
	}
	emit("", 0, 0, true)
	err := run(ctx, emit)
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled) || feedback.ErrorCode(err) == feedback.ECANCELED) {
		return jobID, true, nil
	}
	return jobID, false, err
}

// Cancel stops a running report or export; no file is left behind.
func (r *Reports) Cancel(jobID string) error {
	r.mu.Lock()
	cancel, ok := r.jobs[jobID]
	r.mu.Unlock()
	if !ok {
		return Encode(feedback.Errorf(feedback.ENOTFOUND, "error.report.job_unknown", "No such report job (it may have finished)."))
	}
	cancel()
	return nil
}

var (
	xlsxFilters = []FileFilter{{DisplayName: "Excel workbook (*.xlsx)", Pattern: "*.xlsx"}}
	csvFilters  = []FileFilter{{DisplayName: "CSV (*.csv)", Pattern: "*.csv"}}
)

// withExtension gives a chosen path the file type's extension when it has
// another one or none (dialogs on Linux add none): "report" becomes
// "report.xlsx". The dialog confirmed replacing the chosen name only, so
// when the extended name already exists the user is asked to choose again.
func withExtension(path, ext string) (string, error) {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path, nil
	}
	if _, err := os.Lstat(path + ext); err == nil {
		return "", feedback.Errorf(feedback.ECONFLICT, "error.report.file_exists",
			"%s already exists; choose it in the save dialog to replace it, or choose another name.", path+ext).
			WithParams(map[string]any{"path": path + ext})
	}
	return path + ext, nil
}
