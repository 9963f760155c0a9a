package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// drift fails the test unless metric_counts equals a recount of the answers
// and holds rows when want says so.
func drift(t *testing.T, db *sqlite.DB, when string, wantRows bool) {
	t.Helper()
	ctx := context.Background()
	n, err := db.MetricCountsDrift(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM metric_counts`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if n != 0 || (rows > 0) != wantRows {
		t.Fatalf("%s: %d monthly counts differ from the answers (%d rows)", when, n, rows)
	}
}

// TestMetricCountsFollowEveryWriter: the demo loader (in chunks), form
// entry and a spreadsheet import each keep the monthly counts exact, and a
// deleted survey takes its counts along.
func TestMetricCountsFollowEveryWriter(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	if err := db.LoadDataset(ctx, demo.New(3, 2), nil); err != nil {
		t.Fatal(err)
	}
	drift(t, db, "after the demo load", true)

	s := MustCreateSurvey(t, db)
	r := &feedback.Response{SurveyID: s.ID, Source: feedback.SourceForm, Channel: "phone", SubmittedAt: time.Date(2026, 1, 31, 17, 0, 0, 0, time.UTC),
		Answers: []*feedback.Answer{{QuestionID: s.Questions[0].ID, Number: num(9)}, {QuestionID: s.Questions[1].ID, Status: feedback.AnswerInvalid, Raw: "6.5"}}}
	if err := db.CreateResponse(ctx, r); err != nil {
		t.Fatal(err)
	}
	drift(t, db, "after a form response", true)

	path := filepath.Join(t.TempDir(), "import.csv")
	csv := "提交时间,渠道,推荐意愿(0-10),满意度(1-5)\n2026-03-01 10:00,微信,10,5\n2026-03-02 11:00,门店,3,\n2026-04-02 11:00,门店,,2\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	in, err := importer.Inspect(src)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := importer.Run(ctx, src, &importer.Responses{Store: db, NewSurveyName: "导入"}, importer.RunOptions{Mapping: in.Mapping, FilePath: path})
	if err != nil || sum.Imported != 3 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	drift(t, db, "after an import", true)

	if res, err := db.Check(ctx); err != nil || !res.OK || res.MetricCountDrift != 0 {
		t.Fatalf("check: %+v, %v", res, err)
	}
	if _, err := db.SQL().ExecContext(ctx, `UPDATE metric_counts SET n = n + 1 WHERE rowid IN (SELECT rowid FROM metric_counts LIMIT 1)`); err == nil {
		t.Fatal("metric_counts should be a WITHOUT ROWID table")
	}
	if _, err := db.SQL().ExecContext(ctx, `UPDATE metric_counts SET n = n + 1 WHERE (role, dim, month_key, survey_id, key, scale_key, score) IN
		(SELECT role, dim, month_key, survey_id, key, scale_key, score FROM metric_counts LIMIT 1)`); err != nil {
		t.Fatal(err)
	}
	if res, err := db.Check(ctx); err != nil || res.OK || res.MetricCountDrift != 2 {
		t.Fatalf("check after tampering with one count: %+v, %v", res, err)
	}
	if _, err := db.SQL().ExecContext(ctx, `DELETE FROM surveys`); err != nil {
		t.Fatal(err)
	}
	drift(t, db, "after deleting every survey", false)
}

// TestMetricCountsBackfill: a database written by schema 2 gets its monthly
// counts from its answers when it is opened.
func TestMetricCountsBackfill(t *testing.T) {
	ctx, dir := context.Background(), t.TempDir()
	src := MustOpenDBAt(t, filepath.Join(dir, "now.db"))
	if err := src.LoadDataset(ctx, demo.New(5, 1), nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "v2.db")
	if err := sqlite.WriteOldSchema(ctx, src, path, 2); err != nil {
		t.Fatal(err)
	}
	drift(t, MustOpenDBAt(t, path), "after the migration", true)
}

// TestRestoreRebuildsDriftedCounts: a backup whose summaries drifted (say,
// edited by hand) is restored with its counts rebuilt, not refused.
func TestRestoreRebuildsDriftedCounts(t *testing.T) {
	ctx, dir := context.Background(), t.TempDir()
	src := MustOpenDBAt(t, filepath.Join(dir, "src.db"))
	if err := src.LoadDataset(ctx, demo.New(9, 1), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SQL().ExecContext(ctx, `DELETE FROM metric_counts WHERE dim = 'region'`); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	if _, err := src.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	dst := MustOpenDBAt(t, filepath.Join(dir, "dst.db"))
	if _, err := dst.Restore(ctx, backup, filepath.Join(dir, "safety")); err != nil {
		t.Fatal(err)
	}
	drift(t, dst, "after restoring a drifted backup", true)
}
