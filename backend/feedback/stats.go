package feedback

import (
	"context"
	"time"
)

// Stats counts what the database holds. Its JSON shape is part of the CLI
// contract (`feedbackctl stats --json`).
type Stats struct {
	SchemaVersion int `json:"schema_version"`
	Surveys       int `json:"surveys"`
	Responses     int `json:"responses"`
	Customers     int `json:"customers"`
	Tickets       int `json:"tickets"`
	Handlers      int `json:"handlers"`
}

// MonthCount is a count in one calendar month, Month as "2026-10".
type MonthCount struct {
	Month     string `json:"month"`
	Responses int    `json:"responses"`
	Tickets   int    `json:"tickets"`
}

// StatsService reports what the database holds.
type StatsService interface {
	Stats(ctx context.Context) (Stats, error)
	// Activity returns the last `months` calendar months ending with the
	// month of the latest data, oldest first, with zero months included.
	Activity(ctx context.Context, months int) ([]MonthCount, error)
}

// SettingsService stores small user preferences (language, theme).
type SettingsService interface {
	Setting(ctx context.Context, key string) (string, bool, error)
	SetSetting(ctx context.Context, key, value string) error
}

// ReportingZone is the default time zone in which months are counted
// (month keys, monthly trends) unless the user sets another.
const ReportingZone = "Asia/Shanghai"

// MonthKey returns yyyymm of t in loc, the stored month key of a row.
func MonthKey(t time.Time, loc *time.Location) int {
	l := t.In(loc)
	return l.Year()*100 + int(l.Month())
}

// CheckResult is the outcome of an integrity check.
type CheckResult struct {
	OK                 bool     `json:"ok"`
	Integrity          []string `json:"integrity"`            // "ok" or SQLite's problem lines
	ForeignKeyProblems int      `json:"foreign_key_problems"` // rows violating a foreign key
	// MetricCountDrift counts monthly metric aggregates that differ from a
	// recount of the answers (0 when the summaries are exact).
	MetricCountDrift int `json:"metric_count_drift"`
}

// RestoreResult describes a completed restore.
type RestoreResult struct {
	SafetyCopy string `json:"safety_copy"` // where the replaced database was kept
	Stats      Stats  `json:"stats"`       // counts of the restored database
}

// Progress reports how far a long job has come.
type Progress struct {
	Stage string `json:"stage"` // e.g. "customers", "responses"
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// Dataset is a stream of records to load in bulk into an empty database
// (demo data, benchmark fixtures). Records carry their own IDs and arrive in
// dependency order: handlers, customers, orders, surveys, responses, ticket
// categories, tickets, follow-up calls.
type Dataset interface {
	// Total is the number of records Each will yield, for progress.
	Total() int
	// Each calls yield for every record (*Handler, *Customer, *Order,
	// *Survey with its Questions, *Response with its Answers,
	// *TicketCategory, *TicketRecord, *FollowUpCall) until it returns an error.
	Each(yield func(record any) error) error
}

// TicketRecord is a ticket with its full event log, for bulk loads.
type TicketRecord struct {
	Ticket *Ticket
	Events []*TicketEvent
}
