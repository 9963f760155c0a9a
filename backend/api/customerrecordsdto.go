package api

import "feedbackdesk/backend/metrics"

// CustomerProfile is everything the profile screen shows about one
// customer. Text fields are plain text (never HTML).
type CustomerProfile struct {
	ID           int64             `json:"id"`
	ExternalID   string            `json:"externalId"`
	Name         string            `json:"name"`
	Phone        string            `json:"phone"`
	Email        string            `json:"email"`
	Company      string            `json:"company"`
	Region       string            `json:"region"`
	Industry     string            `json:"industry"`
	Channel      string            `json:"channel"`
	Attributes   []AttributeDTO    `json:"attributes"`
	Consent      bool              `json:"consent"`
	DoNotContact bool              `json:"doNotContact"`
	AnonymisedAt string            `json:"anonymisedAt"`
	MergedIntoID int64             `json:"mergedIntoId"` // 0: not merged away
	MergedFrom   []int64           `json:"mergedFrom"`
	CreatedAt    string            `json:"createdAt"`
	Tier         string            `json:"tier"`         // stored tier (the dashboard's)
	Relationship string            `json:"relationship"` // stored relationship class
	Score        *ProfileScore     `json:"score"`        // nil for a merged-away record
	Satisfaction []SatisfactionDTO `json:"satisfaction"`
	Complaints   []ComplaintDTO    `json:"complaints"`
	Calls        []ProfileCallDTO  `json:"calls"`
	Orders       []ProfileOrderDTO `json:"orders"`
	OrderTotals  OrderTotalsDTO    `json:"orderTotals"`
	Merges       []MergeDTO        `json:"merges"`
}

// AttributeDTO is one custom attribute.
type AttributeDTO struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// ProfileScore is the customer management score breakdown now.
type ProfileScore struct {
	Score         *float64                 `json:"score"` // nil when no component is known
	Tier          string                   `json:"tier"`
	Partial       bool                     `json:"partial"`
	Missing       []metrics.ScoreComponent `json:"missing"`
	Components    metrics.ScoreComponents  `json:"components"`
	Contributions metrics.ScoreComponents  `json:"contributions"`
	Weights       metrics.ScoreWeights     `json:"weights"`
	RFMSegment    string                   `json:"rfmSegment"`
	Recency       int                      `json:"recency"`
	Frequency     int                      `json:"frequency"`
	Monetary      int                      `json:"monetary"`
	Lifecycle     string                   `json:"lifecycle"`
	Relationship  string                   `json:"relationship"`
	Complaints    int                      `json:"complaints"`
	Breaches      int                      `json:"breaches"`
	At            string                   `json:"at"`
}

// SatisfactionDTO is one NPS or CSAT answer.
type SatisfactionDTO struct {
	ResponseID int64   `json:"responseId"`
	SurveyID   int64   `json:"surveyId"`
	Survey     string  `json:"survey"`
	At         string  `json:"at"`
	Metric     string  `json:"metric"` // nps or csat
	Value      float64 `json:"value"`
	ScaleMin   int     `json:"scaleMin"`
	ScaleMax   int     `json:"scaleMax"`
	Comment    string  `json:"comment"` // the response's text answers joined
}

// ComplaintDTO is one ticket with its SLA outcome.
type ComplaintDTO struct {
	ID             int64       `json:"id"`
	Title          string      `json:"title"`
	Category       string      `json:"category"`
	Priority       int         `json:"priority"`
	Status         string      `json:"status"`
	StatusCategory string      `json:"statusCategory"`
	ResponseID     int64       `json:"responseId"`
	CreatedAt      string      `json:"createdAt"`
	SLA            string      `json:"sla"` // none, met, running, at_risk, breached
	Targets        []SLATarget `json:"targets"`
}

// ProfileCallDTO is one follow-up call attempt.
type ProfileCallDTO struct {
	ID          int64  `json:"id"`
	At          string `json:"at"`
	Disposition string `json:"disposition"`
	Reason      string `json:"reason"`
	TicketID    int64  `json:"ticketId"`
	ResponseID  int64  `json:"responseId"`
	Note        string `json:"note"`
}

// ProfileOrderDTO is one order.
type ProfileOrderDTO struct {
	ID         int64   `json:"id"`
	ExternalID string  `json:"externalId"`
	At         string  `json:"at"`
	Amount     float64 `json:"amount"`
	Refund     float64 `json:"refund"`
}

// OrderTotalsDTO sums the orders.
type OrderTotalsDTO struct {
	Count  int     `json:"count"`
	Amount float64 `json:"amount"`
	Refund float64 `json:"refund"`
	Net    float64 `json:"net"`
}

// MergeDTO is one merge of the log.
type MergeDTO struct {
	ID        int64  `json:"id"`
	KeptID    int64  `json:"keptId"`
	MergedID  int64  `json:"mergedId"`
	Responses int    `json:"responses"`
	Tickets   int    `json:"tickets"`
	Calls     int    `json:"calls"`
	Orders    int    `json:"orders"`
	At        string `json:"at"`
}

// DuplicateGroupDTO is a set of records that look like one person.
type DuplicateGroupDTO struct {
	Keys    []string      `json:"keys"` // "phone:13800138000", "email:a@b.cn"
	Members []CustomerRow `json:"members"`
}

// PrivacyResultDTO says what an erasure, anonymisation or retention run did.
type PrivacyResultDTO struct {
	CustomerID   int64 `json:"customerId"`
	Customers    int   `json:"customers"`
	Responses    int   `json:"responses"`
	Tickets      int   `json:"tickets"`
	Calls        int   `json:"calls"`
	Orders       int   `json:"orders"`
	Texts        int   `json:"texts"` // retention: free-text answers whose contact details were masked
	Checkpointed bool  `json:"checkpointed"`
}

// CustomerExportResult is the outcome of ExportCustomer.
type CustomerExportResult struct {
	Canceled bool   `json:"canceled"`
	Path     string `json:"path"`
	Format   string `json:"format"`
}

// RetentionDTO is the retention setting with the log of privacy actions.
type RetentionDTO struct {
	Months int               `json:"months"` // 0: off
	Log    []PrivacyLogEntry `json:"log"`
}

// PrivacyLogEntry is one logged erasure, anonymisation or retention run.
type PrivacyLogEntry struct {
	ID         int64  `json:"id"`
	Action     string `json:"action"`
	CustomerID int64  `json:"customerId"`
	Months     int    `json:"months"`
	Cutoff     string `json:"cutoff"`
	Customers  int    `json:"customers"`
	Responses  int    `json:"responses"`
	Tickets    int    `json:"tickets"`
	Calls      int    `json:"calls"`
	Orders     int    `json:"orders"`
	Texts      int    `json:"texts"` // retention: free-text answers masked
	At         string `json:"at"`
}
