package importer_test

import (
	"context"
	"fmt"
	"testing"

	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
)

// cancelingTarget cancels the run from inside the store look-up of a dry
// run, the way a user's Cancel lands while SQLite is answering.
type cancelingTarget struct {
	*importer.Responses
	cancel context.CancelFunc
}

func (c cancelingTarget) Present(ctx context.Context, keys []string) (map[string]bool, error) {
	c.cancel()
	if _, err := c.Responses.Present(ctx, keys); err != nil {
		return nil, fmt.Errorf("sqlite: response keys: %w", err)
	}
	return nil, fmt.Errorf("sqlite: response keys: %w", ctx.Err())
}

// A cancel that interrupts a store call is reported as a cancellation, not
// as an internal error (it was, in the import studio).
func TestCancelDuringStoreCall(t *testing.T) {
	db := mustDB(t)
	rows := [][]string{{"时间", "推荐"}}
	for i := 0; i < 3000; i++ {
		rows = append(rows, []string{fmt.Sprintf("2026-10-%02d 10:%02d", 1+i%28, i%60), fmt.Sprint(i % 11)})
	}
	path := writeCSV(t, rows)
	m := basicMapping(nil)
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	target := cancelingTarget{&importer.Responses{Store: db, NewSurveyName: "测试问卷"}, cancel}
	sum, err := importer.Run(ctx, src, target, importer.RunOptions{Mapping: m, DryRun: true, FilePath: path})
	if err != nil {
		t.Fatalf("canceled dry run returned an error: %v", err)
	}
	if !sum.Canceled || sum.Imported != 0 {
		t.Fatalf("summary = %+v, want canceled", sum)
	}
	if n := count(t, db, `SELECT count(*) FROM responses`); n != 0 {
		t.Fatalf("%d responses written by a canceled dry run", n)
	}
}
