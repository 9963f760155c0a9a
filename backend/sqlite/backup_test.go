package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"feedbackdesk/backend/feedback"
)

func TestBackupRestore(t *testing.T) {
	ctx := context.Background()

	t.Run("RoundTrip", func(t *testing.T) {
		dir := t.TempDir()
		db := MustOpenDBAt(t, filepath.Join(dir, "feedback.db"))
		seed(t, db, 25)
		wantStats, _ := db.Stats(ctx)
		wantHash := ContentHash(t, db.SQL())

		backup := filepath.Join(t.TempDir(), "backup.db")
		n, err := db.Backup(ctx, backup)
		if err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(backup); err != nil || fi.Size() != n || n == 0 {
			t.Fatalf("backup file: %v size %d reported %d", err, fi.Size(), n)
		}
		// Change the live data after the backup; restore must bring it back.
		seed(t, db, 3)
		if _, err := db.SQL().Exec(`DELETE FROM handlers WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		changedHash := ContentHash(t, db.SQL())

		res, err := db.Restore(ctx, backup, filepath.Join(dir, "backups"))
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats != wantStats {
			t.Fatalf("stats after restore = %+v, want %+v", res.Stats, wantStats)
		}
		if got := ContentHash(t, db.SQL()); got != wantHash {
			t.Fatal("content after restore differs from the backup")
		}
		// The safety copy holds the data that was replaced.
		safe := MustOpenDBAt(t, res.SafetyCopy)
		if got := ContentHash(t, safe.SQL()); got != changedHash {
			t.Fatal("safety copy does not hold the replaced data")
		}
		// Nothing is left behind: no candidate copies, no stray -wal/-shm.
		entries, _ := os.ReadDir(filepath.Join(dir, "backups"))
		for _, e := range entries {
			if e.Name() != filepath.Base(res.SafetyCopy) && e.Name() != filepath.Base(res.SafetyCopy)+"-wal" && e.Name() != filepath.Base(res.SafetyCopy)+"-shm" {
				t.Errorf("left in backups/: %s", e.Name())
			}
		}
		if chk, err := db.Check(ctx); err != nil || !chk.OK {
			t.Fatalf("check after restore: %+v %v", chk, err)
		}
	})

	t.Run("BackupDoesNotOverwriteHalfway", func(t *testing.T) {
		db := MustOpenDB(t)
		seed(t, db, 2)
		if _, err := db.Backup(ctx, filepath.Join(t.TempDir(), "no-such-dir", "x.db")); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("backup into a missing folder: %v", err)
		}
	})

	refused := func(t *testing.T, makeFile func(t *testing.T) string, wantCode string) {
		t.Helper()
		dir := t.TempDir()
		db := MustOpenDBAt(t, filepath.Join(dir, "feedback.db"))
		seed(t, db, 10)
		before := ContentHash(t, db.SQL())
		_, err := db.Restore(ctx, makeFile(t), filepath.Join(dir, "backups"))
		if code := feedback.ErrorCode(err); code != wantCode {
			t.Fatalf("code = %q (%v), want %q", code, err, wantCode)
		}
		if after := ContentHash(t, db.SQL()); after != before {
			t.Fatal("a refused restore changed the live database")
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "backups"))
		for _, e := range entries {
			t.Errorf("refused restore left %s behind", e.Name())
		}
	}

	t.Run("ErrRandomBytes", func(t *testing.T) {
		refused(t, func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "random.db")
			b := make([]byte, 64*1024)
			for i := range b {
				b[i] = byte(i*31 + i/7)
			}
			os.WriteFile(p, b, 0o600)
			return p
		}, feedback.ECORRUPT)
	})

	t.Run("ErrEmptyFile", func(t *testing.T) {
		refused(t, func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "empty.db")
			os.WriteFile(p, nil, 0o600)
			return p
		}, feedback.ECORRUPT)
	})

	t.Run("ErrTruncatedBackup", func(t *testing.T) {
		refused(t, func(t *testing.T) string {
			src := MustOpenDB(t)
			seed(t, src, 200)
			p := filepath.Join(t.TempDir(), "full.db")
			if _, err := src.Backup(ctx, p); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(p)
			cut := filepath.Join(t.TempDir(), "cut.db")
			os.WriteFile(cut, b[:len(b)/2], 0o600)
			return cut
		}, feedback.ECORRUPT)
	})

	t.Run("ErrCorruptPages", func(t *testing.T) {
		refused(t, func(t *testing.T) string {
			src := MustOpenDB(t)
			seed(t, src, 200)
			p := filepath.Join(t.TempDir(), "full.db")
			if _, err := src.Backup(ctx, p); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(p)
			for i := 4096 * 2; i < len(b) && i < 4096*2+3000; i++ { // scribble over page 3
				b[i] = 0xA5
			}
			os.WriteFile(p, b, 0o600)
			return p
		}, feedback.ECORRUPT)
	})

	t.Run("ErrNewerSchema", func(t *testing.T) {
		refused(t, func(t *testing.T) string {
			src := MustOpenDB(t)
			if _, err := src.SQL().Exec(`PRAGMA user_version = 999`); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(t.TempDir(), "newer.db")
			if _, err := src.Backup(ctx, p); err != nil {
				t.Fatal(err)
			}
			return p
		}, feedback.ENEWERSCHEMA)
	})

	t.Run("ErrMissingFile", func(t *testing.T) {
		refused(t, func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope.db") }, feedback.ENOTFOUND)
	})
}

func TestActivity(t *testing.T) {
	db := MustOpenDB(t)
	seed(t, db, 4) // four responses and tickets in 2026-10
	if _, err := db.SQL().Exec(`UPDATE responses SET month_key = 202512 WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	got, err := db.Activity(context.Background(), 12)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 12 || got[0].Month != "2025-11" || got[11].Month != "2026-10" {
		t.Fatalf("months = %v", got)
	}
	if got[11].Responses != 3 || got[11].Tickets != 4 || got[1].Month != "2025-12" || got[1].Responses != 1 || got[5].Responses != 0 {
		t.Fatalf("counts = %+v", got)
	}
}
