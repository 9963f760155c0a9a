package feedback

import (
	"context"
	"time"
)

// Breakdown dimensions for metrics, as used by `feedbackctl metrics --by`.
var Breakdowns = []string{"month", "channel", "region", "product", "agent"}

// ScoreFilter selects the answers that feed survey metrics.
type ScoreFilter struct {
	SurveyID *int64
	From, To *time.Time // submitted in [From, To)
	// By groups the counts: "" (one group "all"), or one of Breakdowns
	// (and "tier", the customer's value tier, for the dashboard).
	By string
	// Segments keeps only responses of these segment values.
	Segments Segments
}

// Segments narrows figures to responses of one channel, region, product,
// agent and/or customer tier; empty fields do not filter.
type Segments struct {
	Channel string `json:"channel"`
	Region  string `json:"region"`
	Product string `json:"product"`
	Agent   string `json:"agent"`
	Tier    string `json:"tier"` // high, medium, low; "none" = customers without a tier or no customer
}

// Any reports whether a segment filter is set.
func (s Segments) Any() bool {
	return s.Channel != "" || s.Region != "" || s.Product != "" || s.Agent != "" || s.Tier != ""
}

// ScoreCount is how many answers of one status and value a group has for
// the metric-role questions with one scale. Value is meaningful for valid
// answers only.
type ScoreCount struct {
	Group    string
	Role     MetricRole
	ScaleMin int
	ScaleMax int
	Inverted bool
	Status   AnswerStatus
	Value    int
	Count    int
}

// ScoreService aggregates metric-role answers in the database, so metrics
// are computed from counts rather than from every row.
type ScoreService interface {
	ScoreCounts(ctx context.Context, f ScoreFilter) ([]ScoreCount, error)
}

// ValidBreakdown reports whether by is "" or a known breakdown.
func ValidBreakdown(by string) bool {
	if by == "" {
		return true
	}
	for _, b := range Breakdowns {
		if b == by {
			return true
		}
	}
	return false
}
