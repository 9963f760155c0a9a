package metrics_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"feedbackdesk/backend/metrics"
)

// For random valid samples: the adjusted Wald interval need not contain the
// raw score (small samples are pulled towards 0), but it always lies within
// ±100, is ordered, and — when not clipped — is centred on the adjusted
// estimate 100·(p′ − d′). Shares sum to 100, MOE = 196·SE, and the result
// always encodes as JSON.
func TestNPSProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2016, 3))
	for i := 0; i < 5000; i++ {
		n := 1 + rng.IntN(300)
		if i%5 == 0 {
			n = 1 + rng.IntN(5) // plenty of tiny samples, where clipping happens
		}
		var c metrics.NPSCounter
		scores := make([]int, n)
		skew := rng.IntN(3) // vary the mix: some samples lean to the ends
		for j := range scores {
			switch skew {
			case 0:
				scores[j] = rng.IntN(11)
			case 1:
				scores[j] = 9 + rng.IntN(2)
			default:
				scores[j] = rng.IntN(11) / 2 // 0–5: all detractors
			}
			c.Add(scores[j])
		}
		r := c.Result()
		if r != metrics.ComputeNPS(scores) {
			t.Fatalf("counter and slice disagree for %v", scores)
		}
		if !(-100 <= r.CILow && r.CILow <= r.CIHigh && r.CIHigh <= 100) {
			t.Fatalf("n=%d P=%d D=%d: CI %v … %v", r.N, r.Promoters, r.Detractors, r.CILow, r.CIHigh)
		}
		if r.Score < -100 || r.Score > 100 || r.N != n {
			t.Fatalf("score %v, n %d", r.Score, r.N)
		}
		n2 := float64(n + 3)
		adj := 100 * ((float64(r.Promoters)+0.75)/n2 - (float64(r.Detractors)+0.75)/n2)
		if r.CILow > -100 && r.CIHigh < 100 && math.Abs((r.CILow+r.CIHigh)/2-adj) > 1e-9 {
			t.Fatalf("n=%d P=%d D=%d: midpoint %v, adjusted estimate %v", r.N, r.Promoters, r.Detractors, (r.CILow+r.CIHigh)/2, adj)
		}
		if r.CILow > adj || r.CIHigh < adj {
			t.Fatalf("adjusted estimate %v outside %v … %v", adj, r.CILow, r.CIHigh)
		}
		if math.Abs(r.PromoterShare+r.PassiveShare+r.DetractorShare-100) > 1e-9 {
			t.Fatalf("shares do not sum to 100: %+v", r)
		}
		if math.Abs(r.MOE-100*metrics.Z95*r.SE) > 1e-9 || r.Indicative != (n < metrics.MinSample) {
			t.Fatalf("MOE/indicative: %+v", r)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	}
}

// CSAT: the Wilson interval lies within 0–100, contains the observed percent.
func TestCSATProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	for i := 0; i < 2000; i++ {
		n := 1 + rng.IntN(200)
		s := rng.IntN(n + 1)
		lo, hi := metrics.Wilson(s, n)
		pct := 100 * float64(s) / float64(n)
		if !(0 <= lo && lo <= pct && pct <= hi && hi <= 100) {
			t.Fatalf("Wilson(%d, %d) = %v … %v, percent %v", s, n, lo, hi, pct)
		}
	}
}
