package api

import (
	"context"
	"feedbackdesk/backend/dashboard"

	"feedbackdesk/backend/feedback"
)

// CustomerInput describes a customer typed in with a response; an existing
// customer with the same phone or email is reused.
type CustomerInput struct {
	Name    string `json:"name"`
	Phone   string `json:"phone"`
	Email   string `json:"email"`
	Company string `json:"company"`
}

// AnswerInput is one answer as entered: Number for numeric questions,
// Choices for choice questions, Text for text questions.
type AnswerInput struct {
	QuestionID int64    `json:"questionId"`
	Number     *float64 `json:"number"`
	Text       string   `json:"text"`
	Choices    []string `json:"choices"`
	Skipped    bool     `json:"skipped"`
}

// ResponseInput is a response entered in a form, on a call or at a kiosk.
type ResponseInput struct {
	SurveyID    int64          `json:"surveyId"`
	CustomerID  *int64         `json:"customerId"`
	NewCustomer *CustomerInput `json:"newCustomer"`
	Source      string         `json:"source"` // form, phone or kiosk
	Channel     string         `json:"channel"`
	Region      string         `json:"region"`
	Product     string         `json:"product"`
	Agent       string         `json:"agent"`
	SubmittedAt string         `json:"submittedAt"` // RFC 3339; "" = now
	Note        string         `json:"note"`
	Tags        []string       `json:"tags"`
	Answers     []AnswerInput  `json:"answers"`
}

// ResponseQuery filters the response list; empty fields do not filter.
type ResponseQuery struct {
	SurveyID *int64 `json:"surveyId"`
	// SurveyIDs keeps responses of any of these surveys (a dashboard drill-down
	// over several surveys); none = every survey.
	SurveyIDs []int64 `json:"surveyIds"`
	From      string  `json:"from"` // YYYY-MM-DD
	To        string  `json:"to"`   // YYYY-MM-DD, inclusive
	Channel   string  `json:"channel"`
	Region    string  `json:"region"`
	Product   string  `json:"product"`
	Agent     string  `json:"agent"`
	Band      string  `json:"band"` // "", promoter, passive, detractor
	Search    string  `json:"search"`
	Tag       string  `json:"tag"`
	Theme     string  `json:"theme"` // a verbatim theme key (dashboard drill-down)
	Offset    int     `json:"offset"`
	Limit     int     `json:"limit"` // ≤ 500
}

// ResponsePage is one page of the response list and the number of matches.
type ResponsePage struct {
	Items []ResponseRow `json:"items"`
	Total int           `json:"total"`
}

// ResponseRow is one response in the list.
type ResponseRow struct {
	ID           int64    `json:"id"`
	SurveyID     int64    `json:"surveyId"`
	SurveyTitle  string   `json:"surveyTitle"`
	SubmittedAt  string   `json:"submittedAt"`
	Source       string   `json:"source"`
	CustomerID   *int64   `json:"customerId"`
	CustomerName string   `json:"customerName"`
	Channel      string   `json:"channel"`
	Region       string   `json:"region"`
	Product      string   `json:"product"`
	Agent        string   `json:"agent"`
	NPS          *int     `json:"nps"`
	CSAT         *int     `json:"csat"`
	Comment      string   `json:"comment"` // first text answer, at most 200 characters
	Tags         []string `json:"tags"`
}

// ResponseDetail is a response with its note and every answer.
type ResponseDetail struct {
	ResponseRow
	Note    string       `json:"note"`
	Answers []AnswerView `json:"answers"`
}

// AnswerView is one stored answer with its question.
type AnswerView struct {
	QuestionID      int64    `json:"questionId"`
	QuestionTitle   string   `json:"questionTitle"`
	QuestionTitleEN string   `json:"questionTitleEn"`
	Type            string   `json:"type"`
	Role            string   `json:"role"`
	Status          string   `json:"status"` // valid, skipped, invalid
	Number          *float64 `json:"number"`
	Text            string   `json:"text"`
	Raw             string   `json:"raw"`
}

// Facets are the distinct values the response filters offer.
type Facets struct {
	Channels []string `json:"channels"`
	Regions  []string `json:"regions"`
	Products []string `json:"products"`
	Agents   []string `json:"agents"`
	Tags     []string `json:"tags"`
}

// Responses is the bound facade for entering and browsing responses.
type Responses struct {
	ctx   context.Context
	store ResponseStore
	// afterSubmit, when set (WireCare), runs after a response is stored.
	afterSubmit func()
}

// NewResponses returns the facade; it does no I/O.
func NewResponses() *Responses { return &Responses{ctx: context.Background()} }

// AttachResponses gives r the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachResponses(r *Responses, ctx context.Context, store ResponseStore) {
	r.ctx, r.store = ctx, store
}

// Submit validates and stores a response entered by hand (source form,
// phone or kiosk; the survey must be active).
func (r *Responses) Submit(in ResponseInput) (ResponseDetail, error) {
	return guard(r.store != nil, func() (ResponseDetail, error) {
		d, err := submitResponse(r.ctx, r.store, in)
		if err == nil && r.afterSubmit != nil {
			r.afterSubmit()
		}
		return d, err
	})
}

// List returns one page of responses matching q, newest first.
func (r *Responses) List(q ResponseQuery) (ResponsePage, error) {
	return guard(r.store != nil, func() (ResponsePage, error) {
		from, to, err := feedback.ParsePeriod(q.From, q.To)
		if err != nil {
			return ResponsePage{}, err
		}
		if q.Theme != "" {
			if _, _, _, err := dashboard.RefreshThemes(r.ctx, r.store); err != nil {
				return ResponsePage{}, err
			}
		}
		items, total, err := r.store.ListResponses(r.ctx, feedback.ResponseQuery{SurveyID: q.SurveyID, SurveyIDs: q.SurveyIDs, From: from, To: to,
			Channel: q.Channel, Region: q.Region, Product: q.Product, Agent: q.Agent, Band: feedback.ScoreBand(q.Band),
			Search: q.Search, Tag: q.Tag, Theme: q.Theme, Offset: q.Offset, Limit: q.Limit})
		if err != nil {
			return ResponsePage{}, err
		}
		page := ResponsePage{Items: make([]ResponseRow, len(items)), Total: total}
		for i, it := range items {
			page.Items[i] = responseRow(it)
		}
		return page, nil
	})
}

// Get returns one response with its answers.
func (r *Responses) Get(id int64) (ResponseDetail, error) {
	return guard(r.store != nil, func() (ResponseDetail, error) { return responseDetail(r.ctx, r.store, id) })
}

// SetTags replaces a response's tags (trimmed, without duplicates).
func (r *Responses) SetTags(id int64, tags []string) (ResponseDetail, error) {
	return guard(r.store != nil, func() (ResponseDetail, error) {
		if err := r.store.SetResponseTags(r.ctx, id, tags); err != nil {
			return ResponseDetail{}, err
		}
		return responseDetail(r.ctx, r.store, id)
	})
}

// SetNote replaces a response's internal note.
func (r *Responses) SetNote(id int64, note string) (ResponseDetail, error) {
	return guard(r.store != nil, func() (ResponseDetail, error) {
		if err := r.store.SetResponseNote(r.ctx, id, note); err != nil {
			return ResponseDetail{}, err
		}
		return responseDetail(r.ctx, r.store, id)
	})
}

// Facets returns the distinct channels, regions, products, agents and tags
// of one survey's responses (all surveys when surveyID is nil).
func (r *Responses) Facets(surveyID *int64) (Facets, error) {
	return guard(r.store != nil, func() (Facets, error) {
		f, err := r.store.ResponseFacets(r.ctx, surveyID)
		return Facets{Channels: f.Channels, Regions: f.Regions, Products: f.Products, Agents: f.Agents, Tags: f.Tags}, err
	})
}
