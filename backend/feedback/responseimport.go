package feedback

import "context"

// ResponseImport describes one all-or-nothing import of survey responses:
// the survey (existing, or created with the batch), the questions created
// with it, and the batch record.
type ResponseImport struct {
	// SurveyID is the existing target survey; 0 when NewSurvey is set.
	SurveyID int64
	// NewSurvey, when set, is created inside the import's transaction.
	NewSurvey *Survey
	// NewQuestions are appended to the existing survey (a draft) inside the
	// transaction; their IDs are set by BeginResponseImport.
	NewQuestions []*Question
	// Batch is recorded with the rows; its counts are set at commit.
	Batch ImportBatch
	// Signature and Mapping remember the column mapping for the file's
	// header layout ("" = do not remember).
	Signature string
}

// ImportedResponse is one row converted to a response. The customer, if
// any, is found by external id, phone or email, or created.
type ImportedResponse struct {
	Response *Response
	Customer *Customer // nil when the row names no customer
}

// ResponseImportWriter writes the rows of one response import inside one
// transaction: nothing is visible until Commit, and Rollback (or a process
// killed midway) leaves the database unchanged.
type ResponseImportWriter interface {
	// Write stores r unless a response with its row key exists in the
	// survey already; inserted is false for such a duplicate.
	Write(ctx context.Context, r *ImportedResponse) (inserted bool, err error)
	// Commit records the batch with its final counts and commits; it
	// returns the batch ID.
	Commit(ctx context.Context, counts ImportBatch) (int64, error)
	// Rollback abandons the import; it is safe after Commit.
	Rollback() error
}

// ResponseImportService is what the response import target needs from the store.
type ResponseImportService interface {
	FindSurveyByID(ctx context.Context, id int64) (*Survey, error)
	// ResponseKeysPresent reports which of keys are stored for the survey.
	ResponseKeysPresent(ctx context.Context, surveyID int64, keys []string) (map[string]bool, error)
	// BeginResponseImport opens the import's transaction, creates the new
	// survey or questions (setting their IDs and imp.SurveyID).
	BeginResponseImport(ctx context.Context, imp *ResponseImport) (ResponseImportWriter, error)
}

// ImportMappingService remembers column mappings per header signature.
type ImportMappingService interface {
	FindImportMapping(ctx context.Context, signature string) (mapping string, ok bool, err error)
	SaveImportMapping(ctx context.Context, signature, target, mapping string) error
}
