package export

import (
	"context"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// responseColumns are the fixed columns before the questions; the note,
// tags and import batch columns follow them.
var responseColumns = []struct {
	key   string
	width float64
}{
	{"col.response_id", 10}, {"col.survey_id", 8}, {"col.survey", 24}, {"col.submitted_at", 20}, {"col.source", 10},
	{"col.channel", 10}, {"col.customer", 14}, {"col.phone", 15}, {"col.email", 22}, {"col.company", 20},
	{"col.tier", 10}, {"col.region", 10}, {"col.product", 16}, {"col.agent", 12},
}

var responseTail = []struct {
	key   string
	width float64
}{{"col.note", 30}, {"col.tags", 20}, {"col.batch", 10}, {"col.batch_file", 24}}

// responseLayout places each response's values in the columns: the fixed
// ones, one per question of the exported surveys, then the tail.
type responseLayout struct {
	lang     string
	cols     []column
	surveys  map[int64]string // survey ID → title in lang
	question map[int64]int    // question ID → column index
	vals     []any
}

// newResponseLayout builds the columns for surveys. With one survey a
// question column is headed by the question's label; with several by
// "S<survey ID>.Q<position> <label>", so each question keeps its own,
// recognisable column. Labels repeated within a survey get their position.
func newResponseLayout(surveys []*feedback.Survey, lang string) *responseLayout {
	l := &responseLayout{lang: lang, surveys: map[int64]string{}, question: map[int64]int{}}
	for _, c := range responseColumns {
		l.cols = append(l.cols, column{label(lang, c.key), c.width})
	}
	for _, s := range surveys {
		l.surveys[s.ID] = inLang(lang, s.Title, s.TitleEN)
		seen := map[string]int{}
		for _, q := range s.Questions {
			seen[inLang(lang, q.Title, q.TitleEN)]++
		}
		for _, q := range s.Questions {
			name := inLang(lang, q.Title, q.TitleEN)
			if seen[name] > 1 || strings.TrimSpace(name) == "" {
				name = fmt.Sprintf("%s (Q%d)", name, q.Position)
			}
			if len(surveys) > 1 {
				name = fmt.Sprintf("S%d.Q%d %s", s.ID, q.Position, inLang(lang, q.Title, q.TitleEN))
			}
			width := 12.0
			if q.Type == feedback.QuestionText {
				width = 40
			}
			l.question[q.ID] = len(l.cols)
			l.cols = append(l.cols, column{name, width})
		}
	}
	for _, c := range responseTail {
		l.cols = append(l.cols, column{label(lang, c.key), c.width})
	}
	l.vals = make([]any, len(l.cols))
	return l
}

// inLang picks the English text when asked for and present.
func inLang(lang, zh, en string) string {
	if lang == "en" && strings.TrimSpace(en) != "" {
		return en
	}
	return zh
}

// row returns r's values (a slice reused by the next row).
func (l *responseLayout) row(r *sqlite.ExportResponse) []any {
	v := l.vals
	clear(v)
	tier := ""
	if r.Tier != "" {
		tier = labelOr(l.lang, "tier.", r.Tier)
	}
	copy(v, []any{r.ID, r.SurveyID, l.surveys[r.SurveyID], wallTime(r.SubmittedAt), labelOr(l.lang, "source.", r.Source),
		r.Channel, r.CustomerName, r.Phone, r.Email, r.Company, tier, r.Region, r.Product, r.Agent})
	for _, a := range r.Answers {
		if i, ok := l.question[a.QuestionID]; ok {
			v[i] = answerValue(a)
		}
	}
	n := len(v) - len(responseTail)
	v[n], v[n+1] = r.Note, strings.Join(r.Tags, "; ")
	if r.ImportBatchID != nil {
		v[n+2], v[n+3] = *r.ImportBatchID, r.ImportFile
	}
	return v
}

// answerValue is what an answer's cell shows: a valid number as a number,
// valid text or choices as text (several choices one per line), what was
// entered for an invalid answer, and nothing for a skipped one.
func answerValue(a sqlite.ExportAnswer) any {
	switch feedback.AnswerStatus(a.Status) {
	case feedback.AnswerSkipped:
		return nil
	case feedback.AnswerInvalid:
		return a.Raw
	}
	if a.Number != nil {
		return *a.Number
	}
	return a.Text
}

// responses streams the responses export: the header from the head of
// the read, then one row per response, reading and writing in parallel.
func (r *runner) responses(db *sqlite.DB, q sqlite.ExportQuery) error {
	var l *responseLayout
	read := func(ctx context.Context, emit func(*sqlite.ExportResponse) error) error {
		return db.ExportResponses(ctx, q, func(h sqlite.ExportHead) error {
			l = newResponseLayout(h.Surveys, r.o.Lang)
			if err := r.start(h.Total, len(l.cols)); err != nil {
				return err
			}
			return r.sh.header(l.cols) // before the first row is emitted
		}, emit)
	}
	return pipe(r.ctx, read, func(resp *sqlite.ExportResponse) error {
		return r.write(l.row(resp))
	})
}
