package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// themeChunk is how many responses or tickets one indexing transaction
// looks at: small enough that a dashboard read never waits long for the
// write lock, large enough that commits do not dominate.
const themeChunk = 2000

// themeKind is the SQL of one kind of text in the theme index.
type themeKind struct {
	name string
	// next selects id, survey, month, time, nps, text of ids above ? (LIMIT ?);
	// byIDs the same for the ids of a list (%s = placeholders).
	next, byIDs string
	// decisions selects id, theme, present of ids in [?, ?]; decisionsIn of a list.
	decisions, decisionsIn string
	// clearAll empties the kind's rows; clearIDs (%s) removes some ids' rows.
	clearAll, clearIDs []string
	// text inserts a text row (responses only); tag inserts one theme row.
	text, tag string
	// tagArgs are the tag insert's arguments after the theme.
	tagArgs func(r *themeText) []any
}

// themeText is one response's or ticket's text as the indexer reads it.
type themeText struct {
	id, survey int64
	day        int // yyyymmdd in the reporting zone
	nps        sql.NullInt64
	text       sql.NullString
}

// DayKey is the yyyymmdd of t in loc: the day the theme index files a
// text under.
func DayKey(t time.Time, loc *time.Location) int {
	l := t.In(loc)
	return l.Year()*10000 + int(l.Month())*100 + l.Day()
}

const responseTextCols = `r.id, r.survey_id, r.submitted_at,
	(SELECT CAST(a.number AS INTEGER) FROM answers a JOIN questions q ON q.id = a.question_id
		WHERE a.response_id = r.id AND q.role = 'nps' AND a.status = 'valid' ORDER BY q.position LIMIT 1),
	(SELECT group_concat(a.text, ' ') FROM answers a JOIN questions q ON q.id = a.question_id
		WHERE a.response_id = r.id AND q.type = 'text' AND trim(a.text) <> '')`

var responseThemes = themeKind{
	name:        "response",
	next:        `SELECT ` + responseTextCols + ` FROM responses r WHERE r.id > ? ORDER BY r.id LIMIT ?`,
	byIDs:       `SELECT ` + responseTextCols + ` FROM responses r WHERE r.id IN (%s)`,
	decisions:   `SELECT response_id, theme, present FROM response_themes WHERE response_id BETWEEN ? AND ?`,
	decisionsIn: `SELECT response_id, theme, present FROM response_themes WHERE response_id IN (%s)`,
	clearAll:    []string{`DELETE FROM response_theme_tags`, `DELETE FROM response_texts`},
	clearIDs:    []string{`DELETE FROM response_theme_tags WHERE response_id IN (%s)`, `DELETE FROM response_texts WHERE response_id IN (%s)`},
	text:        `INSERT INTO response_texts (response_id, survey_id, day_key, nps) VALUES (?, ?, ?, ?)`,
	tag:         `INSERT OR IGNORE INTO response_theme_tags (theme, response_id, survey_id, day_key, nps) VALUES (?, ?, ?, ?, ?)`,
	tagArgs:     func(r *themeText) []any { return []any{r.id, r.survey, r.day, r.nps} },
}

var ticketThemes = themeKind{
	name:        "ticket",
	next:        `SELECT id, 0, created_at, NULL, title || ' ' || description FROM tickets WHERE id > ? ORDER BY id LIMIT ?`,
	byIDs:       `SELECT id, 0, created_at, NULL, title || ' ' || description FROM tickets WHERE id IN (%s)`,
	decisions:   `SELECT ticket_id, theme, present FROM ticket_themes WHERE ticket_id BETWEEN ? AND ?`,
	decisionsIn: `SELECT ticket_id, theme, present FROM ticket_themes WHERE ticket_id IN (%s)`,
	clearAll:    []string{`DELETE FROM ticket_theme_tags`},
	clearIDs:    []string{`DELETE FROM ticket_theme_tags WHERE ticket_id IN (%s)`},
	tag:         `INSERT OR IGNORE INTO ticket_theme_tags (theme, ticket_id, day_key) VALUES (?, ?, ?)`,
	tagArgs:     func(r *themeText) []any { return []any{r.id, r.day} },
}

// IndexThemes brings the materialised themes of responses and tickets up
// to date with the codebook version: a new version retags everything;
// otherwise only texts added since the last refresh and those the
// triggers queued (edited, decided on, ids reused) are tagged. Each chunk
// commits on its own, so a cancelled or interrupted refresh keeps its
// progress and the next one continues. It returns how many texts it tagged.
// progress, when not nil, is told after each transaction how many responses
// and tickets were read of how many waiting (the work is counted before it
// starts; texts queued meanwhile can make done pass total).
//
// codebook is the stored codebook JSON the tagger was built from ("" when
// none is stored): each chunk first checks it is still the stored one and
// otherwise stops with feedback.ErrCodebookChanged.
func (db *DB) IndexThemes(ctx context.Context, version, codebook string, tag feedback.ThemeTagger, progress func(done, total int)) (int, error) {
	total, seen, waiting := 0, 0, 0
	if progress != nil {
		var err error
		if waiting, err = db.themeBacklog(ctx, version); err != nil {
			return 0, err
		}
		progress(0, waiting)
	}
	for _, k := range []*themeKind{&responseThemes, &ticketThemes} {
		for {
			n, more, err := db.indexThemeChunk(ctx, k, version, codebook, tag, &seen)
			total += n
			if errors.Is(err, feedback.ErrCodebookChanged) {
				return total, err
			} else if err != nil {
				return total, fmt.Errorf("sqlite: index %s themes: %w", k.name, err)
			}
			if progress != nil {
				progress(seen, max(waiting, seen))
			}
			if !more {
				break
			}
		}
	}
	return total, nil
}

// themeBacklog counts the responses and tickets the next IndexThemes with
// version reads: every row of a kind indexed under another version, else
// those above the watermark and those queued.
func (db *DB) themeBacklog(ctx context.Context, version string) (int, error) {
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT
		CASE WHEN coalesce((SELECT version FROM theme_index WHERE kind = 'response'), '') <> ?1
			THEN (SELECT count(*) FROM responses)
			ELSE (SELECT count(*) FROM responses WHERE id > (SELECT watermark FROM theme_index WHERE kind = 'response'))
				+ (SELECT count(*) FROM theme_dirty WHERE kind = 'response') END
		+ CASE WHEN coalesce((SELECT version FROM theme_index WHERE kind = 'ticket'), '') <> ?1
			THEN (SELECT count(*) FROM tickets)
			ELSE (SELECT count(*) FROM tickets WHERE id > (SELECT watermark FROM theme_index WHERE kind = 'ticket'))
				+ (SELECT count(*) FROM theme_dirty WHERE kind = 'ticket') END`, version).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite: theme index backlog: %w", err)
	}
	return n, nil
}

// ThemesIndexed reports whether the theme index of both kinds was built
// with version and has nothing waiting (no new ids, nothing queued).
func (db *DB) ThemesIndexed(ctx context.Context, version string) (bool, error) {
	var ok bool
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM theme_index WHERE version = ?) = 2
		AND NOT EXISTS (SELECT 1 FROM theme_dirty)
		AND coalesce((SELECT max(id) FROM responses), 0) <= (SELECT watermark FROM theme_index WHERE kind = 'response')
		AND coalesce((SELECT max(id) FROM tickets), 0) <= (SELECT watermark FROM theme_index WHERE kind = 'ticket')`,
		version).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("sqlite: theme index state: %w", err)
	}
	return ok, nil
}

// themeTxBudget bounds one indexing transaction: chunks are added to it
// until it has run this long, so commits (each an fsync) stay few while
// the write lock is never held for long.
const themeTxBudget = 300 * time.Millisecond

// indexThemeChunk does one transaction of work on kind k: a rebuild start,
// or chunks of queued and new ids for up to themeTxBudget. more is false
// when there was nothing left to do.
func (db *DB) indexThemeChunk(ctx context.Context, k *themeKind, version, codebook string, tag feedback.ThemeTagger, seen *int) (n int, more bool, err error) {
	if err := ctx.Err(); err != nil {
		return 0, false, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback()
	var current string
	if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT value FROM settings WHERE key = ?), '')`, codebookSetting).Scan(&current); err != nil {
		return 0, false, err
	}
	if current != codebook {
		return 0, false, feedback.ErrCodebookChanged
	}
	var stored string
	var mark int64
	err = tx.QueryRowContext(ctx, `SELECT version, watermark FROM theme_index WHERE kind = ?`, k.name).Scan(&stored, &mark)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && stored != version) {
		// The index holds ids, days, scores and theme keys, never customer
		// text, so its old rows need not be overwritten on disk (the
		// connection's secure_delete is restored before the commit).
		if _, err := tx.ExecContext(ctx, `PRAGMA secure_delete = off`); err != nil {
			return 0, false, err
		}
		for _, q := range k.clearAll {
			if _, err = tx.ExecContext(ctx, q); err != nil {
				break
			}
		}
		if _, rerr := tx.ExecContext(ctx, `PRAGMA secure_delete = on`); err == nil {
			err = rerr
		}
		if err != nil {
			return 0, false, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM theme_dirty WHERE kind = ?`, k.name); err != nil {
			return 0, false, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO theme_index (kind, version, watermark) VALUES (?, ?, 0)
			ON CONFLICT (kind) DO UPDATE SET version = excluded.version, watermark = 0`, k.name, version); err != nil {
			return 0, false, err
		}
		return 0, true, tx.Commit()
	} else if err != nil {
		return 0, false, err
	}
	started := time.Now()
	for {
		tagged, next, did, err := indexThemeStep(ctx, tx, k, mark, tag, seen)
		if err != nil {
			return 0, false, err
		}
		n, mark = n+tagged, next
		if !did {
			return n, false, tx.Commit()
		}
		if time.Since(started) > themeTxBudget || ctx.Err() != nil {
			return n, true, tx.Commit()
		}
	}
}

// indexThemeStep tags one chunk inside tx: queued ids first, then ids
// above the watermark mark. It returns the texts tagged, the watermark
// after it and whether there was anything to do; seen counts the rows read.
func indexThemeStep(ctx context.Context, tx *Tx, k *themeKind, mark int64, tag feedback.ThemeTagger, seen *int) (int, int64, bool, error) {
	var texts []*themeText
	var decided map[int64]map[string]bool
	dirty, err := queuedThemeIDs(ctx, tx, k.name)
	if err != nil {
		return 0, mark, false, err
	}
	if len(dirty) > 0 {
		list, args := idList(dirty)
		for _, q := range k.clearIDs {
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(q, list), args...); err != nil {
				return 0, mark, false, err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM theme_dirty WHERE kind = ? AND id IN (`+list+`)`, append([]any{k.name}, args...)...); err != nil {
			return 0, mark, false, err
		}
		if texts, err = readThemeTexts(ctx, tx, fmt.Sprintf(k.byIDs, list), args...); err != nil {
			return 0, mark, false, err
		}
		decided, err = readDecisions(ctx, tx, fmt.Sprintf(k.decisionsIn, list), args...)
	} else {
		if texts, err = readThemeTexts(ctx, tx, k.next, mark, themeChunk); err != nil || len(texts) == 0 {
			return 0, mark, false, err
		}
		last := texts[len(texts)-1].id
		decided, err = readDecisions(ctx, tx, k.decisions, mark+1, last)
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE theme_index SET watermark = ? WHERE kind = ?`, last, k.name)
		}
		mark = last
	}
	if err != nil {
		return 0, mark, false, err
	}
	*seen += max(len(texts), len(dirty))
	n, err := writeThemeTags(ctx, tx, k, texts, decided, tag)
	return n, mark, true, err
}

// queuedThemeIDs returns up to a chunk of the ids the triggers queued.
func queuedThemeIDs(ctx context.Context, tx *Tx, kind string) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM theme_dirty WHERE kind = ? ORDER BY id LIMIT ?`, kind, themeChunk)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// idList renders ids as placeholders and arguments.
func idList(ids []int64) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return placeholders(len(ids)), args
}

func readThemeTexts(ctx context.Context, tx *Tx, q string, args ...any) ([]*themeText, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*themeText
	zone := reportingZone()
	for rows.Next() {
		r := &themeText{}
		var at string
		if err := rows.Scan(&r.id, &r.survey, &at, &r.nps, &r.text); err != nil {
			return nil, err
		}
		t, err := ParseTime(at)
		if err != nil {
			return nil, err
		}
		r.day = DayKey(t, zone)
		out = append(out, r)
	}
	return out, rows.Err()
}

func readDecisions(ctx context.Context, tx *Tx, q string, args ...any) (map[int64]map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]map[string]bool{}
	for rows.Next() {
		var id int64
		var theme string
		var present bool
		if err := rows.Scan(&id, &theme, &present); err != nil {
			return nil, err
		}
		if out[id] == nil {
			out[id] = map[string]bool{}
		}
		out[id][theme] = present
	}
	return out, rows.Err()
}

// writeThemeTags tags every text that has words and stores its rows; it
// returns how many texts it tagged.
func writeThemeTags(ctx context.Context, tx *Tx, k *themeKind, texts []*themeText, decided map[int64]map[string]bool, tag feedback.ThemeTagger) (int, error) {
	var textStmt *sql.Stmt
	if k.text != "" {
		s, err := tx.PrepareContext(ctx, k.text)
		if err != nil {
			return 0, err
		}
		defer s.Close()
		textStmt = s
	}
	tagStmt, err := tx.PrepareContext(ctx, k.tag)
	if err != nil {
		return 0, err
	}
	defer tagStmt.Close()
	n := 0
	for _, r := range texts {
		if !r.text.Valid || strings.TrimSpace(r.text.String) == "" {
			continue
		}
		n++
		if textStmt != nil {
			if _, err := textStmt.ExecContext(ctx, r.id, r.survey, r.day, r.nps); err != nil {
				return n, err
			}
		}
		for _, theme := range tag(r.text.String, decided[r.id]) {
			if _, err := tagStmt.ExecContext(ctx, append([]any{theme}, k.tagArgs(r)...)...); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}
