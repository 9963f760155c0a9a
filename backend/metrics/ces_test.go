package metrics_test

import (
	"slices"
	"testing"

	"feedbackdesk/backend/metrics"
)

func TestCES(t *testing.T) {
	tests := []struct {
		name               string
		raw                []int
		inverted           bool
		n, easy, neu, diff int
		mean               float64
		pctEasy, pctDiff   float64
		netEase            float64
		invalid            int
	}{
		{
			// 7, 6, 5, 5 easy (4); 4 neutral (1); 3, 1 difficult (2); 0 and 8 invalid.
			// n = 7, mean = (7+6+5+5+4+3+1)/7 = 31/7 = 4.428571;
			// % easy = 400/7 = 57.1429, % difficult = 200/7 = 28.5714,
			// net ease = 57.1429 − 28.5714 = 28.5714.
			name: "normal", raw: []int{7, 6, 5, 5, 4, 3, 1, 0, 8},
			n: 7, easy: 4, neu: 1, diff: 2, mean: 4.428571,
			pctEasy: 57.1429, pctDiff: 28.5714, netEase: 28.5714, invalid: 2,
		},
		{
			// Legacy inverted scale: v → 8 − v first. Raw 1, 1, 2, 7 → 7, 7, 6, 1:
			// easy 3, difficult 1; mean = 21/4 = 5.25; 75% − 25% = net ease 50.
			name: "inverted", raw: []int{1, 1, 2, 7}, inverted: true,
			n: 4, easy: 3, diff: 1, mean: 5.25, pctEasy: 75, pctDiff: 25, netEase: 50,
		},
		{
			// The same raw answers read the normal way: 1, 1, 2 difficult, 7 easy;
			// mean 11/4 = 2.75; 25% − 75% = −50.
			name: "same raw, not inverted", raw: []int{1, 1, 2, 7},
			n: 4, easy: 1, diff: 3, mean: 2.75, pctEasy: 25, pctDiff: 75, netEase: -50,
		},
		{
			// Inverted 4 stays 4 (neutral): net ease 0.
			name: "inverted neutral", raw: []int{4, 4}, inverted: true,
			n: 2, neu: 2, mean: 4,
		},
	}
	for _, tt := range tests {
		got := metrics.ComputeCES(tt.raw, tt.inverted)
		if !got.Valid || got.N != tt.n || got.Easy != tt.easy || got.Neutral != tt.neu || got.Difficult != tt.diff || got.Invalid != tt.invalid || got.Inverted != tt.inverted {
			t.Errorf("%s: counts %+v", tt.name, got)
		}
		near(t, tt.name+" Mean", got.Mean, tt.mean, 1e-6)
		near(t, tt.name+" PercentEasy", got.PercentEasy, tt.pctEasy, 1e-4)
		near(t, tt.name+" PercentDifficult", got.PercentDifficult, tt.pctDiff, 1e-4)
		near(t, tt.name+" NetEase", got.NetEase, tt.netEase, 1e-4)
		near(t, tt.name+" net = easy − difficult", got.NetEase, got.PercentEasy-got.PercentDifficult, 1e-9)
	}
}

func TestCESInvertedDistribution(t *testing.T) {
	// Raw 1, 1, 2 on an inverted item are stored as 7, 7, 6 (higher = easier).
	c := metrics.NewCESCounter(true)
	for _, r := range []string{"1", "１", "2分", "9", ""} {
		c.AddParsed(metrics.ParseScore(r, metrics.CESMin, metrics.CESMax))
	}
	got := c.Result()
	want := []metrics.RatingCount{{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 1}, {7, 2}}
	if !slices.Equal(got.Distribution, want) || got.Invalid != 1 || got.Skipped != 1 || got.N != 3 {
		t.Errorf("CES = %+v", got)
	}
	if empty := metrics.ComputeCES(nil, false); empty.Valid || empty.NetEase != 0 || empty.Indicative {
		t.Errorf("empty CES = %+v", empty)
	}
}
