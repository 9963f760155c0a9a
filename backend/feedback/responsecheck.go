package feedback

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Validate checks r against its survey: every answer belongs to a question
// of s, numeric answers marked valid are whole numbers on the question's
// scale, choices are among the options, and required questions have a
// valid answer. Skipped and invalid answers are allowed on optional
// questions; they are kept (with Raw) and excluded from metrics.
func (r *Response) Validate(s *Survey) error {
	if r.SurveyID != s.ID {
		return Errorf(EINVALID, "error.response.wrong_survey", "The response belongs to another survey.")
	}
	if !r.Source.Valid() {
		return Errorf(EINVALID, "error.response.source_invalid", "Unknown response source %q.", r.Source)
	}
	if r.SubmittedAt.IsZero() {
		return Errorf(EINVALID, "error.response.time_required", "A response needs the time it was submitted.")
	}
	byID := make(map[int64]*Question, len(s.Questions))
	for _, q := range s.Questions {
		byID[q.ID] = q
	}
	answered := map[int64]bool{}
	for _, a := range r.Answers {
		q, ok := byID[a.QuestionID]
		if !ok {
			return Errorf(EINVALID, "error.response.unknown_question", "Question %d is not part of this survey.", a.QuestionID)
		}
		if answered[q.ID] {
			return Errorf(EINVALID, "error.response.duplicate_answer", "%s is answered twice.", q)
		}
		if a.Status == "" {
			a.Status = AnswerValid
		}
		if a.Status == AnswerValid {
			if err := checkAnswer(q, a); err != nil {
				return err
			}
			answered[q.ID] = true
		}
	}
	for _, q := range s.Questions {
		if q.Required && !answered[q.ID] {
			return Errorf(EINVALID, "error.response.required", "%q must be answered.", displayTitle(q)).
				WithParams(map[string]any{"question": displayTitle(q)})
		}
	}
	return nil
}

func displayTitle(q *Question) string {
	if q.Title != "" {
		return q.Title
	}
	return q.TitleEN
}

// checkAnswer validates one answer marked valid.
func checkAnswer(q *Question, a *Answer) error {
	title := displayTitle(q)
	if q.Type.Numeric() {
		if a.Number == nil {
			return Errorf(EINVALID, "error.answer.number_required", "%q needs a number.", title).WithParams(map[string]any{"question": title})
		}
		v := *a.Number
		if v != math.Trunc(v) {
			return Errorf(EINVALID, "error.answer.not_integer", "%q takes whole numbers only, not %v.", title, v).
				WithParams(map[string]any{"question": title, "value": v})
		}
		if v < float64(q.ScaleMin) || v > float64(q.ScaleMax) {
			return Errorf(EINVALID, "error.answer.out_of_range", "%q takes %d–%d, not %v.", title, q.ScaleMin, q.ScaleMax, v).
				WithParams(map[string]any{"question": title, "value": v, "min": q.ScaleMin, "max": q.ScaleMax})
		}
		return nil
	}
	switch q.Type {
	case QuestionSingle, QuestionMulti:
		chosen := strings.Split(a.Text, "\n")
		if q.Type == QuestionSingle && len(chosen) != 1 {
			return Errorf(EINVALID, "error.answer.single_choice", "%q takes one choice.", title).WithParams(map[string]any{"question": title})
		}
		for _, c := range chosen {
			if !hasOption(q, c) {
				return Errorf(EINVALID, "error.answer.unknown_option", "%q has no option %q.", title, c).
					WithParams(map[string]any{"question": title, "value": c})
			}
		}
	case QuestionText:
		if strings.TrimSpace(a.Text) == "" {
			return Errorf(EINVALID, "error.answer.text_required", "%q needs text.", title).WithParams(map[string]any{"question": title})
		}
		if len([]rune(a.Text)) > 20000 {
			return Errorf(EINVALID, "error.answer.text_too_long", "%q may hold at most 20,000 characters.", title).
				WithParams(map[string]any{"question": title})
		}
	}
	return nil
}

func hasOption(q *Question, v string) bool {
	for _, o := range q.Options {
		if o.Value == v {
			return true
		}
	}
	return false
}

// ResponseRowKey is the idempotency key of a response: "ext:" + the external
// id when the source has one, otherwise a hash of survey, customer, submit
// time and answers, so the same row imported twice is stored once.
func ResponseRowKey(r *Response) string {
	if id := strings.TrimSpace(r.ExternalID); id != "" {
		return "ext:" + id
	}
	h := sha256.New()
	cust := int64(0)
	if r.CustomerID != nil {
		cust = *r.CustomerID
	}
	fmt.Fprintf(h, "%d|%d|%s", r.SurveyID, cust, r.SubmittedAt.UTC().Format(time.RFC3339Nano))
	as := append([]*Answer(nil), r.Answers...)
	sort.Slice(as, func(i, j int) bool { return as[i].QuestionID < as[j].QuestionID })
	for _, a := range as {
		n := "-"
		if a.Number != nil {
			n = fmt.Sprint(*a.Number)
		}
		fmt.Fprintf(h, "|%d:%s:%s:%q", a.QuestionID, a.Status, n, a.Text)
	}
	return "h:" + hex.EncodeToString(h.Sum(nil))[:32]
}

// ResponseService stores survey responses.
type ResponseService interface {
	// CreateResponse validates r against its survey and stores it with its
	// answers and tags; a response whose row key exists already is ECONFLICT.
	CreateResponse(ctx context.Context, r *Response) error
	FindResponseByID(ctx context.Context, id int64) (*Response, error)
	// FindResponses returns matching responses (without answers), newest first, and the total.
	FindResponses(ctx context.Context, filter ResponseFilter) ([]*Response, int, error)
}
