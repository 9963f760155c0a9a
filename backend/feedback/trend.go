package feedback

// TrendFilter selects metric-role answers by whole months for trends.
type TrendFilter struct {
	// Role is the metric (nps, csat, ces).
	Role MetricRole
	// FromMonth and ToMonth are yyyymm keys, both included.
	FromMonth, ToMonth int
	// By splits each month: "" (one group "all"), "channel", "region",
	// "product" or "agent".
	By string
	// SurveyIDs keeps answers of these surveys (none = every survey).
	SurveyIDs []int64
}

// TrendCount is how many answers of one status and value a month and
// group have, for questions of one scale.
type TrendCount struct {
	Month    int // yyyymm
	Group    string
	ScaleMin int
	ScaleMax int
	Inverted bool
	Status   AnswerStatus
	Value    int
	Count    int
}
