package export

// Error keys (the UI translates them; messages under error.data_export.*):
//
//	error.data_export.kind_invalid       Kind is not "responses" or "tickets"
//	error.data_export.format_invalid     Format is not "xlsx" or "csv"
//	error.data_export.encoding_invalid   Encoding is not "utf8bom" or "gb18030"
//	error.data_export.lang_invalid       Lang is not "zh" or "en"
//	error.data_export.surveys_tickets    SurveyIDs given for a tickets export
//	error.data_export.survey_not_found   a SurveyIDs entry names no survey (params: id)
//	error.data_export.path_required      no target path
//	error.data_export.too_many_rows      more rows than an xlsx sheet holds (params: rows, limit)
//	error.data_export.too_many_columns   more question columns than an xlsx sheet holds (params: columns, limit)
//	error.data_export.write_failed       the file cannot be written there (params: path, reason)
//	error.data_export.canceled           the export was canceled (code "canceled")
//
// Period errors are the shared error.period.* keys (day_invalid, reversed).

import (
	"feedbackdesk/backend/feedback"
)

// Kinds, formats and encodings an export accepts.
const (
	KindResponses = "responses"
	KindTickets   = "tickets"
	FormatXLSX    = "xlsx"
	FormatCSV     = "csv"
	EncodingUTF8  = "utf8bom" // UTF-8 with a byte-order mark: what Excel needs to read UTF-8
	EncodingGB    = "gb18030" // what Chinese Excel reads without a mark
)

// Excel's sheet limits.
const (
	maxSheetRows    = 1_048_576
	maxSheetColumns = 16_384
)

// Options say what to export and how.
type Options struct {
	Kind      string  // "responses" | "tickets"
	From, To  string  // YYYY-MM-DD inclusive (responses: submitted; tickets: created); "" = open-ended
	Format    string  // "xlsx" | "csv"
	Encoding  string  // csv only: "utf8bom" (default) | "gb18030"
	SurveyIDs []int64 // responses only; none = all
	Lang      string  // header language "zh" (default) | "en"
}

// Result describes the written file.
type Result struct {
	Path        string `json:"path"`
	Kind        string `json:"kind"`
	Format      string `json:"format"`
	Encoding    string `json:"encoding,omitempty"`
	Rows        int    `json:"rows"`
	Neutralized int    `json:"neutralized"` // cells made inert (= + - @ tab CR at the start)
	Truncated   int    `json:"truncated"`   // cells cut at Excel's 32,767-character limit, marked
	Bytes       int64  `json:"bytes"`
}

// exportErr builds a coded error under error.data_export.
func exportErr(code, key, format string, args ...any) *feedback.Error {
	return feedback.Errorf(code, "error.data_export."+key, format, args...)
}

// normalize fills the defaults of o and checks its values.
func (o Options) normalize() (Options, error) {
	if o.Format == "" {
		o.Format = FormatXLSX
	}
	if o.Lang == "" {
		o.Lang = "zh"
	}
	switch {
	case o.Kind != KindResponses && o.Kind != KindTickets:
		return o, exportErr(feedback.EINVALID, "kind_invalid", "Export responses or tickets, not %q.", o.Kind).
			WithParams(map[string]any{"kind": o.Kind})
	case o.Format != FormatXLSX && o.Format != FormatCSV:
		return o, exportErr(feedback.EINVALID, "format_invalid", "The format is xlsx or csv, not %q.", o.Format).
			WithParams(map[string]any{"format": o.Format})
	case o.Lang != "zh" && o.Lang != "en":
		return o, exportErr(feedback.EINVALID, "lang_invalid", "The language is zh or en, not %q.", o.Lang).
			WithParams(map[string]any{"lang": o.Lang})
	case o.Kind == KindTickets && len(o.SurveyIDs) > 0:
		return o, exportErr(feedback.EINVALID, "surveys_tickets", "Tickets do not belong to surveys; export them without --survey.")
	}
	if o.Format == FormatCSV {
		if o.Encoding == "" {
			o.Encoding = EncodingUTF8
		}
		if o.Encoding != EncodingUTF8 && o.Encoding != EncodingGB {
			return o, exportErr(feedback.EINVALID, "encoding_invalid", "The CSV encoding is utf8bom or gb18030, not %q.", o.Encoding).
				WithParams(map[string]any{"encoding": o.Encoding})
		}
	} else {
		o.Encoding = "" // xlsx has no text encoding to choose
	}
	return o, nil
}
