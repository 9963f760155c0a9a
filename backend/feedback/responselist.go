package feedback

import (
	"context"
	"strings"
	"time"
)

// ScoreBand is an NPS group: 0–6 detractor, 7–8 passive, 9–10 promoter.
type ScoreBand string

// Score bands.
const (
	BandPromoter  ScoreBand = "promoter"
	BandPassive   ScoreBand = "passive"
	BandDetractor ScoreBand = "detractor"
	// BandScored is every response with a valid NPS answer: the n behind an
	// NPS figure (a dashboard drill-down lists exactly those).
	BandScored ScoreBand = "scored"
)

// Range returns the inclusive NPS scores of the band; ok is false for an unknown band.
func (b ScoreBand) Range() (lo, hi int, ok bool) {
	switch b {
	case BandPromoter:
		return 9, 10, true
	case BandPassive:
		return 7, 8, true
	case BandDetractor:
		return 0, 6, true
	case BandScored:
		return 0, 10, true
	}
	return 0, 0, false
}

// ResponseQuery selects responses for the response list; zero values do not filter.
type ResponseQuery struct {
	ID       *int64
	SurveyID *int64
	// SurveyIDs keeps responses of any of these surveys (a dashboard scope
	// of several surveys); none = every survey.
	SurveyIDs []int64
	From, To  *time.Time // submitted in [From, To)
	Channel   string
	Region    string
	Product   string
	Agent     string
	// Band filters on the response's NPS-role answer.
	Band ScoreBand
	// Search is a substring of a text answer, the note or the customer's name.
	Search string
	Tag    string
	// Theme keeps responses tagged with this verbatim theme (from the theme
	// index, which the caller refreshes first).
	Theme  string
	Offset int
	Limit  int
}

// MaxResponsePage is the largest page the response list returns.
const MaxResponsePage = 500

// Validate checks the query's band and paging.
func (q *ResponseQuery) Validate() error {
	if _, _, ok := q.Band.Range(); q.Band != "" && !ok {
		return Errorf(EINVALID, "error.response.band_invalid", "Unknown score band %q.", q.Band).
			WithParams(map[string]any{"value": string(q.Band)})
	}
	if q.Offset < 0 || q.Limit < 0 || q.Limit > MaxResponsePage {
		return Errorf(EINVALID, "error.response.page_invalid", "A page holds at most %d responses.", MaxResponsePage).
			WithParams(map[string]any{"max": MaxResponsePage})
	}
	return nil
}

// ResponseListItem is a response (without answers) with what the list shows.
type ResponseListItem struct {
	Response     *Response
	SurveyTitle  string
	CustomerName string
	NPS          *int   // the first valid NPS-role answer
	CSAT         *int   // the first valid CSAT-role answer
	Comment      string // the first non-empty text answer, at most CommentPreview characters
}

// CommentPreview is how many characters of a comment the list shows.
const CommentPreview = 200

// Truncate shortens s to at most n characters (runes).
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// ResponseFacets are the distinct values of the response filters.
type ResponseFacets struct {
	Channels, Regions, Products, Agents, Tags []string
}

// NormalizeTags trims tags, drops empty ones and duplicates, and checks
// their number and length.
func NormalizeTags(tags []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || seen[t] {
			continue
		}
		if len([]rune(t)) > 40 {
			return nil, Errorf(EINVALID, "error.response.tag_too_long", "A tag may have at most 40 characters.").
				WithParams(map[string]any{"max": 40, "tag": t})
		}
		seen[t] = true
		out = append(out, t)
	}
	if len(out) > 20 {
		return nil, Errorf(EINVALID, "error.response.too_many_tags", "A response may have at most 20 tags.").
			WithParams(map[string]any{"max": 20})
	}
	return out, nil
}

// MaxNoteLength is the longest internal note a response may carry.
const MaxNoteLength = 2000

// CheckNote checks the length of a response's internal note.
func CheckNote(note string) error {
	if len([]rune(note)) > MaxNoteLength {
		return Errorf(EINVALID, "error.response.note_too_long", "A note may have at most 2,000 characters.").
			WithParams(map[string]any{"max": MaxNoteLength})
	}
	return nil
}

// CheckAccepts reports whether s takes a new response from source: forms,
// calls and kiosks need an active survey; imports may target any status.
func (s *Survey) CheckAccepts(source Source) error {
	if source != SourceImport && s.Status != SurveyActive {
		return Errorf(EINVALID, "error.response.survey_not_active", "The survey %q is not active; activate it to collect responses.", s.Title).
			WithParams(map[string]any{"survey": s.Title, "status": string(s.Status)})
	}
	return nil
}

// ResponseListService lists, annotates and submits responses.
type ResponseListService interface {
	// ListResponses returns a page of matching responses, newest first, and the total.
	ListResponses(ctx context.Context, q ResponseQuery) ([]*ResponseListItem, int, error)
	ResponseFacets(ctx context.Context, surveyID *int64) (ResponseFacets, error)
	SetResponseTags(ctx context.Context, id int64, tags []string) error
	SetResponseNote(ctx context.Context, id int64, note string) error
	// SubmitResponse stores r like CreateResponse; when newCustomer is set it
	// first reuses the customer with the same phone (digits only) or email
	// (case-insensitive), or creates it, in the same transaction.
	SubmitResponse(ctx context.Context, r *Response, newCustomer *Customer) error
}

// CustomerService finds customers.
type CustomerService interface {
	FindCustomerByID(ctx context.Context, id int64) (*Customer, error)
	// SearchCustomers returns up to limit customers (not merged away) whose
	// name, phone, email or company contains q; phone numbers also match on
	// their digits alone.
	SearchCustomers(ctx context.Context, q string, limit int) ([]*Customer, error)
}

// Digits returns the ASCII digits of s, e.g. of a phone number.
func Digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
