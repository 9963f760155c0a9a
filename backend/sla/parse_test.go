package sla_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/sla"
)

func iv(tb testing.TB, s string) sla.Interval {
	tb.Helper()
	i, err := sla.ParseInterval(s)
	if err != nil {
		tb.Fatal(err)
	}
	return i
}

// Bug class: the --hours syntax misread (ranges, lists, wrap-around,
// Chinese day names) or bad input accepted silently.
func TestParseHours(t *testing.T) {
	lunch := []sla.Interval{iv(t, "09:00-12:00"), iv(t, "13:30-18:00")}
	for _, tc := range []struct {
		in   string
		want map[time.Weekday][]sla.Interval
	}{
		{"Mon-Fri 09:00-12:00,13:30-18:00", map[time.Weekday][]sla.Interval{1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch}},
		{"Mon-Fri 09:00-12:00,13:30-18:00; Sat 10:00-14:00", map[time.Weekday][]sla.Interval{1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch, 6: {iv(t, "10:00-14:00")}}},
		{"mon, wed ,FRI 13:30-18:00 09:00-12:00;", map[time.Weekday][]sla.Interval{1: lunch, 3: lunch, 5: lunch}},
		{"Fri-Mon 00:00-24:00", map[time.Weekday][]sla.Interval{5: {iv(t, "00:00-24:00")}, 6: {iv(t, "00:00-24:00")}, 0: {iv(t, "00:00-24:00")}, 1: {iv(t, "00:00-24:00")}}},
		{"周一至周五 9:00~12:00，13:30~18:00；周日 closed", map[time.Weekday][]sla.Interval{1: lunch, 2: lunch, 3: lunch, 4: lunch, 5: lunch}},
		{"Daily 08:00-20:00", map[time.Weekday][]sla.Interval{0: {iv(t, "08:00-20:00")}, 1: {iv(t, "08:00-20:00")}, 2: {iv(t, "08:00-20:00")}, 3: {iv(t, "08:00-20:00")}, 4: {iv(t, "08:00-20:00")}, 5: {iv(t, "08:00-20:00")}, 6: {iv(t, "08:00-20:00")}}},
		{"Monday 09:00-12:00, 12:00-13:00", map[time.Weekday][]sla.Interval{1: {iv(t, "09:00-12:00"), iv(t, "12:00-13:00")}}},
	} {
		got, err := sla.ParseHours(tc.in)
		if err != nil {
			t.Errorf("ParseHours(%q): %v", tc.in, err)
			continue
		}
		var want sla.Weekly
		for wd, h := range tc.want {
			want[wd] = h
		}
		for wd := range got {
			if len(got[wd]) == 0 && len(want[wd]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[wd], want[wd]) {
				t.Errorf("ParseHours(%q)[%s] = %v, want %v", tc.in, time.Weekday(wd), got[wd], want[wd])
			}
		}
	}
	for _, bad := range []string{
		"", ";", "09:00-17:00", "Mon-Fri", "Mon-Fri 9-17", "Mon-Fri 09:00-25:00", "Mon-Fri 17:00-09:00",
		"Mon-Fri 09:00-12:00,11:00-13:00", "Mon 09:00-12:00; Mon 13:00-14:00", "Mon-Fri 09:60-10:00",
		"Funday 09:00-10:00", "Mon 09:00-10:00 lunch", "Mon 24:30-24:45", "Mon +9:00-10:00", "Mon 09:00-09:00",
	} {
		if _, err := sla.ParseHours(bad); !errors.Is(err, sla.ErrInvalidCalendar) {
			t.Errorf("ParseHours(%q): err = %v, want ErrInvalidCalendar", bad, err)
		}
	}
}

// Bug class: the stored JSON definition not round-tripping, or an invalid
// definition accepted.
func TestDefinitionJSON(t *testing.T) {
	const stored = `{"zone":"Asia/Shanghai","weekly":{"mon":[["09:00","12:00"],["13:30","18:00"]],"sat":[["10:00","14:00"]]},` +
		`"overrides":[{"date":"2026-05-01","kind":"holiday","name":"劳动节"},{"date":"2026-02-14","kind":"workday","hours":[["09:00","18:00"]],"name":"春节调休"}]}`
	var c sla.Calendar
	if err := json.Unmarshal([]byte(stored), &c); err != nil {
		t.Fatal(err)
	}
	sh := mustLoc(t, "Asia/Shanghai")
	if !c.IsOpen(local(t, sh, "2026-02-14 17:00")) || c.IsOpen(local(t, sh, "2026-05-01 10:00")) || !c.IsOpen(local(t, sh, "2026-03-07 13:00")) {
		t.Error("decoded calendar has the wrong hours")
	}
	out, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"zone":"Asia/Shanghai","weekly":{"mon":[["09:00","12:00"],["13:30","18:00"]],"sat":[["10:00","14:00"]]},` +
		`"overrides":[{"date":"2026-02-14","kind":"workday","hours":[["09:00","18:00"]],"name":"春节调休"},{"date":"2026-05-01","kind":"holiday","name":"劳动节"}]}`
	if string(out) != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", out, want)
	}
	var again sla.Calendar
	if err := json.Unmarshal(out, &again); err != nil || !reflect.DeepEqual(again.Definition(), c.Definition()) {
		t.Errorf("round trip changed the definition (err %v)", err)
	}
	def := c.Definition()
	def.Weekly[time.Monday][0].End = 10 * 60 // a copy: must not change c
	if !c.IsOpen(local(t, sh, "2026-03-02 11:00")) {
		t.Error("Definition() shares memory with the calendar")
	}
	if got := sla.MustNew(sla.Definition{}).Definition().Zone; got != sla.DefaultZone {
		t.Errorf("default zone = %q, want %q", got, sla.DefaultZone)
	}

	for name, bad := range map[string]string{
		"unknown zone":        `{"zone":"Mars/Olympus"}`,
		"local zone":          `{"zone":"Local"}`,
		"unknown weekday":     `{"weekly":{"mo":[["09:00","12:00"]]}}`,
		"overlap":             `{"weekly":{"mon":[["09:00","12:00"],["11:00","13:00"]]}}`,
		"unsorted":            `{"weekly":{"mon":[["13:00","14:00"],["09:00","12:00"]]}}`,
		"past midnight":       `{"weekly":{"mon":[["23:00","24:30"]]}}`,
		"bad interval shape":  `{"weekly":{"mon":[["09:00"]]}}`,
		"bad date":            `{"overrides":[{"date":"2026-02-30","kind":"holiday"}]}`,
		"duplicate date":      `{"overrides":[{"date":"2026-05-01","kind":"holiday"},{"date":"2026-05-01","kind":"partial","hours":[["09:00","10:00"]]}]}`,
		"holiday with hours":  `{"overrides":[{"date":"2026-05-01","kind":"holiday","hours":[["09:00","10:00"]]}]}`,
		"partial no hours":    `{"overrides":[{"date":"2026-05-01","kind":"partial"}]}`,
		"workday nothing":     `{"overrides":[{"date":"2026-05-09","kind":"workday"}]}`,
		"unknown kind":        `{"overrides":[{"date":"2026-05-09","kind":"vacation"}]}`,
		"always with weekly":  `{"always":true,"weekly":{"mon":[["09:00","12:00"]]}}`,
		"always with holiday": `{"always":true,"overrides":[{"date":"2026-05-01","kind":"holiday"}]}`,
	} {
		var c sla.Calendar
		if err := json.Unmarshal([]byte(bad), &c); !errors.Is(err, sla.ErrInvalidCalendar) {
			t.Errorf("%s: err = %v, want ErrInvalidCalendar", name, err)
		}
	}
}

// Bug class: holiday-cn days mapped the wrong way round (isOffDay false is
// a make-up working day, not a holiday) or malformed files accepted.
func TestParseHolidayCN(t *testing.T) {
	ovs, err := sla.ParseHolidayCN(strings.NewReader(holidayCN2026))
	if err != nil {
		t.Fatal(err)
	}
	if len(ovs) != 17 {
		t.Fatalf("got %d overrides, want 17", len(ovs))
	}
	first := ovs[0]
	if first.Date != "2026-02-14" || first.Kind != sla.Workday || first.Name != "春节" || len(first.Hours) != 0 {
		t.Errorf("first override = %+v, want the 2026-02-14 make-up workday without own hours", first)
	}
	if ovs[1].Date != "2026-02-15" || ovs[1].Kind != sla.Holiday {
		t.Errorf("second override = %+v, want the 2026-02-15 holiday", ovs[1])
	}
	for name, bad := range map[string]string{
		"not JSON":        `{"year":2026,"days":[`,
		"no days":         `{"year":2026,"days":[]}`,
		"missing flag":    `{"year":2026,"days":[{"name":"春节","date":"2026-02-15"}]}`,
		"bad date":        `{"year":2026,"days":[{"name":"春节","date":"2026-13-01","isOffDay":true}]}`,
		"date twice":      `{"year":2026,"days":[{"name":"a","date":"2026-02-15","isOffDay":true},{"name":"b","date":"2026-02-15","isOffDay":false}]}`,
		"flag not a bool": `{"year":2026,"days":[{"name":"春节","date":"2026-02-15","isOffDay":"yes"}]}`,
	} {
		if _, err := sla.ParseHolidayCN(strings.NewReader(bad)); !errors.Is(err, sla.ErrInvalidCalendar) {
			t.Errorf("%s: err = %v, want ErrInvalidCalendar", name, err)
		}
	}
}

// Bug class: CSV import lines silently skipped, reported without their
// line number, or a byte-order mark breaking the header.
func TestParseHolidayCSV(t *testing.T) {
	in := "\uFEFFDate,Type,Hours,Name\r\n" +
		"2026-05-01,holiday,,劳动节\r\n" +
		"\r\n" +
		"2026/5/9,workday,,劳动节调休\r\n" +
		"2026-12-31,partial,09:00-12:00 13:00-16:00,跨年\r\n" +
		"2026-06-19,vacation,,端午\r\n" +
		"2026-06-20,partial,,\r\n" +
		"2026-02-30,holiday,,\r\n" +
		"2026-05-01,holiday,,again\r\n" +
		"2026-10-01,holiday,09:00-10:00,国庆\r\n" +
		"2026-10-02,partial,10:00-09:00,\r\n" +
		"2026-10-03,holiday,,a,b\r\n" +
		"2026-10-04,\"holiday,,\r\n" +
		"2026-10-05,休,,\n"
	ovs, err := sla.ParseHolidayCSV(strings.NewReader(in))
	var ie *sla.ImportError
	if !errors.As(err, &ie) || !errors.Is(err, sla.ErrInvalidCalendar) {
		t.Fatalf("err = %v, want an *ImportError", err)
	}
	wantLines := []int{6, 7, 8, 9, 10, 11, 12, 13}
	var gotLines []int
	for _, l := range ie.Lines {
		gotLines = append(gotLines, l.Line)
		if l.Reason == "" {
			t.Errorf("line %d has no reason", l.Line)
		}
	}
	if !reflect.DeepEqual(gotLines, wantLines) {
		t.Errorf("bad lines = %v, want %v (%v)", gotLines, wantLines, err)
	}
	for _, s := range []string{"line 6: unknown type \"vacation\"", "line 9: date 2026-05-01 already given on line 2", "line 8: bad date"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not mention %q", err, s)
		}
	}
	want := []sla.Override{
		{Date: "2026-05-01", Kind: sla.Holiday, Name: "劳动节"},
		{Date: "2026-05-09", Kind: sla.Workday, Name: "劳动节调休"},
		{Date: "2026-10-05", Kind: sla.Holiday},
		{Date: "2026-12-31", Kind: sla.Partial, Name: "跨年", Hours: []sla.Interval{iv(t, "09:00-12:00"), iv(t, "13:00-16:00")}},
	}
	if !reflect.DeepEqual(ovs, want) {
		t.Errorf("good lines = %+v, want %+v", ovs, want)
	}

	good, err := sla.ParseHolidayCSV(strings.NewReader("date,type\n2026-05-01,holiday\n"))
	if err != nil || len(good) != 1 {
		t.Errorf("minimal file: %v, %v", good, err)
	}
	for name, bad := range map[string]string{
		"empty":          "",
		"no header":      "2026-05-01,holiday,\n",
		"missing type":   "date,hours\n2026-05-01,\n",
		"unknown column": "date,type,comment\n",
	} {
		_, err := sla.ParseHolidayCSV(strings.NewReader(bad))
		if !errors.As(err, &ie) || ie.Lines[0].Line != 1 {
			t.Errorf("%s: err = %v, want an *ImportError for line 1", name, err)
		}
	}
}

// Bug class: a re-imported yearly list duplicating dates instead of
// replacing them.
func TestMergeOverrides(t *testing.T) {
	base := []sla.Override{{Date: "2026-05-01", Kind: sla.Holiday}, {Date: "2025-10-01", Kind: sla.Holiday}}
	add := []sla.Override{{Date: "2026-05-01", Kind: sla.Partial, Hours: []sla.Interval{iv(t, "09:00-12:00")}}, {Date: "2026-05-09", Kind: sla.Workday}}
	got := sla.MergeOverrides(base, add)
	if len(got) != 3 || got[0].Date != "2025-10-01" || got[1].Kind != sla.Partial || got[2].Date != "2026-05-09" {
		t.Errorf("MergeOverrides = %+v", got)
	}
	if _, err := sla.New(sla.Definition{Weekly: mustHours(t, "Mon-Fri 09:00-18:00"), Overrides: got}); err != nil {
		t.Errorf("merged overrides are not a valid definition: %v", err)
	}
}
