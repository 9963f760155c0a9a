package customerscore

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"feedbackdesk/backend/feedback"
)

// Filter is a customer segment's attribute filter. Every non-empty field
// must match (AND); within a list any value matches (OR). Text matches are
// exact, except Search.
type Filter struct {
	// Search matches name, phone, email or company containing it
	// (case-insensitive).
	Search        string   `json:"search"`
	Regions       []string `json:"regions"`
	Industries    []string `json:"industries"`
	Channels      []string `json:"channels"`
	Tiers         []string `json:"tiers"`         // high, medium, low, "" (not scored)
	Relationships []string `json:"relationships"` // loyal, potential, at_risk, lost
	RFMSegments   []string `json:"rfmSegments"`   // metrics.RFMSegment keys, "" (no purchase)
	Lifecycles    []string `json:"lifecycles"`    // metrics.LifecycleStage keys
	// ScoreMin and ScoreMax bound the score (inclusive); a customer without
	// a score never matches a bound.
	ScoreMin *float64 `json:"scoreMin"`
	ScoreMax *float64 `json:"scoreMax"`
	// Attributes are custom attributes: key → the values that match.
	Attributes map[string][]string `json:"attributes"`
}

// Validate reports an EINVALID error for a reversed or out-of-range score
// range.
func (f Filter) Validate() error {
	bad := func(p *float64) bool { return p != nil && !(*p >= 0 && *p <= 100) }
	if bad(f.ScoreMin) || bad(f.ScoreMax) || (f.ScoreMin != nil && f.ScoreMax != nil && *f.ScoreMin > *f.ScoreMax) {
		return feedback.Errorf(feedback.EINVALID, "error.customer_insights.score_range", "The score range must lie within 0–100, lowest first.")
	}
	return nil
}

// Match reports whether the customer belongs to the filter's segment.
func (f Filter) Match(c *Customer) bool {
	in := func(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
	if q := strings.ToLower(strings.TrimSpace(f.Search)); q != "" {
		hay := strings.ToLower(c.Name + "\x00" + c.Phone + "\x00" + c.Email + "\x00" + c.Company)
		if !strings.Contains(hay, q) && !(len(feedback.Digits(q)) >= 3 && strings.Contains(feedback.Digits(c.Phone), feedback.Digits(q))) {
			return false
		}
	}
	if !in(f.Regions, c.Region) || !in(f.Industries, c.Industry) || !in(f.Channels, c.Channel) ||
		!in(f.Tiers, string(c.Tier)) || !in(f.Relationships, string(c.Relationship)) ||
		!in(f.RFMSegments, string(c.RFM.Segment)) || !in(f.Lifecycles, string(c.Lifecycle)) {
		return false
	}
	if (f.ScoreMin != nil || f.ScoreMax != nil) && c.Score == nil {
		return false
	}
	if f.ScoreMin != nil && *c.Score < *f.ScoreMin || f.ScoreMax != nil && *c.Score > *f.ScoreMax {
		return false
	}
	for k, vs := range f.Attributes {
		if len(vs) > 0 && !slices.Contains(vs, c.Attributes[k]) {
			return false
		}
	}
	return true
}

// Select returns the customers of r matching the filter, in r's order.
func (f Filter) Select(cs []Customer) []Customer {
	out := []Customer{}
	for i := range cs {
		if f.Match(&cs[i]) {
			out = append(out, cs[i])
		}
	}
	return out
}

// Segment is a saved segment.
type Segment struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Filter    Filter    `json:"filter"`
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// Segments lists the saved segments by name.
func (s *Service) Segments(ctx context.Context) ([]Segment, error) {
	rows, err := s.db.Segments(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Segment, 0, len(rows))
	for _, r := range rows {
		seg := Segment{ID: r.ID, Name: r.Name, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
		_ = json.Unmarshal([]byte(r.Filter), &seg.Filter) // written by SaveSegment; a damaged one filters nothing
		out = append(out, seg)
	}
	return out, nil
}

// Segment returns one saved segment (ENOTFOUND when it does not exist).
func (s *Service) Segment(ctx context.Context, id int64) (Segment, error) {
	r, err := s.db.Segment(ctx, id)
	if err != nil {
		return Segment{}, err
	}
	seg := Segment{ID: r.ID, Name: r.Name, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
	_ = json.Unmarshal([]byte(r.Filter), &seg.Filter)
	return seg, nil
}

// SaveSegment creates (id 0) or updates a saved segment and returns it. The
// name is trimmed and must be 1–60 characters and unique (ECONFLICT).
func (s *Service) SaveSegment(ctx context.Context, id int64, name string, f Filter) (Segment, error) {
	name = strings.TrimSpace(name)
	if name == "" || utf8.RuneCountInString(name) > 60 {
		return Segment{}, feedback.Errorf(feedback.EINVALID, "error.customer_insights.segment_name", "A segment needs a name of 1–60 characters.")
	}
	if err := f.Validate(); err != nil {
		return Segment{}, err
	}
	body, err := json.Marshal(f)
	if err != nil {
		return Segment{}, err
	}
	id, err = s.db.SaveSegment(ctx, id, name, string(body))
	if err != nil {
		return Segment{}, err
	}
	return s.Segment(ctx, id)
}

// DeleteSegment deletes a saved segment.
func (s *Service) DeleteSegment(ctx context.Context, id int64) error {
	return s.db.DeleteSegment(ctx, id)
}
