package importer_test

import (
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
)

// FuzzParseAnswer checks that no cell text makes answer parsing panic or
// accept a value off the scale: a valid NPS answer is an integer 0–10.
func FuzzParseAnswer(f *testing.F) {
	for _, s := range []string{"10", "１０", "10分", "6.5", "N/A", "非常满意", "", " 7 ", "-0", "1e1", "+8", "１０．０", "不清楚"} {
		f.Add(s)
	}
	q := &feedback.Question{Title: "推荐", Type: feedback.QuestionNPS, ScaleMin: 0, ScaleMax: 10}
	dict := importer.NewDictionary(q, map[string]float64{"很好": 10})
	f.Fuzz(func(t *testing.T, s string) {
		a, code, _ := importer.ParseAnswer(s, q, dict)
		if code != "" && a != nil {
			t.Fatalf("%q: both an answer and error %s", s, code)
		}
		if a != nil && a.Status == feedback.AnswerValid {
			if a.Number == nil || *a.Number != float64(int(*a.Number)) || *a.Number < 0 || *a.Number > 10 {
				t.Fatalf("%q accepted as %v", s, a.Number)
			}
		}
	})
}

// FuzzParseMapping checks that hand-written mapping JSON never panics and
// that whatever is accepted validates again after a round trip.
func FuzzParseMapping(f *testing.F) {
	for _, s := range []string{`{"columns":{"提交时间":{"field":"submitted_at"}}}`,
		`{"sheet":"Sheet1","header_row":2,"timezone":"Asia/Shanghai","date_order":"DMY","columns":{"推荐":{"question":"推荐","type":"nps","scale":[0,10],"metric":"nps"}},"values":{"推荐":{"十分":10}}}`,
		`{"columns":{"x":{"ignore":true}}}`, `{`, `null`, `{"columns":{"a":{"field":"agent","attribute":"b"}}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := importer.ParseMapping([]byte(s))
		if err != nil {
			return
		}
		if _, err := importer.ParseMapping(m.JSON()); err != nil {
			t.Fatalf("round trip of %q: %v", s, err)
		}
	})
}
