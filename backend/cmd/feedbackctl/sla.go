package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// dispatch runs the subcommand args[0] of command name.
func dispatch(e *env, name string, subs map[string]func(*env, []string) error, args []string) error {
	verbs := make([]string, 0, len(subs))
	for v := range subs {
		verbs = append(verbs, v)
	}
	sort.Strings(verbs)
	if len(args) == 0 {
		return usageErrorf("%s: missing subcommand (%s)", name, strings.Join(verbs, ", "))
	}
	sub, ok := subs[args[0]]
	if !ok {
		return usageErrorf("%s: unknown subcommand %q (%s)", name, args[0], strings.Join(verbs, ", "))
	}
	return sub(e, args[1:])
}

// runCalendar dispatches `calendar import`.
func runCalendar(e *env, args []string) error {
	return dispatch(e, "calendar", map[string]func(*env, []string) error{"import": runCalendarImport}, args)
}

// runSLA dispatches `sla due|stats`.
func runSLA(e *env, args []string) error {
	return dispatch(e, "sla", map[string]func(*env, []string) error{"due": runSLADue, "stats": runSLAStats}, args)
}

// calendarInfo is the output of `calendar import --json`: a public contract.
type calendarInfo struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Version   int        `json:"version"`
	Zone      string     `json:"zone"`
	Hours     sla.Weekly `json:"hours"`
	Overrides int        `json:"overrides"`
}

// runCalendarImport creates the calendar --name, or saves a new version of
// it: --tz and --hours replace the zone and weekly hours (both kept from
// the latest version when not given), and the date overrides of
// --holidays (holiday-cn JSON or date,type,hours CSV) are merged over the
// existing ones, a date given again taking the new entry.
func runCalendarImport(e *env, args []string) error {
	fs := e.flags("calendar import")
	name := fs.String("name", "", "calendar name")
	zone := fs.String("tz", "", "IANA time zone (default Asia/Shanghai, or the calendar's)")
	hours := fs.String("hours", "", `weekly hours, such as "Mon-Fri 09:00-12:00,13:30-18:00"`)
	holidays := fs.String("holidays", "", "holiday list: holiday-cn .json or date,type,hours .csv")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *name == "" {
		return usageErrorf("calendar import: --name is required")
	}
	var overrides []sla.Override
	if *holidays != "" {
		var err error
		if overrides, err = readHolidays(*holidays); err != nil {
			return err
		}
	}
	db, _, err := e.openDB(true)
	if err != nil {
		return err
	}
	defer db.Close()
	def := sla.Definition{Zone: sla.DefaultZone}
	old, err := db.FindCalendarByName(e.ctx, *name)
	switch {
	case err == nil:
		def = old.Definition
	case feedback.ErrorCode(err) != feedback.ENOTFOUND:
		return err
	case *hours == "":
		return usageErrorf("calendar import: --hours is required for a new calendar")
	}
	if *zone != "" {
		def.Zone = *zone
	}
	if *hours != "" {
		if def.Weekly, err = sla.ParseHours(*hours); err != nil {
			return feedback.Errorf(feedback.EINVALID, "error.calendar.hours_invalid", "%s", err.Error())
		}
	}
	def.Overrides = sla.MergeOverrides(def.Overrides, overrides)
	cv, err := db.SaveCalendar(e.ctx, *name, def)
	if err != nil {
		return err
	}
	info := calendarInfo{cv.ID, cv.Name, cv.Version, cv.Definition.Zone, cv.Definition.Weekly, len(cv.Definition.Overrides)}
	if e.json {
		return e.printJSON(info)
	}
	_, err = fmt.Fprintf(e.stdout, "Calendar %s (id %d) version %d: %s, %d date overrides\n", info.Name, info.ID, info.Version, info.Zone, info.Overrides)
	return err
}

// readHolidays parses a holiday list file by its extension.
func readHolidays(path string) ([]sla.Override, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "error.cli.file_unreadable", "Cannot read %s: %v.", path, err)
	}
	defer f.Close()
	var out []sla.Override
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		out, err = sla.ParseHolidayCN(f)
	case ".csv":
		out, err = sla.ParseHolidayCSV(f)
	default:
		return nil, usageErrorf("calendar import: --holidays must be a .json (holiday-cn) or .csv file")
	}
	if err != nil {
		return nil, feedback.Errorf(feedback.EINVALID, "error.calendar.holidays_invalid", "%s: %s", path, err.Error())
	}
	return out, nil
}

// parseLocal reads a start instant: with an offset ("…+08:00", "…Z") as
// given, else as wall-clock time in loc.
func parseLocal(s string, loc *time.Location) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05", time.DateOnly} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, feedback.Errorf(feedback.EINVALID, "error.cli.time_invalid",
		"%q is not a time (want 2026-02-13T16:00, optionally with an offset such as +08:00).", s)
}

// runSLADue prints the due instant of --minutes business minutes from
// --start on the calendar --calendar.
func runSLADue(e *env, args []string) error {
	fs := e.flags("sla due")
	name := fs.String("calendar", sqlite.DefaultCalendarName, "calendar name")
	start := fs.String("start", "", "start, local time of the calendar (2026-02-13T16:00) unless it has an offset")
	minutes := fs.Int("minutes", 0, "business minutes")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	if *start == "" {
		return usageErrorf("sla due: --start is required")
	}
	if *minutes < 0 {
		return feedback.Errorf(feedback.EINVALID, "error.sla.minutes_negative", "--minutes cannot be negative.")
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	cv, err := db.FindCalendarByName(e.ctx, *name)
	if err != nil {
		return err
	}
	cal, err := cv.Calendar()
	if err != nil {
		return err
	}
	t, err := parseLocal(*start, cal.Location())
	if err != nil {
		return err
	}
	due, err := cal.AddWorking(t, time.Duration(*minutes)*time.Minute)
	if err != nil {
		return feedback.Errorf(feedback.EINVALID, "error.sla.no_due", "%s", err.Error())
	}
	if e.json {
		return e.printJSON(struct {
			Due string `json:"due"`
		}{due.Format(time.RFC3339)})
	}
	_, err = fmt.Fprintln(e.stdout, due.Format(time.RFC3339))
	return err
}

// runSLAStats prints the SLA figures of the tickets created in the period.
func runSLAStats(e *env, args []string) error {
	fs := e.flags("sla stats")
	fromS := fs.String("from", "", "first day, YYYY-MM-DD")
	toS := fs.String("to", "", "last day (inclusive), YYYY-MM-DD")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	from, to, err := feedback.ParsePeriod(*fromS, *toS)
	if err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	fig, err := slaservice.New(db).Figures(e.ctx, from, to, db.CurrentTime())
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(fig)
	}
	fmt.Fprintf(e.stdout, "%d tickets (%d without a policy)\n", fig.Tickets, fig.NoPolicy)
	for _, a := range fig.Attainment {
		pct := "-"
		if a.Percent != nil {
			pct = fmt.Sprintf("%.1f%%", *a.Percent)
		}
		fmt.Fprintf(e.stdout, "  %-15s attainment %7s  (met %d, breached %d, n = %d)\n", a.Kind, pct, a.Met, a.Breached, a.N)
	}
	for _, d := range fig.Durations {
		fmt.Fprintf(e.stdout, "  %-15s median %.0f, P90 %.0f business minutes (n = %d)\n", d.Kind, d.MedianMinutes, d.P90Minutes, d.N)
	}
	for _, b := range fig.Backlog {
		fmt.Fprintf(e.stdout, "  backlog %-6s %d\n", b.Label, b.Count)
	}
	return nil
}
