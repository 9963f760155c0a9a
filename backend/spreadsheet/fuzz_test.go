package spreadsheet_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// FuzzDecodeCSV feeds arbitrary bytes to the whole reading path: opening
// never panics, refusals are coded, and rows are well-formed (increasing
// physical numbers, non-empty, valid UTF-8, trailing cell non-empty).
func FuzzDecodeCSV(f *testing.F) {
	for _, seed := range []string{
		"a,b\n1,2\n", "\uFEFF姓名;评分\r\n张伟;10分\r\n", "\"q\"\"x\",\"multi\nline\"\n\n,,\n", "sep=\t\na\tb\n",
		"\xff\xfea\x00,\x00b\x00\n\x00", "\xd5\xc5\xce\xb0,9\n", "a\x00b", "<html>", "PK\x03\x04", "x\r\ry\rz",
		"\"unterminated,1\n2,3", "a,\"b\"c,d\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := spreadsheet.OpenReaderAt(bytes.NewReader(data), int64(len(data)), spreadsheet.Options{MaxRows: 5000})
		if err != nil {
			if feedback.ErrorCode(err) == feedback.EINTERNAL {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		defer src.Close()
		last := 0
		for row, err := range src.Rows() {
			if err != nil {
				if feedback.ErrorCode(err) == feedback.EINTERNAL {
					t.Fatalf("uncoded row error: %v", err)
				}
				break
			}
			if row.Number <= last || len(row.Cells) == 0 || row.Cells[len(row.Cells)-1] == "" {
				t.Fatalf("malformed row after %d: %+v", last, row)
			}
			for _, c := range row.Cells {
				if !utf8.ValidString(c) {
					t.Fatalf("row %d: invalid UTF-8 %q", row.Number, c)
				}
			}
			last = row.Number
		}
		if h, err := src.Header(); err == nil && h.Signature() == "" {
			t.Fatal("empty signature")
		}
	})
}

// FuzzParseDateTime checks that ParseDateTime never panics, fails only with
// coded errors, and that what it accepts survives an ISO round trip.
func FuzzParseDateTime(f *testing.F) {
	for _, seed := range []string{"2026-10-05T09:30:00+08:00", "2026年10月5日 下午3点", "05-Oct-26", "13/10/2026 9:30 PM",
		"２０２６/１/２", "5 Sept, 1999", "2026-10-05 9:30:15.123456789Z", "99/99/99"} {
		f.Add(seed, 0)
	}
	f.Fuzz(func(t *testing.T, s string, order int) {
		o := spreadsheet.DateOrder(order & 3)
		got, err := spreadsheet.ParseDateTime(s, o, time.UTC)
		if err != nil {
			if feedback.ErrorCode(err) != feedback.EINVALID {
				t.Fatalf("ParseDateTime(%q): %v", s, err)
			}
			return
		}
		iso := got.Format(time.RFC3339Nano)
		if again, err := spreadsheet.ParseDateTime(iso, o, time.UTC); err != nil || !again.Equal(got) {
			if got.Year() >= 1000 { // four-digit years only: RFC 3339 is four-digit
				t.Fatalf("%q → %s → %v, %v", s, iso, again, err)
			}
		}
	})
}

// FuzzNormalizeValue checks the cleaning helpers: idempotent, valid UTF-8
// in gives valid UTF-8 out, and a normalised phone normalises to itself.
func FuzzNormalizeValue(f *testing.F) {
	for _, seed := range []string{"１０", "\u00a010分\u3000", "推荐意愿（０－１０）", "+86 138-0013-8000", "1.38E+10",
		"\u200b\ufeff", "ｶﾀｶﾅ", "\xff\xfe"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := spreadsheet.NormalizeValue(s)
		if again := spreadsheet.NormalizeValue(v); again != v {
			t.Fatalf("NormalizeValue not idempotent: %q → %q → %q", s, v, again)
		}
		c := spreadsheet.CleanText(s)
		if again := spreadsheet.CleanText(c); again != c {
			t.Fatalf("CleanText not idempotent: %q → %q → %q", s, c, again)
		}
		if utf8.ValidString(s) && (!utf8.ValidString(v) || !utf8.ValidString(c)) {
			t.Fatalf("invalid UTF-8 out of %q: %q %q", s, v, c)
		}
		if strings.TrimSpace(v) != v {
			t.Fatalf("untrimmed %q", v)
		}
		if p, flag := spreadsheet.NormalizePhone(s); flag == spreadsheet.FlagNone {
			if p2, flag2 := spreadsheet.NormalizePhone(p); p2 != p || flag2 != flag {
				t.Fatalf("NormalizePhone(%q) = %q, then %q %q", s, p, p2, flag2)
			}
		}
	})
}
