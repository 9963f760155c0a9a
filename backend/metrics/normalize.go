package metrics

import (
	"math"
	"strconv"
	"strings"

	"feedbackdesk/backend/feedback"
)

// Reason codes say why an answer was skipped or rejected. They are stable
// identifiers (the UI translates them); never renamed.
const (
	ReasonEmpty         = "empty"          // skipped: nothing was entered
	ReasonNotApplicable = "not_applicable" // skipped: "N/A", "不适用"
	ReasonNotANumber    = "not_a_number"   // invalid: "abc", "十", "1e1"
	ReasonNotInteger    = "not_integer"    // invalid: "6.5" (never rounded)
	ReasonOutOfRange    = "out_of_range"   // invalid: 11 on a 0–10 scale
	ReasonBadScale      = "bad_scale"      // invalid: the scale itself is wrong (min > max)
)

// ParsedScore is the verdict on one raw answer to a metric item.
type ParsedScore struct {
	// Status is valid, skipped or invalid. Only valid answers count in n;
	// skipped and invalid ones are counted separately.
	Status feedback.AnswerStatus `json:"status"`
	// Value is the integer score; meaningful only when Status is valid.
	Value int `json:"value"`
	// Reason is a Reason… code for skipped and invalid answers, "" for valid.
	Reason string `json:"reason,omitempty"`
	// Note says how a valid answer was normalised, e.g. "normalised from 10分";
	// "" when the input was already the plain integer.
	Note string `json:"note,omitempty"`
}

// Valid reports whether the answer counts in n.
func (s ParsedScore) Valid() bool { return s.Status == feedback.AnswerValid }

// notApplicable are the (case-insensitive, width-folded) spellings of a
// deliberate non-answer. They are skipped, not invalid.
var notApplicable = map[string]bool{"n/a": true, "na": true, "不适用": true}

// ParseScore classifies a raw answer to a metric item with an integer scale
// [min, max] (NPS 0–10, CSAT 1–3/5/7/10, CES 1–7).
//
// Normalisation, each recorded in Note: surrounding white space (including
// the ideographic space) is trimmed; full-width characters ("１０", "－", "．")
// are folded to ASCII; one trailing "分" is dropped ("10分", "10 分");
// leading zeros and a "+" sign are accepted ("07", "+7"); a decimal whose
// fraction is all zeros is the integer it equals ("10.0"). Nothing is ever
// rounded.
//
// Verdicts: "" → skipped (ReasonEmpty); "N/A", "NA", "不适用" → skipped
// (ReasonNotApplicable); a number with a non-zero fraction ("6.5") → invalid
// (ReasonNotInteger); an integer outside [min, max] → invalid
// (ReasonOutOfRange); anything else ("abc", "十", "1e1", "分") → invalid
// (ReasonNotANumber).
func ParseScore(raw string, min, max int) ParsedScore {
	if min > max {
		return invalid(ReasonBadScale)
	}
	s := strings.TrimSpace(raw)
	if s == "" {
		return ParsedScore{Status: feedback.AnswerSkipped, Reason: ReasonEmpty}
	}
	s = strings.TrimSpace(foldWidth(s))
	if notApplicable[strings.ToLower(s)] {
		return ParsedScore{Status: feedback.AnswerSkipped, Reason: ReasonNotApplicable}
	}
	if t, ok := strings.CutSuffix(s, "分"); ok {
		s = strings.TrimSpace(t)
	}
	v, reason := parseInteger(s)
	if reason != "" {
		return invalid(reason)
	}
	if v < int64(min) || v > int64(max) {
		return invalid(ReasonOutOfRange)
	}
	out := ParsedScore{Status: feedback.AnswerValid, Value: int(v)}
	if orig := strings.TrimSpace(raw); orig != strconv.Itoa(out.Value) {
		out.Note = "normalised from " + orig
	}
	return out
}

// CheckNumber classifies a number already stored as a float (a spreadsheet
// cell, feedback.Answer.Number) against the integer scale [min, max]:
// NaN and ±Inf are not numbers, a non-integer is invalid (never rounded),
// an integer outside the scale is out of range.
func CheckNumber(v float64, min, max int) ParsedScore {
	switch {
	case min > max:
		return invalid(ReasonBadScale)
	case math.IsNaN(v) || math.IsInf(v, 0):
		return invalid(ReasonNotANumber)
	case v != math.Trunc(v):
		return invalid(ReasonNotInteger)
	case v < float64(min) || v > float64(max):
		return invalid(ReasonOutOfRange)
	}
	return ParsedScore{Status: feedback.AnswerValid, Value: int(v)}
}

// AnswerScore classifies a stored answer for a metric item with scale
// [min, max]. The stored Status is honoured: a skipped or invalid answer
// stays so, with the reason ParseScore derives from Raw when it agrees
// (ReasonEmpty or ReasonNotANumber otherwise); a valid answer is re-checked
// with CheckNumber, and one without a Number is skipped.
func AnswerScore(a *feedback.Answer, min, max int) ParsedScore {
	if a == nil {
		return ParsedScore{Status: feedback.AnswerSkipped, Reason: ReasonEmpty}
	}
	switch a.Status {
	case feedback.AnswerSkipped:
		if p := ParseScore(a.Raw, min, max); p.Status == feedback.AnswerSkipped {
			return p
		}
		return ParsedScore{Status: feedback.AnswerSkipped, Reason: ReasonEmpty}
	case feedback.AnswerInvalid:
		if p := ParseScore(a.Raw, min, max); p.Status == feedback.AnswerInvalid {
			return p
		}
		return invalid(ReasonNotANumber)
	}
	if a.Number == nil {
		return ParsedScore{Status: feedback.AnswerSkipped, Reason: ReasonEmpty}
	}
	return CheckNumber(*a.Number, min, max)
}

func invalid(reason string) ParsedScore {
	return ParsedScore{Status: feedback.AnswerInvalid, Reason: reason}
}

// foldWidth maps full-width ASCII variants (U+FF01–U+FF5E) to ASCII and the
// ideographic space to a space.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// parseInteger parses [+-]digits[.digits] and returns the integer value or a
// reason code. A fraction that is not all zeros is ReasonNotInteger.
func parseInteger(s string) (int64, string) {
	intPart, frac, hasDot := strings.Cut(s, ".")
	digits := strings.TrimLeft(intPart, "+-")
	if digits == "" && hasDot && frac != "" { // ".5", "-.5"
		digits = "0"
		intPart += "0"
	}
	if len(intPart)-len(digits) > 1 || digits == "" || !allDigits(digits) || (hasDot && (frac == "" || !allDigits(frac))) {
		return 0, ReasonNotANumber
	}
	if strings.Trim(frac, "0") != "" {
		return 0, ReasonNotInteger
	}
	v, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil { // only ErrRange is possible here: a huge integer
		return 0, ReasonOutOfRange
	}
	return v, ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
