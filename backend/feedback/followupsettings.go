package feedback

import (
	"context"
	"time"
)

// FollowUpSettingsKey is the settings-table key of the follow-up rules (JSON).
const FollowUpSettingsKey = "followups.settings"

// FollowUpSettings are the rules that build the follow-up call list (回访).
type FollowUpSettings struct {
	// SurveyID is the call script survey answered on completed calls.
	SurveyID *int64 `json:"surveyId"`
	// ResolvedWithinDays lists customers whose ticket was resolved within
	// this many days (0 = off).
	ResolvedWithinDays int `json:"resolvedWithinDays"`
	// DetractorWithinDays lists customers who gave an NPS of 0–6 within this
	// many days (0 = off).
	DetractorWithinDays int `json:"detractorWithinDays"`
	// DoNotContactDays skips customers with a completed or refused call
	// within this many days (0 = off).
	DoNotContactDays int `json:"doNotContactDays"`
	// RetryAfterMinutes is the least time between two attempts.
	RetryAfterMinutes int `json:"retryAfterMinutes"`
	// MaxAttempts drops a customer from the list after this many attempts in
	// one cycle.
	MaxAttempts int `json:"maxAttempts"`
}

// DefaultFollowUpSettings are the rules used until the user saves their own.
func DefaultFollowUpSettings() FollowUpSettings {
	return FollowUpSettings{ResolvedWithinDays: 7, DetractorWithinDays: 30, DoNotContactDays: 30, RetryAfterMinutes: 120, MaxAttempts: 3}
}

// Validate checks the ranges of the rules.
func (s *FollowUpSettings) Validate() error {
	for _, d := range []int{s.ResolvedWithinDays, s.DetractorWithinDays, s.DoNotContactDays} {
		if d < 0 || d > 365 {
			return Errorf(EINVALID, "error.followup.days_range", "Day windows must be between 0 and 365 days.").
				WithParams(map[string]any{"min": 0, "max": 365})
		}
	}
	if s.RetryAfterMinutes < 0 || s.RetryAfterMinutes > 7*24*60 {
		return Errorf(EINVALID, "error.followup.retry_range", "The retry interval must be between 0 minutes and 7 days.").
			WithParams(map[string]any{"min": 0, "max": 7 * 24 * 60})
	}
	if s.MaxAttempts < 1 || s.MaxAttempts > 20 {
		return Errorf(EINVALID, "error.followup.attempts_range", "The number of attempts must be between 1 and 20.").
			WithParams(map[string]any{"min": 1, "max": 20})
	}
	return nil
}

// Validate checks a call attempt before it is stored.
func (c *FollowUpCall) Validate() error {
	if c.CustomerID <= 0 {
		return Errorf(EINVALID, "error.followup.customer_required", "A call needs the customer who was called.")
	}
	if !c.Disposition.Valid() {
		return Errorf(EINVALID, "error.followup.disposition_invalid", "Unknown call outcome %q.", c.Disposition).
			WithParams(map[string]any{"value": string(c.Disposition)})
	}
	if c.Disposition == DispCallback {
		if c.CallbackAt == nil {
			return Errorf(EINVALID, "error.followup.callback_required", "A call-back needs the time to call back.")
		}
		if !c.CallbackAt.After(c.AttemptAt) {
			return Errorf(EINVALID, "error.followup.callback_past", "The call-back time must be in the future.")
		}
	} else if c.CallbackAt != nil {
		return Errorf(EINVALID, "error.followup.callback_unexpected", "Only a call-back outcome takes a call-back time.")
	}
	if len([]rune(c.Note)) > 2000 {
		return Errorf(EINVALID, "error.followup.note_too_long", "A call note may have at most 2,000 characters.").
			WithParams(map[string]any{"max": 2000})
	}
	return nil
}

// Valid reports whether d is a known disposition.
func (d Disposition) Valid() bool {
	switch d {
	case DispCompleted, DispNoAnswer, DispBusy, DispRefused, DispWrongNumber, DispCallback:
		return true
	}
	return false
}

// FollowUpService stores follow-up calls and reads what the call list and
// the rates are built from.
type FollowUpService interface {
	// RecordCall stores a call; with a response (completed calls) the
	// response is validated and stored in the same transaction and linked.
	// AttemptAt is set to the transaction's time.
	RecordCall(ctx context.Context, c *FollowUpCall, r *Response) error
	// FindCalls returns a customer's calls, newest first.
	FindCalls(ctx context.Context, customerID int64) ([]*FollowUpCall, error)
	// CallCandidates returns the customers the rules may list and every call
	// to them (oldest first); see CallListQuery.
	CallCandidates(ctx context.Context, q CallListQuery) ([]*CallTarget, map[int64][]*FollowUpCall, error)
	// CallOutcomes counts the calls attempted in [From, To) per customer and disposition.
	CallOutcomes(ctx context.Context, from, to *time.Time, surveyIDs ...int64) ([]CallOutcome, error)
}
