package feedback

import "time"

// ImportStatus is the state of an import batch.
type ImportStatus string

// Import statuses. A batch is all-or-nothing: it is committed with its rows in
// one transaction, or not at all.
const (
	ImportCommitted ImportStatus = "committed"
	ImportFailed    ImportStatus = "failed"
)

// ImportBatch records one import of one file.
type ImportBatch struct {
	ID         int64
	Target     string // responses, tickets, customers, orders
	FileName   string
	FileHash   string // sha256 of the file's bytes
	Status     ImportStatus
	Rows       int
	Imported   int
	Duplicates int
	Rejected   int
	Mapping    string // JSON mapping used
	StartedAt  time.Time
	FinishedAt time.Time
}
