package api

import "feedbackdesk/backend/customerscore"

// CustomerOverview is the customers screen: the selected customers with
// their scores and classes, the RFM map and tier counts of the selection,
// the settings in force and the filter values on offer.
type CustomerOverview struct {
	At        string                 `json:"at"`    // scoring instant, RFC 3339
	Month     string                 `json:"month"` // the current month, YYYY-MM
	Total     int                    `json:"total"` // every customer, before filtering
	Settings  customerscore.Settings `json:"settings"`
	RFMMode   string                 `json:"rfmMode"`   // mode used: quintiles or breakpoints
	RFMScored int                    `json:"rfmScored"` // customers with a purchase
	Rows      []CustomerInsightRow   `json:"rows"`
	RFM       customerscore.RFMMap   `json:"rfm"`
	// Tiers and Relationships count the selection by key ("" not scored / none).
	Tiers         map[string]int `json:"tiers"`
	Relationships map[string]int `json:"relationships"`
	Options       FilterOptions  `json:"options"`
}

// CustomerInsightRow is one customer in the list.
type CustomerInsightRow struct {
	ID           int64    `json:"id"`
	Name         string   `json:"name"`
	Company      string   `json:"company"`
	Region       string   `json:"region"`
	Industry     string   `json:"industry"`
	Channel      string   `json:"channel"`
	Score        *float64 `json:"score"` // null: not scored
	Tier         string   `json:"tier"`
	Partial      bool     `json:"partial"`
	Relationship string   `json:"relationship"`
	Lifecycle    string   `json:"lifecycle"`
	RFMSegment   string   `json:"rfmSegment"`
	R            int      `json:"r"`
	F            int      `json:"f"`
	M            int      `json:"m"`
	FM           int      `json:"fm"`
	DoNotContact bool     `json:"doNotContact"`
}

// FilterOptions are the distinct values the segment filters offer.
type FilterOptions struct {
	Regions    []string          `json:"regions"`
	Industries []string          `json:"industries"`
	Channels   []string          `json:"channels"`
	Attributes []AttributeOption `json:"attributes"`
}

// AttributeOption is a custom attribute key with its values.
type AttributeOption struct {
	Key    string   `json:"key"`
	Values []string `json:"values"`
}

// SnapshotDTO says what TakeSnapshot took.
type SnapshotDTO struct {
	Month     string `json:"month"`
	TakenAt   string `json:"takenAt"`
	AsOf      string `json:"asOf"`
	Customers int    `json:"customers"`
	Scored    int    `json:"scored"`
	High      int    `json:"high"`
	Medium    int    `json:"medium"`
	Low       int    `json:"low"`
	Current   bool   `json:"current"`
}
