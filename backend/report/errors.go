package report

// Error keys used by this package (the UI translates them under
// error.report.*):
//
//	error.report.lang_invalid     Lang is not "zh" or "en"
//	error.report.month_invalid    Month is not YYYY-MM
//	error.report.period_conflict  both Month and From/To were given
//	error.report.path_invalid     the target path is empty or not .xlsx
//	error.report.dir_missing      the target's folder does not exist
//	error.report.write_failed     the workbook could not be written or
//	                              renamed into place (code unavailable)
//	error.report.canceled         the context was cancelled (code canceled)
//
// Period errors come from dashboard.ParsePeriod (error.period.*).

import (
	"context"
	"errors"

	"feedbackdesk/backend/feedback"
)

func errLang(lang string) error {
	return feedback.Errorf(feedback.EINVALID, "error.report.lang_invalid", "Report language must be zh or en, not %q.", lang).
		WithParams(map[string]any{"value": lang})
}

func errMonth(month string) error {
	return feedback.Errorf(feedback.EINVALID, "error.report.month_invalid", "%q is not a month (YYYY-MM).", month).
		WithParams(map[string]any{"value": month})
}

func errPeriodConflict() error {
	return feedback.Errorf(feedback.EINVALID, "error.report.period_conflict", "Give either a month or a from/to period, not both.")
}

func errPath(path string) error {
	return feedback.Errorf(feedback.EINVALID, "error.report.path_invalid", "The report must be saved as an .xlsx file (got %q).", path).
		WithParams(map[string]any{"path": path})
}

func errDir(dir string) error {
	return feedback.Errorf(feedback.ENOTFOUND, "error.report.dir_missing", "The folder %s does not exist.", dir).
		WithParams(map[string]any{"path": dir})
}

// errWrite is a failed write or rename: most often the file is open in
// Excel (Windows locks it) or the folder is not writable, so the person can
// act on it (code unavailable, not internal).
func errWrite(path string, err error) error {
	return feedback.Errorf(feedback.EUNAVAILABLE, "error.report.write_failed", "Cannot write %s: %v", path, err).
		WithParams(map[string]any{"path": path})
}

// canceled turns a context error into the user-facing cancel error; other
// errors pass through.
func canceled(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return feedback.Errorf(feedback.ECANCELED, "error.report.canceled", "The report was cancelled.")
	}
	return err
}
