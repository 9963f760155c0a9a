package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"feedbackdesk/backend/feedback"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// ApplicationID marks a SQLite file as a Feedback Desk database (PRAGMA
// application_id, bytes 68–71 of the header): "FDSK".
const ApplicationID = 0x4644534b

// migrations returns the embedded migrations in order; file NNNN_x.sql
// becomes schema version NNNN.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []migration
	for i, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil || n != i+1 {
			return nil, fmt.Errorf("sqlite: migration %s is out of sequence", base)
		}
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: n, name: base, sql: string(body)})
	}
	return out, nil
}

type migration struct {
	version int
	name    string
	sql     string
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	m, err := migrations()
	if err != nil {
		panic(err) // the embedded files are part of the binary; a bad name is a build bug
	}
	return len(m)
}

// schemaInfo reads the application id and user_version of an open database.
func schemaInfo(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (appID, version int, err error) {
	if err = q.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return 0, 0, fmt.Errorf("sqlite: read application id: %w", err)
	}
	if err = q.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return 0, 0, fmt.Errorf("sqlite: read schema version: %w", err)
	}
	return appID, version, nil
}

// checkSchema refuses files that are not ours or are newer than this build.
func checkSchema(appID, version, latest int) error {
	if appID != 0 && appID != ApplicationID {
		return feedback.Errorf(feedback.ECORRUPT, "error.db.not_feedback_desk",
			"This file is a SQLite database, but not a Feedback Desk one.")
	}
	if appID == 0 && version != 0 {
		return feedback.Errorf(feedback.ECORRUPT, "error.db.not_feedback_desk",
			"This file is a SQLite database, but not a Feedback Desk one.")
	}
	if version > latest {
		return feedback.Errorf(feedback.ENEWERSCHEMA, "error.db.newer_schema",
			"This database was written by a newer version of Feedback Desk (schema %d; this version understands up to %d). Please update the app.",
			version, latest).WithParams(map[string]any{"found": version, "supported": latest})
	}
	return nil
}

// migrate brings the database to the latest schema, one migration per
// transaction; user_version is set inside the same transaction so a crash
// never leaves a half-applied version.
func migrate(ctx context.Context, sdb *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	appID, version, err := schemaInfo(ctx, sdb)
	if err != nil {
		return mapOpenError("database", err)
	}
	if appID == 0 && version == 0 {
		// A brand-new file, or a SQLite file with tables that is not ours.
		var n int
		if err := sdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return mapOpenError("database", err)
		}
		if n > 0 {
			return checkSchema(0, 1, len(ms))
		}
	}
	if err := checkSchema(appID, version, len(ms)); err != nil {
		return err
	}
	for _, m := range ms[version:] {
		tx, err := sdb.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migrate: %w", err)
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
		}
		stmt := fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d`, ApplicationID, m.version)
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %s: set version: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migration %s: commit: %w", m.name, err)
		}
	}
	return nil
}
