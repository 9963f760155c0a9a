package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// RowSource is what the pipeline reads: *spreadsheet.Source implements it.
type RowSource interface {
	Header() (*spreadsheet.Header, error)
	DataRows() iter.Seq2[spreadsheet.Row, error]
	Date1904() bool
	Format() spreadsheet.Format
}

// Progress is one progress report of a run.
type Progress struct {
	Stage string `json:"stage"` // reading, validating, writing
	Done  int    `json:"done"`
	Total int    `json:"total"` // -1 when unknown
	Final bool   `json:"-"`
}

// RunOptions configure a run.
type RunOptions struct {
	Mapping  *Mapping
	DryRun   bool
	Abort    bool // onError=abort: write nothing when any row is rejected
	FileName string
	FileHash string // sha256 of the file; computed from FilePath when ""
	FilePath string
	// Progress, if set, is called every progressEvery rows and at the end.
	Progress func(Progress)
	// Rejected, if set, receives every rejected row (for errors.xlsx).
	Rejected func(row spreadsheet.Row, errs []RowError) error
	// MaxErrors bounds Summary.Errors (default 200); all rows are counted.
	MaxErrors int
}

// Summary is the outcome of a run.
type Summary struct {
	Counts
	DryRun           bool              `json:"dry_run"`
	Canceled         bool              `json:"canceled"`
	Aborted          bool              `json:"aborted"`
	RejectedByReason map[string]int    `json:"rejected_by_reason"`
	Errors           []RowError        `json:"errors"`
	BatchID          int64             `json:"batch_id"`
	FileHash         string            `json:"file_hash"`
	DateOrders       map[string]string `json:"date_orders"`
	Elapsed          time.Duration     `json:"-"`
}

const (
	progressEvery = 1000
	presentChunk  = 500
	dateScanRows  = 5000
)

// Run drives one import of src into t: read → map (Convert) → validate →
// dedupe (in-file by key, then against the store) → commit, streaming the
// rows once. An import writes inside one transaction opened before the
// first row and committed after the last, so it is all-or-nothing; a dry
// run only reads. A canceled ctx returns the summary so far with Canceled
// set and the database unchanged; a decoder failure, or a panic anywhere
// in the run, rolls back and returns the error (error.file.corrupt).
func Run(ctx context.Context, src RowSource, t Target, o RunOptions) (sum *Summary, err error) {
	start := time.Now()
	defer func() {
		// A panic anywhere in the run (a decoder, a converter) must not
		// take the app down: the deferred rollback has run, the database
		// is unchanged, and the panic is reported as an unreadable file.
		if p := recover(); p != nil {
			err = feedback.Errorf(feedback.ECORRUPT, "error.file.corrupt", "The file could not be read (import failure: %v).", p)
			if sum != nil {
				sum.Imported = 0
			}
		}
	}()
	m := o.Mapping
	if m == nil {
		return nil, feedback.Errorf(feedback.EINVALID, "error.import.mapping_required", "A column mapping is required.")
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if o.MaxErrors <= 0 {
		o.MaxErrors = 200
	}
	report := func(p Progress) {
		if o.Progress != nil {
			o.Progress(p)
		}
	}
	sum = &Summary{DryRun: o.DryRun, RejectedByReason: map[string]int{}, Errors: []RowError{}, DateOrders: map[string]string{}}
	if o.FileHash == "" && o.FilePath != "" {
		if o.FileHash, err = HashFile(o.FilePath); err != nil {
			return nil, err
		}
	}
	sum.FileHash = o.FileHash
	env, err := NewEnv(src, m)
	if err != nil {
		return nil, err
	}
	env.FileName, env.FileHash = o.FileName, o.FileHash
	for k, v := range env.DateOrders {
		sum.DateOrders[k] = v.String()
	}
	if err := t.Prepare(ctx, env); err != nil {
		return nil, err
	}
	stage := "validating"
	var ww *writeWorker
	if !o.DryRun {
		stage = "writing"
		w, err := t.Begin(ctx)
		if err != nil {
			return nil, err
		}
		ww = startWriter(ctx, w)
		defer func() {
			ww.stop()
			if rerr := w.Rollback(); rerr != nil && err == nil {
				err = rerr
			}
		}()
	}
	seen := make(map[[16]byte]struct{})
	var pending []string
	flushPresent := func() error {
		if len(pending) == 0 {
			return nil
		}
		present, err := t.Present(ctx, pending)
		if err != nil {
			return err
		}
		for _, k := range pending {
			if present[k] {
				sum.Duplicates++
				sum.Valid--
			}
		}
		pending = pending[:0]
		return nil
	}
	canceled := func() (*Summary, error) {
		sum.Canceled, sum.Imported = true, 0
		sum.Elapsed = time.Since(start)
		return sum, nil
	}
	// fail reports err, unless the user canceled: a store call interrupted
	// by the canceled context is a cancellation, not a failure.
	fail := func(err error) (*Summary, error) {
		if ctx.Err() != nil {
			return canceled()
		}
		return sum, err
	}
	report(Progress{Stage: stage, Done: 0, Total: -1})
	for row, rerr := range src.DataRows() {
		if rerr != nil {
			return fail(rerr)
		}
		sum.Rows++
		if sum.Rows%256 == 0 {
			if ctx.Err() != nil {
				return canceled()
			}
			if ww != nil && ww.failed.Load() {
				break // the writer's error is returned below
			}
		}
		if sum.Rows%progressEvery == 0 {
			report(Progress{Stage: stage, Done: sum.Rows, Total: -1})
		}
		rec, key, errs := t.Convert(row)
		if len(errs) > 0 {
			sum.Rejected++
			sum.RejectedByReason[errs[0].Code]++
			for _, e := range errs {
				if len(sum.Errors) < o.MaxErrors {
					sum.Errors = append(sum.Errors, e)
				}
			}
			if o.Rejected != nil {
				if err := o.Rejected(row, errs); err != nil {
					return fail(err)
				}
			}
			continue
		}
		if o.DryRun { // an import leaves in-file duplicates to the store's unique key
			h := sha256.Sum256([]byte(key))
			var k16 [16]byte
			copy(k16[:], h[:16])
			if _, dup := seen[k16]; dup {
				sum.Duplicates++
				continue
			}
			seen[k16] = struct{}{}
		}
		sum.Valid++
		switch {
		case o.DryRun:
			if pending = append(pending, key); len(pending) >= presentChunk {
				if err := flushPresent(); err != nil {
					return fail(err)
				}
			}
		case o.Abort && sum.Rejected > 0:
			// keep validating to report every rejected row; nothing will be written
		default:
			ww.recs <- rec
		}
	}
	if err := flushPresent(); err != nil {
		return fail(err)
	}
	if ww != nil {
		res := ww.stop()
		if ctx.Err() != nil {
			return canceled()
		}
		if res.err != nil {
			return fail(res.err)
		}
		sum.Imported = res.imported
		sum.Duplicates += res.dups
		sum.Valid -= res.dups
	}
	if ctx.Err() != nil {
		return canceled()
	}
	if o.Abort && sum.Rejected > 0 {
		sum.Aborted, sum.Imported = true, 0
	} else if ww != nil {
		if sum.BatchID, err = ww.w.Commit(ctx, sum.Counts); err != nil {
			sum.Imported = 0
			return fail(err)
		}
	}
	sum.Elapsed = time.Since(start)
	report(Progress{Stage: stage, Done: sum.Rows, Total: sum.Rows, Final: true})
	return sum, nil
}

// writeWorker writes records on its own goroutine, so that decoding the
// file (excelize's XML parsing, the CSV reader) and SQLite's inserts run
// on two cores at once.
type writeWorker struct {
	w      Writer
	recs   chan any
	done   chan writeResult
	failed atomic.Bool
	once   sync.Once
	res    writeResult
}

type writeResult struct {
	imported, dups int
	err            error
}

func startWriter(ctx context.Context, w Writer) *writeWorker {
	ww := &writeWorker{w: w, recs: make(chan any, 1024), done: make(chan writeResult, 1)}
	go func() {
		var r writeResult
		defer func() {
			if p := recover(); p != nil {
				r.err = fmt.Errorf("importer: write: %v", p)
				ww.failed.Store(true)
				for range ww.recs { // let the reader finish
				}
			}
			ww.done <- r
		}()
		for rec := range ww.recs {
			if r.err != nil {
				continue // drain
			}
			inserted, err := w.Write(ctx, rec)
			switch {
			case err != nil:
				r.err = err
				ww.failed.Store(true)
			case inserted:
				r.imported++
			default:
				r.dups++
			}
		}
	}()
	return ww
}

// stop closes the queue, waits for the writer and returns its counts; it
// may be called more than once.
func (ww *writeWorker) stop() writeResult {
	ww.once.Do(func() {
		close(ww.recs)
		ww.res = <-ww.done
	})
	return ww.res
}

// NewEnv reads the header of src and decides the date order of every
// column mapped to a date field from up to the first 5,000 data rows
// (the mapping's date_order, when not auto, wins).
func NewEnv(src RowSource, m *Mapping) (*Env, error) {
	loc, err := m.Location()
	if err != nil {
		return nil, err
	}
	h, err := src.Header()
	if err != nil {
		return nil, err
	}
	env := &Env{Header: h, Mapping: m, Loc: loc, Date1904: src.Date1904(), XLSX: src.Format() == spreadsheet.FormatXLSX,
		DateOrders: map[string]spreadsheet.DateOrder{}, Signature: h.Signature()}
	var dateCols []spreadsheet.Column
	for name, spec := range m.Columns {
		if isTimeField(spec.Field) {
			if c, ok := h.Lookup(name); ok {
				dateCols = append(dateCols, c)
			}
		}
	}
	fixed := map[string]spreadsheet.DateOrder{"DMY": spreadsheet.DateDMY, "MDY": spreadsheet.DateMDY, "YMD": spreadsheet.DateYMD}
	if o, ok := fixed[m.DateOrder]; ok {
		for _, c := range dateCols {
			env.DateOrders[c.Name] = o
		}
		return env, nil
	}
	if len(dateCols) == 0 {
		return env, nil
	}
	samples := make([][]string, len(dateCols))
	n := 0
	for row, err := range src.DataRows() {
		if err != nil {
			return nil, err
		}
		for i, c := range dateCols {
			if v := cell(row, c.Index); v != "" {
				samples[i] = append(samples[i], v)
			}
		}
		if n++; n >= dateScanRows {
			break
		}
	}
	for i, c := range dateCols {
		o, _ := spreadsheet.DetectDateOrder(samples[i])
		env.DateOrders[c.Name] = o
	}
	return env, nil
}

// HashFile returns the hex sha256 of the file at path.
func HashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", feedback.Errorf(feedback.ENOTFOUND, "error.file.unreadable", "The file cannot be opened: %v", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", errors.Join(errors.New("importer: hash file"), err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
