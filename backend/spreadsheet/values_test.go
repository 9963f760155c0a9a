package spreadsheet_test

import (
	"math"
	"testing"
	"time"

	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/spreadsheet"
)

func TestParseDateTime(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	must(t, err)
	at := func(y, mo, d, h, mi, s, ns int) time.Time { return time.Date(y, time.Month(mo), d, h, mi, s, ns, sh) }
	cases := []struct {
		in    string
		order spreadsheet.DateOrder
		want  time.Time
	}{
		{"2026-10-05", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"2026-10-05T09:30", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026-10-05 09:30:15", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 15, 0)},
		{"2026-10-05T09:30:15.25", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 15, 250_000_000)},
		{"2026-10-05T01:30:00Z", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026-10-05T09:30:00+08:00", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026-10-04T21:30:00-0400", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026/10/5", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"2026/10/5 9:30", spreadsheet.DateMDY, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026.10.05 21:07:08", spreadsheet.DateAuto, at(2026, 10, 5, 21, 7, 8, 0)},
		{"2026年10月5日", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"2026年10月5日 9:30", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026 年 10 月 5 日 9时30分", spreadsheet.DateAuto, at(2026, 10, 5, 9, 30, 0, 0)},
		{"2026年10月5日下午3点15分20秒", spreadsheet.DateAuto, at(2026, 10, 5, 15, 15, 20, 0)},
		{"２０２６年１０月５日", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"05/10/2026", spreadsheet.DateDMY, at(2026, 10, 5, 0, 0, 0, 0)},
		{"05/10/2026", spreadsheet.DateMDY, at(2026, 5, 10, 0, 0, 0, 0)},
		{"13/10/2026", spreadsheet.DateAuto, at(2026, 10, 13, 0, 0, 0, 0)},
		{"10/13/2026 2:05 PM", spreadsheet.DateAuto, at(2026, 10, 13, 14, 5, 0, 0)},
		{"12/12/2026 12:00 AM", spreadsheet.DateAuto, at(2026, 12, 12, 0, 0, 0, 0)},
		{"5.10.2026", spreadsheet.DateDMY, at(2026, 10, 5, 0, 0, 0, 0)},
		{"5/10/26", spreadsheet.DateDMY, at(2026, 10, 5, 0, 0, 0, 0)},
		{"26/10/05", spreadsheet.DateYMD, at(2026, 10, 5, 0, 0, 0, 0)},
		{"05-Oct-26", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"05-Oct-26 09:30", spreadsheet.DateMDY, at(2026, 10, 5, 9, 30, 0, 0)},
		{"5 October 2026", spreadsheet.DateAuto, at(2026, 10, 5, 0, 0, 0, 0)},
		{"5 Sept, 1999", spreadsheet.DateAuto, at(1999, 9, 5, 0, 0, 0, 0)},
		{"01-Jan-30", spreadsheet.DateAuto, at(1930, 1, 1, 0, 0, 0, 0)},
	}
	for _, tc := range cases {
		got, err := spreadsheet.ParseDateTime(tc.in, tc.order, nil)
		if err != nil || !got.Equal(tc.want) || got.Location().String() != "Asia/Shanghai" {
			t.Errorf("ParseDateTime(%q, %s) = %v, %v; want %v", tc.in, tc.order, got, err, tc.want)
		}
	}
	utc, err := spreadsheet.ParseDateTime("2026-10-05 09:30", spreadsheet.DateAuto, time.UTC)
	if err != nil || !utc.Equal(time.Date(2026, 10, 5, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("naive time in UTC = %v, %v", utc, err)
	}

	for _, bad := range []string{"", "abc", "2026-13-01", "2026-02-29", "2026-10-05T25:00", "31/31/2026",
		"2026-10-05 9:61", "05-Foo-26", "46300", "2026年2月30日", "13:00 PM x", "2026-10-05T09:30+15:00"} {
		_, err := spreadsheet.ParseDateTime(bad, spreadsheet.DateAuto, nil)
		AssertFileErr(t, err, "error.value.date_invalid")
	}
	_, err = spreadsheet.ParseDateTime("05/10/2026", spreadsheet.DateAuto, nil)
	AssertFileErr(t, err, "error.value.date_ambiguous")
	if got, err := spreadsheet.ParseDateTime("07/07/2026", spreadsheet.DateAuto, nil); err != nil || got.Month() != 7 {
		t.Errorf("equal day and month is not ambiguous: %v %v", got, err)
	}
}

func TestDetectDateOrder(t *testing.T) {
	cases := []struct {
		samples []string
		want    spreadsheet.DateOrder
	}{
		{[]string{"05/10/2026", "13/10/2026", "", "07/11/2026"}, spreadsheet.DateDMY},
		{[]string{"05/10/2026", "10/13/2026 09:00"}, spreadsheet.DateMDY},
		{[]string{"05/10/2026", "06/11/2026"}, spreadsheet.DateAuto},
		{[]string{"13/10/2026", "10/13/2026"}, spreadsheet.DateAuto},
		{[]string{"2026-10-05", "2026年10月6日", "2026/10/7 9:00"}, spreadsheet.DateYMD},
		{[]string{"n/a", ""}, spreadsheet.DateAuto},
	}
	for _, tc := range cases {
		got, evidence := spreadsheet.DetectDateOrder(tc.samples)
		if got != tc.want || evidence == "" {
			t.Errorf("DetectDateOrder(%q) = %s (%s), want %s", tc.samples, got, evidence, tc.want)
		}
		t.Logf("%q → %s: %s", tc.samples, got, evidence)
	}
}

func TestExcelSerialToTime(t *testing.T) {
	cases := []struct {
		serial float64
		d1904  bool
		want   string
	}{
		{1, false, "1900-01-01 00:00:00.000"},
		{59, false, "1900-02-28 00:00:00.000"},
		{61, false, "1900-03-01 00:00:00.000"},
		{45000, false, "2023-03-15 00:00:00.000"},
		{45000.5, false, "2023-03-15 12:00:00.000"},
		{46300.395833333336, false, "2026-10-05 09:30:00.000"},
		{46300.9999999999, false, "2026-10-06 00:00:00.000"},
		{0.75, false, "1899-12-31 18:00:00.000"},
		{0, true, "1904-01-01 00:00:00.000"},
		{45000, true, "2027-03-16 00:00:00.000"},
		{2958465, false, "9999-12-31 00:00:00.000"},
	}
	for _, tc := range cases {
		got, err := spreadsheet.ExcelSerialToTime(tc.serial, tc.d1904, time.UTC)
		if s := got.Format("2006-01-02 15:04:05.000"); err != nil || s != tc.want {
			t.Errorf("ExcelSerialToTime(%v, 1904=%v) = %s, %v; want %s", tc.serial, tc.d1904, s, err, tc.want)
		}
	}
	sh, _ := spreadsheet.ExcelSerialToTime(46300.395833333336, false, nil)
	if sh.Location().String() != "Asia/Shanghai" || sh.Hour() != 9 {
		t.Errorf("default location: %v", sh)
	}
	for _, bad := range []float64{60, 60.5, -1, math.NaN(), math.Inf(1), 3e6} {
		_, err := spreadsheet.ExcelSerialToTime(bad, false, time.UTC)
		AssertFileErr(t, err, "error.value.date_invalid")
	}
}

func TestNormalizePhone(t *testing.T) {
	cases := []struct {
		in, want string
		flag     spreadsheet.Flag
	}{
		{"13800138000", "13800138000", spreadsheet.FlagNone},
		{" +86 138-0013-8000 ", "+8613800138000", spreadsheet.FlagNone},
		{"010-1234 5678", "01012345678", spreadsheet.FlagNone},
		{"(0755) 8888.6666", "075588886666", spreadsheet.FlagNone},
		{"１３８００１３８０００", "13800138000", spreadsheet.FlagNone},
		{"0086 138 0013 8000", "008613800138000", spreadsheet.FlagNone},
		{"1.38E+10", "1.38E+10", spreadsheet.FlagPhoneScientific},
		{"1.38001E+10", "1.38001E+10", spreadsheet.FlagPhoneScientific},
		{"1.38e10", "1.38e10", spreadsheet.FlagPhoneScientific},
		{"13800138000.0", "13800138000.0", spreadsheet.FlagPhoneInvalid},
		{"138 0013 8000 转 8", "138 0013 8000 转 8", spreadsheet.FlagPhoneInvalid},
		{"1234", "1234", spreadsheet.FlagPhoneInvalid},
		{"", "", spreadsheet.FlagNone},
	}
	for _, tc := range cases {
		got, flag := spreadsheet.NormalizePhone(tc.in)
		if got != tc.want || flag != tc.flag {
			t.Errorf("NormalizePhone(%q) = %q, %q; want %q, %q", tc.in, got, flag, tc.want, tc.flag)
		}
	}
}

func TestNormalizeValue(t *testing.T) {
	cases := map[string]string{
		"１０":               "10",
		"\u00a010分\u3000":  "10分",
		"推荐意愿（０－１０）":       "推荐意愿(0-10)",
		"\u200b9\ufeff":    "9",
		"  plain  ":        "plain",
		"Ｎ／Ａ":              "N/A",
		"２０２６年１０月５日\u3000": "2026年10月5日",
	}
	for in, want := range cases {
		if got := spreadsheet.NormalizeValue(in); got != want {
			t.Errorf("NormalizeValue(%q) = %q, want %q", in, got, want)
		}
	}
	if got := spreadsheet.CleanText("\u00a0服务很好，（真的）\u200b "); got != "服务很好，（真的）" {
		t.Errorf("CleanText must keep Chinese punctuation: %q", got)
	}
	// Scores are metrics.ParseScore's job; normalised cells feed it as is.
	for in, want := range map[string]int{"１０": 10, "10分": 10, "\u00a09": 9} {
		if p := metrics.ParseScore(spreadsheet.NormalizeValue(in), 0, 10); !p.Valid() || p.Value != want {
			t.Errorf("ParseScore(NormalizeValue(%q)) = %+v", in, p)
		}
	}
	if p := metrics.ParseScore(spreadsheet.NormalizeValue("6.5"), 0, 10); p.Valid() {
		t.Errorf("6.5 must stay invalid: %+v", p)
	}
}
