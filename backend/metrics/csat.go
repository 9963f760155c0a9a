package metrics

import "feedbackdesk/backend/feedback"

// CSAT is the share of satisfied answers on a rating scale, with the mean
// rating, the distribution and a 95% Wilson interval.
//
// The satisfied set depends on the scale (DOMAIN.md): 1–3 → {3},
// 1–5 → {4,5}, 1–7 → {6,7}, 1–10 → {8,9,10}. Percent = 100·Satisfied/N.
// With N = 0, Valid is false and the figures are zero (the distribution
// still lists the scale's ratings).
type CSAT struct {
	Valid    bool `json:"valid"`
	ScaleMin int  `json:"scale_min"`
	ScaleMax int  `json:"scale_max"`
	// SatisfiedMin is the lowest satisfied rating; the set is
	// [SatisfiedMin, ScaleMax].
	SatisfiedMin int           `json:"satisfied_min"`
	N            int           `json:"n"`
	Satisfied    int           `json:"satisfied"`
	Percent      float64       `json:"percent"`
	Mean         float64       `json:"mean"`
	Distribution []RatingCount `json:"distribution"`
	// CILow and CIHigh bound the 95% Wilson interval of Percent.
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
	// Indicative is set when 0 < N < MinSample.
	Indicative bool `json:"indicative"`
	Skipped    int  `json:"skipped"`
	Invalid    int  `json:"invalid"`
}

// CSATSatisfiedMin returns the lowest satisfied rating of a CSAT scale
// [min, max]; any scale other than 1–3, 1–5, 1–7 and 1–10 is an EINVALID
// error.
func CSATSatisfiedMin(min, max int) (int, error) {
	if min == 1 {
		switch max {
		case 3:
			return 3, nil
		case 5:
			return 4, nil
		case 7:
			return 6, nil
		case 10:
			return 8, nil
		}
	}
	return 0, feedback.Errorf(feedback.EINVALID, "error.metrics.csat_scale",
		"CSAT is defined on 1–3, 1–5, 1–7 and 1–10 scales, not %d–%d.", min, max)
}

// CSATCounter accumulates CSAT ratings on one scale.
type CSATCounter struct {
	t            ratingTally
	satisfiedMin int
}

// NewCSATCounter returns a counter for the scale [min, max], or the error of
// CSATSatisfiedMin for an unknown scale.
func NewCSATCounter(min, max int) (*CSATCounter, error) {
	s, err := CSATSatisfiedMin(min, max)
	if err != nil {
		return nil, err
	}
	return &CSATCounter{t: newRatingTally(min, max), satisfiedMin: s}, nil
}

// Add counts one rating; a rating outside the scale is counted as invalid.
func (c *CSATCounter) Add(rating int) { c.t.addN(rating, 1) }

// AddN counts `count` answers with the same rating (an SQL GROUP BY row).
// Non-positive counts are ignored.
func (c *CSATCounter) AddN(rating, count int) { c.t.addN(rating, count) }

// AddParsed counts a classified answer (see ParseScore).
func (c *CSATCounter) AddParsed(p ParsedScore) { c.t.addParsed(p, c.Add) }

// AddSkipped counts k skipped answers (k ≤ 0 is ignored).
func (c *CSATCounter) AddSkipped(k int) { c.t.skipped += max(k, 0) }

// AddInvalid counts k invalid answers (k ≤ 0 is ignored).
func (c *CSATCounter) AddInvalid(k int) { c.t.invalid += max(k, 0) }

// Result computes the CSAT of what has been counted so far.
func (c *CSATCounter) Result() CSAT {
	r := CSAT{
		ScaleMin:     c.t.min,
		ScaleMax:     c.t.max,
		SatisfiedMin: c.satisfiedMin,
		N:            c.t.n(),
		Satisfied:    c.t.countRange(c.satisfiedMin, c.t.max),
		Distribution: c.t.distribution(),
		Skipped:      c.t.skipped,
		Invalid:      c.t.invalid,
	}
	if r.N == 0 {
		return r
	}
	r.Valid = true
	r.Indicative = r.N < MinSample
	r.Percent = 100 * float64(r.Satisfied) / float64(r.N)
	r.Mean = c.t.mean()
	r.CILow, r.CIHigh = Wilson(r.Satisfied, r.N)
	return r
}

// ComputeCSAT computes the CSAT of already validated ratings on the scale
// [min, max]. Ratings outside the scale are counted as invalid.
func ComputeCSAT(ratings []int, min, max int) (CSAT, error) {
	c, err := NewCSATCounter(min, max)
	if err != nil {
		return CSAT{}, err
	}
	for _, v := range ratings {
		c.Add(v)
	}
	return c.Result(), nil
}
