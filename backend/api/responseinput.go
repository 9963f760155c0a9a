package api

import (
	"context"
	"strings"

	"feedbackdesk/backend/feedback"
)

// responseFromInput turns a response entered on a page into a domain
// response of survey s: numbers for numeric questions, choices joined by
// "\n" for choice questions, skipped answers marked so. An answer that is
// neither given nor marked skipped is left out, so a required question
// without one fails validation. Its submission time "" stays zero: the
// store stamps it with its transaction's time.
func responseFromInput(in ResponseInput, s *feedback.Survey) (*feedback.Response, *feedback.Customer, error) {
	src := feedback.Source(in.Source)
	if src != feedback.SourceForm && src != feedback.SourcePhone && src != feedback.SourceKiosk {
		return nil, nil, feedback.Errorf(feedback.EINVALID, "error.response.source_invalid", "Unknown response source %q.", in.Source).
			WithParams(map[string]any{"value": in.Source})
	}
	at, err := parseInstant(in.SubmittedAt, "error.response.time_invalid")
	if err != nil {
		return nil, nil, err
	}
	tags, err := feedback.NormalizeTags(in.Tags)
	if err != nil {
		return nil, nil, err
	}
	note := strings.TrimSpace(in.Note)
	if err := feedback.CheckNote(note); err != nil {
		return nil, nil, err
	}
	r := &feedback.Response{SurveyID: s.ID, CustomerID: in.CustomerID, Source: src, Channel: strings.TrimSpace(in.Channel),
		Region: strings.TrimSpace(in.Region), Product: strings.TrimSpace(in.Product), Agent: strings.TrimSpace(in.Agent),
		SubmittedAt: at, Note: note, Tags: tags}
	byID := map[int64]*feedback.Question{}
	for _, q := range s.Questions {
		byID[q.ID] = q
	}
	for _, ai := range in.Answers {
		q, ok := byID[ai.QuestionID]
		if !ok {
			return nil, nil, feedback.Errorf(feedback.EINVALID, "error.response.unknown_question", "Question %d is not part of this survey.", ai.QuestionID)
		}
		if a := answerFromInput(ai, q); a != nil {
			r.Answers = append(r.Answers, a)
		}
	}
	var nc *feedback.Customer
	if in.CustomerID == nil && in.NewCustomer != nil {
		c := in.NewCustomer
		nc = &feedback.Customer{Name: c.Name, Phone: c.Phone, Email: c.Email, Company: c.Company}
	}
	return r, nc, nil
}

// answerFromInput normalises one answer; nil when nothing was given.
func answerFromInput(ai AnswerInput, q *feedback.Question) *feedback.Answer {
	a := &feedback.Answer{QuestionID: q.ID, Status: feedback.AnswerValid}
	switch {
	case ai.Skipped:
		a.Status = feedback.AnswerSkipped
	case q.Type.Numeric():
		if ai.Number == nil {
			return nil
		}
		v := *ai.Number
		a.Number = &v
	case q.Type == feedback.QuestionSingle || q.Type == feedback.QuestionMulti:
		var cs []string
		for _, c := range ai.Choices {
			if c = strings.TrimSpace(c); c != "" {
				cs = append(cs, c)
			}
		}
		if len(cs) == 0 && strings.TrimSpace(ai.Text) != "" {
			cs = []string{strings.TrimSpace(ai.Text)}
		}
		if len(cs) == 0 {
			return nil
		}
		a.Text = strings.Join(cs, "\n")
	default:
		if strings.TrimSpace(ai.Text) == "" {
			return nil
		}
		a.Text = strings.TrimSpace(ai.Text)
	}
	return a
}

// submitResponse validates and stores a response entered on a page and
// returns it as the detail view.
func submitResponse(ctx context.Context, st ResponseStore, in ResponseInput) (ResponseDetail, error) {
	s, err := st.FindSurveyByID(ctx, in.SurveyID)
	if err != nil {
		return ResponseDetail{}, err
	}
	r, nc, err := responseFromInput(in, s)
	if err != nil {
		return ResponseDetail{}, err
	}
	if err := st.SubmitResponse(ctx, r, nc); err != nil {
		return ResponseDetail{}, err
	}
	return responseDetail(ctx, st, r.ID)
}

// responseDetail reads a response with its answers in question order.
func responseDetail(ctx context.Context, st ResponseStore, id int64) (ResponseDetail, error) {
	items, _, err := st.ListResponses(ctx, feedback.ResponseQuery{ID: &id, Limit: 1})
	if err != nil {
		return ResponseDetail{}, err
	} else if len(items) == 0 {
		return ResponseDetail{}, feedback.Errorf(feedback.ENOTFOUND, "error.response.not_found", "Response %d does not exist.", id).
			WithParams(map[string]any{"id": id})
	}
	r, err := st.FindResponseByID(ctx, id)
	if err != nil {
		return ResponseDetail{}, err
	}
	s, err := st.FindSurveyByID(ctx, r.SurveyID)
	if err != nil {
		return ResponseDetail{}, err
	}
	byQ := map[int64]*feedback.Answer{}
	for _, a := range r.Answers {
		byQ[a.QuestionID] = a
	}
	d := ResponseDetail{ResponseRow: responseRow(items[0]), Note: items[0].Response.Note, Answers: []AnswerView{}}
	for _, q := range s.Questions {
		a, ok := byQ[q.ID]
		if !ok {
			continue
		}
		d.Answers = append(d.Answers, AnswerView{QuestionID: q.ID, QuestionTitle: q.Title, QuestionTitleEN: q.TitleEN,
			Type: string(q.Type), Role: string(q.Role), Status: string(a.Status), Number: a.Number, Text: a.Text, Raw: a.Raw})
	}
	return d, nil
}

// responseRow maps a list item.
func responseRow(it *feedback.ResponseListItem) ResponseRow {
	r := it.Response
	tags := r.Tags
	if tags == nil {
		tags = []string{}
	}
	return ResponseRow{ID: r.ID, SurveyID: r.SurveyID, SurveyTitle: it.SurveyTitle, SubmittedAt: iso(r.SubmittedAt),
		Source: string(r.Source), CustomerID: r.CustomerID, CustomerName: it.CustomerName, Channel: r.Channel, Region: r.Region,
		Product: r.Product, Agent: r.Agent, NPS: it.NPS, CSAT: it.CSAT, Comment: it.Comment, Tags: tags}
}
