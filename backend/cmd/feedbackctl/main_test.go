package main

import (
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{},
		{"bogus"},
		{"--nope", "stats"},
		{"stats", "--nope"},
		{"stats", "extra"},
		{"backup"},
		{"backup", "a.db", "b.db"},
		{"restore"},
		{"demo", "--scale", "many"},
	} {
		args = append([]string{"--data-dir", dir}, args...)
		code, _, errs := runCLI(t, args...)
		if code != exitUsage || !strings.HasPrefix(errs, "feedbackctl: usage: ") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a usage message", args, code, errs)
		}
		code, _, errs = runCLI(t, append(args, "--json")...)
		if len(args) > 2 && (code != exitUsage || errorCode(t, errs) != "usage") {
			t.Errorf("%v --json: exit %d, stderr %q", args, code, errs)
		}
	}
}

func TestHelp(t *testing.T) {
	if code, out, _ := runCLI(t, "help"); code != 0 || !strings.Contains(out, "restore") {
		t.Fatalf("help: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "demo", "-h"); code != 0 || !strings.Contains(out, "--scale") {
		t.Fatalf("demo -h: exit %d\n%s", code, out)
	}
}

func TestVersion(t *testing.T) {
	out := mustRun(t, "version", "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"go", "schema_version", "version"}) {
		t.Fatalf("version --json keys %v", keys)
	}
	if out := mustRun(t, "version"); !strings.HasPrefix(out, "feedbackctl ") {
		t.Fatalf("version: %q", out)
	}
}

func TestInitDemoStats(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	out := mustRun(t, "--data-dir", dir, "init", "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"data_dir", "database", "schema_version"}) {
		t.Fatalf("init --json keys %v", keys)
	}

	out = mustRun(t, "--data-dir", dir, "stats", "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"customers", "handlers", "responses", "schema_version", "surveys", "tickets"}) {
		t.Fatalf("stats --json keys %v", keys)
	}
	var st feedback.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Responses != 0 || st.SchemaVersion < 1 {
		t.Fatalf("empty stats %+v (%v)", st, err)
	}

	out = mustRun(t, "demo", "--data-dir", dir, "--seed", "4", "--json")
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	c := demo.New(4, 1).Counts()
	if st.Surveys != c.Surveys || st.Responses != c.Responses || st.Customers != c.Customers || st.Tickets != c.Tickets || st.Handlers != c.Handlers {
		t.Fatalf("stats after demo %+v, want %+v", st, c)
	}
	if again := mustRun(t, "--data-dir", dir, "--json", "stats"); again != out {
		t.Fatalf("stats differ from demo's report:\n%s\n%s", again, out)
	}
	if out := mustRun(t, "--data-dir", dir, "stats"); !strings.Contains(out, "responses       3000") {
		t.Fatalf("stats text:\n%s", out)
	}
	if out := mustRun(t, "--data-dir", dir, "check"); !strings.HasPrefix(out, "ok") {
		t.Fatalf("check:\n%s", out)
	}
	out = mustRun(t, "--data-dir", dir, "check", "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"foreign_key_problems", "integrity", "metric_count_drift", "ok"}) {
		t.Fatalf("check --json keys %v", keys)
	}

	t.Run("ErrNotEmpty", func(t *testing.T) {
		before := contentHash(t, dir)
		code, _, errs := runCLI(t, "--data-dir", dir, "demo", "--json")
		if code != exitError || errorCode(t, errs) != feedback.ECONFLICT {
			t.Fatalf("demo into a full database: exit %d, %s", code, errs)
		}
		code, _, errs = runCLI(t, "--data-dir", dir, "demo")
		if code != exitError || !strings.HasPrefix(errs, "feedbackctl: conflict: ") {
			t.Fatalf("demo into a full database: exit %d, %s", code, errs)
		}
		if contentHash(t, dir) != before {
			t.Fatal("a refused demo changed the database")
		}
	})
}

func TestDataDirFromEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(datadir.EnvVar, dir)
	mustRun(t, "init")
	if _, err := os.Stat(filepath.Join(dir, datadir.DatabaseName)); err != nil {
		t.Fatalf("init ignored $%s: %v", datadir.EnvVar, err)
	}
}

func TestUserErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code string
	}{
		{[]string{"stats"}, feedback.ENOTFOUND},
		{[]string{"check"}, feedback.ENOTFOUND},
		{[]string{"backup", filepath.Join(dir, "b.db")}, feedback.ENOTFOUND},
		{[]string{"demo", "--scale", "0"}, feedback.EINVALID},
		{[]string{"restore", filepath.Join(dir, "missing.db")}, feedback.ENOTFOUND},
	} {
		args := append([]string{"--data-dir", filepath.Join(dir, "data"), "--json"}, tc.args...)
		code, _, errs := runCLI(t, args...)
		if code != exitError || errorCode(t, errs) != tc.code {
			t.Errorf("%v: exit %d, %s; want 1 and %s", tc.args, code, errs, tc.code)
		}
	}
}

func TestBackupRestore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo", "--seed", "2")
	wantStats := mustRun(t, "--data-dir", dir, "stats", "--json")
	wantHash := contentHash(t, dir)

	file := filepath.Join(t.TempDir(), "backup.db")
	out := mustRun(t, "--data-dir", dir, "backup", file, "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"bytes", "path"}) {
		t.Fatalf("backup --json keys %v", keys)
	}

	t.Run("ErrExists", func(t *testing.T) {
		code, _, errs := runCLI(t, "--data-dir", dir, "--json", "backup", file)
		if code != exitError || errorCode(t, errs) != feedback.ECONFLICT {
			t.Fatalf("backup over an existing file: exit %d, %s", code, errs)
		}
		mustRun(t, "--data-dir", dir, "backup", "--force", file)
	})

	// Change the live database; restore must bring the backup's content back.
	db := openData(t, dir)
	if _, err := db.SQL().Exec(`DELETE FROM followup_calls; DELETE FROM tickets WHERE id > 100; UPDATE customers SET name = '改' WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	changed := contentHash(t, dir)
	if changed == wantHash {
		t.Fatal("the change did not change the hash")
	}

	out = mustRun(t, "--data-dir", dir, "restore", file, "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"path", "safety_copy", "stats"}) {
		t.Fatalf("restore --json keys %v", keys)
	}
	var res struct {
		SafetyCopy string          `json:"safety_copy"`
		Stats      json.RawMessage `json:"stats"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var got, want feedback.Stats
	_ = json.Unmarshal(res.Stats, &got)
	_ = json.Unmarshal([]byte(wantStats), &want)
	if got != want {
		t.Fatalf("stats after restore %+v, want %+v", got, want)
	}
	if now := mustRun(t, "--data-dir", dir, "stats", "--json"); now != wantStats {
		t.Fatalf("stats after restore:\n%s\nwant\n%s", now, wantStats)
	}
	if contentHash(t, dir) != wantHash {
		t.Fatal("content after restore differs from the backup")
	}
	if _, err := os.Stat(res.SafetyCopy); err != nil || filepath.Dir(res.SafetyCopy) != filepath.Join(dir, "backups") {
		t.Fatalf("safety copy %q: %v", res.SafetyCopy, err)
	}
}

func TestRestoreRefusesCorrupt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo")
	before := contentHash(t, dir)
	files := t.TempDir()

	random := make([]byte, 256<<10)
	_, _ = rand.Read(random)
	good := filepath.Join(files, "good.db")
	mustRun(t, "--data-dir", dir, "backup", good)
	full, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	withHeader := append([]byte("SQLite format 3\x00"), random...)
	for name, data := range map[string][]byte{
		"random.db":    random,
		"header.db":    withHeader,
		"truncated.db": full[:len(full)/2],
		"empty.db":     {},
	} {
		path := filepath.Join(files, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, "--data-dir", dir, "--json", "restore", path)
		if code != exitError || errorCode(t, errs) != feedback.ECORRUPT {
			t.Errorf("restore %s: exit %d, %s; want 1 and corrupt", name, code, errs)
		}
		if contentHash(t, dir) != before {
			t.Fatalf("a refused restore of %s changed the live database", name)
		}
	}
	if out := mustRun(t, "--data-dir", dir, "check"); !strings.HasPrefix(out, "ok") {
		t.Fatalf("check after refused restores:\n%s", out)
	}
}

func TestRestoreRefusesWhileLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo")
	file := filepath.Join(t.TempDir(), "b.db")
	mustRun(t, "--data-dir", dir, "backup", file)
	before := contentHash(t, dir)

	lock, err := datadir.Acquire(dir) // as the open app holds it
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "--data-dir", dir, "restore", "--json", file)
	if code != exitError || errorCode(t, errs) != feedback.EUNAVAILABLE {
		t.Fatalf("restore while locked: exit %d, %s; want 1 and unavailable", code, errs)
	}
	if contentHash(t, dir) != before {
		t.Fatal("a refused restore changed the database")
	}
	lock.Release()
	mustRun(t, "--data-dir", dir, "restore", file)
}
