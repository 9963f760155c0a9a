package sla

import (
	"math"
	"slices"
	"time"
)

// Attainment counts the completed runs of target k in results: runs that
// stopped met or breached (next-reply cycles each count; a running target,
// even one already breached, is not completed and is not counted — DOMAIN:
// "targets met ÷ (met + breached) completed in the period"). pct is
// 100·met/(met + breached), or 0 when there are none (check met+breached
// before showing it). Selecting the period is the caller's job.
func Attainment(results []Result, k Kind) (met, breached int, pct float64) {
	for i := range results {
		if tr := results[i].Target(k); tr != nil {
			met += tr.Met
			breached += tr.Breached
		}
	}
	if n := met + breached; n > 0 {
		pct = 100 * float64(met) / float64(n)
	}
	return met, breached, pct
}

// Durations returns the working time of every completed run of target k
// (TargetResult.Completed), in input order.
func Durations(results []Result, k Kind) []time.Duration {
	var out []time.Duration
	for i := range results {
		if tr := results[i].Target(k); tr != nil {
			out = append(out, tr.Completed...)
		}
	}
	return out
}

// Percentile returns the nearest-rank p-th percentile of ds (0 < p ≤ 100):
// the smallest value such that at least p% of the values are ≤ it, i.e.
// the value of rank ⌈p/100·n⌉ in ascending order. It is always one of the
// observed durations (so the median of an even count is the lower middle
// value, not an average). ok is false when ds is empty or p is out of
// range. ds is not modified.
func Percentile(ds []time.Duration, p float64) (d time.Duration, ok bool) {
	if len(ds) == 0 || !(p > 0 && p <= 100) {
		return 0, false
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	return s[max(rank, 1)-1], true
}

// DurationSummary is the n, median and P90 (nearest rank) of the working
// time of completed runs of one target (the api layer turns it into
// minutes for the dashboard).
type DurationSummary struct {
	Kind   Kind
	N      int
	Median time.Duration
	P90    time.Duration
}

// Summarize returns the DurationSummary of target k over results; Median
// and P90 are 0 when N is 0.
func Summarize(results []Result, k Kind) DurationSummary {
	ds := Durations(results, k)
	slices.Sort(ds)
	s := DurationSummary{Kind: k, N: len(ds)}
	s.Median, _ = Percentile(ds, 50)
	s.P90, _ = Percentile(ds, 90)
	return s
}
