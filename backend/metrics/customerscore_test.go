package metrics_test

import (
	"math"
	"slices"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

func f64(x float64) *float64 { return &x }

func comps(value, sat, loyalty, complaints *float64) metrics.ScoreComponents {
	return metrics.ScoreComponents{Value: value, Satisfaction: sat, Loyalty: loyalty, Complaints: complaints}
}

// checkContributions fails unless the contributions sum to the score.
func checkContributions(t *testing.T, s metrics.CustomerScore) {
	t.Helper()
	var sum float64
	for _, c := range []*float64{s.Contributions.Value, s.Contributions.Satisfaction, s.Contributions.Loyalty, s.Contributions.Complaints} {
		if c != nil {
			sum += *c
		}
	}
	near(t, "Σ contributions", sum, s.Score, 1e-6)
}

func TestScoreCustomer(t *testing.T) {
	def, tiers := metrics.DefaultScoreWeights, metrics.DefaultTierThresholds
	for _, tc := range []struct {
		name    string
		c       metrics.ScoreComponents
		w       metrics.ScoreWeights
		score   float64
		tier    feedback.ValueTier
		missing []metrics.ScoreComponent
		contrib [4]float64 // value, satisfaction, loyalty, complaints (NaN = nil)
	}{
		// 0.4·80 + 0.3·60 + 0.3·50 + 0·100 = 32 + 18 + 15 + 0 = 65 → medium.
		{"AllPresent", comps(f64(80), f64(60), f64(50), f64(100)), def, 65, feedback.TierMedium, nil,
			[4]float64{32, 18, 15, 0}},
		// Satisfaction missing: Σw = 0.7; (0.4·80 + 0.3·50)/0.7 = 47/0.7 = 67.142857;
		// contributions 32/0.7 = 45.714286 and 15/0.7 = 21.428571.
		{"MissingRenormalised", comps(f64(80), nil, f64(50), f64(100)), def, 67.142857, feedback.TierMedium,
			[]metrics.ScoreComponent{metrics.ComponentSatisfaction}, [4]float64{45.714286, math.NaN(), 21.428571, 0}},
		// The complaint record has weight 0: its absence is not partial.
		{"MissingWeightZero", comps(f64(80), f64(60), f64(50), nil), def, 65, feedback.TierMedium, nil,
			[4]float64{32, 18, 15, math.NaN()}},
		// Every component 70: 0.4·70 + 0.3·70 + 0.3·70 = 70 exactly → high (boundary inclusive).
		{"BoundaryHigh", comps(f64(70), f64(70), f64(70), nil), def, 70, feedback.TierHigh, nil,
			[4]float64{28, 21, 21, math.NaN()}},
		// Every component 40 → 40 → medium (boundary inclusive).
		{"BoundaryMedium", comps(f64(40), f64(40), f64(40), nil), def, 40, feedback.TierMedium, nil,
			[4]float64{16, 12, 12, math.NaN()}},
		// 0.4·39 + 0.3·41 + 0.3·39.5 = 15.6 + 12.3 + 11.85 = 39.75 → low.
		{"Low", comps(f64(39), f64(41), f64(39.5), nil), def, 39.75, feedback.TierLow, nil,
			[4]float64{15.6, 12.3, 11.85, math.NaN()}},
		// User weights 2/1/1/1 (Σ 5): 100·2/5 + 0·1/5 + 50·1/5 + 60·1/5 = 40 + 0 + 10 + 12 = 62.
		{"UserWeights", comps(f64(100), f64(0), f64(50), f64(60)), metrics.ScoreWeights{Value: 2, Satisfaction: 1, Loyalty: 1, Complaints: 1},
			62, feedback.TierMedium, nil, [4]float64{40, 0, 10, 12}},
		// Weights 4/3/3 are the defaults scaled by 10: same score as AllPresent.
		{"ScaleInvariant", comps(f64(80), f64(60), f64(50), f64(100)), metrics.ScoreWeights{Value: 4, Satisfaction: 3, Loyalty: 3},
			65, feedback.TierMedium, nil, [4]float64{32, 18, 15, 0}},
		// Only the complaint record weighs and it is 100 − 20·2 = 60 → 60.
		{"ComplaintsOnly", comps(nil, nil, nil, f64(60)), metrics.ScoreWeights{Complaints: 1}, 60, feedback.TierMedium, nil,
			[4]float64{math.NaN(), math.NaN(), math.NaN(), 60}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := metrics.ScoreCustomer(tc.c, tc.w, tiers)
			if err != nil {
				t.Fatal(err)
			}
			near(t, "score", s.Score, tc.score, 1e-6)
			if !s.Scored || s.Tier != tc.tier || s.Partial != (len(tc.missing) > 0) || !slices.Equal(s.Missing, tc.missing) {
				t.Errorf("scored %v tier %q partial %v missing %v; want tier %q missing %v", s.Scored, s.Tier, s.Partial, s.Missing, tc.tier, tc.missing)
			}
			got := [4]*float64{s.Contributions.Value, s.Contributions.Satisfaction, s.Contributions.Loyalty, s.Contributions.Complaints}
			for i, want := range tc.contrib {
				if math.IsNaN(want) != (got[i] == nil) {
					t.Errorf("contribution %d present = %v, want %v", i, got[i] != nil, !math.IsNaN(want))
				} else if got[i] != nil {
					near(t, "contribution", *got[i], want, 1e-6)
				}
			}
			checkContributions(t, s)
			ew := s.Weights
			near(t, "Σ effective weights", ew.Value+ew.Satisfaction+ew.Loyalty+ew.Complaints, 1, 1e-12)
		})
	}

	t.Run("NothingWeighted", func(t *testing.T) {
		s, err := metrics.ScoreCustomer(comps(nil, nil, nil, f64(100)), def, tiers)
		if err != nil {
			t.Fatal(err)
		}
		want := []metrics.ScoreComponent{metrics.ComponentValue, metrics.ComponentSatisfaction, metrics.ComponentLoyalty}
		if s.Scored || s.Score != 0 || s.Tier != feedback.TierNone || !s.Partial || !slices.Equal(s.Missing, want) {
			t.Errorf("got %+v", s)
		}
	})
	t.Run("CustomThresholds", func(t *testing.T) {
		// 65 with high ≥ 80, medium ≥ 66 → low.
		s, err := metrics.ScoreCustomer(comps(f64(80), f64(60), f64(50), nil), def, metrics.TierThresholds{High: 80, Medium: 66})
		if err != nil || s.Tier != feedback.TierLow {
			t.Errorf("tier %q err %v, want low", s.Tier, err)
		}
	})
}

func TestScoreCustomerErrors(t *testing.T) {
	ok := comps(f64(50), f64(50), f64(50), nil)
	for _, tc := range []struct {
		name  string
		c     metrics.ScoreComponents
		w     metrics.ScoreWeights
		tiers metrics.TierThresholds
	}{
		{"ErrNegativeWeight", ok, metrics.ScoreWeights{Value: -0.1, Satisfaction: 1}, metrics.DefaultTierThresholds},
		{"ErrNaNWeight", ok, metrics.ScoreWeights{Value: math.NaN(), Satisfaction: 1}, metrics.DefaultTierThresholds},
		{"ErrInfWeight", ok, metrics.ScoreWeights{Loyalty: math.Inf(1)}, metrics.DefaultTierThresholds},
		{"ErrAllZero", ok, metrics.ScoreWeights{}, metrics.DefaultTierThresholds},
		{"ErrComponentRange", comps(f64(101), nil, nil, nil), metrics.DefaultScoreWeights, metrics.DefaultTierThresholds},
		{"ErrComponentNaN", comps(nil, f64(math.NaN()), nil, nil), metrics.DefaultScoreWeights, metrics.DefaultTierThresholds},
		{"ErrThresholdsOrder", ok, metrics.DefaultScoreWeights, metrics.TierThresholds{High: 40, Medium: 70}},
		{"ErrThresholdsRange", ok, metrics.DefaultScoreWeights, metrics.TierThresholds{High: 120, Medium: 40}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := metrics.ScoreCustomer(tc.c, tc.w, tc.tiers); feedback.ErrorCode(err) != feedback.EINVALID {
				t.Errorf("err = %v, want EINVALID", err)
			}
		})
	}
}

var scoreAt = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func ago(days int) time.Time { return scoreAt.Add(-time.Duration(days) * metrics.Day) }

func TestCustomerComponents(t *testing.T) {
	two := 2
	for _, tc := range []struct {
		name                 string
		f                    metrics.CustomerFacts
		value, sat, loy, cmp float64 // NaN = missing
		score                float64 // default weights; NaN = not scored
		partial              bool
	}{
		{
			// value 100·(5+4+3−3)/12 = 75; satisfaction mean(10·9, 100·(4−1)/(5−1)) = (90+75)/2 = 82.5;
			// loyalty mean(tenure 100·730/1095 = 66.667, repeat 100 (3 orders), promoter 100)
			// = (200/3 + 200)/3 = 800/9 = 88.889 (referrals not recorded);
			// complaints 100 − 20·1 − 10·2 = 60.
			// Score 0.4·75 + 0.3·82.5 + 0.3·800/9 = 30 + 24.75 + 26.6667 = 81.416667.
			name: "Full",
			f: metrics.CustomerFacts{
				RFM:           metrics.CustomerRFM{Scored: true, Frequency: 3, R: 5, F: 4, M: 3},
				FirstPurchase: ago(730),
				LatestNPS:     &metrics.NPSAnswer{Score: 9, At: ago(30)},
				LatestCSAT:    &metrics.CSATAnswer{Rating: 4, ScaleMin: 1, ScaleMax: 5, At: ago(10)},
				Complaints:    1, Breaches: 2,
			},
			value: 75, sat: 82.5, loy: 800.0 / 9, cmp: 60, score: 81.416667,
		},
		{
			// No purchase, the NPS answer 400 days old (outside 365): nothing but the
			// complaint record (weight 0) → not scored.
			name:  "NothingRecent",
			f:     metrics.CustomerFacts{LatestNPS: &metrics.NPSAnswer{Score: 3, At: ago(400)}},
			value: math.NaN(), sat: math.NaN(), loy: math.NaN(), cmp: 100, score: math.NaN(), partial: true,
		},
		{
			// No purchase; NPS 6 → satisfaction 60, promoter 0; referred two → referral 100;
			// loyalty (0 + 100)/2 = 50. Value missing → partial: (0.3·60 + 0.3·50)/0.6 = 33/0.6 = 55.
			name:  "NoPurchasePartial",
			f:     metrics.CustomerFacts{LatestNPS: &metrics.NPSAnswer{Score: 6, At: ago(100)}, Referrals: &two},
			value: math.NaN(), sat: 60, loy: 50, cmp: 100, score: 55, partial: true,
		},
		{
			// An answer exactly 365 days old still counts: CSAT 2 on 1–7 → 100·1/6 = 16.667.
			// Tenure 2000 days ≥ 1095 → 100; one order in the window → repeat 0; loyalty 50.
			// Burden 20·4 + 10·3 = 110, capped at 100 → record 0. R1 F1 M1 → value 0.
			// Score 0.4·0 + 0.3·16.667 + 0.3·50 = 5 + 15 = 20.
			name: "CapsAndEdges",
			f: metrics.CustomerFacts{
				RFM:           metrics.CustomerRFM{Scored: true, Frequency: 1, R: 1, F: 1, M: 1},
				FirstPurchase: ago(2000),
				LatestCSAT:    &metrics.CSATAnswer{Rating: 2, ScaleMin: 1, ScaleMax: 7, At: ago(365)},
				Complaints:    4, Breaches: 3,
			},
			value: 0, sat: 100.0 / 6, loy: 50, cmp: 0, score: 20,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := metrics.CustomerComponents(tc.f, scoreAt, metrics.ComponentOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range []struct {
				name string
				got  *float64
				want float64
			}{{"value", c.Value, tc.value}, {"satisfaction", c.Satisfaction, tc.sat}, {"loyalty", c.Loyalty, tc.loy}, {"complaints", c.Complaints, tc.cmp}} {
				if math.IsNaN(x.want) {
					if x.got != nil {
						t.Errorf("%s = %v, want missing", x.name, *x.got)
					}
				} else if x.got == nil {
					t.Errorf("%s missing, want %v", x.name, x.want)
				} else {
					near(t, x.name, *x.got, x.want, 1e-9)
				}
			}
			s, err := metrics.ScoreCustomer(c, metrics.DefaultScoreWeights, metrics.DefaultTierThresholds)
			if err != nil {
				t.Fatal(err)
			}
			if math.IsNaN(tc.score) {
				if s.Scored {
					t.Errorf("scored %v, want not scored", s.Score)
				}
			} else {
				near(t, "score", s.Score, tc.score, 1e-6)
			}
			if s.Partial != tc.partial {
				t.Errorf("partial = %v, want %v", s.Partial, tc.partial)
			}
		})
	}
}

func TestCustomerComponentsErrors(t *testing.T) {
	for name, f := range map[string]metrics.CustomerFacts{
		"ErrNPSRange":          {LatestNPS: &metrics.NPSAnswer{Score: 11, At: ago(1)}},
		"ErrNPSFuture":         {LatestNPS: &metrics.NPSAnswer{Score: 9, At: scoreAt}},
		"ErrCSATOffScale":      {LatestCSAT: &metrics.CSATAnswer{Rating: 6, ScaleMin: 1, ScaleMax: 5, At: ago(1)}},
		"ErrCSATScale":         {LatestCSAT: &metrics.CSATAnswer{Rating: 1, ScaleMin: 1, ScaleMax: 1, At: ago(1)}},
		"ErrFirstPurchaseAtAt": {FirstPurchase: scoreAt},
		"ErrNegativeCount":     {Complaints: -1},
	} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := metrics.CustomerComponents(f, scoreAt, metrics.ComponentOptions{}); feedback.ErrorCode(err) != feedback.EINVALID {
				t.Errorf("err = %v, want EINVALID", err)
			}
		})
	}
}

func TestPercentileRank(t *testing.T) {
	xs := []float64{10, 20, 20, 20, 30}
	near(t, "PR(10)", metrics.PercentileRank(xs, 10), 10, 1e-12) // (0 + 1/2)/5
	near(t, "PR(20)", metrics.PercentileRank(xs, 20), 50, 1e-12) // (1 + 3/2)/5
	near(t, "PR(25)", metrics.PercentileRank(xs, 25), 80, 1e-12) // (4 + 0)/5
	near(t, "PR(∅)", metrics.PercentileRank(nil, 25), 0, 0)
}
