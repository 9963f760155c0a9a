package api

import (
	"context"

	"feedbackdesk/backend/sqlite"
)

// Care is the bound facade of the closed loop and care plans: rules that turn signals (detractors, low CSAT, resolved complaints, high-value and at-risk customers) into follow-up work, what each rule created, and the churn-risk list.
type Care struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
}

// NewCare returns the facade; it does no I/O.
func NewCare(dialogs Dialogs, events Events) *Care {
	return &Care{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCare gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCare(f *Care, ctx context.Context, db *sqlite.DB) { f.ctx, f.db = ctx, db }
