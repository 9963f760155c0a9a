package feedback

import (
	"context"
	"strings"
	"time"
)

// SurveyStatus is where a survey is in its life: designed, collecting, done.
type SurveyStatus string

// Survey statuses. Only an active survey accepts new responses from forms,
// calls and kiosks; imports may target any status.
const (
	SurveyDraft  SurveyStatus = "draft"
	SurveyActive SurveyStatus = "active"
	SurveyClosed SurveyStatus = "closed"
)

// Valid reports whether s is a known status.
func (s SurveyStatus) Valid() bool {
	return s == SurveyDraft || s == SurveyActive || s == SurveyClosed
}

// Survey is a questionnaire with bilingual title and description.
type Survey struct {
	ID            int64
	Title         string // Chinese (primary) title
	TitleEN       string // English title; may be empty
	Description   string
	DescriptionEN string
	Status        SurveyStatus
	Questions     []*Question
	// ResponseCount and QuestionCount are filled by FindSurveys and FindSurveyByID.
	ResponseCount int
	QuestionCount int
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// Validate checks the survey and its questions.
func (s *Survey) Validate() error {
	if strings.TrimSpace(s.Title) == "" && strings.TrimSpace(s.TitleEN) == "" {
		return Errorf(EINVALID, "error.survey.title_required", "A survey needs a title.")
	}
	if len([]rune(s.Title)) > 200 || len([]rune(s.TitleEN)) > 200 {
		return Errorf(EINVALID, "error.survey.title_too_long", "A survey title may have at most 200 characters.")
	}
	if !s.Status.Valid() {
		return Errorf(EINVALID, "error.survey.status_invalid", "Unknown survey status %q.", s.Status)
	}
	for _, q := range s.Questions {
		if err := q.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// SurveyFilter selects surveys; nil fields do not filter.
type SurveyFilter struct {
	ID     *int64
	Status *SurveyStatus
	Offset int
	Limit  int
}

// CanTransition reports whether a survey may move from s to next. Drafts are
// activated, active surveys closed, closed ones reopened; a survey that has
// responses never goes back to draft.
func (s SurveyStatus) CanTransition(next SurveyStatus, hasResponses bool) bool {
	switch {
	case s == next:
		return true
	case next == SurveyDraft:
		return !hasResponses
	case s == SurveyDraft:
		return next == SurveyActive || next == SurveyClosed
	default:
		return next == SurveyActive || next == SurveyClosed
	}
}

// SurveyUpdate changes the set fields of a survey. Questions, when set,
// replaces the question list: questions with an ID are edited in place,
// questions without one are added, and missing ones are removed. Once a
// survey has answers, a question's type, scale and metric role are fixed
// and answered questions cannot be removed.
type SurveyUpdate struct {
	Title         *string
	TitleEN       *string
	Description   *string
	DescriptionEN *string
	Status        *SurveyStatus
	Questions     *[]*Question
}

// SurveyService stores surveys and their questions.
type SurveyService interface {
	FindSurveyByID(ctx context.Context, id int64) (*Survey, error)
	// FindSurveys returns matching surveys (without questions, with
	// ResponseCount) and the total number of matches.
	FindSurveys(ctx context.Context, filter SurveyFilter) ([]*Survey, int, error)
	CreateSurvey(ctx context.Context, s *Survey) error
	UpdateSurvey(ctx context.Context, id int64, upd SurveyUpdate) (*Survey, error)
	// DeleteSurvey removes a survey that has no responses.
	DeleteSurvey(ctx context.Context, id int64) error
}
