package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

func TestOpen(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "feedback.db")
		db := MustOpenDBAt(t, path)
		st, err := db.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.SchemaVersion != sqlite.SchemaVersion() || st.SchemaVersion < 1 {
			t.Fatalf("schema version = %d, want %d", st.SchemaVersion, sqlite.SchemaVersion())
		}
		var appID int
		if err := db.SQL().QueryRow(`PRAGMA application_id`).Scan(&appID); err != nil || appID != sqlite.ApplicationID {
			t.Fatalf("application_id = %x, %v", appID, err)
		}
		db.Close()
		// Reopening an up-to-date database migrates nothing and keeps data.
		db2 := MustOpenDBAt(t, path)
		if err := db2.SetSetting(context.Background(), "k", "v"); err != nil {
			t.Fatal(err)
		}
		if v, ok, err := db2.Setting(context.Background(), "k"); err != nil || !ok || v != "v" {
			t.Fatalf("setting = %q %v %v", v, ok, err)
		}
	})

	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "feedback.db")
		db := MustOpenDBAt(t, path)
		newer := sqlite.SchemaVersion() + 1
		if _, err := db.SQL().Exec(`PRAGMA user_version = ` + itoa(newer)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err := sqlite.Open(context.Background(), path)
		if code := feedback.ErrorCode(err); code != feedback.ENEWERSCHEMA {
			t.Fatalf("code = %q (%v), want newer_schema", code, err)
		}
		if fe := feedback.AsError(err); fe.Key != "error.db.newer_schema" || fe.Params["found"] != newer {
			t.Fatalf("error = %+v", fe)
		}
		// The refused file is left exactly as it was.
		raw, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		var v int
		if err := raw.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != newer {
			t.Fatalf("user_version after refusal = %d, %v", v, err)
		}
	})

	t.Run("ErrForeignSQLite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		raw, err := sql.Open("sqlite3", "file:"+path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me')`); err != nil {
			t.Fatal(err)
		}
		raw.Close()
		_, err = sqlite.Open(context.Background(), path)
		if code := feedback.ErrorCode(err); code != feedback.ECORRUPT {
			t.Fatalf("code = %q (%v), want corrupt", code, err)
		}
	})

	t.Run("ErrNotADatabase", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "junk.db")
		junk := make([]byte, 8192)
		for i := range junk {
			junk[i] = byte(i*7 + 3)
		}
		if err := os.WriteFile(path, junk, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := sqlite.Open(context.Background(), path)
		if code := feedback.ErrorCode(err); code != feedback.ECORRUPT {
			t.Fatalf("code = %q (%v), want corrupt", code, err)
		}
	})

	t.Run("ErrMemory", func(t *testing.T) {
		if _, err := sqlite.Open(context.Background(), ":memory:"); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("err = %v, want invalid", err)
		}
	})
}

// Every pooled connection must carry the DSN pragmas, not just the first.
func TestPragmasOnEveryConnection(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	const n = 6
	conns := make([]*sql.Conn, n)
	for i := range conns {
		c, err := db.SQL().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns[i] = c
	}
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func(i int, c *sql.Conn) {
			defer wg.Done()
			var journal string
			var fk, sync, timeout, secure int
			row := c.QueryRowContext(ctx, `SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT foreign_keys FROM pragma_foreign_keys),
				(SELECT synchronous FROM pragma_synchronous), (SELECT timeout FROM pragma_busy_timeout), (SELECT secure_delete FROM pragma_secure_delete)`)
			if err := row.Scan(&journal, &fk, &sync, &timeout, &secure); err != nil {
				t.Errorf("conn %d: %v", i, err)
				return
			}
			if journal != "wal" || fk != 1 || sync != 2 || timeout != 10000 || secure != 1 {
				t.Errorf("conn %d: journal=%s foreign_keys=%d synchronous=%d busy_timeout=%d secure_delete=%d",
					i, journal, fk, sync, timeout, secure)
			}
		}(i, c)
	}
	wg.Wait()
}

// Ticket events are append-only: the schema refuses an update.
func TestTicketEventsAppendOnly(t *testing.T) {
	db := MustOpenDB(t)
	seed(t, db, 1)
	_, err := db.SQL().Exec(`UPDATE ticket_events SET body = 'rewritten'`)
	if err == nil {
		t.Fatal("updating a ticket event succeeded; the log must be append-only")
	}
}

func itoa(n int) string { return sqlInt(n) }

// TestParseTimeFastPath: stored timestamps read the same through the fast
// path as through time.Parse, and malformed ones still fail.
func TestParseTimeFastPath(t *testing.T) {
	for _, s := range []string{"2026-11-23T02:00:00.000000Z", "2024-02-29T23:59:59.999999Z", "1999-12-31T00:00:00.000001Z"} {
		got, err := sqlite.ParseTime(s)
		want, werr := time.Parse(sqlite.TimeLayout, s)
		if err != nil || werr != nil || !got.Equal(want) || got.Location() != time.UTC {
			t.Fatalf("%s: %v %v, want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"2026-02-30T00:00:00.000000Z", "2026-13-01T00:00:00.000000Z", "2026-11-23T24:00:00.000000Z", "2026-11-23 02:00:00.000000Z", "x"} {
		if _, err := sqlite.ParseTime(s); err == nil {
			t.Fatalf("%q parsed", s)
		}
	}
	if got, err := sqlite.ParseTime("2026-11-23T02:00:00+08:00"); err != nil || got.UTC().Hour() != 18 {
		t.Fatalf("RFC 3339 fallback: %v %v", got, err)
	}
}
