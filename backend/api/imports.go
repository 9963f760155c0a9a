package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
)

// ImportStore is what the import facade needs from the database.
type ImportStore interface {
	feedback.ResponseImportService
	feedback.TicketImportService
	feedback.CustomerImportService
	feedback.ImportMappingService
}

// Imports is the bound facade of the spreadsheet import studio: choose a
// file (the path stays on the Go side under an opaque id), preview and map
// it, dry-run and import it as cancellable jobs with throttled progress
// events, and save every rejected row of a job as errors.xlsx.
type Imports struct {
	ctx     context.Context
	dialogs Dialogs
	events  Events
	store   ImportStore

	mu    sync.Mutex
	files map[string]chosenFile
	jobs  map[string]*importJob
	order []string // job ids, oldest first, for dropping old spools

	// afterImport, when set (WireCare), runs after an import stored rows,
	// with the import's target.
	afterImport func(target string)
}

type chosenFile struct {
	path, name string
	size       int64
}

type importJob struct {
	cancel context.CancelFunc
	spool  *importer.RejectSpool
	header *spreadsheet.Header
}

// keptJobs is how many finished jobs keep their rejected rows for SaveErrors.
const keptJobs = 5

var sheetFilters = []FileFilter{{DisplayName: "Spreadsheets (*.xlsx, *.csv, *.tsv, *.txt)", Pattern: "*.xlsx;*.xlsm;*.csv;*.tsv;*.txt"}}

// NewImports returns the facade with its UI ports; it does no I/O.
func NewImports(dialogs Dialogs, events Events) *Imports {
	return &Imports{ctx: context.Background(), dialogs: dialogs, events: events,
		files: map[string]chosenFile{}, jobs: map[string]*importJob{}}
}

// AttachImports records the app context and the opened database in im.
// It is a function, not a method, so that Wails does not bind it.
func AttachImports(im *Imports, ctx context.Context, store ImportStore) {
	im.ctx, im.store = ctx, store
}

func newID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// ChooseFile opens the file dialog, checks the chosen spreadsheet (hostile
// files are refused here with their reason) and registers it under an id.
func (im *Imports) ChooseFile() (FileChoice, error) {
	return guard(im.store != nil, func() (FileChoice, error) {
		path, err := im.dialogs.OpenFile(im.ctx, "Import spreadsheet", sheetFilters)
		if err != nil || path == "" {
			return FileChoice{Canceled: err == nil}, err
		}
		src, err := spreadsheet.Open(path, spreadsheet.Options{})
		if err != nil {
			return FileChoice{}, err
		}
		defer src.Close()
		fi, err := os.Stat(path)
		if err != nil {
			return FileChoice{}, err
		}
		id := newID()
		im.mu.Lock()
		im.files[id] = chosenFile{path: path, name: filepath.Base(path), size: fi.Size()}
		im.mu.Unlock()
		c := FileChoice{FileID: id, Name: filepath.Base(path), Size: fi.Size(), Format: formatName(src), Encoding: src.Encoding(),
			Delimiter: delimName(src), Sheets: nonNil(src.Sheets()), Sheet: src.Sheet()}
		return c, nil
	})
}

func formatName(src *spreadsheet.Source) string {
	if src.Format() == spreadsheet.FormatXLSX {
		return "xlsx"
	}
	return "csv"
}

func delimName(src *spreadsheet.Source) string {
	if src.Delimiter() == 0 {
		return ""
	}
	return string(src.Delimiter())
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (im *Imports) file(id string) (chosenFile, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	f, ok := im.files[id]
	if !ok {
		return f, feedback.Errorf(feedback.ENOTFOUND, "error.import.file_unknown", "Choose the file again.")
	}
	return f, nil
}

// Preview reads the header and first rows of a chosen file and offers the
// mapping remembered for its header layout, else a suggested one.
func (im *Imports) Preview(req PreviewRequest) (Preview, error) {
	return guard(im.store != nil, func() (Preview, error) {
		f, err := im.file(req.FileID)
		if err != nil {
			return Preview{}, err
		}
		src, err := spreadsheet.Open(f.path, spreadsheet.Options{Sheet: req.Sheet, HeaderRow: req.HeaderRow})
		if err != nil {
			return Preview{}, err
		}
		defer src.Close()
		target, err := importTarget(req.Target)
		if err != nil {
			return Preview{}, err
		}
		in, err := importer.InspectFor(src, target)
		if err != nil {
			return Preview{}, err
		}
		p := Preview{FileID: req.FileID, Name: f.name, Format: formatName(src), Encoding: src.Encoding(), Delimiter: delimName(src),
			Sheet: src.Sheet(), Sheets: nonNil(src.Sheets()), HeaderRow: in.Header.Row, Date1904: src.Date1904(),
			Signature: in.Header.Signature(), Columns: []PreviewColumn{}, Rows: []PreviewRow{}, Suggestions: []Suggestion{}}
		for i, c := range in.Header.Columns {
			p.Columns = append(p.Columns, PreviewColumn{Index: c.Index, Letter: c.Letter, Name: c.Name, Generated: c.Generated,
				Samples: nonNil(in.Samples[i]), DateOrder: in.DateOrders[i], DateEvidence: in.DateProof[i]})
		}
		for _, r := range in.Rows {
			p.Rows = append(p.Rows, PreviewRow{Row: r.Number, Cells: nonNil(r.Cells)})
		}
		for _, s := range in.Suggestions {
			p.Suggestions = append(p.Suggestions, Suggestion(s))
		}
		p.Mapping = *in.Mapping
		if s, ok, err := im.store.FindImportMapping(im.ctx, p.Signature); err != nil {
			return Preview{}, err
		} else if ok {
			if m, err := importer.ParseMapping([]byte(s)); err == nil && m.FitsTarget(target) {
				p.Mapping, p.Remembered = *m, true
			}
		}
		if p.Mapping.Sheet == "" {
			p.Mapping.Sheet = src.Sheet()
		}
		p.Mapping.HeaderRow = in.Header.Row
		return p, nil
	})
}

// DryRun validates every row and counts duplicates without writing.
func (im *Imports) DryRun(req RunRequest) (RunSummary, error) {
	return guard(im.store != nil, func() (RunSummary, error) { return im.run(req, true) })
}

// Import validates the rows and writes the valid ones in one transaction
// (nothing when onError is "abort" and a row is rejected); it remembers
// the mapping for the file's header layout.
func (im *Imports) Import(req RunRequest) (RunSummary, error) {
	return guard(im.store != nil, func() (RunSummary, error) { return im.run(req, false) })
}

func (im *Imports) run(req RunRequest, dry bool) (RunSummary, error) {
	target, err := importTarget(req.Target)
	if err != nil {
		return RunSummary{}, err
	}
	if req.OnError != "" && req.OnError != "skip" && req.OnError != "abort" {
		return RunSummary{}, feedback.Errorf(feedback.EINVALID, "error.import.on_error_invalid", "onError must be skip or abort.")
	}
	f, err := im.file(req.FileID)
	if err != nil {
		return RunSummary{}, err
	}
	m := req.Mapping
	if m.Columns == nil {
		m.Columns = map[string]importer.ColumnSpec{}
	}
	src, err := spreadsheet.Open(f.path, spreadsheet.Options{Sheet: m.Sheet, HeaderRow: m.HeaderRow})
	if err != nil {
		return RunSummary{}, err
	}
	defer src.Close()
	spool, err := importer.NewRejectSpool()
	if err != nil {
		return RunSummary{}, err
	}
	ctx, cancel := context.WithCancel(im.ctx)
	defer cancel()
	jobID := newID()
	job := &importJob{cancel: cancel, spool: spool}
	im.addJob(jobID, job)

	var surveyID int64
	if req.SurveyID != nil {
		surveyID = *req.SurveyID
	}
	responses := &importer.Responses{Store: im.store, SurveyID: surveyID, NewSurveyName: strings.TrimSpace(req.NewSurveyName)}
	var t importer.Target = responses
	switch target {
	case "tickets":
		t = &importer.Tickets{Store: im.store}
	case "customers":
		t = &importer.Customers{Store: im.store}
	case "orders":
		t = &importer.Orders{Store: im.store}
	}
	throttle := NewThrottle(100 * time.Millisecond)
	sum, err := importer.Run(ctx, src, t, importer.RunOptions{Mapping: &m, DryRun: dry, Abort: req.OnError == "abort",
		FileName: f.name, FilePath: f.path, Rejected: spool.Add,
		Progress: func(p importer.Progress) {
			if throttle.Allow(p.Final) {
				im.events.Emit(im.ctx, ImportProgressEvent, ImportProgress{JobID: jobID, Stage: p.Stage, Done: p.Done, Total: p.Total})
			}
		}})
	job.header, _ = src.Header()
	if err != nil {
		return RunSummary{}, err
	}
	out := RunSummary{JobID: jobID, DryRun: dry, Canceled: sum.Canceled, Aborted: sum.Aborted, Rows: sum.Rows, Valid: sum.Valid,
		Imported: sum.Imported, Duplicates: sum.Duplicates, Rejected: sum.Rejected, RejectedByReason: sum.RejectedByReason,
		Errors: []RowError{}, FileHash: sum.FileHash, DateOrders: sum.DateOrders, ElapsedMs: sum.Elapsed.Milliseconds()}
	for _, e := range sum.Errors {
		out.Errors = append(out.Errors, RowError(e))
	}
	if id := responses.Survey(); target == "responses" && id != 0 && !sum.Canceled && !sum.Aborted {
		out.SurveyID = &id
	} else if target == "responses" && surveyID != 0 {
		out.SurveyID = &surveyID
	}
	if sum.BatchID != 0 {
		out.BatchID = &sum.BatchID
	}
	if sum.Canceled {
		out.Imported = 0
	}
	if !dry && out.Imported > 0 && im.afterImport != nil {
		im.afterImport(target)
	}
	return out, nil
}

// importTarget checks an import target name; "" is "responses".
func importTarget(name string) (string, error) {
	switch name {
	case "", "responses":
		return "responses", nil
	case "tickets", "customers", "orders":
		return name, nil
	}
	return "", feedback.Errorf(feedback.EINVALID, "error.import.target_unknown", "Unknown import target %q.", name).
		WithParams(map[string]any{"target": name})
}

// addJob registers a job, dropping the rejected rows of old jobs.
func (im *Imports) addJob(id string, j *importJob) {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.jobs[id] = j
	im.order = append(im.order, id)
	for len(im.order) > keptJobs {
		old := im.jobs[im.order[0]]
		delete(im.jobs, im.order[0])
		im.order = im.order[1:]
		old.cancel()
		_ = old.spool.Close()
	}
}

// Cancel stops a running dry run or import; the database is unchanged.
func (im *Imports) Cancel(jobID string) error {
	im.mu.Lock()
	j, ok := im.jobs[jobID]
	im.mu.Unlock()
	if !ok {
		return Encode(feedback.Errorf(feedback.ENOTFOUND, "error.import.job_unknown", "No such import job."))
	}
	j.cancel()
	return nil
}

// SaveErrors writes every rejected row of a job (not only the first 200)
// to an errors.xlsx placed with the save dialog.
func (im *Imports) SaveErrors(jobID string) (FileResult, error) {
	return guard(im.store != nil, func() (FileResult, error) {
		im.mu.Lock()
		j, ok := im.jobs[jobID]
		im.mu.Unlock()
		if !ok {
			return FileResult{}, feedback.Errorf(feedback.ENOTFOUND, "error.import.job_unknown", "No such import job.")
		}
		path, err := im.dialogs.SaveFile(im.ctx, "Save rejected rows", "errors.xlsx",
			[]FileFilter{{DisplayName: "Excel workbook (*.xlsx)", Pattern: "*.xlsx"}})
		if err != nil || path == "" {
			return FileResult{Canceled: err == nil}, err
		}
		im.mu.Lock() // one writer of the spool at a time
		defer im.mu.Unlock()
		if err := j.spool.WriteXLSX(path, j.header); err != nil {
			return FileResult{}, err
		}
		return FileResult{Path: path}, nil
	})
}
