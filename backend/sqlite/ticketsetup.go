package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
)

// This file configures the ticket vocabulary: handlers (staff and teams),
// the two-level category tree and the statuses with their SLA categories.
// Nothing a ticket's history depends on is rewritten: a status used by a
// ticket keeps its category (SLA states are computed from it), and used
// categories and statuses cannot be deleted.

func setupErr(key, format string, params map[string]any, args ...any) error {
	return feedback.Errorf(feedback.EINVALID, key, format, args...).WithParams(params)
}

// SaveHandler inserts h (ID 0) or updates the handler of its ID; h.ID is
// set on insert. Handlers are deactivated, never deleted: tickets keep them.
func (db *DB) SaveHandler(ctx context.Context, h *feedback.Handler) error {
	h.Name, h.Team, h.Email = strings.TrimSpace(h.Name), strings.TrimSpace(h.Team), strings.TrimSpace(h.Email)
	if err := h.Validate(); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if h.ID == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO handlers (name, team, email, active, created_at) VALUES (?, ?, ?, ?, ?)`,
			h.Name, h.Team, h.Email, h.Active, FormatTime(tx.now))
		if err != nil {
			return fmt.Errorf("sqlite: save handler: %w", err)
		}
		h.ID, _ = res.LastInsertId()
	} else {
		res, err := tx.ExecContext(ctx, `UPDATE handlers SET name = ?, team = ?, email = ?, active = ? WHERE id = ?`,
			h.Name, h.Team, h.Email, h.Active, h.ID)
		if err != nil {
			return fmt.Errorf("sqlite: save handler: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return feedback.Errorf(feedback.ENOTFOUND, "error.handler.not_found", "Handler %d does not exist.", h.ID).
				WithParams(map[string]any{"id": h.ID})
		}
	}
	return tx.Commit()
}

// SaveTicketCategory inserts or updates the category of c.Key. A parent
// must be an existing top-level category (the tree has two levels), and a
// category with subcategories stays top-level. Position 0 appends.
func (db *DB) SaveTicketCategory(ctx context.Context, c *feedback.TicketCategory) error {
	c.Key, c.Parent = strings.TrimSpace(c.Key), strings.TrimSpace(c.Parent)
	c.Name, c.NameEN = strings.TrimSpace(c.Name), strings.TrimSpace(c.NameEN)
	if err := c.Validate(); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if c.Parent != "" {
		var grand string
		err := tx.QueryRowContext(ctx, `SELECT parent FROM ticket_categories WHERE key = ?`, c.Parent).Scan(&grand)
		if errors.Is(err, sql.ErrNoRows) {
			return setupErr("error.category.parent_unknown", "There is no category %q.", map[string]any{"parent": c.Parent}, c.Parent)
		} else if err != nil {
			return fmt.Errorf("sqlite: save category: %w", err)
		}
		if grand != "" {
			return setupErr("error.category.parent_nested", "Subcategories have no subcategories of their own.", nil)
		}
		var children int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM ticket_categories WHERE parent = ?`, c.Key).Scan(&children); err != nil {
			return fmt.Errorf("sqlite: save category: %w", err)
		}
		if children > 0 {
			return setupErr("error.category.has_children", "Category %q has subcategories, so it stays a top-level category.",
				map[string]any{"category": c.Key}, c.Key)
		}
	}
	if c.Position == 0 {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT position FROM ticket_categories WHERE key = ?),
			(SELECT coalesce(max(position), 0) + 1 FROM ticket_categories WHERE parent = ?))`, c.Key, c.Parent).Scan(&c.Position); err != nil {
			return fmt.Errorf("sqlite: save category: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ticket_categories (key, parent, name, name_en, position) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET parent = excluded.parent, name = excluded.name, name_en = excluded.name_en,
		position = excluded.position`, c.Key, c.Parent, c.Name, c.NameEN, c.Position); err != nil {
		return fmt.Errorf("sqlite: save category: %w", err)
	}
	return tx.Commit()
}

// DeleteTicketCategory deletes a category that has no subcategories and
// that no ticket uses (as category or subcategory).
func (db *DB) DeleteTicketCategory(ctx context.Context, key string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var children, used int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM ticket_categories WHERE parent = ?),
		(SELECT count(*) FROM tickets WHERE category = ? OR subcategory = ?)`, key, key, key).Scan(&children, &used); err != nil {
		return fmt.Errorf("sqlite: delete category: %w", err)
	}
	if children > 0 {
		return setupErr("error.category.has_children", "Category %q has subcategories; delete them first.", map[string]any{"category": key}, key)
	}
	if used > 0 {
		return setupErr("error.category.in_use", "%d tickets use category %q; it cannot be deleted.",
			map[string]any{"category": key, "n": used}, used, key)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM ticket_categories WHERE key = ?`, key); err != nil {
		return fmt.Errorf("sqlite: delete category: %w", err)
	}
	return tx.Commit()
}

// statusUse counts the tickets with status key now or in their history.
func statusUse(ctx context.Context, tx *Tx, key string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT id FROM tickets WHERE status = ?
		UNION SELECT ticket_id FROM ticket_events WHERE kind IN ('status', 'reopen', 'created') AND (to_val = ? OR from_val = ?))`,
		key, key, key).Scan(&n)
	return n, err
}

// SaveTicketStatus inserts or updates the status of s.Key. Its category is
// what the SLA engine understands; once a ticket has used the status its
// category cannot change (past SLA states would change with it).
func (db *DB) SaveTicketStatus(ctx context.Context, s *feedback.TicketStatus) error {
	s.Key, s.Name, s.NameEN = strings.TrimSpace(s.Key), strings.TrimSpace(s.Name), strings.TrimSpace(s.NameEN)
	switch {
	case s.Key == "":
		return setupErr("error.ticket_status.key_required", "A status needs a key.", nil)
	case s.Name == "" && s.NameEN == "":
		return setupErr("error.ticket_status.name_required", "A status needs a name.", nil)
	case !s.Category.Valid():
		return setupErr("error.ticket_status.category_invalid", "Unknown status category %q.", map[string]any{"category": string(s.Category)}, s.Category)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var prev string
	err = tx.QueryRowContext(ctx, `SELECT category FROM ticket_statuses WHERE key = ?`, s.Key).Scan(&prev)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO ticket_statuses (key, name, name_en, category, position)
			VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM ticket_statuses))`, s.Key, s.Name, s.NameEN, s.Category); err != nil {
			return fmt.Errorf("sqlite: save status: %w", err)
		}
	case err != nil:
		return fmt.Errorf("sqlite: save status: %w", err)
	default:
		if prev != string(s.Category) {
			n, err := statusUse(ctx, tx, s.Key)
			if err != nil {
				return fmt.Errorf("sqlite: save status: %w", err)
			}
			if n > 0 {
				return setupErr("error.ticket_status.category_locked", "%d tickets have used status %q; its category stays %s.",
					map[string]any{"status": s.Key, "n": n}, n, s.Key, prev)
			}
			if err := lastOfCategory(ctx, tx, s.Key, prev); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ticket_statuses SET name = ?, name_en = ?, category = ? WHERE key = ?`,
			s.Name, s.NameEN, s.Category, s.Key); err != nil {
			return fmt.Errorf("sqlite: save status: %w", err)
		}
	}
	return tx.Commit()
}

// lastOfCategory refuses to take away the only status of a category.
func lastOfCategory(ctx context.Context, tx *Tx, key, category string) error {
	var others int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM ticket_statuses WHERE category = ? AND key <> ?`, category, key).Scan(&others); err != nil {
		return fmt.Errorf("sqlite: status: %w", err)
	}
	if others == 0 {
		return setupErr("error.ticket_status.last_of_category", "Status %q is the only one of its category %s.",
			map[string]any{"status": key, "category": category}, key, category)
	}
	return nil
}

// DeleteTicketStatus deletes a status no ticket has used, unless it is the
// only status of its category.
func (db *DB) DeleteTicketStatus(ctx context.Context, key string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var category string
	if err := tx.QueryRowContext(ctx, `SELECT category FROM ticket_statuses WHERE key = ?`, key).Scan(&category); errors.Is(err, sql.ErrNoRows) {
		return feedback.Errorf(feedback.ENOTFOUND, "error.ticket.status_unknown", "There is no ticket status %q.", key).
			WithParams(map[string]any{"status": key})
	} else if err != nil {
		return fmt.Errorf("sqlite: delete status: %w", err)
	}
	n, err := statusUse(ctx, tx, key)
	if err != nil {
		return fmt.Errorf("sqlite: delete status: %w", err)
	}
	if n > 0 {
		return setupErr("error.ticket_status.in_use", "%d tickets have used status %q; it cannot be deleted.",
			map[string]any{"status": key, "n": n}, n, key)
	}
	if err := lastOfCategory(ctx, tx, key, category); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM ticket_statuses WHERE key = ?`, key); err != nil {
		return fmt.Errorf("sqlite: delete status: %w", err)
	}
	return tx.Commit()
}
