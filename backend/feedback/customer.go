package feedback

import (
	"strings"
	"time"
)

// ValueTier is a customer's value band.
type ValueTier string

// Value tiers.
const (
	TierNone   ValueTier = ""
	TierHigh   ValueTier = "high"
	TierMedium ValueTier = "medium"
	TierLow    ValueTier = "low"
)

// Relationship is a customer's relationship class.
type Relationship string

// Relationship classes.
const (
	RelNone      Relationship = ""
	RelLoyal     Relationship = "loyal"
	RelPotential Relationship = "potential"
	RelAtRisk    Relationship = "at_risk"
	RelLost      Relationship = "lost"
)

// Customer is a person or company whose voice is recorded.
type Customer struct {
	ID           int64
	ExternalID   string
	Name         string
	Phone        string // kept as text: leading zeros and +86 matter
	Email        string
	Company      string
	Region       string
	Industry     string
	Channel      string // acquisition channel
	Tier         ValueTier
	Relationship Relationship
	Consent      bool
	DoNotContact bool
	Attributes   map[string]string
	// MergedIntoID is set when this record was merged into another; merged
	// records are kept so history stays explainable.
	MergedIntoID *int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Validate checks the customer record.
func (c *Customer) Validate() error {
	if strings.TrimSpace(c.Name) == "" && strings.TrimSpace(c.Phone) == "" && strings.TrimSpace(c.Email) == "" {
		return Errorf(EINVALID, "error.customer.identity_required", "A customer needs a name, a phone number or an email address.")
	}
	switch c.Tier {
	case TierNone, TierHigh, TierMedium, TierLow:
	default:
		return Errorf(EINVALID, "error.customer.tier_invalid", "Unknown value tier %q.", c.Tier)
	}
	switch c.Relationship {
	case RelNone, RelLoyal, RelPotential, RelAtRisk, RelLost:
	default:
		return Errorf(EINVALID, "error.customer.relationship_invalid", "Unknown relationship class %q.", c.Relationship)
	}
	return nil
}

// Order is a purchase, the input of RFM.
type Order struct {
	ID         int64
	ExternalID string
	CustomerID int64
	OrderedAt  time.Time
	Amount     float64
	Refund     float64
}
