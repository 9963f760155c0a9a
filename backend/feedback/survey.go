package feedback

import (
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
