package api

import (
	"context"

	"feedbackdesk/backend/sqlite"
)

// CustomerInsights is the bound facade of customer value and segments: the customer management score (weights, tiers, monthly snapshots and the tier migration matrix), RFM, saved segments and the customer rates.
type CustomerInsights struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
}

// NewCustomerInsights returns the facade; it does no I/O.
func NewCustomerInsights(dialogs Dialogs, events Events) *CustomerInsights {
	return &CustomerInsights{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCustomerInsights gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCustomerInsights(f *CustomerInsights, ctx context.Context, db *sqlite.DB) {
	f.ctx, f.db = ctx, db
}
