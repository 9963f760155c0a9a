package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/fileutil"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/scorecard"
	"feedbackdesk/backend/templates"
)

// SurveySummary is one row of the survey list.
type SurveySummary struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	TitleEN   string `json:"titleEn"`
	Status    string `json:"status"`
	Responses int    `json:"responses"`
	Questions int    `json:"questions"`
	CreatedAt string `json:"createdAt"`
	UpdatedAt string `json:"updatedAt"`
}

// SurveyDTO is a survey with its questions, as the editor sees it.
type SurveyDTO struct {
	ID            int64         `json:"id"`
	Title         string        `json:"title"`
	TitleEN       string        `json:"titleEn"`
	Description   string        `json:"description"`
	DescriptionEN string        `json:"descriptionEn"`
	Status        string        `json:"status"`
	Responses     int           `json:"responses"`
	Questions     []QuestionDTO `json:"questions"`
}

// QuestionDTO is one question of a SurveyDTO. Locked questions have answers:
// their type, scale and role are fixed and they cannot be removed.
type QuestionDTO struct {
	ID       int64       `json:"id"`
	Type     string      `json:"type"`
	Title    string      `json:"title"`
	TitleEN  string      `json:"titleEn"`
	Required bool        `json:"required"`
	Role     string      `json:"role"`
	ScaleMin int         `json:"scaleMin"`
	ScaleMax int         `json:"scaleMax"`
	Inverted bool        `json:"inverted"`
	LongText bool        `json:"longText"`
	Options  []OptionDTO `json:"options"`
	Locked   bool        `json:"locked"`
}

// OptionDTO is a choice of a single or multiple choice question.
type OptionDTO struct {
	Value   string `json:"value"`
	Label   string `json:"label"`
	LabelEN string `json:"labelEn"`
}

// TemplateDTO is a built-in bilingual survey template.
type TemplateDTO struct {
	Key           string    `json:"key"`
	Title         string    `json:"title"`
	TitleEN       string    `json:"titleEn"`
	Description   string    `json:"description"`
	DescriptionEN string    `json:"descriptionEn"`
	Survey        SurveyDTO `json:"survey"`
}

// FileResult reports a file written through a save dialog.
type FileResult struct {
	Canceled bool   `json:"canceled"`
	Path     string `json:"path"`
}

// ImportDefinitionResult reports a survey definition imported as a new draft.
type ImportDefinitionResult struct {
	Canceled bool      `json:"canceled"`
	Path     string    `json:"path"`
	Survey   SurveyDTO `json:"survey"`
}

// SurveyOverview is the survey dashboard for a period.
type SurveyOverview struct {
	SurveyID  int64         `json:"surveyId"`
	From      string        `json:"from"`
	To        string        `json:"to"`
	Responses int           `json:"responses"`
	NPS       *metrics.NPS  `json:"nps"`
	CSAT      *metrics.CSAT `json:"csat"`
	CES       *metrics.CES  `json:"ces"`
	// Histogram counts valid NPS scores 0..10; empty without an NPS question.
	Histogram  []int         `json:"histogram"`
	Trend      []TrendPoint  `json:"trend"`
	Detractors []VerbatimDTO `json:"detractors"`
}

// TrendPoint is one month of the overview trend.
type TrendPoint struct {
	Month     string        `json:"month"` // "2026-10"
	Responses int           `json:"responses"`
	NPS       *metrics.NPS  `json:"nps"`
	CSAT      *metrics.CSAT `json:"csat"`
}

// VerbatimDTO is a detractor's score with their comment.
type VerbatimDTO struct {
	ResponseID   int64  `json:"responseId"`
	SubmittedAt  string `json:"submittedAt"`
	Score        int    `json:"score"`
	Comment      string `json:"comment"`
	CustomerName string `json:"customerName"`
	Channel      string `json:"channel"`
}

// Surveys is the bound facade for designing surveys and reading their figures.
type Surveys struct {
	ctx     context.Context
	store   SurveyStore
	dialogs Dialogs
}

// NewSurveys returns the facade; it does no I/O. Until AttachSurveys is
// called every method answers EUNAVAILABLE.
func NewSurveys(dialogs Dialogs) *Surveys {
	return &Surveys{ctx: context.Background(), dialogs: dialogs}
}

// AttachSurveys gives s the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachSurveys(s *Surveys, ctx context.Context, store SurveyStore) {
	s.ctx, s.store = ctx, store
}

// List returns every survey, newest first.
func (s *Surveys) List() ([]SurveySummary, error) {
	return guard(s.store != nil, func() ([]SurveySummary, error) {
		ss, _, err := s.store.FindSurveys(s.ctx, feedback.SurveyFilter{})
		if err != nil {
			return nil, err
		}
		out := make([]SurveySummary, len(ss))
		for i, x := range ss {
			out[i] = SurveySummary{ID: x.ID, Title: x.Title, TitleEN: x.TitleEN, Status: string(x.Status), Responses: x.ResponseCount,
				Questions: x.QuestionCount, CreatedAt: iso(x.CreatedAt), UpdatedAt: iso(x.UpdatedAt)}
		}
		return out, nil
	})
}

// Get returns one survey with its questions.
func (s *Surveys) Get(id int64) (SurveyDTO, error) {
	return guard(s.store != nil, func() (SurveyDTO, error) { return s.get(id) })
}

func (s *Surveys) get(id int64) (SurveyDTO, error) {
	sv, err := s.store.FindSurveyByID(s.ctx, id)
	if err != nil {
		return SurveyDTO{}, err
	}
	locked, err := s.store.AnsweredQuestions(s.ctx, id)
	if err != nil {
		return SurveyDTO{}, err
	}
	return surveyDTO(sv, locked), nil
}

// Create stores a new survey (draft unless a status is given).
func (s *Surveys) Create(in SurveyDTO) (SurveyDTO, error) {
	return guard(s.store != nil, func() (SurveyDTO, error) {
		sv := surveyFromDTO(in)
		if sv.Status == "" {
			sv.Status = feedback.SurveyDraft
		}
		if err := s.store.CreateSurvey(s.ctx, sv); err != nil {
			return SurveyDTO{}, err
		}
		return s.get(sv.ID)
	})
}

// Update replaces title, descriptions and questions (question ID 0 = new,
// missing = removed); the status is not changed here.
func (s *Surveys) Update(id int64, in SurveyDTO) (SurveyDTO, error) {
	return guard(s.store != nil, func() (SurveyDTO, error) {
		sv := surveyFromDTO(in)
		_, err := s.store.UpdateSurvey(s.ctx, id, feedback.SurveyUpdate{Title: &sv.Title, TitleEN: &sv.TitleEN,
			Description: &sv.Description, DescriptionEN: &sv.DescriptionEN, Questions: &sv.Questions})
		if err != nil {
			return SurveyDTO{}, err
		}
		return s.get(id)
	})
}

// SetStatus moves a survey to draft, active or closed.
func (s *Surveys) SetStatus(id int64, status string) (SurveyDTO, error) {
	return guard(s.store != nil, func() (SurveyDTO, error) {
		st := feedback.SurveyStatus(status)
		if !st.Valid() {
			return SurveyDTO{}, feedback.Errorf(feedback.EINVALID, "error.survey.status_invalid", "Unknown survey status %q.", status)
		}
		if _, err := s.store.UpdateSurvey(s.ctx, id, feedback.SurveyUpdate{Status: &st}); err != nil {
			return SurveyDTO{}, err
		}
		return s.get(id)
	})
}

// Delete removes a survey; one with responses is refused (conflict).
func (s *Surveys) Delete(id int64) error {
	_, err := guard(s.store != nil, func() (struct{}, error) { return struct{}{}, s.store.DeleteSurvey(s.ctx, id) })
	return err
}

// Templates returns the built-in bilingual templates.
func (s *Surveys) Templates() ([]TemplateDTO, error) {
	all, err := templates.All()
	if err != nil {
		return nil, Encode(err)
	}
	out := make([]TemplateDTO, len(all))
	for i, t := range all {
		out[i] = TemplateDTO{Key: t.Key, Title: t.Survey.Title, TitleEN: t.Survey.TitleEN, Description: t.Survey.Description,
			DescriptionEN: t.Survey.DescriptionEN, Survey: surveyDTO(t.Survey, nil)}
	}
	return out, nil
}

// CreateFromTemplate creates a draft survey from a built-in template.
func (s *Surveys) CreateFromTemplate(key string) (SurveyDTO, error) {
	return guard(s.store != nil, func() (SurveyDTO, error) {
		sv, err := templates.Get(key)
		if err != nil {
			return SurveyDTO{}, err
		}
		if err := s.store.CreateSurvey(s.ctx, sv); err != nil {
			return SurveyDTO{}, err
		}
		return s.get(sv.ID)
	})
}

var surveyFilters = []FileFilter{{DisplayName: "Feedback Desk survey (*.json)", Pattern: "*.json"}}

// maxDefinitionBytes bounds a survey definition file.
const maxDefinitionBytes = 4 << 20

// ExportDefinition writes a survey's portable definition where the user chooses.
func (s *Surveys) ExportDefinition(id int64) (FileResult, error) {
	return guard(s.store != nil, func() (FileResult, error) {
		sv, err := s.store.FindSurveyByID(s.ctx, id)
		if err != nil {
			return FileResult{}, err
		}
		data, err := json.MarshalIndent(sv.Definition(), "", "  ")
		if err != nil {
			return FileResult{}, err
		}
		path, err := s.dialogs.SaveFile(s.ctx, "Export survey", fmt.Sprintf("survey-%d.json", id), surveyFilters)
		if err != nil || path == "" {
			return FileResult{Canceled: err == nil}, err
		}
		if err := fileutil.WriteAtomic(path, append(data, '\n')); err != nil {
			return FileResult{}, err
		}
		return FileResult{Path: path}, nil
	})
}

// ImportDefinition reads a definition file the user chooses into a new draft survey.
func (s *Surveys) ImportDefinition() (ImportDefinitionResult, error) {
	return guard(s.store != nil, func() (ImportDefinitionResult, error) {
		path, err := s.dialogs.OpenFile(s.ctx, "Import survey", surveyFilters)
		if err != nil || path == "" {
			return ImportDefinitionResult{Canceled: err == nil}, err
		}
		data, err := fileutil.ReadLimited(path, maxDefinitionBytes)
		if err != nil {
			return ImportDefinitionResult{}, err
		}
		sv, err := feedback.ParseSurveyDefinition(data)
		if err != nil {
			return ImportDefinitionResult{}, err
		}
		if err := s.store.CreateSurvey(s.ctx, sv); err != nil {
			return ImportDefinitionResult{}, err
		}
		dto, err := s.get(sv.ID)
		return ImportDefinitionResult{Path: path, Survey: dto}, err
	})
}

// Overview returns the survey dashboard for the calendar days from–to
// (inclusive, "YYYY-MM-DD"; "" = open).
func (s *Surveys) Overview(id int64, from, to string) (SurveyOverview, error) {
	return guard(s.store != nil, func() (SurveyOverview, error) {
		o, err := scorecard.SurveyOverview(s.ctx, s.store, id, from, to, s.store.CurrentTime())
		if err != nil {
			return SurveyOverview{}, err
		}
		out := SurveyOverview{SurveyID: id, From: from, To: to, Responses: o.Responses, NPS: o.NPS, CSAT: o.CSAT, CES: o.CES,
			Histogram: o.Histogram, Trend: make([]TrendPoint, len(o.Trend)), Detractors: make([]VerbatimDTO, len(o.Detractors))}
		for i, p := range o.Trend {
			out.Trend[i] = TrendPoint{Month: p.Month, Responses: p.Responses, NPS: p.NPS, CSAT: p.CSAT}
		}
		for i, v := range o.Detractors {
			out.Detractors[i] = VerbatimDTO{ResponseID: v.ResponseID, SubmittedAt: iso(v.SubmittedAt), Score: v.Score,
				Comment: v.Comment, CustomerName: v.CustomerName, Channel: v.Channel}
		}
		return out, nil
	})
}

// Metrics returns NPS, CSAT and CES overall or by a breakdown: exactly what
// `feedbackctl metrics --json` prints (the same code path).
func (s *Surveys) Metrics(id int64, from, to, by string) ([]metrics.GroupSummary, error) {
	return guard(s.store != nil, func() ([]metrics.GroupSummary, error) {
		return scorecard.Metrics(s.ctx, s.store, id, from, to, by)
	})
}

// surveyDTO maps a survey; locked holds the IDs of answered questions.
func surveyDTO(s *feedback.Survey, locked map[int64]bool) SurveyDTO {
	d := SurveyDTO{ID: s.ID, Title: s.Title, TitleEN: s.TitleEN, Description: s.Description, DescriptionEN: s.DescriptionEN,
		Status: string(s.Status), Responses: s.ResponseCount, Questions: make([]QuestionDTO, len(s.Questions))}
	for i, q := range s.Questions {
		opts := make([]OptionDTO, len(q.Options))
		for j, o := range q.Options {
			opts[j] = OptionDTO{Value: o.Value, Label: o.Label, LabelEN: o.LabelEN}
		}
		d.Questions[i] = QuestionDTO{ID: q.ID, Type: string(q.Type), Title: q.Title, TitleEN: q.TitleEN, Required: q.Required,
			Role: string(q.Role), ScaleMin: q.ScaleMin, ScaleMax: q.ScaleMax, Inverted: q.Inverted, LongText: q.LongText,
			Options: opts, Locked: locked[q.ID]}
	}
	return d
}

// surveyFromDTO maps the editor's survey to the domain; a numeric question
// without a scale gets its type's default scale.
func surveyFromDTO(d SurveyDTO) *feedback.Survey {
	s := &feedback.Survey{Title: strings.TrimSpace(d.Title), TitleEN: strings.TrimSpace(d.TitleEN),
		Description: strings.TrimSpace(d.Description), DescriptionEN: strings.TrimSpace(d.DescriptionEN),
		Status: feedback.SurveyStatus(d.Status), Questions: []*feedback.Question{}}
	for _, qd := range d.Questions {
		q := &feedback.Question{ID: qd.ID, Type: feedback.QuestionType(qd.Type), Title: strings.TrimSpace(qd.Title),
			TitleEN: strings.TrimSpace(qd.TitleEN), Required: qd.Required, Role: feedback.MetricRole(qd.Role),
			ScaleMin: qd.ScaleMin, ScaleMax: qd.ScaleMax, Inverted: qd.Inverted, LongText: qd.LongText}
		if q.Type.Numeric() && q.ScaleMin == 0 && q.ScaleMax == 0 {
			q.ScaleMin, q.ScaleMax = feedback.DefaultScale(q.Type)
		}
		for _, o := range qd.Options {
			q.Options = append(q.Options, feedback.Option{Value: o.Value, Label: o.Label, LabelEN: o.LabelEN})
		}
		s.Questions = append(s.Questions, q)
	}
	return s
}
