package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"feedbackdesk/backend/datadir"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // a user error (any coded feedback error) or an internal one
	exitUsage = 2 // unknown command or flag, missing or extra argument
)

// usageError is a mistake in the command line itself.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usageErrorf builds a usage error.
func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// silentError ends the command with exit code 1 after the command has
// already printed why (a failed integrity check prints its report).
type silentError struct{}

func (silentError) Error() string { return "failed" }

// fail prints err on stderr, as text or JSON, and returns the exit code.
func (e *env) fail(err error) int {
	var ue *usageError
	switch {
	case errors.As(err, new(silentError)):
		return exitError
	case errors.As(err, &ue):
		e.printError("usage", "error.cli.usage", ue.msg)
		if !e.json {
			fmt.Fprintln(e.stderr, "Run 'feedbackctl help' for usage.")
		}
		return exitUsage
	}
	fe := feedback.AsError(err)
	msg := fe.Message
	if fe.Code == feedback.EINTERNAL {
		msg = err.Error() // an administrator's tool: show what went wrong
	}
	e.printError(fe.Code, fe.Key, msg)
	return exitError
}

// printError writes one error line, or its JSON object with --json.
func (e *env) printError(code, key, msg string) {
	if e.json {
		b, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "key": key, "message": msg}})
		fmt.Fprintf(e.stderr, "%s\n", b)
		return
	}
	fmt.Fprintf(e.stderr, "feedbackctl: %s: %s\n", code, msg)
}

// printJSON writes v as indented JSON on stdout.
func (e *env) printJSON(v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// flags returns a command's flag set with the flags every command accepts
// (--json and --data-dir), bound to the global values.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&e.json, "json", e.json, "print JSON")
	fs.StringVar(&e.dataDir, "data-dir", e.dataDir, "data folder")
	return fs
}

// parse parses args with fs, allowing flags after positional arguments
// ("backup FILE --force"), and returns the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageErrorf("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// positionals checks the number of positional arguments.
func positionals(fs *flag.FlagSet, args []string, want ...string) ([]string, error) {
	pos, err := parse(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) < len(want) {
		return nil, usageErrorf("%s: missing %s", fs.Name(), want[len(pos)])
	}
	if len(pos) > len(want) {
		return nil, usageErrorf("%s: unexpected argument %q", fs.Name(), pos[len(want)])
	}
	return pos, nil
}

// dir resolves the data folder.
func (e *env) dir() (string, error) {
	return datadir.Resolve(e.dataDir)
}

// openDB opens the database of the data folder. Unless create is set, a
// missing database is an ENOTFOUND error rather than a new empty file.
func (e *env) openDB(create bool) (*sqlite.DB, string, error) {
	dir, err := e.dir()
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(dir, datadir.DatabaseName)
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, dir, feedback.Errorf(feedback.ENOTFOUND, "error.cli.no_database",
				"There is no database in %s. Run 'feedbackctl init' first, or pass --data-dir.", dir).
				WithParams(map[string]any{"dir": dir})
		}
	} else if err := datadir.Ensure(dir); err != nil {
		return nil, dir, err
	}
	db, err := sqlite.Open(e.ctx, path)
	return db, dir, err
}

// isTerminal reports whether w is a terminal (character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressLine prints a long command's progress on one stderr line,
// rewritten at most every 100 ms: "<verb> <stage> done / total (pct%)".
type progressLine struct {
	w    io.Writer
	verb string
	last time.Time
}

// progressLine returns the progress printer of a command: on stderr when it
// is a terminal or when forced (--progress); nil otherwise.
func (e *env) progressLine(force bool, verb string) *progressLine {
	if !force && !isTerminal(e.stderr) {
		return nil
	}
	return &progressLine{w: e.stderr, verb: verb}
}

// show prints the progress when the last print is old enough or the work is done.
func (p *progressLine) show(stage string, done, total int) {
	if now := time.Now(); done == total || now.Sub(p.last) >= 100*time.Millisecond {
		p.last = now
		if stage != "" {
			stage = " " + stage
		}
		fmt.Fprintf(p.w, "\r%s%-11s %9d / %d (%3d%%)", p.verb, stage, done, total, done*100/max(total, 1))
	}
}

// end finishes the progress line (nothing when there is no printer).
func (p *progressLine) end() {
	if p != nil {
		fmt.Fprintln(p.w)
	}
}
