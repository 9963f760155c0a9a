package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	"feedbackdesk/backend/feedback"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// DB is an open Feedback Desk database.
type DB struct {
	db *sql.DB
	// rdb serves read-only transactions: its connections begin DEFERRED,
	// so a reader reads its WAL snapshot without taking the write lock
	// (db's connections begin IMMEDIATE, see DSN).
	rdb *sql.DB
	// writeSem is held from BeginTx to Commit/Rollback of a write
	// transaction: the app's writers queue on it in arrival order instead
	// of polling SQLite's lock, so a long series of short transactions
	// (the theme index) cannot starve a waiting writer.
	writeSem chan struct{}
	path     string
	// Now returns the current time; tests replace it to freeze the clock.
	// Every transaction reads it once so a whole change shares one "now".
	Now func() time.Time
}

// DSN builds the connection string for path. Every pragma lives in the DSN
// because mattn/go-sqlite3 runs DSN pragmas on each new pooled connection,
// while a pragma run with db.Exec reaches only the one connection it ran on.
//
//   - _journal_mode=WAL: readers never block the writer, and a crash leaves
//     the last committed transaction intact.
//   - _synchronous=FULL: an acknowledged commit survives power loss, not just
//     a process crash (NORMAL in WAL mode may lose the last commits).
//   - _foreign_keys=on: SQLite leaves foreign keys off unless asked, per connection.
//   - _busy_timeout=10000: wait up to 10 s for another writer (the CLI while
//     the app runs) instead of failing at once with SQLITE_BUSY.
//   - _txlock=immediate: BEGIN takes the write lock at once, so two writers
//     queue on the busy timeout rather than deadlock when upgrading a read.
//   - _secure_delete=on: deleted text (an erased customer's phone) is zeroed
//     on disk rather than left in free pages.
//   - _cache_size=-16000: a 16 MB page cache per connection (negative = KiB);
//     imports with random-order indexes slow sharply in the 2 MB default.
func DSN(path string, readOnly bool) string {
	return dsn(path, readOnly, "immediate")
}

// dsn is DSN with the transaction lock mode txlock.
func dsn(path string, readOnly bool, txlock string) string {
	v := url.Values{}
	v.Set("_journal_mode", "WAL")
	v.Set("_synchronous", "FULL")
	v.Set("_foreign_keys", "on")
	v.Set("_busy_timeout", "10000")
	v.Set("_txlock", txlock)
	v.Set("_secure_delete", "on")
	v.Set("_cache_size", "-16000")
	if readOnly {
		v.Set("mode", "ro")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + v.Encode()
}

// Open opens (creating if needed) the database at path and migrates it to
// the latest schema. A database written by a newer version of the app is
// refused with an ENEWERSCHEMA error and left untouched.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || path == ":memory:" {
		return nil, feedback.Errorf(feedback.EINVALID, "error.db.path_required", "A database file path is required.")
	}
	sdb, err := sql.Open("sqlite3", DSN(path, false))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	db := &DB{db: sdb, path: path, writeSem: make(chan struct{}, 1), Now: func() time.Time { return time.Now().UTC() }}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, mapOpenError(path, err)
	}
	if err := migrate(ctx, sdb); err != nil {
		sdb.Close()
		return nil, err
	}
	if db.rdb, err = sql.Open("sqlite3", dsn(path, false, "deferred")); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	return db, nil
}

// mapOpenError turns driver errors at open time into errors a user can act on.
func mapOpenError(path string, err error) error {
	if se, ok := err.(sqlite3.Error); ok && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
		return feedback.Errorf(feedback.ECORRUPT, "error.db.not_a_database",
			"%s is not a Feedback Desk database or is damaged.", path).WithParams(map[string]any{"path": path})
	}
	return fmt.Errorf("sqlite: open %s: %w", path, err)
}

// Close checkpoints the WAL into the main file and closes the database.
func (db *DB) Close() error {
	if db == nil || db.db == nil {
		return nil
	}
	if db.rdb != nil {
		db.rdb.Close()
	}
	_, _ = db.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return db.db.Close()
}

// Path returns the database file path.
func (db *DB) Path() string { return db.path }

// SQL exposes the pool for this package's tests and benchmarks.
func (db *DB) SQL() *sql.DB { return db.db }

// Tx is a write or read transaction that carries one fixed "now" for every
// timestamp it writes.
type Tx struct {
	*sql.Tx
	db  *DB
	now time.Time
	// release gives the write turn back (nil for a read transaction).
	release func()
}

// writeWait is how long a writer waits for its turn before giving up with
// the same error SQLite's busy timeout gives (see DSN: 10 s).
const writeWait = 10 * time.Second

// Commit commits the transaction and ends its write turn.
func (tx *Tx) Commit() error {
	defer tx.done()
	return tx.Tx.Commit()
}

// Rollback abandons the transaction (a no-op after Commit) and ends its
// write turn.
func (tx *Tx) Rollback() error {
	defer tx.done()
	return tx.Tx.Rollback()
}

func (tx *Tx) done() {
	if tx.release != nil {
		tx.release()
		tx.release = nil
	}
}

// BeginTx starts a transaction; with _txlock=immediate it holds the write
// lock from the start.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	now := db.Now().UTC().Truncate(time.Microsecond)
	if opts != nil && opts.ReadOnly && db.rdb != nil {
		tx, err := db.rdb.BeginTx(ctx, opts)
		if err != nil {
			return nil, fmt.Errorf("sqlite: begin: %w", err)
		}
		return &Tx{Tx: tx, db: db, now: now}, nil
	}
	wait := time.NewTimer(writeWait)
	defer wait.Stop()
	select {
	case db.writeSem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("sqlite: begin: %w", ctx.Err())
	case <-wait.C:
		return nil, fmt.Errorf("sqlite: begin: %w", sqlite3.ErrBusy)
	}
	release := func() { <-db.writeSem }
	tx, err := db.db.BeginTx(ctx, opts)
	if err != nil {
		release()
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	return &Tx{Tx: tx, db: db, now: now, release: release}, nil
}

// Now returns the transaction's fixed time.
func (tx *Tx) Now() time.Time { return tx.now }

// TimeLayout is how timestamps are stored: UTC, fixed width, so text order
// is time order.
const TimeLayout = "2006-01-02T15:04:05.000000Z"

// FormatTime renders t for storage.
func FormatTime(t time.Time) string { return t.UTC().Format(TimeLayout) }

// ParseTime reads a stored timestamp.
func ParseTime(s string) (time.Time, error) {
	if t, ok := parseStored(s); ok {
		return t, nil
	}
	t, err := time.Parse(TimeLayout, s)
	if err != nil {
		return time.Parse(time.RFC3339Nano, s)
	}
	return t, nil
}

// CurrentTime returns the database clock's current time in UTC (Now, which
// tests freeze), so callers outside a transaction agree with its "now".
func (db *DB) CurrentTime() time.Time { return db.Now().UTC() }

// parseStored reads TimeLayout without time.Parse's generality (the SLA
// figures parse a million event times per dashboard view); ok is false for
// anything else, which ParseTime then reads the general way.
func parseStored(s string) (time.Time, bool) {
	if len(s) != len(TimeLayout) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.' || s[26] != 'Z' {
		return time.Time{}, false
	}
	n := func(from, to int) (int, bool) {
		v := 0
		for i := from; i < to; i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	y, ok1 := n(0, 4)
	mo, ok2 := n(5, 7)
	d, ok3 := n(8, 10)
	h, ok4 := n(11, 13)
	mi, ok5 := n(14, 16)
	sec, ok6 := n(17, 19)
	us, ok7 := n(20, 26)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, us*1000, time.UTC)
	if t.Day() != d { // 2026-02-30 is not a day: let time.Parse report it
		return time.Time{}, false
	}
	return t, true
}
