package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"strings"

	"feedbackdesk/backend/feedback"
)

var (
	_ feedback.ResponseImportService = (*DB)(nil)
	_ feedback.ImportMappingService  = (*DB)(nil)
)

// ResponseKeysPresent reports which of keys are stored for the survey.
func (db *DB) ResponseKeysPresent(ctx context.Context, surveyID int64, keys []string) (map[string]bool, error) {
	return db.keysPresent(ctx, `SELECT row_key FROM responses WHERE survey_id = ? AND row_key IN (%s)`, keys, surveyID)
}

// FindImportMapping returns the mapping remembered for a header signature.
func (db *DB) FindImportMapping(ctx context.Context, signature string) (string, bool, error) {
	var m string
	err := db.db.QueryRowContext(ctx, `SELECT mapping FROM import_mappings WHERE signature = ?`, signature).Scan(&m)
	if err == sql.ErrNoRows {
		return "", false, nil
	} else if err != nil {
		return "", false, fmt.Errorf("sqlite: find import mapping: %w", err)
	}
	return m, true, nil
}

// SaveImportMapping remembers a mapping for a header signature.
func (db *DB) SaveImportMapping(ctx context.Context, signature, target, mapping string) error {
	_, err := db.db.ExecContext(ctx, `INSERT INTO import_mappings (signature, target, mapping, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT(signature) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, updated_at = excluded.updated_at`,
		signature, target, mapping, FormatTime(db.Now()))
	if err != nil {
		return fmt.Errorf("sqlite: save import mapping: %w", err)
	}
	return nil
}

// FindImportBatches returns the import batches, newest first.
func (db *DB) FindImportBatches(ctx context.Context) ([]*feedback.ImportBatch, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, target, file_name, file_hash, status, rows, imported, duplicates, rejected, mapping,
		started_at, finished_at FROM import_batches ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find import batches: %w", err)
	}
	defer rows.Close()
	var out []*feedback.ImportBatch
	for rows.Next() {
		b := &feedback.ImportBatch{}
		var started, finished string
		if err := rows.Scan(&b.ID, &b.Target, &b.FileName, &b.FileHash, &b.Status, &b.Rows, &b.Imported, &b.Duplicates, &b.Rejected,
			&b.Mapping, &started, &finished); err != nil {
			return nil, fmt.Errorf("sqlite: find import batches: %w", err)
		}
		b.StartedAt, _ = ParseTime(started)
		b.FinishedAt, _ = ParseTime(finished)
		out = append(out, b)
	}
	return out, rows.Err()
}

// BeginResponseImport opens the one transaction of a response import: it
// records the batch, creates the new survey or the new questions (setting
// their IDs and imp.SurveyID) and prepares one statement per table. The
// returned writer holds the write lock until Commit or Rollback.
func (db *DB) BeginResponseImport(ctx context.Context, imp *feedback.ResponseImport) (feedback.ResponseImportWriter, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	w := &responseImport{tx: tx, imp: imp, customers: map[string]int64{}, known: map[uint64]struct{}{}, seed: maphash.MakeSeed()}
	if err := w.begin(ctx); err != nil {
		w.Rollback()
		return nil, err
	}
	return w, nil
}

// responseImport is the open transaction of one response import.
type responseImport struct {
	tx        *Tx
	imp       *feedback.ResponseImport
	batchID   int64
	customers map[string]int64 // "x:"ext, "p:"phone, "e:"email → id, bounded by customerCache
	// known holds a hash of every customer key stored (before and during
	// the import): a key not in it is certainly new, so the lookup query is
	// skipped. A hash collision only costs a query.
	known map[uint64]struct{}
	seed  maphash.Seed
	stmts struct{ response, answer, tag, custByExt, custByPhone, custByEmail, newCustomer *sql.Stmt }
	done  bool
	// lastBefore is the highest response id before the import: the rows it
	// writes are those above, counted into metric_counts at commit.
	lastBefore int64
}

func (w *responseImport) begin(ctx context.Context) error {
	tx, now, imp := w.tx, FormatTime(w.tx.now), w.imp
	imp.Batch.Status, imp.Batch.StartedAt = feedback.ImportCommitted, w.tx.now
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM responses`).Scan(&w.lastBefore); err != nil {
		return fmt.Errorf("sqlite: import: %w", err)
	}
	err := w.beginBatch(ctx)
	if err != nil {
		return err
	}
	if s := imp.NewSurvey; s != nil {
		s.CreatedAt, s.UpdatedAt = tx.now, tx.now
		res, err := tx.ExecContext(ctx, `INSERT INTO surveys (title, title_en, description, description_en, status, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, s.Title, s.TitleEN, s.Description, s.DescriptionEN, s.Status, now, now)
		if err != nil {
			return fmt.Errorf("sqlite: create survey: %w", err)
		}
		if s.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		imp.SurveyID = s.ID
		for i, q := range s.Questions {
			q.SurveyID, q.Position = s.ID, i+1
			if err := insertQuestion(ctx, tx, q); err != nil {
				return err
			}
		}
	} else {
		var pos int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(position), 0) FROM questions WHERE survey_id = ?`, imp.SurveyID).Scan(&pos); err != nil {
			return fmt.Errorf("sqlite: import questions: %w", err)
		}
		for i, q := range imp.NewQuestions {
			q.SurveyID, q.Position = imp.SurveyID, pos+i+1
			if err := insertQuestion(ctx, tx, q); err != nil {
				return err
			}
		}
	}
	if err := w.loadKnown(ctx); err != nil {
		return err
	}
	prep := func(dst **sql.Stmt, query string) {
		if err == nil {
			*dst, err = tx.PrepareContext(ctx, query)
		}
	}
	prep(&w.stmts.response, `INSERT INTO responses (survey_id, customer_id, external_id, row_key, source, channel, region, product, agent,
		submitted_at, month_key, import_batch_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(survey_id, row_key) DO NOTHING`)
	prep(&w.stmts.answer, `INSERT INTO answers (response_id, question_id, number, text, status, raw) VALUES (?, ?, ?, ?, ?, ?)`)
	prep(&w.stmts.tag, `INSERT OR IGNORE INTO response_tags (response_id, tag) VALUES (?, ?)`)
	prep(&w.stmts.custByExt, `SELECT coalesce(merged_into_id, id) FROM customers WHERE external_id = ?`)
	prep(&w.stmts.custByPhone, `SELECT coalesce(merged_into_id, id) FROM customers WHERE phone = ? AND phone <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`)
	prep(&w.stmts.custByEmail, `SELECT coalesce(merged_into_id, id) FROM customers WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY merged_into_id IS NOT NULL, id LIMIT 1`)
	prep(&w.stmts.newCustomer, `INSERT INTO customers (external_id, name, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("sqlite: prepare import: %w", err)
	}
	return nil
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// Write inserts one response unless its row key is stored already. The
// per-row statements run without ctx: database/sql watches a cancellable
// context with a goroutine per call, which costs more than the insert.
// The transaction itself was begun with the import's context, so a
// canceled import is rolled back, and the caller checks ctx between rows.
func (w *responseImport) Write(_ context.Context, ir *feedback.ImportedResponse) (bool, error) {
	ctx := context.Background()
	r := ir.Response
	if ir.Customer != nil {
		id, err := w.customer(ctx, ir.Customer)
		if err != nil {
			return false, err
		}
		r.CustomerID = &id
	}
	r.SurveyID, r.ImportBatchID, r.SubmittedAt = w.imp.SurveyID, &w.batchID, r.SubmittedAt.UTC()
	res, err := w.stmts.response.ExecContext(ctx, r.SurveyID, r.CustomerID, r.ExternalID, r.RowKey, r.Source, r.Channel, r.Region,
		r.Product, r.Agent, FormatTime(r.SubmittedAt), feedback.MonthKey(r.SubmittedAt, reportingZone()), w.batchID, r.Note, FormatTime(w.tx.now))
	if err != nil {
		return false, fmt.Errorf("sqlite: import response: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, err
	} else if n == 0 {
		return false, nil
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return false, err
	}
	for _, a := range r.Answers {
		if _, err := w.stmts.answer.ExecContext(ctx, r.ID, a.QuestionID, a.Number, a.Text, a.Status, a.Raw); err != nil {
			return false, fmt.Errorf("sqlite: import answer: %w", err)
		}
	}
	for _, t := range r.Tags {
		if _, err := w.stmts.tag.ExecContext(ctx, r.ID, t); err != nil {
			return false, fmt.Errorf("sqlite: import tag: %w", err)
		}
	}
	return true, nil
}

// customerCache bounds the batch's customer cache (about 100 bytes an entry).
const customerCache = 50_000

// loadKnown fills w.known with the keys of the stored customers.
func (w *responseImport) loadKnown(ctx context.Context) error {
	rows, err := w.tx.QueryContext(ctx, `SELECT coalesce(external_id, ''), phone, email FROM customers`)
	if err != nil {
		return fmt.Errorf("sqlite: import customers: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ext, phone, email string
		if err := rows.Scan(&ext, &phone, &email); err != nil {
			return fmt.Errorf("sqlite: import customers: %w", err)
		}
		w.remember("x:"+ext, "p:"+phone, "e:"+strings.ToLower(email))
	}
	return rows.Err()
}

// remember adds customer keys (with an empty value part skipped) to w.known.
func (w *responseImport) remember(keys ...string) {
	for _, k := range keys {
		if len(k) > 2 {
			w.known[maphash.String(w.seed, k)] = struct{}{}
		}
	}
}

// customer finds the row's customer by external id, phone or email (in
// that order, remembering answers for the batch) or creates it.
func (w *responseImport) customer(ctx context.Context, c *feedback.Customer) (int64, error) {
	type probe struct {
		key  string
		stmt *sql.Stmt
		arg  string
	}
	probes := []probe{{"x:" + c.ExternalID, w.stmts.custByExt, c.ExternalID}, {"p:" + c.Phone, w.stmts.custByPhone, c.Phone},
		{"e:" + strings.ToLower(c.Email), w.stmts.custByEmail, c.Email}}
	var id int64
	known := false
	for _, p := range probes {
		if p.arg == "" {
			continue
		}
		if v, ok := w.customers[p.key]; ok {
			return v, nil
		}
		_, k := w.known[maphash.String(w.seed, p.key)]
		known = known || k
	}
	for _, p := range probes {
		if p.arg == "" || !known {
			continue
		}
		err := p.stmt.QueryRowContext(ctx, p.arg).Scan(&id)
		if err == nil {
			break
		} else if err != sql.ErrNoRows {
			return 0, fmt.Errorf("sqlite: import customer: %w", err)
		}
	}
	if id == 0 {
		name := c.Name
		if name == "" && c.Phone == "" && c.Email == "" {
			name = c.ExternalID
		}
		var ext any
		if c.ExternalID != "" {
			ext = c.ExternalID
		}
		now := FormatTime(w.tx.now)
		res, err := w.stmts.newCustomer.ExecContext(ctx, ext, name, c.Phone, c.Email, now, now)
		if err != nil {
			return 0, fmt.Errorf("sqlite: import customer: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
		for _, p := range probes {
			if p.arg != "" {
				w.remember(p.key)
			}
		}
	}
	if len(w.customers) >= customerCache {
		clear(w.customers)
	}
	for _, p := range probes {
		if p.arg != "" {
			w.customers[p.key] = id
		}
	}
	return id, nil
}

// Commit records the batch counts, stores the options collected for new
// choice questions, remembers the mapping and commits.
func (w *responseImport) Commit(ctx context.Context, c feedback.ImportBatch) (int64, error) {
	tx := w.tx
	_, err := tx.ExecContext(ctx, `UPDATE import_batches SET rows = ?, imported = ?, duplicates = ?, rejected = ?, finished_at = ? WHERE id = ?`,
		c.Rows, c.Imported, c.Duplicates, c.Rejected, FormatTime(tx.db.Now()), w.batchID)
	if err != nil {
		return 0, fmt.Errorf("sqlite: finish import batch: %w", err)
	}
	qs := w.imp.NewQuestions
	if w.imp.NewSurvey != nil {
		qs = w.imp.NewSurvey.Questions
	}
	for _, q := range qs {
		if q.Type == feedback.QuestionSingle || q.Type == feedback.QuestionMulti {
			opts, _ := json.Marshal(nonNilOptions(q.Options))
			if _, err := tx.ExecContext(ctx, `UPDATE questions SET options = ? WHERE id = ?`, string(opts), q.ID); err != nil {
				return 0, fmt.Errorf("sqlite: import options: %w", err)
			}
		}
	}
	if w.imp.Signature != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO import_mappings (signature, target, mapping, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT(signature) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, updated_at = excluded.updated_at`,
			w.imp.Signature, w.imp.Batch.Target, nonEmpty(w.imp.Batch.Mapping, "{}"), FormatTime(tx.now)); err != nil {
			return 0, fmt.Errorf("sqlite: remember import mapping: %w", err)
		}
	}
	if err := addMetricCounts(ctx, tx, "r.id > ?", w.lastBefore); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: commit import: %w", err)
	}
	w.done = true
	return w.batchID, nil
}

// Rollback abandons the import unless it was committed.
func (w *responseImport) Rollback() error {
	if w.done {
		return nil
	}
	w.done = true
	if err := w.tx.Rollback(); err != nil && err != sql.ErrTxDone {
		return fmt.Errorf("sqlite: roll back import: %w", err)
	}
	return nil
}
