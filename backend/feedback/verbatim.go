package feedback

import "time"

// ScoredText is one response's free text (its text answers joined) with
// its NPS answer, for verbatim themes.
type ScoredText struct {
	ResponseID  int64
	SubmittedAt time.Time
	Month       int  // yyyymm, reporting zone
	NPS         *int // the valid NPS answer; nil when none
	Text        string
}

// TextFilter selects the responses whose texts are read.
type TextFilter struct {
	Start, End time.Time // submitted in [Start, End)
	SurveyIDs  []int64   // none = every survey
}
