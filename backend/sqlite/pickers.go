package sqlite

import (
	"context"
	"fmt"
	"time"

	"feedbackdesk/backend/feedback"
)

// FindTicketStatuses returns the configured statuses in display order.
func (db *DB) FindTicketStatuses(ctx context.Context) ([]feedback.TicketStatus, error) {
	out := []feedback.TicketStatus{}
	err := db.each(ctx, `SELECT key, name, name_en, category FROM ticket_statuses ORDER BY position, key`, func(sc scanner) error {
		var s feedback.TicketStatus
		err := sc.Scan(&s.Key, &s.Name, &s.NameEN, &s.Category)
		out = append(out, s)
		return err
	})
	return out, err
}

// FindTicketCategories returns the category tree, parents before children.
func (db *DB) FindTicketCategories(ctx context.Context) ([]feedback.TicketCategory, error) {
	out := []feedback.TicketCategory{}
	err := db.each(ctx, `SELECT key, parent, name, name_en, position FROM ticket_categories
		ORDER BY parent <> '', position, key`, func(sc scanner) error {
		var c feedback.TicketCategory
		err := sc.Scan(&c.Key, &c.Parent, &c.Name, &c.NameEN, &c.Position)
		out = append(out, c)
		return err
	})
	return out, err
}

// FindHandlers returns the handlers, active ones first, by name.
func (db *DB) FindHandlers(ctx context.Context) ([]feedback.Handler, error) {
	out := []feedback.Handler{}
	err := db.each(ctx, `SELECT id, name, team, email, active FROM handlers ORDER BY active DESC, name, id`, func(sc scanner) error {
		var h feedback.Handler
		err := sc.Scan(&h.ID, &h.Name, &h.Team, &h.Email, &h.Active)
		out = append(out, h)
		return err
	})
	return out, err
}

// CalendarSummary names a calendar and its latest version.
type CalendarSummary struct {
	ID        int64
	Name      string
	Version   int
	UpdatedAt time.Time
}

// FindCalendarSummaries lists every calendar with its latest version, by name.
func (db *DB) FindCalendarSummaries(ctx context.Context) ([]CalendarSummary, error) {
	out := []CalendarSummary{}
	err := db.each(ctx, `SELECT c.id, c.name, max(v.version), max(v.created_at)
		FROM calendars c JOIN calendar_versions v ON v.calendar_id = c.id GROUP BY c.id ORDER BY c.name`, func(sc scanner) error {
		var s CalendarSummary
		var at string
		if err := sc.Scan(&s.ID, &s.Name, &s.Version, &at); err != nil {
			return err
		}
		s.UpdatedAt, _ = ParseTime(at)
		out = append(out, s)
		return nil
	})
	return out, err
}

// scanner reads one result row.
type scanner interface{ Scan(...any) error }

// each runs a read-only query and calls row for every result row.
func (db *DB) each(ctx context.Context, q string, row func(scanner) error) error {
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}
