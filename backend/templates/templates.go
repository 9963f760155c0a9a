// Package templates holds the built-in bilingual survey templates as
// portable survey definitions (format feedbackdesk.survey/v1), embedded in
// the binary and parsed with feedback.ParseSurveyDefinition.
package templates

import (
	"embed"

	"feedbackdesk/backend/feedback"
)

//go:embed defs/*.json
var defs embed.FS

// Keys lists the templates in the order the gallery shows them.
var Keys = []string{"relationship_nps", "post_ticket_csat", "ces", "phone_followup"}

// Template is a built-in template: its key and a new draft survey built
// from its definition (no IDs).
type Template struct {
	Key    string
	Survey *feedback.Survey
}

// All returns every template, in Keys order.
func All() ([]Template, error) {
	out := make([]Template, 0, len(Keys))
	for _, k := range Keys {
		s, err := Get(k)
		if err != nil {
			return nil, err
		}
		out = append(out, Template{Key: k, Survey: s})
	}
	return out, nil
}

// Get returns a new draft survey built from the template key.
func Get(key string) (*feedback.Survey, error) {
	for _, k := range Keys {
		if k != key {
			continue
		}
		data, err := defs.ReadFile("defs/" + k + ".json")
		if err != nil {
			return nil, err
		}
		return feedback.ParseSurveyDefinition(data)
	}
	return nil, feedback.Errorf(feedback.ENOTFOUND, "error.template.not_found", "There is no survey template %q.", key).
		WithParams(map[string]any{"key": key})
}
