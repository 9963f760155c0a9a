package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// springFestival2026 is a holiday-cn style list for 春节 2026: Sunday
// 2026-02-15 to Monday 2026-02-23 off, the Saturdays 2026-02-14 and
// 2026-02-28 worked (补班).
const springFestival2026 = `{"year":2026,"papers":[],"days":[
 {"name":"春节","date":"2026-02-14","isOffDay":false},
 {"name":"春节","date":"2026-02-15","isOffDay":true},
 {"name":"春节","date":"2026-02-16","isOffDay":true},
 {"name":"春节","date":"2026-02-17","isOffDay":true},
 {"name":"春节","date":"2026-02-18","isOffDay":true},
 {"name":"春节","date":"2026-02-19","isOffDay":true},
 {"name":"春节","date":"2026-02-20","isOffDay":true},
 {"name":"春节","date":"2026-02-21","isOffDay":true},
 {"name":"春节","date":"2026-02-22","isOffDay":true},
 {"name":"春节","date":"2026-02-23","isOffDay":true},
 {"name":"春节","date":"2026-02-28","isOffDay":false}]}`

// writeFile writes content into a file of the test's temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// importSpringFestival creates the calendar 春节2026 in a new data folder.
func importSpringFestival(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "calendar", "import", "--name", "春节2026", "--tz", "Asia/Shanghai",
		"--hours", "Mon-Fri 09:00-12:00,13:30-18:00", "--holidays", writeFile(t, "2026.json", springFestival2026), "--json")
	return dir
}

func TestCalendarImport(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "data")
		hol := writeFile(t, "2026.json", springFestival2026)
		out := mustRun(t, "--data-dir", dir, "calendar", "import", "--name", "春节2026", "--tz", "Asia/Shanghai",
			"--hours", "Mon-Fri 09:00-12:00,13:30-18:00", "--holidays", hol, "--json")
		if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"hours", "id", "name", "overrides", "version", "zone"}) {
			t.Fatalf("keys = %v", keys)
		}
		var info calendarInfo
		if err := json.Unmarshal([]byte(out), &info); err != nil {
			t.Fatal(err)
		}
		if info.Version != 1 || info.Zone != "Asia/Shanghai" || info.Overrides != 11 || len(info.Hours[5]) != 2 || len(info.Hours[6]) != 0 {
			t.Fatalf("info = %+v", info)
		}
		if !strings.Contains(out, `"mon": [`) || !strings.Contains(out, `"13:30"`) {
			t.Fatalf("hours are not shown as a weekly map: %s", out)
		}
		// A CSV adds 国庆 to the same calendar: a new version keeping 春节.
		csv := writeFile(t, "extra.csv", "date,type,hours,name\n2026-10-01,holiday,,国庆节\n2026-09-30,partial,09:00-12:00,节前\n")
		out = mustRun(t, "--data-dir", dir, "calendar", "import", "--name", "春节2026", "--holidays", csv, "--json")
		var v2 calendarInfo
		if err := json.Unmarshal([]byte(out), &v2); err != nil || v2.Version != 2 || v2.ID != info.ID || v2.Overrides != 13 || len(v2.Hours[1]) != 2 {
			t.Fatalf("v2 = %+v, %v", v2, err)
		}
		// Importing the same again saves no new version.
		out = mustRun(t, "--data-dir", dir, "calendar", "import", "--name", "春节2026", "--holidays", csv, "--json")
		if err := json.Unmarshal([]byte(out), &v2); err != nil || v2.Version != 2 {
			t.Fatalf("again = %+v, %v", v2, err)
		}
		if out := mustRun(t, "--data-dir", dir, "calendar", "import", "--name", "春节2026", "--tz", "Europe/Berlin"); !strings.Contains(out, "version 3: Europe/Berlin, 13 date overrides") {
			t.Fatalf("text output = %q", out)
		}
	})

	t.Run("Errors", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "data")
		for _, tc := range []struct {
			args []string
			exit int
			code string
		}{
			{[]string{"--hours", "Mon-Fri 09:00-17:00"}, 2, "usage"},                  // no --name
			{[]string{"--name", "x"}, 2, "usage"},                                     // new calendar without hours
			{[]string{"--name", "x", "--hours", "Mon-Fri 17:00-09:00"}, 1, "invalid"}, // hours backwards
			{[]string{"--name", "x", "--hours", "Mon-Fri 09:00-17:00", "--tz", "Mars/Base"}, 1, "invalid"},
			{[]string{"--name", "x", "--hours", "Mon-Fri 09:00-17:00", "--holidays", writeFile(t, "bad.csv", "date,type\n2026-13-01,holiday\n")}, 1, "invalid"},
			{[]string{"--name", "x", "--hours", "Mon-Fri 09:00-17:00", "--holidays", writeFile(t, "h.txt", "")}, 2, "usage"},
		} {
			args := append([]string{"--data-dir", dir, "--json", "calendar", "import"}, tc.args...)
			code, _, errs := runCLI(t, args...)
			if code != tc.exit || errorCode(t, errs) != tc.code {
				t.Errorf("%v: exit %d, %s", tc.args, code, errs)
			}
		}
	})
}

func TestSLADue(t *testing.T) {
	dir := importSpringFestival(t)
	due := func(args ...string) string {
		t.Helper()
		out := mustRun(t, append([]string{"--data-dir", dir, "sla", "due", "--json"}, args...)...)
		if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"due"}) {
			t.Fatalf("keys = %v", keys)
		}
		var v struct{ Due string }
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatal(err)
		}
		return v.Due
	}
	for _, tc := range []struct {
		name, calendar, start string
		minutes               string
		want                  string
	}{
		// Friday 2026-02-13 16:00 + 480 business minutes on 春节2026:
		// Fri 16:00–18:00 = 120, leaving 360; Saturday 02-14 is a make-up
		// workday with Monday's hours: 09:00–12:00 = 180, leaving 180;
		// 13:30 + 180 = 16:30 on the make-up Saturday.
		{"make-up Saturday", "春节2026", "2026-02-13T16:00", "480", "2026-02-14T16:30:00+08:00"},
		// The same start given with an offset (08:00Z = 16:00 CST).
		{"start with offset", "春节2026", "2026-02-13T08:00Z", "480", "2026-02-14T16:30:00+08:00"},
		// + 900: Fri 120 + Sat 450 = 570, leaving 330; Sun 02-15 … Mon 02-23
		// are off; Tue 02-24 09:00–12:00 = 180, leaving 150; 13:30 + 150 = 16:00.
		{"across the holiday", "春节2026", "2026-02-13T16:00", "900", "2026-02-24T16:00:00+08:00"},
		// The seeded 标准工作日 knows no holidays: Fri 120, Mon 02-16 09:00–12:00
		// 180, 13:30 + 180 = 16:30.
		{"default calendar", "标准工作日", "2026-02-13T16:00", "480", "2026-02-16T16:30:00+08:00"},
		// A start at lunch counts from 13:30: + 30 = 14:00.
		{"start at lunch", "标准工作日", "2026-03-02T12:10", "30", "2026-03-02T14:00:00+08:00"},
	} {
		if got := due("--calendar", tc.calendar, "--start", tc.start, "--minutes", tc.minutes); got != tc.want {
			t.Errorf("%s: due = %s, want %s", tc.name, got, tc.want)
		}
	}
	if out := mustRun(t, "--data-dir", dir, "sla", "due", "--calendar", "春节2026", "--start", "2026-02-13T16:00", "--minutes", "480"); strings.TrimSpace(out) != "2026-02-14T16:30:00+08:00" {
		t.Fatalf("text output = %q", out)
	}
	for _, tc := range []struct {
		args []string
		exit int
		code string
	}{
		{[]string{"--calendar", "nope", "--start", "2026-02-13T16:00", "--minutes", "1"}, 1, "not_found"},
		{[]string{"--start", "13/02/2026", "--minutes", "1"}, 1, "invalid"},
		{[]string{"--start", "2026-02-13T16:00", "--minutes", "-5"}, 1, "invalid"},
		{[]string{"--minutes", "5"}, 2, "usage"},
	} {
		code, _, errs := runCLI(t, append([]string{"--data-dir", dir, "--json", "sla", "due"}, tc.args...)...)
		if code != tc.exit || errorCode(t, errs) != tc.code {
			t.Errorf("%v: exit %d, %s", tc.args, code, errs)
		}
	}
}
