package api

import (
	"context"
	"feedbackdesk/backend/dashboard"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/scorecard"
)

// Dialogs opens native file dialogs. Paths are always chosen on the Go side;
// JavaScript never supplies a file path. An empty path means canceled.
type Dialogs interface {
	SaveFile(ctx context.Context, title, defaultName string, patterns []FileFilter) (string, error)
	OpenFile(ctx context.Context, title string, patterns []FileFilter) (string, error)
}

// FileFilter is one entry of a dialog's file-type list.
type FileFilter struct {
	DisplayName string
	Pattern     string // e.g. "*.db;*.sqlite"
}

// Events emits named events to the frontend.
type Events interface {
	Emit(ctx context.Context, name string, data any)
}

// Store is what the system facade needs from the database.
type Store interface {
	feedback.StatsService
	feedback.SettingsService
	Path() string
	Check(ctx context.Context) (feedback.CheckResult, error)
	Backup(ctx context.Context, dst string) (int64, error)
	Restore(ctx context.Context, src, safetyDir string) (feedback.RestoreResult, error)
}

// DemoLoader fills the database with demo data, reporting progress.
type DemoLoader interface {
	LoadDemo(ctx context.Context, seed int64, scale int, progress func(feedback.Progress)) (feedback.Stats, error)
}

// Clock tells the database's current time, so rules that depend on "now"
// (the call list, the kiosk lock-out) agree with the times it stores.
type Clock interface {
	CurrentTime() time.Time
}

// SurveyStore is what the survey facade needs from the database.
type SurveyStore interface {
	feedback.SurveyService
	scorecard.OverviewStore
	Clock
}

// ResponseStore is what the response facade needs from the database.
type ResponseStore interface {
	feedback.SurveyService
	feedback.ResponseService
	feedback.ResponseListService
	// The theme index, refreshed before a list filtered by theme.
	dashboard.ThemeStore
}

// CustomerStore is what the customer facade needs from the database.
type CustomerStore interface {
	feedback.CustomerService
}

// FollowUpStore is what the follow-up facade needs from the database.
type FollowUpStore interface {
	ResponseStore
	feedback.CustomerService
	feedback.FollowUpService
	feedback.SettingsService
	Clock
}

// KioskStore is what the kiosk facade needs from the database.
type KioskStore interface {
	ResponseStore
	feedback.SettingsService
	Clock
}
