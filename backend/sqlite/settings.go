package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Setting returns the value stored under key and whether it exists.
func (db *DB) Setting(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	} else if err != nil {
		return "", false, fmt.Errorf("sqlite: setting %s: %w", key, err)
	}
	return v, true, nil
}

// SetSetting stores value under key, replacing any previous value.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	_, err := db.db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("sqlite: set setting %s: %w", key, err)
	}
	return nil
}
