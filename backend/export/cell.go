package export

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxCellChars is Excel's limit on the text of one cell, in UTF-16 code
// units (what Excel counts: an emoji outside the BMP uses two).
const MaxCellChars = 32767

// Inert returns s made safe to open in a spreadsheet application: when s
// would start a formula or a DDE call — its first character is one of
// = + - @, a tab or a carriage return (the OWASP CSV-injection list), or
// the full-width ＝ ＋ － ＠ that input methods type, or leading white space
// followed by any of those — a single quote is put in front, which Excel and
// LibreOffice show as text. Anything else is returned unchanged, so
// Inert(Inert(s)) == Inert(s) and a reader recovers the original by
// dropping the one leading quote of a cell that Inert changed.
func Inert(s string) string {
	if risky(s) {
		return "'" + s
	}
	return s
}

// risky reports whether s starts like a formula.
func risky(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r == '\t' || r == '\r' {
		return true
	}
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t == "" {
		return false
	}
	r, _ = utf8.DecodeRuneInString(t)
	switch r {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠':
		return true
	}
	return false
}

// FitCell returns s cut to fit one Excel cell, ending with a visible marker
// in Chinese ("…[已截断 1234 个字符]") that says how many characters were
// cut, and true when it cut. Text that fits is returned unchanged. See
// FitCellLang for the marker in another language.
func FitCell(s string) (string, bool) {
	return FitCellLang(s, "zh")
}

// FitCellLang is FitCell with the marker in lang ("zh" or "en":
// "…[truncated 1234 characters]"). The result, marker included, is at most
// MaxCellChars UTF-16 code units and is cut between characters.
func FitCellLang(s, lang string) (string, bool) {
	if utf16Len(s) <= MaxCellChars {
		return s, false
	}
	total := utf8.RuneCountInString(s)
	// The marker's length depends on the count it shows; the count has at
	// most as many digits as total, so reserve for that.
	room := MaxCellChars - utf16Len(truncMarker(lang, total))
	kept, used, cut := 0, 0, len(s)
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if used+w > room {
			cut = i
			break
		}
		used += w
		kept++
	}
	return s[:cut] + truncMarker(lang, total-kept), true
}

// truncMarker is the visible note that ends a cut cell.
func truncMarker(lang string, n int) string {
	if lang == "en" {
		return "…[truncated " + strconv.Itoa(n) + " characters]"
	}
	return "…[已截断 " + strconv.Itoa(n) + " 个字符]"
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// XLSXText returns s as an xlsx cell can hold it: XML 1.0 has no C0
// control characters other than tab, LF and CR, so each of those becomes
// U+FFFD (what excelize would write anyway); everything else is kept.
func XLSXText(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
