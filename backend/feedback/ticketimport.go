package feedback

import (
	"context"
	"time"
)

// TicketImport describes one all-or-nothing import of complaint tickets.
type TicketImport struct {
	// Batch is recorded with the rows; its counts are set at commit.
	Batch ImportBatch
	// Signature remembers the column mapping for the file's header layout
	// ("" = do not remember).
	Signature string
}

// ImportedTicket is one row converted to a ticket. Its event log is not
// stored in the file: the writer synthesises it from the times (see
// TicketImportWriter.Write).
type ImportedTicket struct {
	// Ticket holds the current fields; Status is the row's final status
	// key and StatusCat its category. CreatedAt is set; ID and HandlerID
	// are filled in by the writer.
	Ticket *Ticket
	// RowKey is the idempotency key ("ext:<id>" or "h:<hash>").
	RowKey string
	// Customer is found by external id, phone or email, or created; nil
	// when the row names no customer.
	Customer *Customer
	// HandlerName names the handler; a handler missing from the handlers
	// table is created with the batch. "" = unassigned.
	HandlerName string
	// FirstResponseAt is the first outbound public reply, if any.
	FirstResponseAt *time.Time
	// ResolvedAt is when the ticket was resolved, if it was.
	ResolvedAt *time.Time
}

// TicketImportWriter writes the rows of one ticket import inside one
// transaction: nothing is visible until Commit.
type TicketImportWriter interface {
	// Write stores t with its synthesised events unless a ticket with its
	// row key exists already; inserted is false for such a duplicate.
	Write(ctx context.Context, t *ImportedTicket) (inserted bool, err error)
	// Commit records the batch with its final counts and commits; it
	// returns the batch ID.
	Commit(ctx context.Context, counts ImportBatch) (int64, error)
	// Rollback abandons the import; it is safe after Commit.
	Rollback() error
}

// TicketStatusInfo is a configured ticket status with its names.
type TicketStatusInfo struct {
	Key      string
	Name     string // Chinese
	NameEN   string
	Category StatusCategory
}

// TicketImportService is what the ticket import target needs from the store.
type TicketImportService interface {
	// TicketStatusList returns the configured statuses in display order.
	TicketStatusList(ctx context.Context) ([]TicketStatusInfo, error)
	// TicketKeysPresent reports which of keys are stored as ticket row keys.
	TicketKeysPresent(ctx context.Context, keys []string) (map[string]bool, error)
	// BeginTicketImport opens the import's transaction.
	BeginTicketImport(ctx context.Context, imp *TicketImport) (TicketImportWriter, error)
}
