package api

import (
	"context"

	"feedbackdesk/backend/sqlite"
)

// CustomerRecords is the bound facade of one customer's records: the profile (satisfaction history, complaints with SLA outcomes, follow-up calls, orders), duplicates and merging, and privacy (export everything about one customer, erase or anonymise, the retention job).
type CustomerRecords struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
}

// NewCustomerRecords returns the facade; it does no I/O.
func NewCustomerRecords(dialogs Dialogs, events Events) *CustomerRecords {
	return &CustomerRecords{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCustomerRecords gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCustomerRecords(f *CustomerRecords, ctx context.Context, db *sqlite.DB) {
	f.ctx, f.db = ctx, db
}
