// Command feedbackctl is the headless command line of Feedback Desk: it
// creates, checks, fills with demo data, backs up and restores the same
// database the desktop app uses, for administrators, scripts and tests.
//
//	feedbackctl [--data-dir DIR] [--json] <command> [flags] [--json]
//
// The data folder is --data-dir, else $FEEDBACKDESK_DATA_DIR, else the OS
// config folder. Exit codes: 0 success, 1 a user or internal error (printed
// to stderr as "feedbackctl: <code>: <message>", or as a JSON
// {"error":{"code","key","message"}} object with --json), 2 a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	_ "time/tzdata" // time zones load on Windows machines without Go installed
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand: a one-line summary, its argument synopsis and
// the function that runs it.
type command struct {
	summary  string
	synopsis string
	run      func(e *env, args []string) error
}

// commands lists every subcommand by name.
var commands = map[string]command{
	"version": {"print the version and schema version", "", runVersion},
	"init":    {"create the data folder and the database", "", runInit},
	"check":   {"run the integrity and foreign-key checks", "", runCheck},
	"stats":   {"print how many surveys, responses, customers, tickets and handlers there are", "", runStats},
	"demo":    {"load demo data into an empty database", "[--seed N] [--scale K] [--progress]", runDemo},
	"backup":  {"write a consistent copy of the database to FILE", "[--force] FILE", runBackup},
	"restore": {"replace the database with the backup in FILE (the app must be closed)", "FILE", runRestore},
	"survey":  {"list surveys, export one as JSON, or import a JSON definition", "list | export ID [-o FILE] | import FILE", runSurvey},
	"metrics": {"print NPS, CSAT and CES of a survey with n and 95% intervals", "--survey ID [--from DATE] [--to DATE] [--by month|channel|region|product|agent]", runMetrics},
	"help":    {"show this help", "", nil},

	// Spreadsheet import (issue 4).
	"import": {"import survey responses from an xlsx/csv file (all-or-nothing, idempotent)",
		"FILE [--survey ID | --new-survey NAME] [--sheet NAME] [--mapping auto|M.json] [--dry-run] [--on-error skip|abort] [--errors OUT.xlsx] [--target responses]", runImport},
	"parse": {"decode a spreadsheet and print its header and rows (JSON lines with --json)", "FILE [--sheet NAME] [--header-row N]", runParse},

	// Complaint tickets and SLA (issue 5).
	"calendar": {"create or version a business calendar from weekly hours and a holiday list", `import --name N [--tz ZONE] [--hours "Mon-Fri 09:00-12:00,13:30-18:00"] [--holidays FILE.json|FILE.csv]`, runCalendar},
	"sla":      {"compute a due time on a calendar, or print SLA figures", "due --calendar N --start 2026-02-13T16:00 --minutes M | stats [--from DATE] [--to DATE]", runSLA},
	"ticket":   {"list tickets with their SLA states", "list [--breached] [--at-risk] [--status CAT] [--priority N] [--limit N]", runTicket},

	// Satisfaction dashboard (issue 6).
	"themes": {"print verbatim themes of a period: mentions and NPS with vs without each theme", "[--from DATE] [--to DATE] [--survey ID]…", runThemes},
	"report": {"write the monthly satisfaction report workbook (.xlsx)", "--month 2026-10 | --from DATE --to DATE [--lang zh|en] [--survey ID]… [--data] -o FILE.xlsx", runReport},
}

// env is what every command needs: where the data lives, how to print,
// and the context that an interrupt cancels.
type env struct {
	ctx     context.Context
	dataDir string // --data-dir as given ("" = default resolution)
	json    bool
	stdout  io.Writer
	stderr  io.Writer
}

// run executes the command line args and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{ctx: ctx, stdout: stdout, stderr: stderr}
	// Honour --json anywhere even when the command line fails before it is
	// parsed, so scripts always get JSON errors.
	for _, a := range args {
		if a == "--json" || a == "-json" || a == "--json=true" || a == "-json=true" {
			e.json = true
		}
	}

	global := flag.NewFlagSet("feedbackctl", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&e.dataDir, "data-dir", "", "data folder")
	global.BoolVar(&e.json, "json", e.json, "print JSON")
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return 0
		}
		return e.fail(usageErrorf("%v", err))
	}
	rest := global.Args()
	if len(rest) == 0 {
		return e.fail(usageErrorf("no command given"))
	}
	name, cmdArgs := rest[0], rest[1:]
	if name == "help" {
		printUsage(stdout)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		return e.fail(usageErrorf("unknown command %q", name))
	}
	if err := cmd.run(e, cmdArgs); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printCommandUsage(stdout, name)
			return 0
		}
		return e.fail(err)
	}
	return 0
}

// printUsage writes the overall help.
func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: feedbackctl [--data-dir DIR] [--json] <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	width := 0
	for n := range commands {
		names = append(names, n)
		width = max(width, len(n))
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s %s\n", width, n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Global flags (also accepted after the command):")
	fmt.Fprintln(w, "  --data-dir DIR  data folder (default $FEEDBACKDESK_DATA_DIR, else the OS config folder)")
	fmt.Fprintln(w, "  --json          machine-readable output; errors as JSON on stderr")
}

// printCommandUsage writes one command's help.
func printCommandUsage(w io.Writer, name string) {
	c := commands[name]
	fmt.Fprintf(w, "Usage: feedbackctl %s %s\n\n%s%s.\n", name, c.synopsis,
		strings.ToUpper(c.summary[:1]), c.summary[1:])
}
