package api

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"feedbackdesk/backend/feedback"
)

// Version is the app version, set at build time with -ldflags.
var Version = "0.1.0"

// Setting keys for preferences.
const (
	keyLanguage    = "ui.language"
	keyTheme       = "ui.theme"
	keyWelcomeDone = "app.welcome_done"
)

// AppInfo describes the running app and where its data lives.
type AppInfo struct {
	Version       string `json:"version"`
	DataDir       string `json:"dataDir"`
	DatabasePath  string `json:"databasePath"`
	SchemaVersion int    `json:"schemaVersion"`
	// FirstRun is true until the user loaded demo data or chose to start
	// empty, and the database holds no surveys, customers or tickets.
	FirstRun bool   `json:"firstRun"`
	Platform string `json:"platform"`
}

// Preferences are the user's UI choices, persisted in the database.
type Preferences struct {
	Language string `json:"language"` // "zh-CN" or "en"
	Theme    string `json:"theme"`    // "light" or "dark"
}

// BackupResult reports a backup; Canceled when the user closed the dialog.
type BackupResult struct {
	Canceled bool   `json:"canceled"`
	Path     string `json:"path"`
	Bytes    int64  `json:"bytes"`
}

// RestoreResult reports a restore; Canceled when the user closed the dialog.
type RestoreResult struct {
	Canceled   bool           `json:"canceled"`
	Path       string         `json:"path"`
	SafetyCopy string         `json:"safetyCopy"`
	Stats      feedback.Stats `json:"stats"`
}

// DemoProgressEvent is the event name of demo-data progress.
const DemoProgressEvent = "demo:progress"

// System is the bound facade for app-wide actions: info, preferences,
// counts, demo data, integrity check, backup and restore.
type System struct {
	ctx     context.Context
	store   Store
	demo    DemoLoader
	dialogs Dialogs
	events  Events
	dataDir string
	demoMu  sync.Mutex
}

// NewSystem returns the facade with its UI ports; it does no I/O. The store
// arrives later through AttachSystem, once the app has opened the database.
func NewSystem(dialogs Dialogs, events Events) *System {
	return &System{ctx: context.Background(), dialogs: dialogs, events: events, store: unavailableStore{}}
}

// AttachSystem records the app context (for dialogs and events) and the
// opened database in s. Until it is called every method answers
// EUNAVAILABLE. It is a function, not a method, so that Wails does not bind
// it: the page must never be able to swap the database.
func AttachSystem(s *System, ctx context.Context, store Store, demo DemoLoader, dataDir string) {
	s.ctx, s.store, s.demo, s.dataDir = ctx, store, demo, dataDir
}

// Info returns version, data location and whether this is the first start.
func (s *System) Info() (AppInfo, error) {
	st, err := s.store.Stats(s.ctx)
	if err != nil {
		return AppInfo{}, Encode(err)
	}
	done, _, err := s.store.Setting(s.ctx, keyWelcomeDone)
	if err != nil {
		return AppInfo{}, Encode(err)
	}
	empty := st.Surveys == 0 && st.Customers == 0 && st.Tickets == 0
	return AppInfo{
		Version:       Version,
		DataDir:       s.dataDir,
		DatabasePath:  s.store.Path(),
		SchemaVersion: st.SchemaVersion,
		FirstRun:      empty && done != "1",
		Platform:      runtime.GOOS,
	}, nil
}

// Stats returns the counts shown on the dashboard and by `feedbackctl stats`.
func (s *System) Stats() (feedback.Stats, error) {
	st, err := s.store.Stats(s.ctx)
	return st, Encode(err)
}

// Activity returns monthly response and ticket counts for the last months.
func (s *System) Activity(months int) ([]feedback.MonthCount, error) {
	if months < 1 || months > 60 {
		return nil, Encode(feedback.Errorf(feedback.EINVALID, "error.activity.months_range", "Choose between 1 and 60 months."))
	}
	out, err := s.store.Activity(s.ctx, months)
	return out, Encode(err)
}

// Preferences returns the saved language and theme (defaults zh-CN, light).
func (s *System) Preferences() (Preferences, error) {
	p := Preferences{Language: "zh-CN", Theme: "light"}
	if v, ok, err := s.store.Setting(s.ctx, keyLanguage); err != nil {
		return p, Encode(err)
	} else if ok {
		p.Language = v
	}
	if v, ok, err := s.store.Setting(s.ctx, keyTheme); err != nil {
		return p, Encode(err)
	} else if ok {
		p.Theme = v
	}
	return p, nil
}

// SetPreferences saves the language and theme.
func (s *System) SetPreferences(p Preferences) error {
	if p.Language != "zh-CN" && p.Language != "en" {
		return Encode(feedback.Errorf(feedback.EINVALID, "error.prefs.language", "Unsupported language %q.", p.Language))
	}
	if p.Theme != "light" && p.Theme != "dark" {
		return Encode(feedback.Errorf(feedback.EINVALID, "error.prefs.theme", "Unsupported theme %q.", p.Theme))
	}
	if err := s.store.SetSetting(s.ctx, keyLanguage, p.Language); err != nil {
		return Encode(err)
	}
	return Encode(s.store.SetSetting(s.ctx, keyTheme, p.Theme))
}

// StartEmpty dismisses the first-start screen without demo data.
func (s *System) StartEmpty() error {
	return Encode(s.store.SetSetting(s.ctx, keyWelcomeDone, "1"))
}

// LoadDemo fills the database with the standard demo data set (seed 1,
// scale 1), emitting DemoProgressEvent. It refuses a database that already
// holds data, so demo rows never mix with real ones.
func (s *System) LoadDemo() (feedback.Stats, error) {
	if !s.demoMu.TryLock() {
		return feedback.Stats{}, Encode(feedback.Errorf(feedback.ECONFLICT, "error.demo.running", "Demo data is already being loaded."))
	}
	defer s.demoMu.Unlock()
	st, err := s.store.Stats(s.ctx)
	if err != nil {
		return st, Encode(err)
	}
	if st.Surveys+st.Customers+st.Tickets > 0 {
		return st, Encode(feedback.Errorf(feedback.ECONFLICT, "error.demo.not_empty", "Demo data can only be loaded into an empty database."))
	}
	throttle := NewThrottle(100 * time.Millisecond)
	st, err = s.demo.LoadDemo(s.ctx, 1, 1, func(p feedback.Progress) {
		if throttle.Allow(p.Done == p.Total) {
			s.events.Emit(s.ctx, DemoProgressEvent, p)
		}
	})
	if err != nil {
		return st, Encode(err)
	}
	return st, Encode(s.store.SetSetting(s.ctx, keyWelcomeDone, "1"))
}

// Check runs SQLite's integrity check and a foreign-key check.
func (s *System) Check() (feedback.CheckResult, error) {
	r, err := s.store.Check(s.ctx)
	return r, Encode(err)
}

var dbFilters = []FileFilter{{DisplayName: "Feedback Desk backup (*.db)", Pattern: "*.db;*.sqlite;*.fdbak"}}

// Backup asks where to save and writes an online, consistent copy there.
func (s *System) Backup() (BackupResult, error) {
	name := fmt.Sprintf("feedback-desk-%s.db", time.Now().Format("20060102-1504"))
	path, err := s.dialogs.SaveFile(s.ctx, "Backup", name, dbFilters)
	if err != nil || path == "" {
		return BackupResult{Canceled: err == nil}, Encode(err)
	}
	n, err := s.store.Backup(s.ctx, path)
	if err != nil {
		return BackupResult{}, Encode(err)
	}
	return BackupResult{Path: path, Bytes: n}, nil
}

// Restore asks for a backup file, validates it (integrity and schema
// version) and replaces the live database with it, keeping the previous
// database as a safety copy in the data folder's backups directory.
func (s *System) Restore() (RestoreResult, error) {
	path, err := s.dialogs.OpenFile(s.ctx, "Restore", dbFilters)
	if err != nil || path == "" {
		return RestoreResult{Canceled: err == nil}, Encode(err)
	}
	r, err := s.store.Restore(s.ctx, path, filepath.Join(s.dataDir, "backups"))
	if err != nil {
		return RestoreResult{}, Encode(err)
	}
	return RestoreResult{Path: path, SafetyCopy: r.SafetyCopy, Stats: r.Stats}, nil
}
