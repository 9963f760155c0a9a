package export

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// progressEvery is how many rows pass between progress reports.
const progressEvery = 1000

// Write exports opts.Kind of the period to path as opts.Format. It writes a
// temporary file beside path and renames it into place when complete, so
// an existing file at path is replaced only by that rename; cancellation
// of ctx or any error removes the temporary file and leaves path as it
// was. progress (may be nil) is called with the rows written and the total,
// at the start, every 1000 rows and at the end.
func Write(ctx context.Context, db *sqlite.DB, opts Options, path string, progress func(done, total int)) (*Result, error) {
	o, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	if path == "" {
		return nil, exportErr(feedback.EINVALID, "path_required", "Choose the file to write.")
	}
	from, to, err := feedback.ParsePeriod(o.From, o.To)
	if err != nil {
		return nil, err
	}
	for _, id := range o.SurveyIDs {
		if _, err := db.FindSurveyByID(ctx, id); feedback.ErrorCode(err) == feedback.ENOTFOUND {
			return nil, exportErr(feedback.ENOTFOUND, "survey_not_found", "Survey %d does not exist.", id).
				WithParams(map[string]any{"id": id})
		} else if err != nil {
			return nil, err
		}
	}
	if progress == nil {
		progress = func(int, int) {}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.partial")
	if err != nil {
		return nil, writeFailed(path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	res := &Result{Path: path, Kind: o.Kind, Format: o.Format, Encoding: o.Encoding}
	t := &texts{lang: o.Lang, xml: o.Format == FormatXLSX}
	var sh sheet
	if o.Format == FormatCSV {
		sh, err = newCSVSheet(tmp, o.Encoding, t)
	} else {
		sh, err = newXLSXSheet(tmp, sheetName(o), t)
	}
	if err != nil {
		return nil, writeFailed(path, err)
	}
	q := sqlite.ExportQuery{From: from, To: to, SurveyIDs: o.SurveyIDs}
	run := &runner{ctx: ctx, o: o, sh: sh, res: res, progress: progress}
	if o.Kind == KindResponses {
		err = run.responses(db, q)
	} else {
		err = run.tickets(db, q)
	}
	if err == nil && ctx.Err() == nil {
		err = sh.finish()
	} else {
		sh.abort()
	}
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, run.failed(path, err)
	}
	// CreateTemp makes the file private (0600); an export is a document
	// like any other the user saves.
	if err := tmp.Chmod(0o644); err != nil {
		return nil, writeFailed(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return nil, writeFailed(path, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, writeFailed(path, err)
	}
	fi, err := os.Stat(tmp.Name())
	if err != nil {
		return nil, writeFailed(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return nil, writeFailed(path, err)
	}
	done = true
	res.Bytes = fi.Size()
	res.Neutralized, res.Truncated = t.neutralized, t.truncated
	progress(res.Rows, res.Rows)
	return res, nil
}

// sheetName names the xlsx worksheet after what it holds.
func sheetName(o Options) string {
	return label(o.Lang, "sheet."+o.Kind)
}

// runner carries one export's state through its rows.
type runner struct {
	ctx      context.Context
	o        Options
	sh       sheet
	res      *Result
	total    int
	progress func(done, total int)
}

// start checks the row count against the format and reports progress 0.
func (r *runner) start(total, columns int) error {
	r.total = total
	if r.o.Format == FormatXLSX {
		if total+1 > maxSheetRows {
			return exportErr(feedback.EINVALID, "too_many_rows",
				"%d rows do not fit one Excel sheet (at most %d); export a shorter period or as CSV.", total, maxSheetRows-1).
				WithParams(map[string]any{"rows": total, "limit": maxSheetRows - 1})
		}
		if columns > maxSheetColumns {
			return exportErr(feedback.EINVALID, "too_many_columns",
				"%d columns do not fit one Excel sheet (at most %d); export fewer surveys at a time.", columns, maxSheetColumns).
				WithParams(map[string]any{"columns": columns, "limit": maxSheetColumns})
		}
	}
	r.progress(0, total)
	return nil
}

// write writes one row, checking for cancellation and reporting progress.
func (r *runner) write(vals []any) error {
	if err := r.sh.row(vals); err != nil {
		return err
	}
	r.res.Rows++
	if r.res.Rows%progressEvery == 0 {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		r.progress(r.res.Rows, max(r.total, r.res.Rows))
	}
	return nil
}

// failed maps the error that stopped an export to what the user sees.
func (r *runner) failed(path string, err error) error {
	var fe *feedback.Error
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || r.ctx.Err() != nil:
		return exportErr(feedback.ECANCELED, "canceled", "The export was canceled; no file was written.")
	case errors.As(err, &fe):
		return err
	case errors.Is(err, os.ErrPermission) || errors.Is(err, os.ErrNotExist):
		return writeFailed(path, err)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return writeFailed(path, err)
	}
	return fmt.Errorf("export: %w", err)
}

// writeFailed is the error for a target that cannot be written.
func writeFailed(path string, err error) error {
	return exportErr(feedback.EINVALID, "write_failed", "Cannot write %s: %v", path, err).
		WithParams(map[string]any{"path": path, "reason": err.Error()})
}
