package feedback

// SummaryFilter selects the monthly metric summaries of whole months, for
// trends and breakdowns that must not read every answer.
type SummaryFilter struct {
	// FromMonth and ToMonth are yyyymm keys, both included.
	FromMonth, ToMonth int
	// By groups the counts as ScoreFilter.By does: "" (one group "all"),
	// "month" ("2026-10"), "channel", "region", "product" or "agent".
	By string
	// Monthly splits a segment breakdown by month too: groups are then
	// "2026-10|电话" (By "month" is the same as Monthly with By "").
	Monthly bool
	// SurveyIDs keeps these surveys (none = every survey).
	SurveyIDs []int64
}
