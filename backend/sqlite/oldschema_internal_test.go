package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// WriteOldSchema writes to path a database at schema version (an older one)
// holding src's rows of every table that version has, in the columns it
// has: what an older build of the app would have written. Tests open it to
// check that migrations carry old files forward.
func WriteOldSchema(ctx context.Context, src *DB, path string, version int) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	dst, err := sql.Open("sqlite3", DSN(path, false))
	if err != nil {
		return err
	}
	defer dst.Close()
	conn, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, m := range ms[:version] {
		if _, err := conn.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d; PRAGMA foreign_keys = off`,
		ApplicationID, version)); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, `ATTACH DATABASE ? AS src`, src.Path()); err != nil {
		return err
	}
	rows, err := conn.QueryContext(ctx, `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, t)
	}
	rows.Close()
	for _, t := range tables {
		cols, err := conn.QueryContext(ctx, `SELECT name FROM pragma_table_info(?, 'main')`, t)
		if err != nil {
			return err
		}
		var names []string
		for cols.Next() {
			var c string
			if err := cols.Scan(&c); err != nil {
				cols.Close()
				return err
			}
			names = append(names, `"`+c+`"`)
		}
		cols.Close()
		list := strings.Join(names, ", ")
		if _, err := conn.ExecContext(ctx, `DELETE FROM main."`+t+`"`); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, `INSERT INTO main."`+t+`" (`+list+`) SELECT `+list+` FROM src."`+t+`"`); err != nil {
			return fmt.Errorf("copy %s: %w", t, err)
		}
	}
	_, err = conn.ExecContext(ctx, `DETACH DATABASE src`)
	return err
}
