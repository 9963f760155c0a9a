package spreadsheet

import (
	"regexp"
	"strings"

	"golang.org/x/text/width"
)

// Flag marks a cell value the import must not accept silently; the UI
// translates it. Flags are stable identifiers, never renamed.
type Flag string

// Value flags.
const (
	FlagNone            Flag = ""
	FlagPhoneScientific Flag = "phone_scientific" // "1.38E+10": Excel turned the number into a float; digits are lost
	FlagPhoneInvalid    Flag = "phone_invalid"    // letters, too few or too many digits, "13800138000.0"
)

// invisible are characters removed everywhere: zero-width space, joiners,
// word joiner, byte-order mark (Excel pastes them from web pages).
// No-break spaces become plain spaces.
var invisible = strings.NewReplacer("\u200B", "", "\u200C", "", "\u200D", "", "\u2060", "", "\uFEFF", "",
	"\u00A0", " ", "\u202F", " ")

// CleanText tidies free text (names, comments) without changing what was
// written: invisible zero-width characters and BOMs are removed, no-break
// spaces (U+00A0, U+202F) become spaces, and white space — including the
// ideographic space U+3000 — is trimmed from both ends; bytes that are not
// UTF-8 become U+FFFD. Character width is kept: Chinese punctuation "，（）"
// stays as typed. It is idempotent.
func CleanText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		// Broken bytes first: removing an invisible character must not
		// join the bytes around it into a new character.
		s = invisible.Replace(strings.ToValidUTF8(s, "\uFFFD"))
	}
	return strings.TrimSpace(s)
}

// NormalizeValue prepares a structured value (a score, phone, date, code or
// header name) for parsing: CleanText, then full-width forms folded to
// their ASCII equivalents ("１０" → "10", "２０２６年" → "2026年", "（" → "(",
// ideographic space → space) with golang.org/x/text/width, then trimmed
// again. It is idempotent. Do not use it for free text.
func NormalizeValue(s string) string {
	s = CleanText(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return CleanText(width.Fold.String(s))
		}
	}
	return s
}

var (
	reScientific = regexp.MustCompile(`^[+-]?\d+(\.\d+)?[eE][+-]?\d+$`)
	reDecimal    = regexp.MustCompile(`^\d+\.\d+$`)
	phoneSeps    = strings.NewReplacer(" ", "", "-", "", ".", "", "(", "", ")", "", "/", "")
)

// NormalizePhone returns a phone number as text: normalised (NormalizeValue),
// separators (space - . ( ) /) removed, a leading "+" and leading zeros
// kept ("+86 138-0013-8000" → "+8613800138000", "010-1234 5678" →
// "01012345678"). It never converts numbers: "1.38E+10" is returned as is
// with FlagPhoneScientific, and anything that is not 5–15 digits after an
// optional "+" (letters, "13800138000.0") is returned cleaned with
// FlagPhoneInvalid. An empty value is "" with no flag.
func NormalizePhone(s string) (string, Flag) {
	v := NormalizeValue(s)
	switch {
	case v == "":
		return "", FlagNone
	case reScientific.MatchString(v):
		return v, FlagPhoneScientific
	case reDecimal.MatchString(v):
		return v, FlagPhoneInvalid
	}
	p := phoneSeps.Replace(v)
	digits := strings.TrimPrefix(p, "+")
	if len(digits) < 5 || len(digits) > 15 || strings.Trim(digits, "0123456789") != "" {
		return v, FlagPhoneInvalid
	}
	return p, FlagNone
}
