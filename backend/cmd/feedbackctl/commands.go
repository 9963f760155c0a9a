package main

import (
	"fmt"
	"runtime"
	"strings"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// runVersion prints the app version, the schema version this build writes
// and the Go version it was built with.
func runVersion(e *env, args []string) error {
	if _, err := positionals(e.flags("version"), args); err != nil {
		return err
	}
	if e.json {
		return e.printJSON(struct {
			Version       string `json:"version"`
			SchemaVersion int    `json:"schema_version"`
			Go            string `json:"go"`
		}{api.Version, sqlite.SchemaVersion(), runtime.Version()})
	}
	_, err := fmt.Fprintf(e.stdout, "feedbackctl %s (schema %d, %s)\n", api.Version, sqlite.SchemaVersion(), runtime.Version())
	return err
}

// runInit creates the data folder and the database, migrated to the latest
// schema. Running it on an existing database migrates it and changes nothing else.
func runInit(e *env, args []string) error {
	if _, err := positionals(e.flags("init"), args); err != nil {
		return err
	}
	db, dir, err := e.openDB(true)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.Stats(e.ctx)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(struct {
			DataDir       string `json:"data_dir"`
			Database      string `json:"database"`
			SchemaVersion int    `json:"schema_version"`
		}{dir, db.Path(), st.SchemaVersion})
	}
	_, err = fmt.Fprintf(e.stdout, "Database ready: %s (schema %d)\n", db.Path(), st.SchemaVersion)
	return err
}

// runCheck runs SQLite's integrity check and the foreign-key check, prints
// the outcome and fails (exit 1) when the database is not sound.
func runCheck(e *env, args []string) error {
	if _, err := positionals(e.flags("check"), args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := db.Check(e.ctx)
	if err != nil {
		return err
	}
	if e.json {
		if err := e.printJSON(res); err != nil {
			return err
		}
	} else if res.OK {
		fmt.Fprintf(e.stdout, "ok: %s passed the integrity, foreign-key and metric-summary checks\n", db.Path())
	} else {
		fmt.Fprintf(e.stdout, "PROBLEMS in %s\n", db.Path())
		if len(res.Integrity) != 1 || res.Integrity[0] != "ok" {
			fmt.Fprintf(e.stdout, "integrity check:\n  %s\n", strings.Join(res.Integrity, "\n  "))
		}
		if res.ForeignKeyProblems > 0 {
			fmt.Fprintf(e.stdout, "foreign keys: %d rows refer to missing rows\n", res.ForeignKeyProblems)
		}
		if res.MetricCountDrift > 0 {
			fmt.Fprintf(e.stdout, "metric summaries: %d monthly counts differ from the answers\n", res.MetricCountDrift)
		}
		fmt.Fprintln(e.stdout, "Restore the latest backup with 'feedbackctl restore FILE'.")
	}
	if !res.OK {
		return silentError{}
	}
	return nil
}

// runStats prints the counts; with --json exactly the feedback.Stats object.
func runStats(e *env, args []string) error {
	if _, err := positionals(e.flags("stats"), args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := db.Stats(e.ctx)
	if err != nil {
		return err
	}
	return e.printStats(st)
}

// printStats writes counts as JSON or as an aligned list.
func (e *env) printStats(st feedback.Stats) error {
	if e.json {
		return e.printJSON(st)
	}
	_, err := fmt.Fprintf(e.stdout, "schema version  %d\nsurveys         %d\nresponses       %d\ncustomers       %d\ntickets         %d\nhandlers        %d\n",
		st.SchemaVersion, st.Surveys, st.Responses, st.Customers, st.Tickets, st.Handlers)
	return err
}
