package metrics

import (
	"math"
	"slices"
	"sort"
	"time"

	"feedbackdesk/backend/feedback"
)

// Day is the length of one day in the customer rules: recency, windows and
// tenure are counted in whole 24-hour days from the reference instant `at`.
const Day = 24 * time.Hour

// RFMMode says how R, F and M values were turned into 1–5 scores.
type RFMMode string

// RFM scoring modes.
const (
	// RFMAuto picks RFMQuintiles when at least MinQuintileCustomers
	// customers are scored, RFMBreakpoints otherwise. It is an option only;
	// a result always names the mode it used.
	RFMAuto RFMMode = ""
	// RFMQuintiles scores by mid-rank percentile among the scored customers
	// (see PercentileScore).
	RFMQuintiles RFMMode = "quintiles"
	// RFMBreakpoints scores by fixed, configurable breakpoints (see
	// RFMBreakpointSet).
	RFMBreakpoints RFMMode = "breakpoints"
)

// DefaultMinQuintileCustomers is the smallest number of scored customers for
// which RFMAuto uses quintiles (DOMAIN.md: "fewer than ~500 customers, offer
// fixed breakpoints instead").
const DefaultMinQuintileCustomers = 500

// RFMInput is one customer's purchase history summarised for RFM at an
// instant `at` over a window of W days, the window being [at − W days, at).
type RFMInput struct {
	CustomerID int64
	// LastPurchase is the customer's latest purchase before `at`, inside the
	// window or not; the zero time means no purchase on record.
	LastPurchase time.Time
	// Orders is the number of orders placed in the window (F).
	Orders int
	// NetSpend is Σ(amount − refund) of the orders in the window (M), in CNY.
	NetSpend float64
}

// RFMBreakpointSet holds the fixed breakpoints used below the quintile
// threshold. Each array is the four cut points between scores 1|2|3|4|5:
//
//	R: days ≤ RecencyDays[0] → 5, ≤ [1] → 4, ≤ [2] → 3, ≤ [3] → 2, else 1
//	F: orders ≥ Frequency[3] → 5, ≥ [2] → 4, ≥ [1] → 3, ≥ [0] → 2, else 1
//	M: spend ≥ Monetary[3] → 5, ≥ [2] → 4, ≥ [1] → 3, ≥ [0] → 2, else 1
//
// RecencyDays must be ascending; Frequency and Monetary ascending too.
type RFMBreakpointSet struct {
	RecencyDays [4]int     `json:"recency_days"`
	Frequency   [4]int     `json:"frequency"`
	Monetary    [4]float64 `json:"monetary"`
}

// DefaultRFMBreakpoints are the fixed breakpoints for a one-year window and
// spend in CNY: R 30/90/180/365 days; F 2/3/5/10 orders (one order scores
// 1); M ¥500/¥2,000/¥5,000/¥20,000 net.
var DefaultRFMBreakpoints = RFMBreakpointSet{
	RecencyDays: [4]int{30, 90, 180, 365},
	Frequency:   [4]int{2, 3, 5, 10},
	Monetary:    [4]float64{500, 2000, 5000, 20000},
}

// RFMOptions configures ScoreRFM. The zero value means RFMAuto with the
// default threshold and breakpoints.
type RFMOptions struct {
	Mode RFMMode
	// MinQuintileCustomers overrides DefaultMinQuintileCustomers when > 0.
	MinQuintileCustomers int
	// Breakpoints overrides DefaultRFMBreakpoints when non-nil.
	Breakpoints *RFMBreakpointSet
}

// CustomerRFM is one customer's RFM values, scores and segment.
type CustomerRFM struct {
	CustomerID int64 `json:"id"`
	// Scored is false for a customer with no purchase before `at`: such a
	// customer has no recency, is left out of the ranking population and
	// has zero scores and no segment.
	Scored bool `json:"scored"`
	// RecencyDays is ⌊(at − LastPurchase) / 24 h⌋.
	RecencyDays int     `json:"recency_days"`
	Frequency   int     `json:"frequency"`
	Monetary    float64 `json:"monetary"`
	R           int     `json:"r"`
	F           int     `json:"f"`
	M           int     `json:"m"`
	// FM is the combined frequency–monetary score, (F + M)/2 rounded half
	// up: ⌊(F + M + 1)/2⌋.
	FM      int        `json:"fm"`
	Segment RFMSegment `json:"segment"`
}

// RFMResult is the RFM scoring of a set of customers, in input order.
type RFMResult struct {
	Mode RFMMode `json:"mode"`
	// N is the number of scored customers (the ranking population).
	N         int           `json:"n"`
	Customers []CustomerRFM `json:"customers"`
}

// ScoreRFM scores customers at the instant `at` (DOMAIN.md "RFM").
//
// Customers without a purchase before `at` are not scored (Scored false).
// A customer whose last purchase lies before the window is scored with
// F = 0 and M = 0 and the recency of that purchase. Purchases at or after
// `at` must not be passed in (LastPurchase ≥ at is an EINVALID error).
//
// In RFMQuintiles mode each score is PercentileScore over the scored
// customers, R ranked on −days so that the most recent customers score 5.
// In RFMBreakpoints mode the fixed breakpoints apply. RFMAuto uses
// quintiles when N ≥ MinQuintileCustomers.
func ScoreRFM(in []RFMInput, at time.Time, opt RFMOptions) (RFMResult, error) {
	switch opt.Mode {
	case RFMAuto, RFMQuintiles, RFMBreakpoints:
	default:
		return RFMResult{}, feedback.Errorf(feedback.EINVALID, "error.metrics.rfm_mode", "Unknown RFM mode %q.", opt.Mode)
	}
	bp := DefaultRFMBreakpoints
	if opt.Breakpoints != nil {
		bp = *opt.Breakpoints
	}
	if err := bp.Validate(); err != nil {
		return RFMResult{}, err
	}
	out := RFMResult{Customers: make([]CustomerRFM, len(in))}
	var negDays, freq, spend []float64
	for i, c := range in {
		cr := CustomerRFM{CustomerID: c.CustomerID, Frequency: c.Orders, Monetary: c.NetSpend}
		if math.IsNaN(c.NetSpend) || math.IsInf(c.NetSpend, 0) || c.Orders < 0 {
			return RFMResult{}, feedback.Errorf(feedback.EINVALID, "error.metrics.rfm_input",
				"Customer %d has an invalid order count or spend.", c.CustomerID)
		}
		if !c.LastPurchase.IsZero() {
			if !c.LastPurchase.Before(at) {
				return RFMResult{}, feedback.Errorf(feedback.EINVALID, "error.metrics.rfm_future",
					"Customer %d has a purchase at or after the scoring date.", c.CustomerID)
			}
			cr.Scored = true
			cr.RecencyDays = int(at.Sub(c.LastPurchase) / Day)
			negDays = append(negDays, -float64(cr.RecencyDays))
			freq = append(freq, float64(c.Orders))
			spend = append(spend, c.NetSpend)
		}
		out.Customers[i] = cr
	}
	out.N = len(freq)
	out.Mode = opt.Mode
	if out.Mode == RFMAuto {
		minQ := opt.MinQuintileCustomers
		if minQ <= 0 {
			minQ = DefaultMinQuintileCustomers
		}
		out.Mode = RFMBreakpoints
		if out.N >= minQ {
			out.Mode = RFMQuintiles
		}
	}
	rPop, fPop, mPop := newPopulation(negDays), newPopulation(freq), newPopulation(spend)
	for i := range out.Customers {
		c := &out.Customers[i]
		if !c.Scored {
			continue
		}
		if out.Mode == RFMQuintiles {
			c.R = rPop.score(-float64(c.RecencyDays))
			c.F = fPop.score(float64(c.Frequency))
			c.M = mPop.score(c.Monetary)
		} else {
			c.R, c.F, c.M = bp.scores(c.RecencyDays, c.Frequency, c.Monetary)
		}
		c.FM = (c.F + c.M + 1) / 2
		c.Segment = RFMSegmentFor(c.R, c.FM)
	}
	return out, nil
}

// PercentileScore returns the 1–5 quintile score of x within the population
// xs (which should contain x), higher values scoring higher. It uses the
// mid-rank percentile rank, so that equal values always get equal scores:
//
//	PR = (L + E/2) / n,  score = min(5, 1 + ⌊5·PR⌋)
//
// where L counts the values below x and E the values equal to x. With n
// distinct values, sorted ascending and numbered from 0, value i scores
// 1 + ⌊(i + ½)·5/n⌋: exactly n/5 customers per score when 5 divides n. A
// tie group is scored at the percentile of its middle. The arithmetic is
// done in integers (⌊5·(2L + E) / 2n⌋), so no rounding can move a boundary.
// It returns 0 when xs is empty.
func PercentileScore(xs []float64, x float64) int {
	if len(xs) == 0 {
		return 0
	}
	below, equal := rankCounts(xs, x)
	return quintile(below, equal, len(xs))
}

// quintile is PercentileScore's formula in integers.
func quintile(below, equal, n int) int { return min(5, 1+5*(2*below+equal)/(2*n)) }

// population is a sorted copy of a ranking population, so that each
// customer's score costs a binary search rather than a scan.
type population []float64

func newPopulation(xs []float64) population {
	p := slices.Clone(xs)
	slices.Sort(p)
	return p
}

// score is PercentileScore(p, x).
func (p population) score(x float64) int {
	below := sort.SearchFloat64s(p, x)
	upTo := sort.Search(len(p), func(i int) bool { return p[i] > x })
	return quintile(below, upTo-below, len(p))
}

// rankCounts returns how many values of xs are below x and equal to x.
func rankCounts(xs []float64, x float64) (below, equal int) {
	for _, v := range xs {
		switch {
		case v < x:
			below++
		case v == x:
			equal++
		}
	}
	return below, equal
}

// Validate reports an EINVALID error when a breakpoint array is not in
// ascending order or holds a NaN or an infinity.
func (b RFMBreakpointSet) Validate() error {
	for i := 1; i < 4; i++ {
		if b.RecencyDays[i] <= b.RecencyDays[i-1] || b.Frequency[i] <= b.Frequency[i-1] ||
			!(b.Monetary[i] > b.Monetary[i-1]) || math.IsInf(b.Monetary[i], 0) || math.IsInf(b.Monetary[0], 0) {
			return feedback.Errorf(feedback.EINVALID, "error.metrics.rfm_breakpoints",
				"RFM breakpoints must be finite and strictly ascending.")
		}
	}
	return nil
}

func (b RFMBreakpointSet) scores(days, orders int, spend float64) (r, f, m int) {
	r = 5
	for _, cut := range b.RecencyDays {
		if days > cut {
			r--
		}
	}
	f, m = 1, 1
	for i := range 4 {
		if orders >= b.Frequency[i] {
			f++
		}
		if spend >= b.Monetary[i] {
			m++
		}
	}
	return r, f, m
}

// RFMSegment is the stable key of an RFM segment.
type RFMSegment string

// RFM segments (DOMAIN.md), in rule order.
const (
	SegmentNone              RFMSegment = "" // not scored: no purchase on record
	SegmentChampions         RFMSegment = "champions"
	SegmentLoyal             RFMSegment = "loyal"
	SegmentPotentialLoyalist RFMSegment = "potential_loyalist"
	SegmentNew               RFMSegment = "new"
	SegmentNeedAttention     RFMSegment = "need_attention"
	SegmentAtRisk            RFMSegment = "at_risk"
	SegmentHibernating       RFMSegment = "hibernating"
	SegmentLost              RFMSegment = "lost"
)

// RFMSegmentRule is one row of the segment map: a customer whose R score is
// in [RMin, RMax] and whose FM score is in [FMMin, FMMax] belongs to
// Segment, unless an earlier rule matched.
type RFMSegmentRule struct {
	Segment RFMSegment `json:"segment"`
	RMin    int        `json:"r_min"`
	RMax    int        `json:"r_max"`
	FMMin   int        `json:"fm_min"`
	FMMax   int        `json:"fm_max"`
}

// rfmSegmentRules is DOMAIN.md's segment map, literally and in its order.
// Because the first matching rule wins, two rules can never match: New
// (R 4–5, FM ≤ 1) is inside Potential loyalist (R 3–5, FM 1–3), and Lost
// (R ≤ 2, FM ≤ 2) is covered by Need attention (R2 FM2), At risk (R1 FM2)
// and Hibernating (R1–2 FM1). Every (R, FM) pair matches some rule.
var rfmSegmentRules = []RFMSegmentRule{
	{SegmentChampions, 4, 5, 4, 5},
	{SegmentLoyal, 2, 5, 3, 5},
	{SegmentPotentialLoyalist, 3, 5, 1, 3},
	{SegmentNew, 4, 5, 1, 1},
	{SegmentNeedAttention, 2, 3, 2, 3},
	{SegmentAtRisk, 1, 2, 2, 5},
	{SegmentHibernating, 1, 2, 1, 2},
	{SegmentLost, 1, 2, 1, 2},
}

// RFMSegmentRules returns a copy of the segment map in rule order, for the
// Definitions sheet and the UI legend.
func RFMSegmentRules() []RFMSegmentRule { return slices.Clone(rfmSegmentRules) }

// RFMSegmentFor returns the segment of the first rule matching the R and FM
// scores, SegmentNone when none does (scores outside 1–5).
func RFMSegmentFor(r, fm int) RFMSegment {
	for _, rule := range rfmSegmentRules {
		if r >= rule.RMin && r <= rule.RMax && fm >= rule.FMMin && fm <= rule.FMMax {
			return rule.Segment
		}
	}
	return SegmentNone
}
