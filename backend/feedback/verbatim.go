package feedback

import (
	"errors"
	"time"
)

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
	// Segments keeps only responses of these segment values.
	Segments Segments
}

// ThemeCount is a count of tagged texts from the theme index: per theme
// (Theme "" = every text, tagged or not) and per month or per NPS answer
// (nil = no valid NPS answer), depending on the query.
type ThemeCount struct {
	Theme string
	Month int
	NPS   *int
	N     int
}

// ErrCodebookChanged is returned by a theme indexer whose codebook is no
// longer the stored one (saved again meanwhile, here or by another
// process): the caller reloads the codebook and indexes with it. Without
// it two indexers with different codebooks would undo each other.
var ErrCodebookChanged = errors.New("the theme codebook changed while tagging")

// ThemeTagger returns the themes of one text given a person's decisions on
// it (theme → present): the codebook's rules with the decisions applied.
type ThemeTagger func(text string, decisions map[string]bool) []string
