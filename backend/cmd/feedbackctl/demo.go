package main

import (
	"fmt"
	"time"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// maxDemoScale bounds --scale: 1,000 is three million responses.
const maxDemoScale = 1000

// runDemo loads the deterministic demo data set into an empty database
// (created if missing), showing progress on stderr when it is a terminal
// or with --progress.
func runDemo(e *env, args []string) error {
	fs := e.flags("demo")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same data")
	scale := fs.Int("scale", 1, "volume multiplier: 1 is about 300 customers and 3,000 responses")
	showProgress := fs.Bool("progress", false, "show progress on stderr even when it is not a terminal")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *scale < 1 || *scale > maxDemoScale {
		return feedback.Errorf(feedback.EINVALID, "error.demo.scale_range", "--scale must be between 1 and %d.", maxDemoScale)
	}
	db, _, err := e.openDB(true)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.Stats(e.ctx)
	if err != nil {
		return err
	}
	if st.Surveys+st.Responses+st.Customers+st.Tickets+st.Handlers > 0 {
		return feedback.Errorf(feedback.ECONFLICT, "error.demo.not_empty",
			"Demo data can only be loaded into an empty database; %s already holds data.", db.Path())
	}

	var progress func(feedback.Progress)
	line := e.progressLine(*showProgress, "loading")
	if line != nil {
		progress = func(p feedback.Progress) { line.show(p.Stage, p.Done, p.Total) }
	}
	start := time.Now()
	err = db.LoadDataset(e.ctx, demo.New(*seed, *scale), progress)
	line.end()
	if err != nil {
		return err
	}
	if st, err = db.Stats(e.ctx); err != nil {
		return err
	}
	if e.json {
		return e.printStats(st)
	}
	fmt.Fprintf(e.stdout, "Loaded demo data (seed %d, scale %d) into %s in %.1f s:\n", *seed, *scale, db.Path(), time.Since(start).Seconds())
	return e.printStats(st)
}
