package metrics_test

import (
	"slices"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// Each scale's edges: the minimum, the rating just below the satisfied set,
// the threshold and the maximum; one step outside is invalid.
func TestCSATScaleEdges(t *testing.T) {
	tests := []struct {
		min, max  int
		threshold int
		ratings   []int // a rating → satisfied?
		satisfied []bool
	}{
		{1, 3, 3, []int{1, 2, 3}, []bool{false, false, true}},
		{1, 5, 4, []int{1, 3, 4, 5}, []bool{false, false, true, true}},
		{1, 7, 6, []int{1, 5, 6, 7}, []bool{false, false, true, true}},
		{1, 10, 8, []int{1, 7, 8, 10}, []bool{false, false, true, true}},
	}
	for _, tt := range tests {
		th, err := metrics.CSATSatisfiedMin(tt.min, tt.max)
		if err != nil || th != tt.threshold {
			t.Errorf("CSATSatisfiedMin(%d, %d) = %d, %v; want %d", tt.min, tt.max, th, err, tt.threshold)
		}
		for i, r := range tt.ratings {
			got, err := metrics.ComputeCSAT([]int{r}, tt.min, tt.max)
			if err != nil {
				t.Fatal(err)
			}
			want := 0.0
			if tt.satisfied[i] {
				want = 100
			}
			if got.N != 1 || got.Percent != want || got.Mean != float64(r) {
				t.Errorf("scale %d–%d, rating %d: n %d, %% %v, mean %v; want 1, %v, %d", tt.min, tt.max, r, got.N, got.Percent, got.Mean, want, r)
			}
		}
		for _, r := range []int{tt.min - 1, tt.max + 1} {
			got, _ := metrics.ComputeCSAT([]int{r}, tt.min, tt.max)
			if got.Valid || got.N != 0 || got.Invalid != 1 {
				t.Errorf("scale %d–%d, rating %d: %+v, want invalid", tt.min, tt.max, r, got)
			}
		}
	}
}

func TestCSATUnknownScale(t *testing.T) {
	for _, s := range [][2]int{{0, 10}, {1, 4}, {0, 5}, {1, 100}, {5, 1}} {
		if _, err := metrics.ComputeCSAT([]int{1}, s[0], s[1]); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Errorf("scale %d–%d: err = %v, want %s", s[0], s[1], err, feedback.EINVALID)
		}
		if _, err := metrics.NewCSATCounter(s[0], s[1]); err == nil {
			t.Errorf("NewCSATCounter(%d, %d): no error", s[0], s[1])
		}
	}
}

func TestCSATMeanAndDistribution(t *testing.T) {
	// 1–5: ratings 5, 4, 4, 3, 1 → satisfied {4,5}: 3 of 5 = 60%;
	// mean = (5 + 4 + 4 + 3 + 1)/5 = 17/5 = 3.4.
	got, err := metrics.ComputeCSAT([]int{5, 4, 4, 3, 1}, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	if got.N != 5 || got.Satisfied != 3 || got.Percent != 60 || !got.Indicative || got.SatisfiedMin != 4 {
		t.Errorf("CSAT = %+v", got)
	}
	near(t, "Mean", got.Mean, 3.4, 1e-12)
	want := []metrics.RatingCount{{1, 1}, {2, 0}, {3, 1}, {4, 2}, {5, 1}}
	if !slices.Equal(got.Distribution, want) {
		t.Errorf("Distribution = %v, want %v", got.Distribution, want)
	}
}

func TestCSATWilson(t *testing.T) {
	tests := []struct {
		name          string
		sat, n        int
		percent       float64
		ciLow, ciHigh float64
	}{
		{
			// 40/50: p̂ = 0.8, z² = 3.8416, z²/n = 0.076832, z²/2n = 0.038416,
			// denominator 1.076832; centre = 0.838416/1.076832 = 0.778596;
			// p̂(1 − p̂)/n = 0.16/50 = 0.0032, z²/4n² = 3.8416/10000 = 0.00038416,
			// √0.00358416 = 0.0598679, half = 1.96·0.0598679/1.076832 = 0.108969;
			// CI = 66.9626 … 88.7564.
			name: "40 of 50", sat: 40, n: 50, percent: 80, ciLow: 66.9626, ciHigh: 88.7564,
		},
		{
			// 0/10: p̂ = 0, denominator 1.38416, centre = 0.19208/1.38416 = 0.138770,
			// half = 1.96·√(3.8416/400)/1.38416 = 1.96·0.098/1.38416 = 0.138770;
			// CI = 0 … 27.7540 (the lower end is 0, not −3e−15: clipped).
			name: "0 of 10", sat: 0, n: 10, percent: 0, ciLow: 0, ciHigh: 27.7540,
		},
		{
			// 10/10: mirror image, CI = 72.2460 … 100.
			name: "10 of 10", sat: 10, n: 10, percent: 100, ciLow: 72.2460, ciHigh: 100,
		},
	}
	for _, tt := range tests {
		c, _ := metrics.NewCSATCounter(1, 5)
		c.AddN(5, tt.sat)
		c.AddN(2, tt.n-tt.sat)
		got := c.Result()
		near(t, tt.name+" Percent", got.Percent, tt.percent, 1e-9)
		near(t, tt.name+" CILow", got.CILow, tt.ciLow, 1e-4)
		near(t, tt.name+" CIHigh", got.CIHigh, tt.ciHigh, 1e-4)
		if got.CILow < 0 || got.CIHigh > 100 {
			t.Errorf("%s: CI %v … %v outside 0–100", tt.name, got.CILow, got.CIHigh)
		}
	}
	if lo, hi := metrics.Wilson(0, 0); lo != 0 || hi != 0 {
		t.Errorf("Wilson(0, 0) = %v, %v", lo, hi)
	}
}

func TestCSATFromRawAnswers(t *testing.T) {
	c, err := metrics.NewCSATCounter(1, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{"5", "５分", "4.5", "6", "", "3"} {
		c.AddParsed(metrics.ParseScore(r, 1, 5))
	}
	c.AddSkipped(1)
	c.AddInvalid(1)
	got := c.Result()
	// Valid 5, 5, 3 → n = 3, satisfied 2, 66.67%; invalid 4.5, 6 (+1); skipped "" (+1).
	if got.N != 3 || got.Satisfied != 2 || got.Invalid != 3 || got.Skipped != 2 {
		t.Errorf("CSAT = %+v", got)
	}
	near(t, "Percent", got.Percent, 66.6667, 1e-4)
	if empty, _ := metrics.ComputeCSAT(nil, 1, 3); empty.Valid || empty.Percent != 0 || len(empty.Distribution) != 3 {
		t.Errorf("empty CSAT = %+v", empty)
	}
}
