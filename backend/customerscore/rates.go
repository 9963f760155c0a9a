package customerscore

import (
	"context"
	"time"

	"feedbackdesk/backend/metrics"
)

// Rates are the customer rates of one period and one set of customers.
type Rates struct {
	// SegmentID is the saved segment the rates are for, 0 for every
	// customer; Customers how many customers the set holds.
	SegmentID   int64  `json:"segmentId"`
	SegmentName string `json:"segmentName"`
	Customers   int    `json:"customers"`
	metrics.CustomerRates
	// ReferralsRecorded is false: the app keeps no referral records yet, so
	// the referral rate is undefined ("when recorded", issue 8).
	ReferralsRecorded bool `json:"referralsRecorded"`
}

// Rates computes churn, repeat purchase, referral and complaint rates over
// [start, end) for every customer (segmentID 0) or for the members of a
// saved segment, membership judged by the customers' scores and classes at
// the end of the period (or now, if sooner). Inactivity is
// metrics.DefaultInactivityDays.
func (s *Service) Rates(ctx context.Context, start, end time.Time, segmentID int64) (Rates, error) {
	out := Rates{SegmentID: segmentID}
	if _, err := metrics.ComputeCustomerRates(nil, start, end, 0); err != nil {
		return out, err
	}
	events, err := s.db.CustomerEventsBefore(ctx, end)
	if err != nil {
		return out, err
	}
	var members map[int64]bool
	if segmentID != 0 {
		seg, err := s.Segment(ctx, segmentID)
		if err != nil {
			return out, err
		}
		out.SegmentName = seg.Name
		at := end
		if now := s.Now(); now.Before(at) {
			at = now
		}
		res, err := s.Compute(ctx, at)
		if err != nil {
			return out, err
		}
		members = map[int64]bool{}
		for _, c := range seg.Filter.Select(res.Customers) {
			members[c.ID] = true
		}
	}
	acts := make([]metrics.CustomerActivity, 0, len(events))
	for id, e := range events {
		if members != nil && !members[id] {
			continue
		}
		acts = append(acts, metrics.CustomerActivity{CustomerID: id, Purchases: e.Purchases, Complaints: e.Complaints})
	}
	out.Customers = len(acts)
	r, err := metrics.ComputeCustomerRates(acts, start, end, 0)
	if err != nil {
		return out, err
	}
	out.CustomerRates = r
	return out, nil
}
