package metrics

import (
	"math"
	"slices"
)

// Percentile returns the p-th percentile (0 ≤ p ≤ 100) of xs by linear
// interpolation between closest ranks — the method of Excel's
// PERCENTILE.INC (R type 7, NumPy's default), so a manager can check the
// monthly report in Excel:
//
//	h = (n − 1)·p/100,  x = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
//
// over the ascending order statistics x₍0₎…x₍n−1₎. xs is not modified. It
// returns false when xs is empty, p is outside [0, 100] or NaN, or xs holds a
// NaN or an infinity.
func Percentile(xs []float64, p float64) (float64, bool) {
	if len(xs) == 0 || !(p >= 0 && p <= 100) {
		return 0, false
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	// slices.Sort puts NaNs first, then −Inf; +Inf sorts last.
	if math.IsNaN(s[0]) || math.IsInf(s[0], -1) || math.IsInf(s[len(s)-1], 1) {
		return 0, false
	}
	h := float64(len(s)-1) * p / 100
	lo := int(math.Floor(h))
	if lo >= len(s)-1 {
		return s[len(s)-1], true
	}
	frac := h - float64(lo)
	if frac == 0 {
		return s[lo], true
	}
	return s[lo] + frac*(s[lo+1]-s[lo]), true
}

// Median returns the median of xs (Percentile 50: the middle value, or the
// mean of the two middle values), false when xs is empty.
func Median(xs []float64) (float64, bool) { return Percentile(xs, 50) }
