package api_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// presetDialogs answers dialogs with fixed paths ("" = canceled).
type presetDialogs struct{ save, open string }

func (d *presetDialogs) SaveFile(context.Context, string, string, []api.FileFilter) (string, error) {
	return d.save, nil
}
func (d *presetDialogs) OpenFile(context.Context, string, []api.FileFilter) (string, error) {
	return d.open, nil
}

// recorder keeps emitted events.
type recorder struct {
	mu     sync.Mutex
	events []any
}

func (r *recorder) Emit(_ context.Context, name string, data any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if name == api.DemoProgressEvent {
		r.events = append(r.events, data)
	}
}

// demoLoader is the same adapter app.go wires: generator + bulk loader.
type demoLoader struct{ db *sqlite.DB }

func (d demoLoader) LoadDemo(ctx context.Context, seed int64, scale int, p func(feedback.Progress)) (feedback.Stats, error) {
	if err := d.db.LoadDataset(ctx, demo.New(seed, scale), p); err != nil {
		return feedback.Stats{}, err
	}
	return d.db.Stats(ctx)
}

func newSystem(t *testing.T) (*api.System, *sqlite.DB, *presetDialogs, *recorder, string) {
	t.Helper()
	dir := t.TempDir()
	db, err := sqlite.Open(context.Background(), filepath.Join(dir, "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	dlg, rec := &presetDialogs{}, &recorder{}
	sys := api.NewSystem(dlg, rec)
	api.AttachSystem(sys, context.Background(), db, demoLoader{db}, dir)
	return sys, db, dlg, rec, dir
}

func TestSystemBeforeAttach(t *testing.T) {
	sys := api.NewSystem(&presetDialogs{}, &recorder{})
	_, err := sys.Stats()
	if m := decode(t, err); m["code"] != "unavailable" || m["key"] != "error.db.not_open" {
		t.Fatalf("stats before attach: %v", m)
	}
}

func TestSystemFirstRunAndDemo(t *testing.T) {
	sys, db, _, rec, dir := newSystem(t)
	info, err := sys.Info()
	if err != nil || !info.FirstRun || info.DataDir != dir || info.SchemaVersion != sqlite.SchemaVersion() {
		t.Fatalf("info = %+v, %v", info, err)
	}
	st, err := sys.LoadDemo()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := db.Stats(context.Background())
	if st != want || st.Responses == 0 || st.Surveys == 0 || st.Tickets == 0 || st.Customers == 0 || st.Handlers == 0 {
		t.Fatalf("demo stats = %+v, db says %+v", st, want)
	}
	if info, _ := sys.Info(); info.FirstRun {
		t.Fatal("still first run after demo data")
	}
	// Progress ended with a final event where done == total.
	rec.mu.Lock()
	last, ok := rec.events[len(rec.events)-1].(feedback.Progress)
	rec.mu.Unlock()
	if !ok || last.Done != last.Total || last.Total == 0 {
		t.Fatalf("last progress = %+v", rec.events[len(rec.events)-1])
	}
	// A second load is refused: demo rows never mix with real ones.
	if _, err := sys.LoadDemo(); decode(t, err)["key"] != "error.demo.not_empty" {
		t.Fatalf("second load: %v", err)
	}
	act, err := sys.Activity(12)
	if err != nil || len(act) != 12 {
		t.Fatalf("activity: %v %v", act, err)
	}
	total := 0
	for _, m := range act {
		total += m.Responses
	}
	if total == 0 {
		t.Fatal("demo data has no responses in the last 12 months shown")
	}
	if _, err := sys.Activity(0); decode(t, err)["code"] != "invalid" {
		t.Fatal("activity(0) accepted")
	}
}

func TestSystemStartEmpty(t *testing.T) {
	sys, _, _, _, _ := newSystem(t)
	if err := sys.StartEmpty(); err != nil {
		t.Fatal(err)
	}
	if info, _ := sys.Info(); info.FirstRun {
		t.Fatal("first run after choosing to start empty")
	}
}

func TestSystemPreferences(t *testing.T) {
	sys, _, _, _, _ := newSystem(t)
	p, err := sys.Preferences()
	if err != nil || p.Language != "zh-CN" || p.Theme != "light" {
		t.Fatalf("defaults = %+v %v", p, err)
	}
	if err := sys.SetPreferences(api.Preferences{Language: "en", Theme: "dark"}); err != nil {
		t.Fatal(err)
	}
	if p, _ := sys.Preferences(); p.Language != "en" || p.Theme != "dark" {
		t.Fatalf("saved = %+v", p)
	}
	if err := sys.SetPreferences(api.Preferences{Language: "fr", Theme: "dark"}); decode(t, err)["key"] != "error.prefs.language" {
		t.Fatal("unsupported language accepted")
	}
}

func TestSystemBackupRestore(t *testing.T) {
	sys, db, dlg, _, dir := newSystem(t)
	if _, err := sys.LoadDemo(); err != nil {
		t.Fatal(err)
	}
	before, _ := db.Stats(context.Background())

	// Closing the dialog cancels without error.
	if r, err := sys.Backup(); err != nil || !r.Canceled {
		t.Fatalf("canceled backup = %+v %v", r, err)
	}
	dlg.save = filepath.Join(t.TempDir(), "backup.db")
	r, err := sys.Backup()
	if err != nil || r.Canceled || r.Path != dlg.save || r.Bytes == 0 {
		t.Fatalf("backup = %+v %v", r, err)
	}
	if _, err := db.SQL().Exec(`DELETE FROM ticket_tags; DELETE FROM followup_calls; DELETE FROM tickets`); err != nil {
		t.Fatal(err)
	}
	dlg.open = r.Path
	rr, err := sys.Restore()
	if err != nil || rr.Stats != before {
		t.Fatalf("restore = %+v %v (want %+v)", rr, err, before)
	}
	if filepath.Dir(rr.SafetyCopy) != filepath.Join(dir, "backups") {
		t.Fatalf("safety copy at %s", rr.SafetyCopy)
	}
	// A corrupt file is refused with a coded, translatable error.
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("SQLite format 3\x00 but not really"), 0o600)
	dlg.open = bad
	if _, err := sys.Restore(); decode(t, err)["code"] != "corrupt" {
		t.Fatalf("corrupt restore: %v", err)
	}
	_ = time.Now
}
