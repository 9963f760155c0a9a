package metrics

import "math"

// Wilson returns the 95% Wilson score interval for the proportion
// successes/n, in percent (0–100):
//
//	p̂ = s/n, z = 1.96
//	centre = (p̂ + z²/(2n)) / (1 + z²/n)
//	half   = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/(4n²))
//	CI     = 100·(centre ± half)
//
// Unlike the plain Wald interval it stays inside 0–100 and is not empty at
// 0% or 100%. It returns 0, 0 when n ≤ 0 or successes is outside [0, n].
func Wilson(successes, n int) (low, high float64) {
	if n <= 0 || successes < 0 || successes > n {
		return 0, 0
	}
	nf := float64(n)
	p := float64(successes) / nf
	z2 := Z95 * Z95
	denom := 1 + z2/nf
	centre := (p + z2/(2*nf)) / denom
	half := Z95 / denom * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))
	low, high = clip(100*(centre-half), 0, 100), clip(100*(centre+half), 0, 100)
	// At 0% and 100% the end is exactly 0 or 100; float rounding would
	// otherwise leave ±1e−15 residue.
	if successes == 0 {
		low = 0
	}
	if successes == n {
		high = 100
	}
	return low, high
}
