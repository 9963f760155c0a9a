package feedback

import (
	"encoding/json"
	"fmt"
)

// SurveyFormat identifies a survey definition file.
const SurveyFormat = "feedbackdesk.survey/v1"

// SurveyDefinition is the portable JSON form of a survey (templates,
// sharing between installations, backup of a questionnaire). It carries no
// IDs and no responses.
type SurveyDefinition struct {
	Format        string               `json:"format"`
	Title         string               `json:"title"`
	TitleEN       string               `json:"title_en,omitempty"`
	Description   string               `json:"description,omitempty"`
	DescriptionEN string               `json:"description_en,omitempty"`
	Questions     []QuestionDefinition `json:"questions"`
}

// QuestionDefinition is one question in a SurveyDefinition.
type QuestionDefinition struct {
	Type     QuestionType `json:"type"`
	Title    string       `json:"title"`
	TitleEN  string       `json:"title_en,omitempty"`
	Required bool         `json:"required,omitempty"`
	Metric   MetricRole   `json:"metric,omitempty"`
	Scale    *[2]int      `json:"scale,omitempty"`
	Inverted bool         `json:"inverted,omitempty"`
	LongText bool         `json:"long_text,omitempty"`
	Options  []Option     `json:"options,omitempty"`
}

// Definition returns the portable form of s.
func (s *Survey) Definition() SurveyDefinition {
	d := SurveyDefinition{Format: SurveyFormat, Title: s.Title, TitleEN: s.TitleEN,
		Description: s.Description, DescriptionEN: s.DescriptionEN, Questions: []QuestionDefinition{}}
	for _, q := range s.Questions {
		qd := QuestionDefinition{Type: q.Type, Title: q.Title, TitleEN: q.TitleEN, Required: q.Required,
			Metric: q.Role, Inverted: q.Inverted, LongText: q.LongText, Options: q.Options}
		if q.Type.Numeric() {
			qd.Scale = &[2]int{q.ScaleMin, q.ScaleMax}
		}
		d.Questions = append(d.Questions, qd)
	}
	return d
}

// ParseSurveyDefinition reads a definition file and returns a new draft
// survey (no IDs) that passes Validate, or a coded error saying what is wrong.
func ParseSurveyDefinition(data []byte) (*Survey, error) {
	var d SurveyDefinition
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, Errorf(EINVALID, "error.survey.definition_json", "The survey file is not valid JSON: %v", err)
	}
	if d.Format != SurveyFormat {
		return nil, Errorf(EINVALID, "error.survey.definition_format",
			"The file is not a Feedback Desk survey definition (format %q, expected %q).", d.Format, SurveyFormat)
	}
	s := &Survey{Title: d.Title, TitleEN: d.TitleEN, Description: d.Description, DescriptionEN: d.DescriptionEN, Status: SurveyDraft}
	for i, qd := range d.Questions {
		q := &Question{Position: i + 1, Type: qd.Type, Title: qd.Title, TitleEN: qd.TitleEN, Required: qd.Required,
			Role: qd.Metric, Inverted: qd.Inverted, LongText: qd.LongText, Options: qd.Options}
		if qd.Scale != nil {
			q.ScaleMin, q.ScaleMax = qd.Scale[0], qd.Scale[1]
		} else {
			q.ScaleMin, q.ScaleMax = DefaultScale(qd.Type)
		}
		if err := q.Validate(); err != nil {
			fe := AsError(err)
			return nil, Errorf(fe.Code, fe.Key, "Question %d: %s", i+1, fe.Message)
		}
		s.Questions = append(s.Questions, q)
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// DefaultScale is the scale a question type uses when none is given.
func DefaultScale(t QuestionType) (int, int) {
	switch t {
	case QuestionNPS:
		return 0, 10
	case QuestionCSAT:
		return 1, 5
	case QuestionCES:
		return 1, 7
	case QuestionRating:
		return 1, 5
	}
	return 0, 0
}

// String describes a question for logs and error messages.
func (q *Question) String() string { return fmt.Sprintf("%s question %q", q.Type, q.Title) }
