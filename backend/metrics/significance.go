package metrics

import "math"

// Directions of a change.
const (
	DirectionUp   = "up"
	DirectionDown = "down"
	DirectionNone = "none"
)

// Reasons a change carries no significance verdict.
const (
	// ReasonNoData: one of the two samples has n = 0; there is no delta.
	ReasonNoData = "n0"
	// ReasonIndicative: one of the two samples has n < MinSample; the delta
	// is given but no test is made and no arrow is shown.
	ReasonIndicative = "indicative"
	// ReasonNoVariance: the standard error of the difference is zero (both
	// samples unanimous), so z is undefined; no arrow is shown.
	ReasonNoVariance = "no_variance"
)

// Change compares a current figure with a baseline (the previous period or
// another segment).
type Change struct {
	// Delta is current − baseline, in points (NPS points or percentage points).
	Delta float64 `json:"delta"`
	// Z is the test statistic; 0 when no test was made (see Reason).
	Z float64 `json:"z"`
	// Significant is |Z| > 1.96 (95%, two-sided).
	Significant bool `json:"significant"`
	// Direction is "up" or "down" when Significant, else "none": the arrow.
	Direction string `json:"direction"`
	// Reason is "" when the test was made, else ReasonNoData,
	// ReasonIndicative or ReasonNoVariance.
	Reason string `json:"reason,omitempty"`
}

// CompareNPS tests the change from baseline to current (DOMAIN.md):
//
//	z = (NPS₁ − NPS₂) / √(SE₁² + SE₂²), in fractions,
//
// where NPS in fractions is p − d and SE is each sample's plain standard
// error √(s²/n), s² = p + d − (p − d)² (NPS.SE) — the same SE as the plain
// MOE, not the adjusted Wald SE′, which is for the interval only. Significant
// when |z| > 1.96. When either sample has n < 30 no test is made (no arrow);
// when either has n = 0 there is no delta either.
func CompareNPS(current, baseline NPS) Change {
	if current.N == 0 || baseline.N == 0 {
		return Change{Direction: DirectionNone, Reason: ReasonNoData}
	}
	delta := current.Score - baseline.Score
	if current.N < MinSample || baseline.N < MinSample {
		return Change{Delta: delta, Direction: DirectionNone, Reason: ReasonIndicative}
	}
	// Fractions from the counts, not Score/100, so no rounding creeps in.
	d1 := float64(current.Promoters-current.Detractors) / float64(current.N)
	d2 := float64(baseline.Promoters-baseline.Detractors) / float64(baseline.N)
	return zTest(delta, d1-d2, math.Hypot(current.SE, baseline.SE))
}

// CompareProportions is the pooled two-proportion z-test of the change from
// baseline (s2 of n2) to current (s1 of n1), e.g. CSAT satisfied/N:
//
//	p̂ = (s₁ + s₂)/(n₁ + n₂),  SE = √(p̂(1 − p̂)(1/n₁ + 1/n₂)),
//	z = (s₁/n₁ − s₂/n₂)/SE,   Delta = 100·(s₁/n₁ − s₂/n₂) points.
//
// As for NPS, no test is made when either n < 30, and there is no delta
// when either n is 0 (or a count is outside [0, n]).
func CompareProportions(s1, n1, s2, n2 int) Change {
	if n1 <= 0 || n2 <= 0 || s1 < 0 || s1 > n1 || s2 < 0 || s2 > n2 {
		return Change{Direction: DirectionNone, Reason: ReasonNoData}
	}
	p1, p2 := float64(s1)/float64(n1), float64(s2)/float64(n2)
	delta := 100 * (p1 - p2)
	if n1 < MinSample || n2 < MinSample {
		return Change{Delta: delta, Direction: DirectionNone, Reason: ReasonIndicative}
	}
	pool := float64(s1+s2) / float64(n1+n2)
	se := math.Sqrt(pool * (1 - pool) * (1/float64(n1) + 1/float64(n2)))
	return zTest(delta, p1-p2, se)
}

// CompareCSAT tests the change of CSAT % from baseline to current with
// CompareProportions.
func CompareCSAT(current, baseline CSAT) Change {
	return CompareProportions(current.Satisfied, current.N, baseline.Satisfied, baseline.N)
}

// zTest turns a difference (in fractions) and its standard error into a
// Change. A zero SE yields ReasonNoVariance rather than an infinite z.
func zTest(delta, diff, se float64) Change {
	if se == 0 {
		return Change{Delta: delta, Direction: DirectionNone, Reason: ReasonNoVariance}
	}
	c := Change{Delta: delta, Z: diff / se, Direction: DirectionNone}
	if math.Abs(c.Z) > Z95 {
		c.Significant = true
		if c.Z > 0 {
			c.Direction = DirectionUp
		} else {
			c.Direction = DirectionDown
		}
	}
	return c
}
