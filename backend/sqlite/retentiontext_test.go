package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRetentionMasksContactsInOldText: a retention run masks the phone
// numbers and e-mail addresses typed into old comments (and their raw
// imported cells) — of responses it detaches and of anonymous ones — keeps
// the words and every recent comment, logs how many texts it masked, and
// leaves none of the masked values in the database file or its WAL. An old
// response recorded after the run is masked by the next run.
func TestRetentionMasksContactsInOldText(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feedback.db")
	db := MustOpenDBAt(t, path)
	const (
		c        = "2026-01-01T00:00:00.000000Z"
		oldPhone = "13912340077"
		oldMail  = "plant.retain77@example.test"
		anonCell = "021-6234 0077"
		recent   = "13700001111"
		later    = "18855550077"
	)
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, 'A', '` + c + `', '` + c + `')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, 'S', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, title) VALUES (1, 1, 1, 'nps', 'NPS'), (2, 1, 2, 'text', '意见')`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, note, created_at) VALUES
			(1, 1, 1, 'a', 'import', '2026-03-01T00:00:00.000000Z', 202603, 'n', '` + c + `'),
			(2, 1, NULL, 'b', 'kiosk', '2026-02-01T00:00:00.000000Z', 202602, '', '` + c + `'),
			(3, 1, 1, 'c', 'form', '2026-11-01T00:00:00.000000Z', 202611, '', '` + c + `')`,
		`INSERT INTO answers (response_id, question_id, number, text, raw) VALUES
			(1, 1, 3, '', '3'),
			(1, 2, NULL, '送货太慢，请回电 ` + oldPhone + `，邮箱 ` + oldMail + `', '送货太慢，请回电 ` + oldPhone + `，邮箱 ` + oldMail + `'),
			(2, 2, NULL, '门店电话 ` + anonCell + ` 打不通', ''),
			(3, 2, NULL, '新的留言 ` + recent + `', '')`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	res, err := db.RunRetention(ctx, 6)
	if err != nil {
		t.Fatal(err)
	}
	if res.Texts != 2 || res.Responses != 1 {
		t.Errorf("run %+v: want 2 texts masked (responses 1 and 2), 1 response detached", res)
	}
	want := map[string]string{
		`SELECT text FROM answers WHERE response_id = 1 AND question_id = 2`: "送货太慢，请回电 ***，邮箱 ***",
		`SELECT raw FROM answers WHERE response_id = 1 AND question_id = 2`:  "送货太慢，请回电 ***，邮箱 ***",
		`SELECT raw FROM answers WHERE response_id = 1 AND question_id = 1`:  "3",
		`SELECT text FROM answers WHERE response_id = 2`:                     "门店电话 *** 打不通",
		`SELECT text FROM answers WHERE response_id = 3`:                     "新的留言 " + recent,
		`SELECT texts FROM privacy_log ORDER BY id DESC LIMIT 1`:             "2",
	}
	for q, w := range want {
		if got := scalar(t, db, q); got != w {
			t.Errorf("%s = %q, want %q", q, got, w)
		}
	}
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, p := range []string{oldPhone, oldMail, anonCell} {
			if bytes.Contains(b, []byte(p)) {
				t.Errorf("%s still holds %q", filepath.Base(f), p)
			}
		}
	}

	// An old response imported after the run, without an identity.
	if _, err := db.SQL().Exec(`INSERT INTO responses (id, survey_id, row_key, source, submitted_at, month_key, created_at)
		VALUES (4, 1, 'd', 'import', '2025-12-01T00:00:00.000000Z', 202512, '2026-11-23T02:00:00.000000Z');
		INSERT INTO answers (response_id, question_id, text) VALUES (4, 2, '旧问卷 ` + later + `')`); err != nil {
		t.Fatal(err)
	}
	res, err = db.RunRetention(ctx, 6)
	if err != nil || res.Texts != 1 || res.Responses != 0 {
		t.Fatalf("second run %+v %v: want the late import's text masked", res, err)
	}
	if got := scalar(t, db, `SELECT text FROM answers WHERE response_id = 4`); got != "旧问卷 ***" {
		t.Errorf("late import's text %q", got)
	}
	if res, err = db.RunRetention(ctx, 6); err != nil || res.Texts != 0 {
		t.Errorf("third run %+v %v: nothing new to mask", res, err)
	}
}
