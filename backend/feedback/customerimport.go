package feedback

import "context"

// RecordImport describes one all-or-nothing import of customers or orders.
type RecordImport struct {
	// Batch is recorded with the rows; its counts are set at commit.
	Batch ImportBatch
	// Signature remembers the column mapping for the file's header layout
	// ("" = do not remember).
	Signature string
}

// ImportedCustomer is one row converted to a customer record.
type ImportedCustomer struct {
	// Customer holds the row's fields (Attributes included); its identity
	// is ExternalID, Phone (normalised) or Email (lower case), at least one.
	Customer *Customer
	// RowKey is the idempotency key (CustomerRowKey).
	RowKey string
}

// CustomerRowKey is the idempotency key of a customer row: every identity
// it carries, "x:<external id>", "p:<phone>" and "e:<email>" joined by U+001F, empty parts kept.
// A stored customer matching any of them is the same customer.
func CustomerRowKey(ext, phone, email string) string {
	return "x:" + ext + "\x1fp:" + phone + "\x1fe:" + email
}

// ImportedOrder is one row converted to an order. CustomerKey names the
// customer (CustomerRowKey of the row's customer columns); the writer
// resolves it to the stored customer.
type ImportedOrder struct {
	Order       *Order
	CustomerKey string
}

// CustomerImportWriter writes the rows of one customer import inside one
// transaction: nothing is visible until Commit.
type CustomerImportWriter interface {
	// Write creates the customer unless one with any of its identities is
	// stored (inserted false); a stored customer only gets its empty
	// fields and missing attributes filled from the row, never overwritten.
	Write(ctx context.Context, c *ImportedCustomer) (inserted bool, err error)
	// Commit records the batch with its final counts and commits.
	Commit(ctx context.Context, counts ImportBatch) (int64, error)
	// Rollback abandons the import; it is safe after Commit.
	Rollback() error
}

// OrderImportWriter writes the rows of one order import inside one
// transaction: nothing is visible until Commit.
type OrderImportWriter interface {
	// Write stores the order unless its order id is stored (inserted false).
	Write(ctx context.Context, o *ImportedOrder) (inserted bool, err error)
	// Commit records the batch with its final counts and commits.
	Commit(ctx context.Context, counts ImportBatch) (int64, error)
	// Rollback abandons the import; it is safe after Commit.
	Rollback() error
}

// KeySet answers whether a key is in a set.
type KeySet interface {
	Has(key string) bool
}

// CustomerImportService is what the customer and order import targets need
// from the store.
type CustomerImportService interface {
	// CustomerKeysPresent reports which customer row keys (CustomerRowKey)
	// match a stored customer by any of their identities.
	CustomerKeysPresent(ctx context.Context, keys []string) (map[string]bool, error)
	// CustomerRefs returns the identities of the stored customers, as
	// "x:<external id>", "p:<phone>" and "e:<email>" keys.
	CustomerRefs(ctx context.Context) (KeySet, error)
	// BeginCustomerImport opens a customer import's transaction.
	BeginCustomerImport(ctx context.Context, imp *RecordImport) (CustomerImportWriter, error)
	// OrderKeysPresent reports which order ids are stored.
	OrderKeysPresent(ctx context.Context, orderIDs []string) (map[string]bool, error)
	// BeginOrderImport opens an order import's transaction.
	BeginOrderImport(ctx context.Context, imp *RecordImport) (OrderImportWriter, error)
}
