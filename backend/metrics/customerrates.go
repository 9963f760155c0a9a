package metrics

import (
	"time"

	"feedbackdesk/backend/feedback"
)

// Rate is a customer rate with the counts it was computed from.
type Rate struct {
	Numerator   int `json:"numerator"`
	Denominator int `json:"denominator"`
	// Defined is false when Denominator is 0; Percent is then 0 (never NaN).
	Defined bool `json:"defined"`
	// Percent is 100·Numerator/Denominator. A rate of events per customer
	// (ComplaintRate) can exceed 100.
	Percent float64 `json:"percent"`
}

// NewRate returns numerator ÷ denominator as a Rate, undefined when the
// denominator is 0.
func NewRate(numerator, denominator int) Rate {
	r := Rate{Numerator: numerator, Denominator: denominator}
	if denominator > 0 {
		r.Defined = true
		r.Percent = 100 * float64(numerator) / float64(denominator)
	}
	return r
}

// DefaultInactivityDays is the default inactivity window: a customer with
// no purchase in the last 180 days is inactive.
const DefaultInactivityDays = 180

// CustomerActivity is one customer's dated events, as the rates need them.
// Events at any time may be passed; each rate picks its own range.
type CustomerActivity struct {
	CustomerID int64
	// Purchases are the customer's order dates.
	Purchases []time.Time
	// Complaints are the creation dates of the customer's complaint tickets.
	Complaints []time.Time
	// ReferralsRecorded says whether referrals are recorded for this
	// customer; Referrals are the dates on which customers this one referred
	// were acquired.
	ReferralsRecorded bool
	Referrals         []time.Time
}

// ActiveAt reports whether the customer is active at the instant t: a
// purchase in [t − inactivityDays, t).
func (c CustomerActivity) ActiveAt(t time.Time, inactivityDays int) bool {
	return countIn(c.Purchases, t.Add(-time.Duration(inactivityDays)*Day), t) > 0
}

// activeDuring reports whether the customer is active at some instant of
// [start, end): a purchase in [start − inactivityDays, end).
func (c CustomerActivity) activeDuring(start, end time.Time, inactivityDays int) bool {
	return countIn(c.Purchases, start.Add(-time.Duration(inactivityDays)*Day), end) > 0
}

// countIn counts the instants in [from, to).
func countIn(ts []time.Time, from, to time.Time) int {
	n := 0
	for _, t := range ts {
		if !t.Before(from) && t.Before(to) {
			n++
		}
	}
	return n
}

// CustomerRates are the DOMAIN.md customer rates of one period [Start, End)
// and one set of customers (a segment, or all).
type CustomerRates struct {
	Start          time.Time `json:"start"`
	End            time.Time `json:"end"`
	InactivityDays int       `json:"inactivity_days"`
	// Churn: customers active at Start and inactive at End ÷ customers
	// active at Start.
	Churn Rate `json:"churn"`
	// RepeatPurchase: customers with ≥ 2 purchases in the period ÷
	// customers with ≥ 1.
	RepeatPurchase Rate `json:"repeat_purchase"`
	// Referral: customers active during the period who referred someone in
	// it ÷ customers active during the period whose referrals are recorded
	// (undefined when referrals are recorded for none).
	Referral Rate `json:"referral"`
	// Complaint (DOMAIN.md): complaint tickets created in the period, by
	// any of the customers given ÷ customers active during the period. It
	// is tickets per 100 customers and can exceed 100.
	Complaint Rate `json:"complaint"`
	// Complainants: customers active during the period with ≥ 1 complaint
	// ticket created in it ÷ customers active during the period — the share
	// of customers complaining, at most 100.
	Complainants Rate `json:"complainants"`
}

// ComputeCustomerRates computes the rates of the customers over the period
// [start, end) with an inactivity window of inactivityDays (≤ 0 means
// DefaultInactivityDays). "Active at t" is ActiveAt; "active during the
// period" means active at some instant of it, i.e. a purchase in
// [start − inactivityDays, end). An empty or reversed period is an
// EINVALID error.
func ComputeCustomerRates(cs []CustomerActivity, start, end time.Time, inactivityDays int) (CustomerRates, error) {
	if !start.Before(end) {
		return CustomerRates{}, feedback.Errorf(feedback.EINVALID, "error.metrics.rates_period",
			"The period must end after it starts.")
	}
	if inactivityDays <= 0 {
		inactivityDays = DefaultInactivityDays
	}
	var activeStart, churned, buyers, repeaters, active, referralKnown, referrers, tickets, complainants int
	for _, c := range cs {
		if c.ActiveAt(start, inactivityDays) {
			activeStart++
			if !c.ActiveAt(end, inactivityDays) {
				churned++
			}
		}
		switch n := countIn(c.Purchases, start, end); {
		case n >= 2:
			repeaters++
			buyers++
		case n == 1:
			buyers++
		}
		k := countIn(c.Complaints, start, end)
		tickets += k
		if !c.activeDuring(start, end, inactivityDays) {
			continue
		}
		active++
		if k > 0 {
			complainants++
		}
		if c.ReferralsRecorded {
			referralKnown++
			if countIn(c.Referrals, start, end) > 0 {
				referrers++
			}
		}
	}
	return CustomerRates{
		Start: start, End: end, InactivityDays: inactivityDays,
		Churn:          NewRate(churned, activeStart),
		RepeatPurchase: NewRate(repeaters, buyers),
		Referral:       NewRate(referrers, referralKnown),
		Complaint:      NewRate(tickets, active),
		Complainants:   NewRate(complainants, active),
	}, nil
}
