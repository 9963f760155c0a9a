package api

import "feedbackdesk/backend/importer"

// ImportProgressEvent is the event name of import job progress.
const ImportProgressEvent = "import:progress"

// FileChoice is a spreadsheet chosen in the open dialog. The path stays on
// the Go side; the page refers to the file by FileID.
type FileChoice struct {
	Canceled  bool     `json:"canceled"`
	FileID    string   `json:"fileId"`
	Name      string   `json:"name"`
	Size      int64    `json:"size"`
	Format    string   `json:"format"` // "xlsx" or "csv"
	Encoding  string   `json:"encoding"`
	Delimiter string   `json:"delimiter"`
	Sheets    []string `json:"sheets"`
	Sheet     string   `json:"sheet"`
}

// PreviewRequest asks for the first rows of a chosen file.
type PreviewRequest struct {
	FileID    string `json:"fileId"`
	Sheet     string `json:"sheet"`     // "" = the default sheet
	HeaderRow int    `json:"headerRow"` // 0 = first non-empty row
	Target    string `json:"target"`    // "responses" (default), "tickets", "customers" or "orders"
}

// PreviewColumn is one column of the preview with its sample values and,
// for date-like columns, the day/month order decided from the data.
type PreviewColumn struct {
	Index        int      `json:"index"`
	Letter       string   `json:"letter"`
	Name         string   `json:"name"`
	Generated    bool     `json:"generated"`
	Samples      []string `json:"samples"`
	DateOrder    string   `json:"dateOrder"` // "", DMY, MDY, YMD or ambiguous
	DateEvidence string   `json:"dateEvidence"`
}

// PreviewRow is one data row as written in the file.
type PreviewRow struct {
	Row   int      `json:"row"` // 1-based physical row number
	Cells []string `json:"cells"`
}

// Suggestion proposes a mapping target for a column with a confidence.
type Suggestion struct {
	Column     string  `json:"column"`
	Target     string  `json:"target"` // "field:submitted_at", "question:nps", "attribute", "ignore"
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason"`
}

// Preview is the import studio's first look at a file.
type Preview struct {
	FileID      string           `json:"fileId"`
	Name        string           `json:"name"`
	Format      string           `json:"format"`
	Encoding    string           `json:"encoding"`
	Delimiter   string           `json:"delimiter"`
	Sheet       string           `json:"sheet"`
	Sheets      []string         `json:"sheets"`
	HeaderRow   int              `json:"headerRow"`
	Date1904    bool             `json:"date1904"`
	Columns     []PreviewColumn  `json:"columns"`
	Rows        []PreviewRow     `json:"rows"`
	Signature   string           `json:"signature"`
	Remembered  bool             `json:"remembered"`
	Mapping     importer.Mapping `json:"mapping"`
	Suggestions []Suggestion     `json:"suggestions"`
}

// RunRequest starts a dry run or an import.
type RunRequest struct {
	FileID        string           `json:"fileId"`
	Target        string           `json:"target"` // "responses" (default), "tickets", "customers", "orders"
	SurveyID      *int64           `json:"surveyId"`
	NewSurveyName string           `json:"newSurveyName"`
	Mapping       importer.Mapping `json:"mapping"`
	OnError       string           `json:"onError"` // "skip" or "abort"
}

// RowError is one rejected row: where, why (a code and a translation key
// with params) and an English message.
type RowError struct {
	Row     int            `json:"row"`
	Column  string         `json:"column"`
	Code    string         `json:"code"`
	Key     string         `json:"key"`
	Message string         `json:"message"`
	Params  map[string]any `json:"params"`
}

// RunSummary reports a finished (or canceled, or aborted) dry run or import.
type RunSummary struct {
	JobID            string            `json:"jobId"`
	DryRun           bool              `json:"dryRun"`
	Canceled         bool              `json:"canceled"`
	Aborted          bool              `json:"aborted"`
	Rows             int               `json:"rows"`
	Valid            int               `json:"valid"`
	Imported         int               `json:"imported"`
	Duplicates       int               `json:"duplicates"`
	Rejected         int               `json:"rejected"`
	RejectedByReason map[string]int    `json:"rejectedByReason"`
	Errors           []RowError        `json:"errors"`
	SurveyID         *int64            `json:"surveyId"`
	BatchID          *int64            `json:"batchId"`
	FileHash         string            `json:"fileHash"`
	DateOrders       map[string]string `json:"dateOrders"`
	ElapsedMs        int64             `json:"elapsedMs"`
}

// ImportProgress is the payload of ImportProgressEvent.
type ImportProgress struct {
	JobID string `json:"jobId"`
	Stage string `json:"stage"` // reading, validating, writing
	Done  int    `json:"done"`
	Total int    `json:"total"` // -1 when unknown
}
