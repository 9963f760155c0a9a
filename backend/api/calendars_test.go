package api_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"feedbackdesk/backend/api"
)

// newCalendars attaches a calendar facade, with preset dialogs, to a fresh database.
func newCalendars(t *testing.T) (*facades, *api.Calendars) {
	t.Helper()
	f := newFacades(t)
	c := api.NewCalendars(f.dialogs)
	api.AttachCalendars(c, context.Background(), f.db)
	return f, c
}

var officeHours = []string{"09:00-12:00", "13:30-18:00"}

func TestCalendarSaveVersions(t *testing.T) {
	_, c := newCalendars(t)
	cal := must[api.CalendarDTO](t)
	in := api.CalendarInput{Name: "上海客服", Weekly: [][]string{nil, officeHours, officeHours, officeHours, officeHours, officeHours, nil}}
	v1 := cal(c.Save(in))
	if v1.Version != 1 || v1.Zone != "Asia/Shanghai" || len(v1.Weekly[1]) != 2 || v1.Weekly[1][1] != "13:30-18:00" {
		t.Fatalf("v1 = %+v", v1)
	}
	in.Overrides = []api.OverrideDTO{{Date: "2026-10-01", Kind: "holiday", Name: "国庆节"},
		{Date: "2026-10-10", Kind: "workday", Hours: []string{"09:00-12:00"}, Name: "补班"}}
	v2 := cal(c.Save(in))
	if v2.Version != 2 || v2.ID != v1.ID || len(v2.Months["2026-10"]) != 2 {
		t.Fatalf("v2 = %+v", v2)
	}
	if got := cal(c.Get("上海客服")); got.Version != 2 || got.Overrides[1].Hours[0] != "09:00-12:00" {
		t.Fatalf("get = %+v", got)
	}
	list := must[[]api.CalendarSummary](t)(c.List())
	if len(list) != 2 { // the seeded default calendar and this one
		t.Fatalf("list = %+v", list)
	}
	in.Weekly[1] = []string{"nonsense"}
	if _, err := c.Save(in); errKey(t, err) != "error.calendar.interval_invalid" {
		t.Fatalf("bad interval: %v", err)
	}
	if _, err := c.Get("无此日历"); errKey(t, err) != "error.calendar.not_found" {
		t.Fatalf("missing: %v", err)
	}
}

func TestCalendarImportHolidaysAndDue(t *testing.T) {
	f, c := newCalendars(t)
	name := "标准工作日" // the seeded default calendar
	due := must[string](t)
	// Friday 16:00 + 180 business minutes: 120 on Friday, then Monday 10:00.
	if got := due(c.Due(name, "2026-02-13T16:00", 180)); got != "2026-02-16T10:00:00+08:00" {
		t.Fatalf("due before import = %s", got)
	}

	f.dialogs.open = "" // canceled
	if r := must[api.HolidayImportResult](t)(c.ImportHolidays(name)); !r.Canceled {
		t.Fatalf("canceled = %+v", r)
	}

	path := filepath.Join(t.TempDir(), "2026.json")
	body := `{"year":2026,"days":[{"name":"春节","date":"2026-02-14","isOffDay":false},
		{"name":"春节","date":"2026-02-16","isOffDay":true}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	r := must[api.HolidayImportResult](t)(c.ImportHolidays(name))
	if r.Canceled || r.Imported != 2 || r.File != "2026.json" || r.Calendar.Version != 2 || len(r.Calendar.Months["2026-02"]) != 2 {
		t.Fatalf("import = %+v", r)
	}
	// The make-up Saturday (调休) now counts: Saturday 10:00.
	if got := due(c.Due(name, "2026-02-13T16:00", 180)); got != "2026-02-14T10:00:00+08:00" {
		t.Fatalf("due after import = %s", got)
	}

	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("date,type,hours\nnot-a-date,holiday,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = bad
	if _, err := c.ImportHolidays(name); errKey(t, err) != "error.calendar.holidays_invalid" {
		t.Fatalf("bad csv: %v", err)
	}
	if _, err := c.Due(name, "yesterday", 10); errKey(t, err) != "error.calendar.start_invalid" {
		t.Fatalf("bad start: %v", err)
	}
}

// TestCalendarImportCSV imports a date,type,hours CSV with a partial day.
func TestCalendarImportCSV(t *testing.T) {
	f, c := newCalendars(t)
	path := filepath.Join(t.TempDir(), "days.csv")
	body := "date,type,hours\n2026-12-31,partial,09:00-12:00\n2027-01-01,holiday,\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f.dialogs.open = path
	r := must[api.HolidayImportResult](t)(c.ImportHolidays("标准工作日"))
	if r.Imported != 2 || len(r.Calendar.Months["2026-12"]) != 1 || r.Calendar.Months["2026-12"][0].Kind != "partial" {
		t.Fatalf("import = %+v", r)
	}
	// Thursday 2026-12-31 11:00 + 120: 60 that morning, holiday Friday, Monday 10:00.
	if got := must[string](t)(c.Due("标准工作日", "2026-12-31T11:00", 120)); got != "2027-01-04T10:00:00+08:00" {
		t.Fatalf("due = %s", got)
	}
}
