package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
)

// DefaultCalendarName is the calendar migration 0002 seeds: Asia/Shanghai,
// Monday to Friday 09:00–12:00 and 13:30–18:00.
const DefaultCalendarName = "标准工作日"

// CalendarVersion is one stored version of a business calendar. Calendars
// are versioned: saving a changed definition adds a version, so every
// earlier version stays readable.
type CalendarVersion struct {
	ID         int64
	Name       string
	Version    int
	Definition sla.Definition
	CreatedAt  time.Time
}

// Calendar builds the usable sla.Calendar of this version.
func (cv *CalendarVersion) Calendar() (*sla.Calendar, error) {
	c, err := sla.New(cv.Definition)
	if err != nil {
		return nil, calendarInvalid(err)
	}
	return c, nil
}

// calendarInvalid codes an sla calendar error as EINVALID.
func calendarInvalid(err error) error {
	return feedback.Errorf(feedback.EINVALID, "error.calendar.invalid", "%s", err.Error()).
		WithParams(map[string]any{"detail": err.Error()})
}

// SaveCalendar creates the calendar called name with def as version 1, or
// adds def as the next version of the existing one. Saving a definition
// equal to the latest version adds nothing and returns that version. The
// definition is validated with sla.New first.
func (db *DB) SaveCalendar(ctx context.Context, name string, def sla.Definition) (*CalendarVersion, error) {
	if name == "" {
		return nil, feedback.Errorf(feedback.EINVALID, "error.calendar.name_required", "A calendar needs a name.")
	}
	cal, err := sla.New(def)
	if err != nil {
		return nil, calendarInvalid(err)
	}
	def = cal.Definition()
	body, err := json.Marshal(def)
	if err != nil {
		return nil, fmt.Errorf("sqlite: save calendar: %w", err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	latest, err := findCalendar(ctx, tx, `c.name = ?`, name)
	var fe *feedback.Error
	switch {
	case errors.As(err, &fe) && fe.Code == feedback.ENOTFOUND:
		res, err := tx.ExecContext(ctx, `INSERT INTO calendars (name, created_at) VALUES (?, ?)`, name, FormatTime(tx.now))
		if err != nil {
			return nil, fmt.Errorf("sqlite: save calendar: %w", err)
		}
		id, _ := res.LastInsertId()
		latest = &CalendarVersion{ID: id, Name: name}
	case err != nil:
		return nil, err
	default:
		old, _ := json.Marshal(latest.Definition)
		if bytes.Equal(old, body) {
			return latest, nil
		}
	}
	cv := &CalendarVersion{ID: latest.ID, Name: name, Version: latest.Version + 1, Definition: def, CreatedAt: tx.now}
	if _, err := tx.ExecContext(ctx, `INSERT INTO calendar_versions (calendar_id, version, definition, created_at) VALUES (?, ?, ?, ?)`,
		cv.ID, cv.Version, string(body), FormatTime(tx.now)); err != nil {
		return nil, fmt.Errorf("sqlite: save calendar: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: save calendar: %w", err)
	}
	return cv, nil
}

// FindCalendarByName returns the latest version of the calendar called name.
func (db *DB) FindCalendarByName(ctx context.Context, name string) (*CalendarVersion, error) {
	return db.readCalendar(ctx, `c.name = ?`, name)
}

// FindCalendarByID returns the latest version of calendar id.
func (db *DB) FindCalendarByID(ctx context.Context, id int64) (*CalendarVersion, error) {
	return db.readCalendar(ctx, `c.id = ?`, id)
}

// FindCalendarVersion returns version version of calendar id.
func (db *DB) FindCalendarVersion(ctx context.Context, id int64, version int) (*CalendarVersion, error) {
	return db.readCalendar(ctx, `c.id = ? AND v.version = ?`, id, version)
}

// readCalendar runs findCalendar in a read-only transaction.
func (db *DB) readCalendar(ctx context.Context, where string, args ...any) (*CalendarVersion, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findCalendar(ctx, tx, where, args...)
}

// findCalendar returns the highest version matching where.
func findCalendar(ctx context.Context, tx *Tx, where string, args ...any) (*CalendarVersion, error) {
	var cv CalendarVersion
	var body, created string
	err := tx.QueryRowContext(ctx, `SELECT c.id, c.name, v.version, v.definition, v.created_at
		FROM calendars c JOIN calendar_versions v ON v.calendar_id = c.id
		WHERE `+where+` ORDER BY v.version DESC LIMIT 1`, args...).Scan(&cv.ID, &cv.Name, &cv.Version, &body, &created)
	if err == sql.ErrNoRows {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.calendar.not_found", "There is no such calendar (%v).", args[0]).
			WithParams(map[string]any{"calendar": args[0]})
	} else if err != nil {
		return nil, fmt.Errorf("sqlite: find calendar: %w", err)
	}
	if err := json.Unmarshal([]byte(body), &cv.Definition); err != nil {
		return nil, fmt.Errorf("sqlite: calendar %d v%d: %w", cv.ID, cv.Version, err)
	}
	cv.CreatedAt, _ = ParseTime(created)
	return &cv, nil
}
