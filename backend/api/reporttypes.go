package api

import "feedbackdesk/backend/feedback"

// ReportProgressEvent is the event name of report and export job progress.
const ReportProgressEvent = "reports:progress"

// ReportRequest is what the report builder asks for: a month (or any
// period), the scope, the language and whether to add the Data sheet.
// The path is never part of it: Go asks with the save dialog.
type ReportRequest struct {
	Month       string            `json:"month"` // "2026-10"; else From/To
	From        string            `json:"from"`  // YYYY-MM-DD inclusive
	To          string            `json:"to"`
	Lang        string            `json:"lang"` // "zh" | "en"
	SurveyIDs   []int64           `json:"surveyIds"`
	Segments    feedback.Segments `json:"segments"`
	IncludeData bool              `json:"includeData"`
}

// ReportResult reports a generated workbook; Canceled when the user closed
// the save dialog or canceled the job (then no file was written).
type ReportResult struct {
	Canceled  bool     `json:"canceled"`
	JobID     string   `json:"jobId"`
	Path      string   `json:"path"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Lang      string   `json:"lang"`
	Sheets    []string `json:"sheets"`
	Responses int      `json:"responses"`
	Tickets   int      `json:"tickets"`
	Bytes     int64    `json:"bytes"`
}

// ExportRequest is what the export form asks for (no path: Go asks).
type ExportRequest struct {
	Kind      string  `json:"kind"` // "responses" | "tickets"
	From      string  `json:"from"` // YYYY-MM-DD inclusive; "" = open-ended
	To        string  `json:"to"`
	Format    string  `json:"format"`    // "xlsx" | "csv"
	Encoding  string  `json:"encoding"`  // csv: "utf8bom" | "gb18030"
	SurveyIDs []int64 `json:"surveyIds"` // responses only
	Lang      string  `json:"lang"`      // header language "zh" | "en"
}

// ExportResult reports a written export; Canceled as for ReportResult.
type ExportResult struct {
	Canceled    bool   `json:"canceled"`
	JobID       string `json:"jobId"`
	Path        string `json:"path"`
	Kind        string `json:"kind"`
	Format      string `json:"format"`
	Encoding    string `json:"encoding"`
	Rows        int    `json:"rows"`
	Neutralized int    `json:"neutralized"` // cells made inert (= + - @ tab CR first)
	Truncated   int    `json:"truncated"`   // cells cut at Excel's cell limit, marked
	Bytes       int64  `json:"bytes"`
}

// ReportProgress is one progress event of a report or export job.
type ReportProgress struct {
	JobID string `json:"jobId"`
	Kind  string `json:"kind"`  // "report" | "export"
	Stage string `json:"stage"` // report stages as report.Progress; "" = starting; export: "rows"
	Done  int    `json:"done"`
	Total int    `json:"total"`
}
