package api

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/fileutil"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// maxHolidayBytes bounds a holiday list file.
const maxHolidayBytes = 4 << 20

// holidayFilters are the open dialog's file types.
var holidayFilters = []FileFilter{{DisplayName: "Holiday list (*.json, *.csv)", Pattern: "*.json;*.csv"}}

// OverrideDTO is one date override: holiday, make-up workday (with hours)
// or partial day. Hours are "HH:MM-HH:MM" intervals.
type OverrideDTO struct {
	Date  string   `json:"date"` // YYYY-MM-DD in the calendar's zone
	Kind  string   `json:"kind"` // holiday, workday, partial
	Hours []string `json:"hours"`
	Name  string   `json:"name"`
}

// CalendarInput is a calendar definition to save. Weekly[0] is Sunday,
// Weekly[1] Monday, …; each holds "HH:MM-HH:MM" open intervals.
type CalendarInput struct {
	Name      string        `json:"name"`
	Zone      string        `json:"zone"` // IANA zone; "" = Asia/Shanghai
	Always    bool          `json:"always"`
	Weekly    [][]string    `json:"weekly"`
	Overrides []OverrideDTO `json:"overrides"`
}

// CalendarDTO is the latest (or a given) version of a business calendar,
// with its overrides also grouped by month ("YYYY-MM") for the month grid.
type CalendarDTO struct {
	ID        int64                    `json:"id"`
	Name      string                   `json:"name"`
	Version   int                      `json:"version"`
	CreatedAt string                   `json:"createdAt"`
	Zone      string                   `json:"zone"`
	Always    bool                     `json:"always"`
	Weekly    [][]string               `json:"weekly"`
	Overrides []OverrideDTO            `json:"overrides"`
	Months    map[string][]OverrideDTO `json:"months"`
}

// CalendarSummary is one row of the calendar list.
type CalendarSummary struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Version   int    `json:"version"`
	UpdatedAt string `json:"updatedAt"`
}

// HolidayImportResult is the outcome of ImportHolidays.
type HolidayImportResult struct {
	Canceled bool        `json:"canceled"`
	File     string      `json:"file"` // base name of the chosen file
	Imported int         `json:"imported"`
	Calendar CalendarDTO `json:"calendar"`
}

// Calendars is the bound facade of the business calendars.
type Calendars struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
}

// NewCalendars returns the facade; it does no I/O.
func NewCalendars(dialogs Dialogs) *Calendars {
	return &Calendars{ctx: context.Background(), dialogs: dialogs}
}

// AttachCalendars gives c the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCalendars(c *Calendars, ctx context.Context, db *sqlite.DB) { c.ctx, c.db = ctx, db }

// List returns every calendar with its latest version, by name.
func (c *Calendars) List() ([]CalendarSummary, error) {
	return guard(c.db != nil, func() ([]CalendarSummary, error) {
		cs, err := c.db.FindCalendarSummaries(c.ctx)
		out := make([]CalendarSummary, len(cs))
		for i, s := range cs {
			out[i] = CalendarSummary{ID: s.ID, Name: s.Name, Version: s.Version, UpdatedAt: iso(s.UpdatedAt)}
		}
		return out, err
	})
}

// Get returns the latest version of the calendar called name.
func (c *Calendars) Get(name string) (CalendarDTO, error) {
	return guard(c.db != nil, func() (CalendarDTO, error) {
		cv, err := c.db.FindCalendarByName(c.ctx, name)
		if err != nil {
			return CalendarDTO{}, err
		}
		return calendarDTO(cv), nil
	})
}

// Save validates in and stores it as the calendar's next version (version
// 1 of a new calendar); an unchanged definition adds no version.
func (c *Calendars) Save(in CalendarInput) (CalendarDTO, error) {
	return guard(c.db != nil, func() (CalendarDTO, error) {
		def, err := definition(in)
		if err != nil {
			return CalendarDTO{}, err
		}
		cv, err := c.db.SaveCalendar(c.ctx, strings.TrimSpace(in.Name), def)
		if err != nil {
			return CalendarDTO{}, err
		}
		return calendarDTO(cv), nil
	})
}

// ImportHolidays asks for a holiday list (holiday-cn JSON or
// date,type,hours CSV) in the open dialog and merges it over the overrides
// of the calendar called name, saving a new version.
func (c *Calendars) ImportHolidays(name string) (HolidayImportResult, error) {
	return guard(c.db != nil, func() (HolidayImportResult, error) {
		cv, err := c.db.FindCalendarByName(c.ctx, name)
		if err != nil {
			return HolidayImportResult{}, err
		}
		path, err := c.dialogs.OpenFile(c.ctx, "Import holidays", holidayFilters)
		if err != nil || path == "" {
			return HolidayImportResult{Canceled: err == nil}, err
		}
		data, err := fileutil.ReadLimited(path, maxHolidayBytes)
		if err != nil {
			return HolidayImportResult{}, err
		}
		var add []sla.Override
		switch strings.ToLower(filepath.Ext(path)) {
		case ".json":
			add, err = sla.ParseHolidayCN(bytes.NewReader(data))
		case ".csv":
			add, err = sla.ParseHolidayCSV(bytes.NewReader(data))
		default:
			return HolidayImportResult{}, feedback.Errorf(feedback.EINVALID, "error.calendar.holidays_format",
				"A holiday list is a .json (holiday-cn) or .csv file.")
		}
		if err != nil {
			return HolidayImportResult{}, feedback.Errorf(feedback.EINVALID, "error.calendar.holidays_invalid", "%s: %s",
				filepath.Base(path), err.Error()).WithParams(map[string]any{"file": filepath.Base(path), "detail": err.Error()})
		}
		def := cv.Definition
		def.Overrides = sla.MergeOverrides(def.Overrides, add)
		saved, err := c.db.SaveCalendar(c.ctx, cv.Name, def)
		if err != nil {
			return HolidayImportResult{}, err
		}
		return HolidayImportResult{File: filepath.Base(path), Imported: len(add), Calendar: calendarDTO(saved)}, nil
	})
}

// Due returns the instant (RFC 3339 with the calendar's offset) that is
// minutes business minutes after start on the calendar called name. start
// is RFC 3339, or local time of the calendar ("2026-02-13T16:00").
func (c *Calendars) Due(name, start string, minutes int) (string, error) {
	return guard(c.db != nil, func() (string, error) {
		if minutes < 0 {
			return "", feedback.Errorf(feedback.EINVALID, "error.calendar.minutes_negative", "Minutes cannot be negative.")
		}
		cv, err := c.db.FindCalendarByName(c.ctx, name)
		if err != nil {
			return "", err
		}
		cal, err := cv.Calendar()
		if err != nil {
			return "", err
		}
		t, err := localInstant(start, cal.Location())
		if err != nil {
			return "", err
		}
		due, err := cal.AddWorking(t, time.Duration(minutes)*time.Minute)
		if err != nil {
			return "", feedback.Errorf(feedback.EINVALID, "error.calendar.no_due", "%s", err.Error()).
				WithParams(map[string]any{"detail": err.Error()})
		}
		return due.In(cal.Location()).Format(time.RFC3339), nil
	})
}

// localInstant reads RFC 3339, or a wall-clock time in loc.
func localInstant(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, feedback.Errorf(feedback.EINVALID, "error.calendar.start_invalid", "%q is not a date and time.", s).
		WithParams(map[string]any{"value": s})
}
