package metrics_test

import (
	"encoding/json"
	"strings"
	"testing"

	"feedbackdesk/backend/metrics"
)

// Hand-computed NPS cases. Notation: n′ = n + 3, p′ = (P + 0.75)/n′,
// d′ = (D + 0.75)/n′, V′ = p′ + d′ − (p′ − d′)², SE′ = √(V′/n′),
// CI = 100·((p′ − d′) ± 1.96·SE′) clipped to ±100; plain s² = p + d − (p − d)²,
// SE = √(s²/n), MOE = 100·1.96·SE.
func TestNPSFromCounts(t *testing.T) {
	tests := []struct {
		name          string
		P, A, D       int // promoters, passives, detractors
		score         float64
		rounded       int
		ciLow, ciHigh float64
		moe, se       float64
		indicative    bool
		noCI          bool // interval covered by other cases
	}{
		{
			// n = 1, one promoter: score 100.
			// n′ = 4, p′ = 1.75/4 = 0.4375, d′ = 0.75/4 = 0.1875, p′ − d′ = 0.25,
			// V′ = 0.625 − 0.0625 = 0.5625, SE′ = √(0.5625/4) = 0.375,
			// CI = 100·(0.25 ± 0.735) = −48.5 … 98.5 (not clipped, and 100 lies outside).
			// s² = 1 + 0 − 1 = 0 → SE = 0, MOE = 0.
			name: "single promoter", P: 1, score: 100, rounded: 100,
			ciLow: -48.5, ciHigh: 98.5, moe: 0, se: 0, indicative: true,
		},
		{
			// Mirror image: p′ = 0.1875, d′ = 0.4375 → CI = 100·(−0.25 ± 0.735).
			name: "single detractor", D: 1, score: -100, rounded: -100,
			ciLow: -98.5, ciHigh: 48.5, moe: 0, se: 0, indicative: true,
		},
		{
			// n = 15, all promoters. n′ = 18, p′ = 15.75/18 = 0.875,
			// d′ = 0.75/18 = 0.041667, p′ − d′ = 15/18 = 0.833333,
			// V′ = 16.5/18 − (15/18)² = 0.916667 − 0.694444 = 0.222222 (= 2/9),
			// SE′ = √((2/9)/18) = √(1/81) = 1/9 = 0.111111, 1.96/9 = 0.217778,
			// CI = 83.3333 ± 21.7778 = 61.5556 … 105.1111 → upper clipped to 100.
			name: "all promoters, upper clipped", P: 15, score: 100, rounded: 100,
			ciLow: 61.5556, ciHigh: 100, moe: 0, se: 0, indicative: true,
		},
		{
			// Mirror image: CI = −83.3333 ± 21.7778 = −105.1111 … −61.5556 → lower clipped.
			name: "all detractors, lower clipped", D: 15, score: -100, rounded: -100,
			ciLow: -100, ciHigh: -61.5556, moe: 0, se: 0, indicative: true,
		},
		{
			// n = 100, 30/40/30: NPS = 100·0/100 = 0.
			// n′ = 103, p′ = d′ = 30.75/103 = 0.298544, V′ = 0.597087 − 0 = 0.597087,
			// SE′ = √(0.597087/103) = √0.00579696 = 0.0761378, 1.96·SE′ = 0.149230,
			// CI = −14.9230 … 14.9230.
			// s² = 0.3 + 0.3 − 0 = 0.6, SE = √(0.6/100) = √0.006 = 0.0774597,
			// MOE = 196·0.0774597 = 15.1821.
			name: "30/40/30", P: 30, A: 40, D: 30, score: 0, rounded: 0,
			ciLow: -14.9230, ciHigh: 14.9230, moe: 15.1821, se: 0.0774597,
		},
		{
			// n = 100, P = 50, passives 30, D = 20: NPS = 100·30/100 = 30.
			// n′ = 103, p′ = 50.75/103 = 0.492718, d′ = 20.75/103 = 0.201456,
			// p′ − d′ = 30/103 = 0.291262, p′ + d′ = 71.5/103 = 0.694175,
			// (p′ − d′)² = 900/10609 = 0.0848336, V′ = 0.609341,
			// SE′ = √(0.609341/103) = √0.00591593 = 0.0769151, 1.96·SE′ = 0.150754,
			// CI = 100·(0.291262 ± 0.150754) = 14.0509 … 44.2016
			// (midpoint 29.13, not 30: the adjusted estimate).
			// s² = 0.5 + 0.2 − 0.09 = 0.61, SE = √0.0061 = 0.0781025, MOE = 15.3081.
			name: "realistic 50/30/20", P: 50, A: 30, D: 20, score: 30, rounded: 30,
			ciLow: 14.0509, ciHigh: 44.2016, moe: 15.3081, se: 0.0781025,
		},
		{
			// n = 5, 3/1/1: NPS = 100·2/5 = 40.
			// n′ = 8, p′ = 3.75/8 = 0.46875, d′ = 1.75/8 = 0.21875, p′ − d′ = 0.25,
			// V′ = 0.6875 − 0.0625 = 0.625, SE′ = √(0.625/8) = √0.078125 = 0.279508,
			// 1.96·SE′ = 0.547837, CI = 25 ± 54.7837 = −29.7837 … 79.7837.
			// s² = 0.6 + 0.2 − 0.16 = 0.64, SE = √(0.64/5) = √0.128 = 0.357771,
			// MOE = 196·0.357771 = 70.1231.
			name: "tiny mixed", P: 3, A: 1, D: 1, score: 40, rounded: 40,
			ciLow: -29.7837, ciHigh: 79.7837, moe: 70.1231, se: 0.357771, indicative: true,
		},
		{
			// Rounding half away from zero: n = 8, P − D = 1 → 12.5 → 13.
			name: "12.5 rounds to 13", P: 2, A: 5, D: 1, score: 12.5, rounded: 13,
			noCI: true, indicative: true,
		},
		{
			// n = 8, P − D = −1 → −12.5 → −13.
			name: "-12.5 rounds to -13", P: 1, A: 5, D: 2, score: -12.5, rounded: -13,
			noCI: true, indicative: true,
		},
		{
			// n = 3, P − D = 2 → 66.667 → 67.
			name: "two thirds", P: 2, A: 1, score: 66.6667, rounded: 67,
			noCI: true, indicative: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := metrics.NPSFromCounts(tt.P, tt.A, tt.D)
			n := tt.P + tt.A + tt.D
			if !got.Valid || got.N != n || got.Promoters != tt.P || got.Passives != tt.A || got.Detractors != tt.D {
				t.Fatalf("counts = %+v", got)
			}
			near(t, "Score", got.Score, tt.score, 1e-4)
			if got.Rounded != tt.rounded {
				t.Errorf("Rounded = %d, want %d", got.Rounded, tt.rounded)
			}
			if got.Indicative != tt.indicative {
				t.Errorf("Indicative = %v, want %v", got.Indicative, tt.indicative)
			}
			near(t, "shares sum", got.PromoterShare+got.PassiveShare+got.DetractorShare, 100, 1e-9)
			near(t, "PromoterShare", got.PromoterShare, 100*float64(tt.P)/float64(n), 1e-9)
			if tt.noCI {
				return
			}
			near(t, "CILow", got.CILow, tt.ciLow, 1e-4)
			near(t, "CIHigh", got.CIHigh, tt.ciHigh, 1e-4)
			near(t, "MOE", got.MOE, tt.moe, 1e-4)
			near(t, "SE", got.SE, tt.se, 1e-6)
		})
	}
}

func TestNPSEmpty(t *testing.T) {
	var c metrics.NPSCounter
	c.AddSkipped(2)
	c.AddInvalid(1)
	got := c.Result()
	want := metrics.NPS{Skipped: 2, Invalid: 1}
	if got != want {
		t.Fatalf("n = 0: %+v, want %+v", got, want)
	}
	// Encodes as JSON (no NaN) and says it is not valid.
	b, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"valid":false`) || !strings.Contains(string(b), `"n":0`) {
		t.Errorf("JSON = %s", b)
	}
	if e := metrics.ComputeNPS(nil); e.Valid || e.N != 0 {
		t.Errorf("ComputeNPS(nil) = %+v", e)
	}
}

// The whole path from raw cells to NPS: normalised answers count, 6.5 and 11
// are invalid (excluded from n, counted), empty and N/A are skipped.
func TestNPSFromRawAnswers(t *testing.T) {
	raw := []string{"10", "10分", "１０", "9", "8", "6.5", "11", "", "N/A", "0", " 7 "}
	var c metrics.NPSCounter
	for _, r := range raw {
		c.AddParsed(metrics.ParseScore(r, metrics.NPSMin, metrics.NPSMax))
	}
	got := c.Result()
	// Valid: 10, 10, 10, 9 (P = 4); 8, 7 (passives 2); 0 (D = 1); n = 7.
	// NPS = 100·(4 − 1)/7 = 42.857 → 43.
	if got.N != 7 || got.Promoters != 4 || got.Passives != 2 || got.Detractors != 1 {
		t.Fatalf("counts = %+v", got)
	}
	if got.Invalid != 2 || got.Skipped != 2 {
		t.Errorf("Invalid, Skipped = %d, %d; want 2, 2", got.Invalid, got.Skipped)
	}
	near(t, "Score", got.Score, 42.8571, 1e-4)
	if got.Rounded != 43 {
		t.Errorf("Rounded = %d, want 43", got.Rounded)
	}
}

func TestNPSCounterMatchesSlice(t *testing.T) {
	scores := []int{0, 3, 6, 6, 7, 8, 9, 9, 10, 10, 10, 12, -1}
	fromSlice := metrics.ComputeNPS(scores)
	// The same data as an SQL GROUP BY score would deliver it.
	var c metrics.NPSCounter
	for _, row := range [][2]int{{0, 1}, {3, 1}, {6, 2}, {7, 1}, {8, 1}, {9, 2}, {10, 3}, {12, 1}, {-1, 1}, {5, 0}, {5, -4}} {
		c.AddN(row[0], row[1])
	}
	fromCounts := c.Result()
	if fromSlice != fromCounts {
		t.Errorf("slice %+v\n counts %+v", fromSlice, fromCounts)
	}
	// Bands: 9–10 → 5 promoters, 7–8 → 2 passives, 0–6 → 4 detractors;
	// 12 and −1 are invalid, not clamped.
	if fromSlice.N != 11 || fromSlice.Promoters != 5 || fromSlice.Passives != 2 || fromSlice.Detractors != 4 || fromSlice.Invalid != 2 {
		t.Errorf("bands = %+v", fromSlice)
	}
}

func TestNPSIndicativeBoundary(t *testing.T) {
	if got := metrics.NPSFromCounts(10, 9, 10); !got.Indicative || got.N != 29 {
		t.Errorf("n = 29: Indicative = %v", got.Indicative)
	}
	if got := metrics.NPSFromCounts(10, 10, 10); got.Indicative {
		t.Errorf("n = 30: Indicative = true")
	}
}
