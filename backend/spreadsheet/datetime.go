package spreadsheet

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"feedbackdesk/backend/feedback"
)

// DateOrder says how to read an all-numeric date whose year is last
// ("05/10/2026") or, for DateYMD, two-digit dates written year first
// ("26/10/05"). Year-first dates with a four-digit year, ISO, Chinese and
// month-name dates are never ambiguous and ignore it.
type DateOrder int

// Date orders.
const (
	DateAuto DateOrder = iota // decide per value: a part > 12 must be the day; else ambiguous
	DateDMY                   // day/month/year (Europe, much of Asia)
	DateMDY                   // month/day/year (United States)
	DateYMD                   // year/month/day
)

// String returns "auto", "DMY", "MDY" or "YMD".
func (o DateOrder) String() string {
	return [...]string{"auto", "DMY", "MDY", "YMD"}[min(max(int(o), 0), 3)]
}

var (
	reYearFirst = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(.+))?$`)
	reYearLast  = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+(.+))?$`)
	reMonthName = regexp.MustCompile(`^(\d{1,2})[- ]([A-Za-z]{3,9})\.?[-, ]*(\d{4}|\d{2})(?:\s+(.+))?$`)
	reChinese   = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(.*)$`)
	reClock     = regexp.MustCompile(`^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:\s*([AaPp][Mm]))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$`)
	reClockCN   = regexp.MustCompile(`^(上午|下午|凌晨|晚上|中午)?(\d{1,2})[时点](?:(\d{1,2})分(?:(\d{1,2})秒)?)?$`)
	monthNames  = []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
)

// ParseDateTime reads a date or date-time as people and exporting systems
// write it. Accepted (after NormalizeValue, so full-width digits work):
//
//	2026-10-05, 2026-10-05T09:30, 2026-10-05 09:30:15.250, 2026-10-05T09:30:00+08:00 (or Z)
//	2026/10/5, 2026.10.5, with " 9:30" or " 9:30:15"
//	2026年10月5日, with "9:30", "9时30分", "下午3点15分"
//	05/10/2026, 05-10-2026, 05.10.2026 read by order (see DateOrder), "5/10/26"
//	05-Oct-26, 5 Oct 2026, 05-October-2026
//
// Times may carry AM/PM. Two-digit years follow Excel: 00–29 are 2000s,
// 30–99 are 1900s. A time with an offset keeps its instant; naive times
// are wall-clock times in loc (nil means Asia/Shanghai). The result is in
// loc. Errors are *feedback.Error with key error.value.date_invalid or
// error.value.date_ambiguous (day/month order undecidable).
func ParseDateTime(s string, order DateOrder, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = shanghai()
	}
	v := NormalizeValue(s)
	var y, m, d int
	var rest string
	var err error
	if sm := reYearFirst.FindStringSubmatch(v); sm != nil {
		y, m, d, rest = atoi(sm[1]), atoi(sm[2]), atoi(sm[3]), sm[4]
	} else if sm := reChinese.FindStringSubmatch(strings.ReplaceAll(v, " ", "")); sm != nil {
		y, m, d, rest = atoi(sm[1]), atoi(sm[2]), atoi(sm[3]), sm[4]
	} else if sm := reMonthName.FindStringSubmatch(v); sm != nil {
		if m = monthNumber(sm[2]); m == 0 {
			return time.Time{}, dateInvalid(s)
		}
		y, d, rest = year(sm[3]), atoi(sm[1]), sm[4]
	} else if sm := reYearLast.FindStringSubmatch(v); sm != nil {
		if y, m, d, err = resolveOrder(sm[1], sm[2], sm[3], order, s); err != nil {
			return time.Time{}, err
		}
		rest = sm[4]
	} else {
		return time.Time{}, dateInvalid(s)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, dateInvalid(s)
	}
	h, mi, sec, ns, zone, ok := parseClock(strings.TrimSpace(rest))
	if !ok {
		return time.Time{}, dateInvalid(s)
	}
	if zone == nil {
		zone = loc
	}
	return time.Date(y, time.Month(m), d, h, mi, sec, ns, zone).In(loc), nil
}

// resolveOrder reads a/b/y per order; an ambiguous Auto is an error.
func resolveOrder(a, b, ys string, order DateOrder, orig string) (y, m, d int, err error) {
	x, z := atoi(a), atoi(b)
	if order == DateYMD && len(ys) == 2 {
		return year(a), z, atoi(ys), nil
	}
	if order != DateDMY && order != DateMDY {
		switch {
		case x > 12 && z <= 12, x == z:
			order = DateDMY
		case z > 12 && x <= 12:
			order = DateMDY
		default:
			if x > 12 && z > 12 {
				return 0, 0, 0, dateInvalid(orig)
			}
			return 0, 0, 0, feedback.Errorf(feedback.EINVALID, "error.value.date_ambiguous",
				"%q can be read as day/month or month/day; choose the date order.", orig).
				WithParams(map[string]any{"value": orig})
		}
	}
	if order == DateDMY {
		return year(ys), z, x, nil
	}
	return year(ys), x, z, nil
}

// parseClock reads the time part after a date ("" is midnight).
func parseClock(t string) (h, mi, sec, ns int, zone *time.Location, ok bool) {
	if t == "" {
		return 0, 0, 0, 0, nil, true
	}
	if sm := reClockCN.FindStringSubmatch(strings.ReplaceAll(t, " ", "")); sm != nil {
		h, mi, sec = atoi(sm[2]), atoi(sm[3]), atoi(sm[4])
		if (sm[1] == "下午" || sm[1] == "晚上" || sm[1] == "中午" && h < 11) && h < 12 {
			h += 12
		}
		return h, mi, sec, 0, nil, h < 24 && mi < 60 && sec < 60
	}
	sm := reClock.FindStringSubmatch(t)
	if sm == nil {
		return 0, 0, 0, 0, nil, false
	}
	h, mi, sec = atoi(sm[1]), atoi(sm[2]), atoi(sm[3])
	if sm[4] != "" {
		ns = atoi((sm[4] + "00000000")[:9])
	}
	if ampm := strings.ToLower(sm[5]); ampm != "" {
		if h < 1 || h > 12 {
			return 0, 0, 0, 0, nil, false
		}
		h %= 12
		if ampm == "pm" {
			h += 12
		}
	}
	if z := sm[6]; z == "Z" {
		zone = time.UTC
	} else if z != "" {
		digits := strings.ReplaceAll(z[1:], ":", "")
		off := atoi(digits[:2])*3600 + atoi(digits[2:])*60
		if off > 14*3600 || len(digits) > 2 && atoi(digits[2:]) > 59 {
			return 0, 0, 0, 0, nil, false
		}
		if z[0] == '-' {
			off = -off
		}
		zone = time.FixedZone(z, off)
	}
	return h, mi, sec, ns, zone, h < 24 && mi < 60 && sec < 60
}

// DetectDateOrder decides the day/month order of a column from its values:
// a first part over 12 ("13/05/2026") proves day-first, a second part over
// 12 ("05/13/2026") proves month-first. It returns DateDMY or DateMDY when
// the data proves one, DateYMD when every recognised date is year-first
// (ISO, 2026/10/5, 2026年…), and DateAuto when the column contradicts
// itself, is ambiguous throughout ("05/06/2026") or has no dates. evidence
// explains the verdict in English, quoting a deciding value.
func DetectDateOrder(samples []string) (DateOrder, string) {
	var dmy, mdy, ambiguous, yearFirst int
	var dmyEx, mdyEx, ambEx, yfEx string
	for _, s := range samples {
		v := NormalizeValue(s)
		if sm := reYearLast.FindStringSubmatch(v); sm != nil {
			a, b := atoi(sm[1]), atoi(sm[2])
			switch {
			case a > 12 && b <= 12:
				dmy, dmyEx = dmy+1, first(dmyEx, v)
			case b > 12 && a <= 12:
				mdy, mdyEx = mdy+1, first(mdyEx, v)
			case a <= 12 && b <= 12 && a != b:
				ambiguous, ambEx = ambiguous+1, first(ambEx, v)
			}
		} else if reYearFirst.MatchString(v) || reChinese.MatchString(strings.ReplaceAll(v, " ", "")) {
			yearFirst, yfEx = yearFirst+1, first(yfEx, v)
		}
	}
	switch {
	case dmy > 0 && mdy > 0:
		return DateAuto, fmt.Sprintf("conflicting: %q is day/month but %q is month/day", dmyEx, mdyEx)
	case dmy > 0:
		return DateDMY, fmt.Sprintf("day/month: %q can only be day first (%d values prove it)", dmyEx, dmy)
	case mdy > 0:
		return DateMDY, fmt.Sprintf("month/day: %q can only be month first (%d values prove it)", mdyEx, mdy)
	case ambiguous > 0:
		return DateAuto, fmt.Sprintf("ambiguous: %d values like %q read both ways; choose day/month or month/day", ambiguous, ambEx)
	case yearFirst > 0:
		return DateYMD, fmt.Sprintf("year first: %d values like %q", yearFirst, yfEx)
	}
	return DateAuto, "no dates recognised"
}

// ExcelSerialToTime converts an Excel date serial (a raw xlsx cell value)
// to a wall-clock time in loc (nil means Asia/Shanghai), honouring the
// workbook's date system (Source.Date1904). In the 1900 system serial 1 is
// 1900-01-01 and serial 61 is 1900-03-01: Excel counts a 29 February 1900
// that never existed, so serial 60 is refused (error.value.date_invalid)
// and serials below 60 are shifted by a day. In the 1904 system serial 0 is
// 1904-01-01. The fraction is the time of day, rounded to the millisecond;
// a time-only serial (below 1) lands on 1899-12-31 or 1904-01-01.
func ExcelSerialToTime(serial float64, date1904 bool, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = shanghai()
	}
	if math.IsNaN(serial) || serial < 0 || serial >= 2958466 { // 9999-12-31 is the last Excel date
		return time.Time{}, dateInvalid(strconv.FormatFloat(serial, 'g', -1, 64))
	}
	days := math.Floor(serial)
	ms := int64(math.Round((serial - days) * 86_400_000))
	if ms >= 86_400_000 {
		days, ms = days+1, ms-86_400_000
	}
	base := time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	if !date1904 {
		switch {
		case days == 60:
			return time.Time{}, feedback.Errorf(feedback.EINVALID, "error.value.date_invalid",
				"Excel serial 60 is 29 February 1900, a date that never existed.")
		case days < 60:
			base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
		default:
			base = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		}
	}
	d := base.AddDate(0, 0, int(days))
	return time.Date(d.Year(), d.Month(), d.Day(), int(ms/3_600_000), int(ms/60_000%60), int(ms/1000%60),
		int(ms%1000)*1_000_000, loc), nil
}

func dateInvalid(s string) error {
	return feedback.Errorf(feedback.EINVALID, "error.value.date_invalid", "%q is not a date.", s).
		WithParams(map[string]any{"value": s})
}

// monthNumber reads an English month name or its abbreviation ("Oct",
// "Sept", "October"); 0 if it is none.
func monthNumber(name string) int {
	n := strings.ToLower(name)
	if n == "sept" {
		return 9
	}
	for i, full := range monthNames {
		if strings.HasPrefix(full, n) {
			return i + 1
		}
	}
	return 0
}

// year expands a two-digit year the way Excel does (00–29 → 2000s).
func year(s string) int {
	y := atoi(s)
	if len(s) == 2 {
		if y < 30 {
			return 2000 + y
		}
		return 1900 + y
	}
	return y
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// atoi parses the digits a regexp matched ("" is 0).
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func first(have, v string) string {
	if have == "" {
		return v
	}
	return have
}

// shanghai is Asia/Shanghai, or UTC+8 where no zone database is available
// (China has had no daylight saving time since 1991).
var shanghai = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
})
