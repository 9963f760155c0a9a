package metrics_test

import (
	"testing"

	"feedbackdesk/backend/metrics"
)

// NPS change: z = ((p₁ − d₁) − (p₂ − d₂)) / √(SE₁² + SE₂²), SE² = s²/n,
// s² = p + d − (p − d)².
func TestCompareNPS(t *testing.T) {
	type counts [3]int // promoters, passives, detractors
	tests := []struct {
		name              string
		current, baseline counts
		delta, z          float64
		significant       bool
		direction, reason string
	}{
		{
			// n = 400 each. Current 200/160/40: p − d = 0.5 − 0.1 = 0.4 (NPS 40),
			// s² = 0.6 − 0.16 = 0.44, SE² = 0.44/400 = 0.0011.
			// Baseline 160/160/80: p − d = 0.4 − 0.2 = 0.2 (NPS 20),
			// s² = 0.6 − 0.04 = 0.56, SE² = 0.0014.
			// √(0.0011 + 0.0014) = √0.0025 = 0.05; z = 0.2/0.05 = 4 > 1.96 → up.
			name: "40 vs 20, n = 400", current: counts{200, 160, 40}, baseline: counts{160, 160, 80},
			delta: 20, z: 4, significant: true, direction: "up",
		},
		{
			// The same, reversed: z = −4 → down.
			name: "20 vs 40, n = 400", current: counts{160, 160, 80}, baseline: counts{200, 160, 40},
			delta: -20, z: -4, significant: true, direction: "down",
		},
		{
			// Baseline 196/160/44: p − d = 0.49 − 0.11 = 0.38 (NPS 38),
			// s² = 0.60 − 0.1444 = 0.4556, SE² = 0.001139.
			// √(0.0011 + 0.001139) = √0.002239 = 0.0473181; z = 0.02/0.0473181 = 0.4227.
			name: "40 vs 38: small difference", current: counts{200, 160, 40}, baseline: counts{196, 160, 44},
			delta: 2, z: 0.422671, direction: "none",
		},
		{
			// Just over the line. Baseline 50/30/20 (n = 100): NPS 30, s² = 0.61,
			// SE² = 0.0061. Current 59/32/9: p − d = 0.5, s² = 0.68 − 0.25 = 0.43,
			// SE² = 0.0043. √0.0104 = 0.1019804; z = 0.2/0.1019804 = 1.961161 > 1.96.
			name: "z = 1.9612", current: counts{59, 32, 9}, baseline: counts{50, 30, 20},
			delta: 20, z: 1.961161, significant: true, direction: "up",
		},
		{
			// Just under. Current 53/43/4: p − d = 0.49, s² = 0.57 − 0.2401 = 0.3299,
			// SE² = 0.003299. √0.009399 = 0.0969485; z = 0.19/0.0969485 = 1.959805 ≤ 1.96.
			name: "z = 1.9598", current: counts{53, 43, 4}, baseline: counts{50, 30, 20},
			delta: 19, z: 1.959805, direction: "none",
		},
		{
			// n = 29 each, +100 vs −100: indicative only, never an arrow.
			name: "n < 30 both", current: counts{29, 0, 0}, baseline: counts{0, 0, 29},
			delta: 200, direction: "none", reason: "indicative",
		},
		{
			// One side n = 29 is enough to withhold the test (400 vs 29).
			name: "n < 30 one side", current: counts{200, 160, 40}, baseline: counts{5, 4, 20},
			delta: 40 - 100*(5-20)/29.0, direction: "none", reason: "indicative",
		},
		{
			name: "n = 0", current: counts{200, 160, 40}, baseline: counts{0, 0, 0},
			direction: "none", reason: "n0",
		},
		{
			// Both unanimous: SE₁ = SE₂ = 0, z undefined → no arrow, reason given
			// (rather than an infinite z that JSON cannot carry).
			name: "no variance", current: counts{30, 0, 0}, baseline: counts{0, 0, 30},
			delta: 200, direction: "none", reason: "no_variance",
		},
	}
	for _, tt := range tests {
		cur := metrics.NPSFromCounts(tt.current[0], tt.current[1], tt.current[2])
		base := metrics.NPSFromCounts(tt.baseline[0], tt.baseline[1], tt.baseline[2])
		got := metrics.CompareNPS(cur, base)
		near(t, tt.name+" Delta", got.Delta, tt.delta, 1e-9)
		near(t, tt.name+" Z", got.Z, tt.z, 1e-6)
		if got.Significant != tt.significant || got.Direction != tt.direction || got.Reason != tt.reason {
			t.Errorf("%s: %+v, want significant %v, direction %q, reason %q", tt.name, got, tt.significant, tt.direction, tt.reason)
		}
	}
}

// Pooled two-proportion z-test: p̂ = (s₁ + s₂)/(n₁ + n₂),
// SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)), z = (s₁/n₁ − s₂/n₂)/SE.
func TestCompareProportions(t *testing.T) {
	tests := []struct {
		name              string
		s1, n1, s2, n2    int
		delta, z          float64
		significant       bool
		direction, reason string
	}{
		{
			// 40/50 vs 30/50: p̂ = 70/100 = 0.7, SE = √(0.21·0.04) = √0.0084 = 0.0916515;
			// z = (0.8 − 0.6)/0.0916515 = 2.182179 → up, +20 points.
			name: "80% vs 60%, n = 50", s1: 40, n1: 50, s2: 30, n2: 50,
			delta: 20, z: 2.182179, significant: true, direction: "up",
		},
		{
			// 80/100 vs 70/100: p̂ = 0.75, SE = √(0.1875·0.02) = √0.00375 = 0.0612372;
			// z = 0.1/0.0612372 = 1.632993 → not significant.
			name: "80% vs 70%, n = 100", s1: 80, n1: 100, s2: 70, n2: 100,
			delta: 10, z: 1.632993, direction: "none",
		},
		{
			// 30/100 vs 45/100: p̂ = 0.375, SE = √(0.234375·0.02) = √0.0046875 = 0.0684653;
			// z = −0.15/0.0684653 = −2.190890 → down.
			name: "30% vs 45%", s1: 30, n1: 100, s2: 45, n2: 100,
			delta: -15, z: -2.190890, significant: true, direction: "down",
		},
		{
			name: "n < 30", s1: 20, n1: 25, s2: 5, n2: 25,
			delta: 60, direction: "none", reason: "indicative",
		},
		{
			name: "n = 0", s1: 0, n1: 0, s2: 30, n2: 50,
			direction: "none", reason: "n0",
		},
		{
			// 100% vs 100%: p̂ = 1, SE = 0 → no test.
			name: "both 100%", s1: 40, n1: 40, s2: 50, n2: 50,
			direction: "none", reason: "no_variance",
		},
	}
	for _, tt := range tests {
		got := metrics.CompareProportions(tt.s1, tt.n1, tt.s2, tt.n2)
		near(t, tt.name+" Delta", got.Delta, tt.delta, 1e-9)
		near(t, tt.name+" Z", got.Z, tt.z, 1e-6)
		if got.Significant != tt.significant || got.Direction != tt.direction || got.Reason != tt.reason {
			t.Errorf("%s: %+v, want significant %v, direction %q, reason %q", tt.name, got, tt.significant, tt.direction, tt.reason)
		}
	}
}

func TestCompareCSAT(t *testing.T) {
	cur, _ := metrics.NewCSATCounter(1, 5)
	cur.AddN(5, 40) // 40 satisfied of 50
	cur.AddN(1, 10)
	base, _ := metrics.NewCSATCounter(1, 5)
	base.AddN(4, 30) // 30 satisfied of 50
	base.AddN(3, 20)
	got := metrics.CompareCSAT(cur.Result(), base.Result())
	want := metrics.CompareProportions(40, 50, 30, 50)
	if got != want || got.Direction != "up" {
		t.Errorf("CompareCSAT = %+v, want %+v", got, want)
	}
}
