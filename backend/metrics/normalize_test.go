package metrics_test

import (
	"math"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

func TestParseScore(t *testing.T) {
	const (
		valid   = feedback.AnswerValid
		skipped = feedback.AnswerSkipped
		invalid = feedback.AnswerInvalid
	)
	tests := []struct {
		raw      string
		min, max int
		status   feedback.AnswerStatus
		value    int
		reason   string
		note     string
	}{
		// Plain integers: valid, no note.
		{"0", 0, 10, valid, 0, "", ""},
		{"10", 0, 10, valid, 10, "", ""},
		{"7", 0, 10, valid, 7, "", ""},
		// Surrounding white space (ASCII, tab, ideographic space) is trimmed
		// without a note: the value was typed as written.
		{"  9 ", 0, 10, valid, 9, "", ""},
		{"\t9\u3000", 0, 10, valid, 9, "", ""},
		// Normalised, with a note.
		{"10分", 0, 10, valid, 10, "", "normalised from 10分"},
		{"10 分", 0, 10, valid, 10, "", "normalised from 10 分"},
		{"１０", 0, 10, valid, 10, "", "normalised from １０"},
		{"１０分", 0, 10, valid, 10, "", "normalised from １０分"},
		{"07", 0, 10, valid, 7, "", "normalised from 07"},
		{"+7", 0, 10, valid, 7, "", "normalised from +7"},
		{"10.0", 0, 10, valid, 10, "", "normalised from 10.0"},
		{"５．００", 1, 5, valid, 5, "", "normalised from ５．００"},
		// Skipped: nothing or a deliberate non-answer.
		{"", 0, 10, skipped, 0, metrics.ReasonEmpty, ""},
		{"   ", 0, 10, skipped, 0, metrics.ReasonEmpty, ""},
		{"N/A", 0, 10, skipped, 0, metrics.ReasonNotApplicable, ""},
		{"n/a", 0, 10, skipped, 0, metrics.ReasonNotApplicable, ""},
		{"ＮＡ", 0, 10, skipped, 0, metrics.ReasonNotApplicable, ""},
		{"不适用", 0, 10, skipped, 0, metrics.ReasonNotApplicable, ""},
		// Invalid: never rounded, never clamped.
		{"6.5", 0, 10, invalid, 0, metrics.ReasonNotInteger, ""},
		{"６.５", 0, 10, invalid, 0, metrics.ReasonNotInteger, ""},
		{"9.99", 0, 10, invalid, 0, metrics.ReasonNotInteger, ""},
		{".5", 0, 10, invalid, 0, metrics.ReasonNotInteger, ""},
		{"11", 0, 10, invalid, 0, metrics.ReasonOutOfRange, ""},
		{"-1", 0, 10, invalid, 0, metrics.ReasonOutOfRange, ""},
		{"0", 1, 5, invalid, 0, metrics.ReasonOutOfRange, ""},
		{"99999999999999999999999", 0, 10, invalid, 0, metrics.ReasonOutOfRange, ""},
		{"abc", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"十", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"分", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"1e1", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"5.", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"+-5", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"9-10", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		{"10分分", 0, 10, invalid, 0, metrics.ReasonNotANumber, ""},
		// A wrong scale is reported, not guessed.
		{"5", 10, 0, invalid, 0, metrics.ReasonBadScale, ""},
	}
	for _, tt := range tests {
		got := metrics.ParseScore(tt.raw, tt.min, tt.max)
		want := metrics.ParsedScore{Status: tt.status, Value: tt.value, Reason: tt.reason, Note: tt.note}
		if got != want {
			t.Errorf("ParseScore(%q, %d, %d) = %+v, want %+v", tt.raw, tt.min, tt.max, got, want)
		}
		if got.Valid() != (tt.status == valid) {
			t.Errorf("ParseScore(%q).Valid() = %v", tt.raw, got.Valid())
		}
	}
}

func TestCheckNumber(t *testing.T) {
	tests := []struct {
		v      float64
		status feedback.AnswerStatus
		value  int
		reason string
	}{
		{10, feedback.AnswerValid, 10, ""},
		{0, feedback.AnswerValid, 0, ""},
		{6.5, feedback.AnswerInvalid, 0, metrics.ReasonNotInteger},
		{11, feedback.AnswerInvalid, 0, metrics.ReasonOutOfRange},
		{-0.0, feedback.AnswerValid, 0, ""},
		{math.NaN(), feedback.AnswerInvalid, 0, metrics.ReasonNotANumber},
		{math.Inf(1), feedback.AnswerInvalid, 0, metrics.ReasonNotANumber},
	}
	for _, tt := range tests {
		got := metrics.CheckNumber(tt.v, 0, 10)
		if got.Status != tt.status || got.Value != tt.value || got.Reason != tt.reason {
			t.Errorf("CheckNumber(%v) = %+v, want %s %d %q", tt.v, got, tt.status, tt.value, tt.reason)
		}
	}
}

func TestAnswerScore(t *testing.T) {
	num := func(v float64) *float64 { return &v }
	tests := []struct {
		name   string
		a      *feedback.Answer
		status feedback.AnswerStatus
		value  int
		reason string
	}{
		{"nil", nil, feedback.AnswerSkipped, 0, metrics.ReasonEmpty},
		{"valid", &feedback.Answer{Status: feedback.AnswerValid, Number: num(9)}, feedback.AnswerValid, 9, ""},
		{"valid normalised keeps value", &feedback.Answer{Status: feedback.AnswerValid, Number: num(10), Raw: "10分"}, feedback.AnswerValid, 10, ""},
		{"valid but no number", &feedback.Answer{Status: feedback.AnswerValid}, feedback.AnswerSkipped, 0, metrics.ReasonEmpty},
		{"stored valid, 6.5 re-checked", &feedback.Answer{Status: feedback.AnswerValid, Number: num(6.5)}, feedback.AnswerInvalid, 0, metrics.ReasonNotInteger},
		{"skipped", &feedback.Answer{Status: feedback.AnswerSkipped}, feedback.AnswerSkipped, 0, metrics.ReasonEmpty},
		{"skipped N/A", &feedback.Answer{Status: feedback.AnswerSkipped, Raw: "N/A"}, feedback.AnswerSkipped, 0, metrics.ReasonNotApplicable},
		{"invalid 6.5", &feedback.Answer{Status: feedback.AnswerInvalid, Raw: "6.5"}, feedback.AnswerInvalid, 0, metrics.ReasonNotInteger},
		{"invalid, raw lost", &feedback.Answer{Status: feedback.AnswerInvalid}, feedback.AnswerInvalid, 0, metrics.ReasonNotANumber},
	}
	for _, tt := range tests {
		got := metrics.AnswerScore(tt.a, 0, 10)
		if got.Status != tt.status || got.Value != tt.value || got.Reason != tt.reason {
			t.Errorf("%s: AnswerScore = %+v, want %s %d %q", tt.name, got, tt.status, tt.value, tt.reason)
		}
	}
}
