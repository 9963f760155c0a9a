package templates_test

import (
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/templates"
)

// Every template parses, is bilingual throughout and has a metric question;
// the phone script has NPS, CSAT, a reason single choice and a comment.
func TestTemplates(t *testing.T) {
	all, err := templates.All()
	if err != nil || len(all) != 4 {
		t.Fatalf("templates: %d %v", len(all), err)
	}
	for _, tp := range all {
		s := tp.Survey
		if s.Title == "" || s.TitleEN == "" || s.Description == "" || s.DescriptionEN == "" || s.Status != feedback.SurveyDraft {
			t.Errorf("%s: not bilingual or not a draft: %+v", tp.Key, s)
		}
		roles := 0
		for _, q := range s.Questions {
			if q.Title == "" || q.TitleEN == "" {
				t.Errorf("%s: question %q lacks a language", tp.Key, q.Title)
			}
			for _, o := range q.Options {
				if o.Label == "" || o.LabelEN == "" {
					t.Errorf("%s: option %q lacks a language", tp.Key, o.Value)
				}
			}
			if q.Role != feedback.RoleNone {
				roles++
			}
		}
		if roles == 0 {
			t.Errorf("%s: no metric question", tp.Key)
		}
	}
	phone, _ := templates.Get("phone_followup")
	var types []feedback.QuestionType
	for _, q := range phone.Questions {
		types = append(types, q.Type)
	}
	want := []feedback.QuestionType{feedback.QuestionNPS, feedback.QuestionCSAT, feedback.QuestionSingle, feedback.QuestionText}
	if len(types) != len(want) {
		t.Fatalf("phone script types = %v", types)
	}
	for i := range want {
		if types[i] != want[i] {
			t.Fatalf("phone script types = %v", types)
		}
	}
	if _, err := templates.Get("nope"); feedback.ErrorCode(err) != feedback.ENOTFOUND {
		t.Fatalf("unknown template: %v", err)
	}
}
