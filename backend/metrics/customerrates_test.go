package metrics_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func checkRate(t *testing.T, name string, got metrics.Rate, num, den int, pct float64) {
	t.Helper()
	if got.Numerator != num || got.Denominator != den || got.Defined != (den > 0) {
		t.Errorf("%s = %d/%d defined %v, want %d/%d", name, got.Numerator, got.Denominator, got.Defined, num, den)
	}
	near(t, name+" %", got.Percent, pct, 1e-9)
}

// rateCustomers: period October 2026, inactivity 90 days, so "active at
// start" means a purchase in [2026-07-03, 2026-10-01) and "active at end" a
// purchase in [2026-08-03, 2026-11-01).
var rateCustomers = []metrics.CustomerActivity{
	// A: active at both ends; 2 purchases in October (repeat); 1 complaint; referred someone.
	{CustomerID: 1, Purchases: []time.Time{day(2026, 9, 15), day(2026, 10, 5), day(2026, 10, 20)},
		Complaints: []time.Time{day(2026, 10, 10)}, ReferralsRecorded: true, Referrals: []time.Time{day(2026, 10, 12)}},
	// B: active at start (08-01), inactive at end (08-01 < 08-03) → churned; 2 complaints; referrals recorded, none.
	{CustomerID: 2, Purchases: []time.Time{day(2026, 8, 1)},
		Complaints: []time.Time{day(2026, 10, 3), day(2026, 10, 25)}, ReferralsRecorded: true},
	// C: first purchase in October: not active at start, one purchase in the period.
	{CustomerID: 3, Purchases: []time.Time{day(2026, 10, 15)}},
	// D: lapsed since March: never active in the period; its complaint still counts as a ticket.
	{CustomerID: 4, Purchases: []time.Time{day(2026, 3, 1)}, Complaints: []time.Time{day(2026, 10, 20)}},
	// E: no purchase at all.
	{CustomerID: 5},
	// F: bought exactly at start − 90 days (inclusive → active at start) and exactly at
	// end (exclusive → outside the period and not active at end) → churned.
	{CustomerID: 6, Purchases: []time.Time{day(2026, 7, 3), day(2026, 11, 1)}},
}

func TestComputeCustomerRates(t *testing.T) {
	start, end := day(2026, 10, 1), day(2026, 11, 1)
	r, err := metrics.ComputeCustomerRates(rateCustomers, start, end, 90)
	if err != nil {
		t.Fatal(err)
	}
	checkRate(t, "churn", r.Churn, 2, 3, 200.0/3)          // active at start A, B, F; churned B, F
	checkRate(t, "repeat", r.RepeatPurchase, 1, 2, 50)     // buyers in October A (2), C (1)
	checkRate(t, "referral", r.Referral, 1, 2, 50)         // recorded among active A, B; A referred
	checkRate(t, "complaint", r.Complaint, 4, 4, 100)      // tickets A 1 + B 2 + D 1; active A, B, C, F
	checkRate(t, "complainants", r.Complainants, 2, 4, 50) // A, B (D is not active)
	if r.InactivityDays != 90 {
		t.Errorf("inactivity %d", r.InactivityDays)
	}

	t.Run("DefaultInactivity", func(t *testing.T) {
		// 180 days: active at start = purchase in [2026-04-04, 10-01): A, B, F (D's
		// 03-01 is too old); active at end = [2026-05-05, 11-01): A, B, F → no churn.
		r, err := metrics.ComputeCustomerRates(rateCustomers, start, end, 0)
		if err != nil {
			t.Fatal(err)
		}
		checkRate(t, "churn", r.Churn, 0, 3, 0)
		if r.InactivityDays != metrics.DefaultInactivityDays {
			t.Errorf("inactivity %d", r.InactivityDays)
		}
	})
	t.Run("ZeroDenominators", func(t *testing.T) {
		// Only D: nobody active, nobody bought — every rate undefined, no NaN;
		// D's complaint stays visible as 1/0.
		r, err := metrics.ComputeCustomerRates(rateCustomers[3:4], start, end, 90)
		if err != nil {
			t.Fatal(err)
		}
		checkRate(t, "churn", r.Churn, 0, 0, 0)
		checkRate(t, "repeat", r.RepeatPurchase, 0, 0, 0)
		checkRate(t, "referral", r.Referral, 0, 0, 0)
		checkRate(t, "complaint", r.Complaint, 1, 0, 0)
		checkRate(t, "complainants", r.Complainants, 0, 0, 0)
	})
	t.Run("NoCustomers", func(t *testing.T) {
		r, err := metrics.ComputeCustomerRates(nil, start, end, 90)
		if err != nil || r.Churn.Defined || r.Complaint.Defined {
			t.Errorf("got %+v, %v", r, err)
		}
	})
	t.Run("ErrReversedPeriod", func(t *testing.T) {
		if _, err := metrics.ComputeCustomerRates(rateCustomers, end, start, 90); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}

func TestNewRate(t *testing.T) {
	checkRate(t, "1/3", metrics.NewRate(1, 3), 1, 3, 100.0/3)
	checkRate(t, "5/0", metrics.NewRate(5, 0), 5, 0, 0)
}
