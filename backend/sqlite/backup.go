package sqlite

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"feedbackdesk/backend/feedback"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Check runs PRAGMA integrity_check and counts foreign-key violations.
func (db *DB) Check(ctx context.Context) (feedback.CheckResult, error) {
	return checkDB(ctx, db.db)
}

func checkDB(ctx context.Context, sdb *sql.DB) (feedback.CheckResult, error) {
	var r feedback.CheckResult
	rows, err := sdb.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return r, mapOpenError("database", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return r, fmt.Errorf("sqlite: integrity check: %w", err)
		}
		r.Integrity = append(r.Integrity, line)
	}
	if err := rows.Close(); err != nil {
		return r, mapOpenError("database", err)
	}
	if err := sdb.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&r.ForeignKeyProblems); err != nil {
		return r, fmt.Errorf("sqlite: foreign key check: %w", err)
	}
	var counted bool
	if err := sdb.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'metric_counts')`).Scan(&counted); err != nil {
		return r, fmt.Errorf("sqlite: check: %w", err)
	}
	if counted { // an older file is checked before it is migrated
		var err error
		if r.MetricCountDrift, err = metricCountsDrift(ctx, sdb); err != nil {
			return r, err
		}
	}
	r.OK = len(r.Integrity) == 1 && r.Integrity[0] == "ok" && r.ForeignKeyProblems == 0 && r.MetricCountDrift == 0
	return r, nil
}

// Backup writes a consistent copy of the live database to dst while the app
// keeps running (VACUUM INTO reads one snapshot). It writes a temporary file
// beside dst and renames it into place, so dst is either the old file or a
// complete backup, never half of one. It returns the backup's size.
func (db *DB) Backup(ctx context.Context, dst string) (int64, error) {
	tmp := filepath.Join(filepath.Dir(dst), "."+filepath.Base(dst)+"."+randomSuffix()+".partial")
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return 0, feedback.Errorf(feedback.EINVALID, "error.backup.failed", "Could not write the backup to %s: %v", dst, err).
			WithParams(map[string]any{"path": dst})
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return 0, fmt.Errorf("sqlite: backup sync: %w", err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return 0, feedback.Errorf(feedback.EINVALID, "error.backup.failed", "Could not write the backup to %s: %v", dst, err).
			WithParams(map[string]any{"path": dst})
	}
	fi, err := os.Stat(dst)
	if err != nil {
		return 0, fmt.Errorf("sqlite: backup: %w", err)
	}
	return fi.Size(), nil
}

// sqliteHeader starts every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// errCorruptBackup is the error for a restore candidate that fails validation.
func errCorruptBackup(path string, why string) error {
	return feedback.Errorf(feedback.ECORRUPT, "error.db.corrupt_backup",
		"%s cannot be restored: %s", filepath.Base(path), why).WithParams(map[string]any{"path": path, "reason": why})
}

// Restore replaces the live database with the backup at src. The backup is
// first copied into safetyDir and validated there (SQLite header, PRAGMA
// integrity_check, application id, schema version not newer than this
// build; older schemas are migrated on the copy). Only then is the live
// database saved as a safety copy in safetyDir and overwritten in one step
// through SQLite's backup API, which writes through the live connection's
// WAL: no file is swapped under open connections, so no stale -wal/-shm
// files can be left behind. On any failure the live database is untouched.
func (db *DB) Restore(ctx context.Context, src, safetyDir string) (feedback.RestoreResult, error) {
	var res feedback.RestoreResult
	if err := os.MkdirAll(safetyDir, 0o700); err != nil {
		return res, fmt.Errorf("sqlite: restore: %w", err)
	}
	stamp := time.Now().UTC().Format("20060102-150405")
	candidate := filepath.Join(safetyDir, "restore-"+stamp+"-"+randomSuffix()+".db")
	defer removeDBFiles(candidate)
	if err := copyCandidate(src, candidate); err != nil {
		return res, err
	}
	cdb, err := sql.Open("sqlite3", DSN(candidate, false))
	if err != nil {
		return res, fmt.Errorf("sqlite: restore: %w", err)
	}
	defer cdb.Close()
	if err := validateCandidate(ctx, cdb, src); err != nil {
		return res, err
	}

	res.SafetyCopy = filepath.Join(safetyDir, "before-restore-"+stamp+".db")
	if _, err := db.Backup(ctx, res.SafetyCopy); err != nil {
		return res, fmt.Errorf("sqlite: restore: safety copy: %w", err)
	}
	if err := copyInto(ctx, db.db, cdb); err != nil {
		return res, err
	}
	if _, err := db.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return res, fmt.Errorf("sqlite: restore: checkpoint: %w", err)
	}
	res.Stats, err = db.Stats(ctx)
	return res, err
}

// copyCandidate copies src to dst after checking it looks like SQLite.
func copyCandidate(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return feedback.Errorf(feedback.ENOTFOUND, "error.restore.not_found", "Cannot open %s: %v", src, err).
			WithParams(map[string]any{"path": src})
	}
	defer in.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(in, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return errCorruptBackup(src, "not a SQLite database")
	}
	if _, err := in.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("sqlite: restore: %w", err)
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("sqlite: restore: %w", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("sqlite: restore: copy: %w", err)
	}
	return out.Close()
}

// validateCandidate checks integrity and schema of the copied backup,
// migrates an older schema to the current one and rebuilds monthly metric
// summaries that do not match the answers.
func validateCandidate(ctx context.Context, cdb *sql.DB, src string) error {
	chk, err := checkDB(ctx, cdb)
	if err != nil {
		return errCorruptBackup(src, "damaged ("+feedback.ErrorMessage(err)+")")
	}
	// Summaries that drifted are rebuilt below, not a reason to refuse.
	if !(len(chk.Integrity) == 1 && chk.Integrity[0] == "ok" && chk.ForeignKeyProblems == 0) {
		why := "integrity check failed"
		if len(chk.Integrity) > 0 && chk.Integrity[0] != "ok" {
			why += ": " + chk.Integrity[0]
		}
		return errCorruptBackup(src, why)
	}
	appID, version, err := schemaInfo(ctx, cdb)
	if err != nil {
		return errCorruptBackup(src, "unreadable header")
	}
	if appID == 0 {
		return feedback.Errorf(feedback.ECORRUPT, "error.db.not_feedback_desk",
			"This file is a SQLite database, but not a Feedback Desk one.")
	}
	if err := checkSchema(appID, version, SchemaVersion()); err != nil {
		return err
	}
	if err := migrate(ctx, cdb); err != nil {
		return err
	}
	if drift, err := metricCountsDrift(ctx, cdb); err != nil {
		return err
	} else if drift > 0 {
		if err := recountMetrics(ctx, cdb); err != nil {
			return err
		}
	}
	_, err = cdb.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}

// copyInto overwrites the database behind dst with the one behind src using
// the SQLite online backup API in a single step (one transaction on dst).
func copyInto(ctx context.Context, dst, src *sql.DB) error {
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: restore: %w", err)
	}
	defer dconn.Close()
	sconn, err := src.Conn(ctx)
	if err != nil {
		return fmt.Errorf("sqlite: restore: %w", err)
	}
	defer sconn.Close()
	return dconn.Raw(func(dc any) error {
		return sconn.Raw(func(sc any) error {
			d, ok1 := dc.(*sqlite3.SQLiteConn)
			s, ok2 := sc.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("sqlite: restore: unexpected driver connection")
			}
			bk, err := d.Backup("main", s, "main")
			if err != nil {
				return fmt.Errorf("sqlite: restore: start: %w", err)
			}
			for {
				done, err := bk.Step(-1)
				if err == nil && done {
					break
				}
				var se sqlite3.Error
				if err != nil && !(errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)) {
					bk.Finish()
					return fmt.Errorf("sqlite: restore: copy: %w", err)
				}
				if ctx.Err() != nil {
					bk.Finish()
					return ctx.Err()
				}
				time.Sleep(20 * time.Millisecond)
			}
			if err := bk.Finish(); err != nil {
				return fmt.Errorf("sqlite: restore: finish: %w", err)
			}
			return nil
		})
	})
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// removeDBFiles deletes a database file and its WAL and shared-memory files.
func removeDBFiles(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
}

func randomSuffix() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
