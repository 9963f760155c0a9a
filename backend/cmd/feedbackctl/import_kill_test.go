package main

import (
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// importKillRows is the size of the CSV the kill test imports.
const importKillRows = 20000

// importKillRuns is how many imports are killed.
const importKillRuns = 20

// TestKillDuringImport kills `feedbackctl import` with SIGKILL at moments
// spread over the import, then checks the database holds either nothing of
// that import or all of it (one transaction: no partial batch), reruns the
// import to completion and checks that every row is there exactly once.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 test builds and runs the CLI binary ~40 times; skipped with -short")
	}
	bin := buildCLI(t)
	files := t.TempDir()
	seed := filepath.Join(files, "seed.csv")
	writeDemoCSV(t, seed, 11, 5)
	big := filepath.Join(files, "big.csv")
	writeDemoCSV(t, big, 12, importKillRows)

	// prepare makes a data folder holding survey 1 with 5 imported rows.
	prepare := func(dir string) {
		for _, args := range [][]string{{"--data-dir", dir, "init"}, {"--data-dir", dir, "import", seed, "--new-survey", "回访"}} {
			if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
				t.Fatalf("%v: %v\n%s", args, err, out)
			}
		}
	}
	importBig := []string{"import", big, "--survey", "1"}

	// One uninterrupted run gives the expected content and the duration.
	ref := filepath.Join(t.TempDir(), "ref")
	prepare(ref)
	t0 := time.Now()
	if out, err := exec.Command(bin, append([]string{"--data-dir", ref}, importBig...)...).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	duration := time.Since(t0)
	before, want := 5, responseKeys(t, ref)
	t.Logf("an uninterrupted import of %d rows takes %v and stores %d responses", importKillRows, duration.Round(time.Millisecond), len(want)-before)

	var none, all int
	for i := 0; i < importKillRuns; i++ {
		rng := rand.New(rand.NewPCG(uint64(i), 0x696d706f))
		delay := time.Duration(rng.Int64N(int64(duration) * 11 / 10))
		dir := filepath.Join(t.TempDir(), "data")
		prepare(dir)
		cmd := exec.Command(bin, append([]string{"--data-dir", dir}, importBig...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()

		switch n := len(responseKeys(t, dir)); n {
		case before:
			none++
		case len(want):
			all++
		default:
			t.Fatalf("run %d: killed after %v, %d responses: a partial batch", i, delay, n)
		}
		checkBatches(t, dir)
		if out, err := exec.Command(bin, append([]string{"--data-dir", dir}, importBig...)...).CombinedOutput(); err != nil {
			t.Fatalf("rerun: %v\n%s", err, out)
		}
		got := responseKeys(t, dir)
		if len(got) != len(want) {
			t.Fatalf("run %d: after the rerun %d responses, want %d", i, len(got), len(want))
		}
		for k := range want {
			if !got[k] {
				t.Fatalf("run %d: row %s missing after the rerun", i, k)
			}
		}
		checkBatches(t, dir)
		t.Logf("run %2d: killed after %4dms; rerun complete", i, delay.Milliseconds())
	}
	t.Logf("%d kills: %d before the commit, %d after", importKillRuns, none, all)
	if none < 5 {
		t.Fatalf("only %d kills landed before the commit; the test does not exercise the rollback", none)
	}
}

// responseKeys returns the row keys of every stored response, failing on
// a key stored twice or a database that fails its checks.
func responseKeys(t *testing.T, dir string) map[string]bool {
	t.Helper()
	db := openData(t, dir)
	defer db.Close()
	if res, err := db.Check(t.Context()); err != nil || !res.OK {
		t.Fatalf("check: %+v, %v", res, err)
	}
	rows, err := db.SQL().Query(`SELECT survey_id || '/' || row_key FROM responses`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	keys := map[string]bool{}
	for rows.Next() {
		var k string
		rows.Scan(&k)
		if keys[k] {
			t.Fatalf("row %s stored twice", k)
		}
		keys[k] = true
	}
	return keys
}

// checkBatches checks every import batch's count against its rows.
func checkBatches(t *testing.T, dir string) {
	t.Helper()
	db := openData(t, dir)
	defer db.Close()
	rows, err := db.SQL().Query(`SELECT b.id, b.imported, (SELECT count(*) FROM responses r WHERE r.import_batch_id = b.id) FROM import_batches b`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, imported, n int
		rows.Scan(&id, &imported, &n)
		if imported != n {
			t.Fatalf("batch %d records %d imported rows but holds %d", id, imported, n)
		}
	}
}
