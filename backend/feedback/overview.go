package feedback

import (
	"context"
	"time"
)

// Verbatim is a detractor's NPS score with the first comment of the same response.
type Verbatim struct {
	ResponseID   int64
	SubmittedAt  time.Time
	Score        int
	Comment      string
	CustomerName string
	Channel      string
}

// OverviewService reads the parts of the survey dashboard that are not
// score counts.
type OverviewService interface {
	// ResponseMonths counts a survey's responses per month key (yyyymm) in [from, to).
	ResponseMonths(ctx context.Context, surveyID int64, from, to *time.Time) (map[int]int, error)
	// DetractorVerbatims returns the latest limit responses in [from, to)
	// with an NPS of 0–6 and a non-empty text answer, newest first.
	DetractorVerbatims(ctx context.Context, surveyID int64, from, to *time.Time, limit int) ([]Verbatim, error)
	// AnsweredQuestions returns the IDs of the survey's questions that have answers.
	AnsweredQuestions(ctx context.Context, surveyID int64) (map[int64]bool, error)
}
