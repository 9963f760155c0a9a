package main

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// killScale is the demo scale the kill test loads: about 1.5 s of work here.
const killScale = 5

// killRuns is how many times the load is killed.
const killRuns = 24

// TestKillDuringDemo kills `feedbackctl demo` with SIGKILL at moments spread
// over the load and checks, each time, that the database opens, passes the
// integrity and foreign-key checks and holds a whole prefix of the data set:
// every committed record with all of its children (a ticket with its whole
// event log, a response with all its answers), in whole 5,000-record chunks.
func TestKillDuringDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 test builds and runs the CLI binary ~25 times; skipped with -short")
	}
	start := time.Now()
	bin := buildCLI(t)
	t.Logf("built the CLI in %v", time.Since(start).Round(time.Millisecond))

	// What a complete load holds, to compare every partial one against.
	g := demo.New(1, killScale)
	total := g.Total()
	events := map[int64]int{}
	answers := map[int64]int{}
	_ = g.Each(func(rec any) error {
		switch r := rec.(type) {
		case *feedback.TicketRecord:
			events[r.Ticket.ID] = len(r.Events)
		case *feedback.Response:
			answers[r.ID] = len(r.Answers)
		}
		return nil
	})

	// One uninterrupted run measures how long a load takes here.
	t0 := time.Now()
	full := filepath.Join(t.TempDir(), "full")
	if out, err := exec.Command(bin, "--data-dir", full, "demo", "--scale", strconv.Itoa(killScale)).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	duration := time.Since(t0)
	t.Logf("an uninterrupted load of %d records takes %v", total, duration.Round(time.Millisecond))
	if n := checkKilled(t, full, events, answers); n != total {
		t.Fatalf("uninterrupted load holds %d records, want %d", n, total)
	}

	var empty, partial, complete int
	for i := 0; i < killRuns; i++ {
		rng := rand.New(rand.NewPCG(uint64(i), 0x6b696c6c))
		delay := time.Duration(rng.Int64N(int64(duration) * 11 / 10))
		dir := filepath.Join(t.TempDir(), "data")
		cmd := exec.Command(bin, "--data-dir", dir, "demo", "--scale", strconv.Itoa(killScale))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		_ = cmd.Process.Kill() // SIGKILL: no deferred code, no Close, no checkpoint
		_ = cmd.Wait()

		n := checkKilled(t, dir, events, answers)
		switch {
		case n == 0:
			empty++
		case n == total:
			complete++
		default:
			partial++
			if partial == 1 {
				// A half-loaded database is not empty: demo refuses to mix into it.
				code, _, errs := runCLI(t, "--data-dir", dir, "--json", "demo", "--scale", strconv.Itoa(killScale))
				if code != exitError || errorCode(t, errs) != feedback.ECONFLICT {
					t.Fatalf("demo after a kill: exit %d, %s", code, errs)
				}
			}
		}
		t.Logf("run %2d: killed after %4dms, %6d of %d records kept", i, delay.Milliseconds(), n, total)
	}
	t.Logf("%d runs: %d empty, %d partial, %d complete; %v in all", killRuns, empty, partial, complete, time.Since(start).Round(time.Millisecond))
	if partial < 3 {
		t.Fatalf("only %d of %d kills landed mid-load; the test is not exercising chunk commits", partial, killRuns)
	}
}

// checkKilled opens the data folder after a kill, checks it and returns how
// many records it holds.
func checkKilled(t *testing.T, dir string, events, answers map[int64]int) int {
	t.Helper()
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return 0 // killed before it created anything
	}
	db := openData(t, dir)
	defer db.Close()
	ctx := context.Background()
	res, err := db.Check(ctx)
	if err != nil || !res.OK {
		t.Fatalf("%s: check %+v, %v", dir, res, err)
	}
	sdb := db.SQL()
	records := 0
	for _, table := range []string{"handlers", "customers", "orders", "surveys", "responses", "ticket_categories", "tickets", "followup_calls"} {
		var n, maxID int
		q := `SELECT count(*), coalesce(max(id), 0) FROM ` + table
		if table == "ticket_categories" {
			q = `SELECT count(*), count(*) FROM ticket_categories`
		}
		if err := sdb.QueryRow(q).Scan(&n, &maxID); err != nil {
			t.Fatal(err)
		}
		if n != maxID {
			t.Fatalf("%s: %d rows but max id %d: not a prefix of the data set", table, n, maxID)
		}
		records += n
	}
	if records%5000 != 0 && !isComplete(records) {
		t.Fatalf("%d records kept: not a whole number of 5,000-record chunks", records)
	}
	for q, want := range map[string]map[int64]int{
		`SELECT t.id, count(e.id) FROM tickets t LEFT JOIN ticket_events e ON e.ticket_id = t.id GROUP BY t.id`:        events,
		`SELECT r.id, count(a.question_id) FROM responses r LEFT JOIN answers a ON a.response_id = r.id GROUP BY r.id`: answers,
	} {
		rows, err := sdb.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int64
			var n int
			if err := rows.Scan(&id, &n); err != nil {
				t.Fatal(err)
			}
			if n != want[id] {
				t.Fatalf("%s\nrecord %d has %d children, want %d: a record was split from its children", q, id, n, want[id])
			}
		}
		rows.Close()
	}
	var missing int
	if err := sdb.QueryRow(`SELECT count(*) FROM tickets t WHERE NOT EXISTS
		(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created')`).Scan(&missing); err != nil || missing != 0 {
		t.Fatalf("%d tickets without their created event (%v)", missing, err)
	}
	return records
}

// isComplete reports whether n is the whole kill-test data set.
func isComplete(n int) bool { return n == demo.New(1, killScale).Total() }

// buildCLI builds the feedbackctl binary into a temporary folder (the
// kill tests run it as a child process they can SIGKILL).
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "feedbackctl")
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found; cannot build the CLI")
	}
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
