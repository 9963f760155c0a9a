package importer

import (
	"context"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// Responses is the import target for survey responses: into an existing
// survey (SurveyID) or a new one created with the batch (NewSurveyName).
// A mapped question matches an existing question by title (zh or en);
// otherwise it is created — allowed for a new or a draft survey only.
type Responses struct {
	Store         feedback.ResponseImportService
	SurveyID      int64
	NewSurveyName string

	env     *Env
	imp     *feedback.ResponseImport
	fields  map[string]int // field → column index
	qcols   []questionCol
	attrs   []attrCol
	choices map[*feedback.Question]map[string]bool // values seen for new choice questions
}

type questionCol struct {
	col   spreadsheet.Column
	q     *feedback.Question
	dict  Dictionary
	isNew bool
}

type attrCol struct {
	col  spreadsheet.Column
	name string
}

// maxNewOptions bounds the options a new choice question collects.
const maxNewOptions = 200

// Name is "responses".
func (t *Responses) Name() string { return "responses" }

// Survey returns the target survey's ID (0 for a new survey not yet written).
func (t *Responses) Survey() int64 {
	if t.imp == nil {
		return t.SurveyID
	}
	if t.imp.NewSurvey != nil {
		return t.imp.NewSurvey.ID
	}
	return t.imp.SurveyID
}

func mappingErr(key, format string, args ...any) *feedback.Error {
	return feedback.Errorf(feedback.EINVALID, "error.import."+key, format, args...)
}

// Prepare resolves the survey and compiles the mapping against the header.
func (t *Responses) Prepare(ctx context.Context, env *Env) error {
	t.env = env
	m := env.Mapping
	var survey *feedback.Survey
	switch {
	case t.SurveyID != 0 && t.NewSurveyName != "":
		return mappingErr("survey_choice", "Choose an existing survey or a new survey name, not both.")
	case t.SurveyID != 0:
		s, err := t.Store.FindSurveyByID(ctx, t.SurveyID)
		if err != nil {
			return err
		}
		survey = s
		t.imp = &feedback.ResponseImport{SurveyID: s.ID}
	case strings.TrimSpace(t.NewSurveyName) != "":
		survey = &feedback.Survey{Title: strings.TrimSpace(t.NewSurveyName), Status: feedback.SurveyActive}
		t.imp = &feedback.ResponseImport{NewSurvey: survey}
	default:
		return mappingErr("survey_required", "Choose the survey to import into, or name a new one.")
	}
	t.qcols, t.choices = nil, map[*feedback.Question]map[string]bool{}
	var err error
	t.fields, t.attrs, err = compileColumns(env, Fields, "survey response", func(name string, col spreadsheet.Column, spec ColumnSpec) error {
		q, isNew, err := t.question(survey, spec)
		if err != nil {
			return err
		}
		values := m.Values[spec.Question]
		if values == nil {
			values = m.Values[name]
		}
		t.qcols = append(t.qcols, questionCol{col: col, q: q, dict: NewDictionary(q, values), isNew: isNew})
		if isNew && (q.Type == feedback.QuestionSingle || q.Type == feedback.QuestionMulti) {
			t.choices[q] = map[string]bool{}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if _, ok := t.fields[FieldSubmittedAt]; !ok {
		return mappingErr("submitted_at_required", "Map a column to the submission time (submitted_at).")
	}
	if len(t.qcols) == 0 {
		return mappingErr("no_questions", "Map at least one column to a question.")
	}
	if survey.ID == 0 {
		if err := validateNewSurvey(survey); err != nil {
			return err
		}
	}
	t.imp.Batch = feedback.ImportBatch{Target: t.Name(), FileName: env.FileName, FileHash: env.FileHash, Mapping: string(m.JSON())}
	t.imp.Signature = env.Signature
	return nil
}

// question finds the mapped question in survey or makes a new one.
func (t *Responses) question(s *feedback.Survey, spec ColumnSpec) (*feedback.Question, bool, error) {
	title := strings.TrimSpace(spec.Question)
	for _, q := range s.Questions {
		if strings.EqualFold(q.Title, title) || (q.TitleEN != "" && strings.EqualFold(q.TitleEN, title)) {
			return q, false, nil
		}
	}
	if s.ID != 0 && s.Status != feedback.SurveyDraft {
		return nil, false, mappingErr("question_unknown",
			"Survey %q has no question %q; new questions can only be added to a draft or a new survey.", s.Title, title).
			WithParams(map[string]any{"question": title})
	}
	q := &feedback.Question{Title: title, Type: feedback.QuestionType(spec.Type), Role: feedback.MetricRole(spec.Metric)}
	if q.Type == "" {
		q.Type = feedback.QuestionRating
		if spec.Metric != "" {
			q.Type = feedback.QuestionType(spec.Metric)
		}
	}
	if q.Role == "" && (q.Type == feedback.QuestionNPS || q.Type == feedback.QuestionCSAT || q.Type == feedback.QuestionCES) {
		q.Role = feedback.MetricRole(q.Type) // an NPS item feeds NPS unless told otherwise
	}
	switch {
	case len(spec.Scale) == 2:
		q.ScaleMin, q.ScaleMax = spec.Scale[0], spec.Scale[1]
	case q.Type == feedback.QuestionNPS:
		q.ScaleMin, q.ScaleMax = 0, 10
	case q.Type == feedback.QuestionCES:
		q.ScaleMin, q.ScaleMax = 1, 7
	case q.Type.Numeric():
		q.ScaleMin, q.ScaleMax = 1, 5
	}
	probe := *q
	if !q.Type.Numeric() {
		probe.ScaleMin, probe.ScaleMax = 0, 0
		probe.Options = []feedback.Option{{Value: "a"}, {Value: "b"}} // options are collected from the rows
	}
	if err := probe.Validate(); err != nil {
		return nil, false, err
	}
	if !q.Type.Numeric() {
		q.ScaleMin, q.ScaleMax = 0, 0
	}
	s.Questions = append(s.Questions, q)
	if s.ID != 0 {
		t.imp.NewQuestions = append(t.imp.NewQuestions, q)
	}
	return q, true, nil
}

func validateNewSurvey(s *feedback.Survey) error {
	probe := *s
	probe.Questions = nil
	return probe.Validate()
}

// Begin opens the import transaction, creating the new survey or questions.
func (t *Responses) Begin(ctx context.Context) (Writer, error) {
	w, err := t.Store.BeginResponseImport(ctx, t.imp)
	if err != nil {
		return nil, err
	}
	return &responseWriter{t: t, w: w}, nil
}

// Present reports which keys the target survey stores already.
func (t *Responses) Present(ctx context.Context, keys []string) (map[string]bool, error) {
	if t.imp.SurveyID == 0 {
		return map[string]bool{}, nil
	}
	return t.Store.ResponseKeysPresent(ctx, t.imp.SurveyID, keys)
}

type responseWriter struct {
	t *Responses
	w feedback.ResponseImportWriter
}

// Write stores one converted response, resolving its question IDs.
func (rw *responseWriter) Write(ctx context.Context, rec any) (bool, error) {
	r := rec.(*feedback.ImportedResponse)
	r.Response.SurveyID = rw.t.Survey()
	for _, a := range r.Response.Answers {
		a.QuestionID = rw.t.questionID(a)
	}
	return rw.w.Write(ctx, r)
}

// Commit stores the options collected for new choice questions and the
// batch counts, and commits.
func (rw *responseWriter) Commit(ctx context.Context, c Counts) (int64, error) {
	for q, seen := range rw.t.choices {
		q.Options = q.Options[:0]
		for v := range seen {
			q.Options = append(q.Options, feedback.Option{Value: v, Label: v})
		}
		sortOptions(q.Options)
	}
	return rw.w.Commit(ctx, feedback.ImportBatch{Rows: c.Rows, Imported: c.Imported, Duplicates: c.Duplicates, Rejected: c.Rejected})
}

// Rollback abandons the import.
func (rw *responseWriter) Rollback() error { return rw.w.Rollback() }

// questionID resolves an answer's question: answers carry the position of
// their question column until the questions have IDs.
func (t *Responses) questionID(a *feedback.Answer) int64 {
	if a.QuestionID < 0 {
		return t.qcols[-a.QuestionID-1].q.ID
	}
	return a.QuestionID
}

func colErr(row int, c spreadsheet.Column, code, format string, args ...any) RowError {
	return rowErr(row, c.Name, code, fmt.Sprintf(format, args...), nil)
}
