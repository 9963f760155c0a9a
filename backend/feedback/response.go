package feedback

import "time"

// Source says how a response was collected.
type Source string

// Response sources.
const (
	SourceForm   Source = "form"   // typed in from paper or a web form
	SourcePhone  Source = "phone"  // a follow-up call (回访)
	SourceKiosk  Source = "kiosk"  // an on-site kiosk
	SourceImport Source = "import" // a spreadsheet import
)

// Valid reports whether s is a known source.
func (s Source) Valid() bool {
	return s == SourceForm || s == SourcePhone || s == SourceKiosk || s == SourceImport
}

// Response is one completed questionnaire. Channel, region, product and agent
// describe the service experience being rated and are the usual breakdowns.
type Response struct {
	ID            int64
	SurveyID      int64
	CustomerID    *int64
	ExternalID    string // id in the source system, if any
	RowKey        string // idempotency key: external id, else a content hash
	Source        Source
	Channel       string
	Region        string
	Product       string
	Agent         string
	SubmittedAt   time.Time // UTC
	ImportBatchID *int64
	Note          string
	Tags          []string
	Answers       []*Answer
	CreatedAt     time.Time
}

// AnswerStatus separates valid answers from skipped and invalid ones, which
// are excluded from n and counted separately.
type AnswerStatus string

// Answer statuses.
const (
	AnswerValid   AnswerStatus = "valid"
	AnswerSkipped AnswerStatus = "skipped"
	AnswerInvalid AnswerStatus = "invalid"
)

// Answer is a response's answer to one question. Numeric answers fill Number;
// choices and text fill Text (multiple choices joined by "\n").
type Answer struct {
	ResponseID int64
	QuestionID int64
	Number     *float64
	Text       string
	Status     AnswerStatus
	// Raw keeps what was entered or imported when it was normalised or
	// rejected (e.g. "10分", "6.5"), so nothing is silently coerced.
	Raw string
}

// ResponseFilter selects responses; zero values do not filter.
type ResponseFilter struct {
	SurveyID   *int64
	CustomerID *int64
	From, To   *time.Time // [From, To)
	Offset     int
	Limit      int
}
