package metrics

// CES scale (DOMAIN.md): 1–7 agreement with "made it easy for me", higher is
// easier; 5–7 is easy, 1–3 is difficult, 4 is neutral.
const (
	CESMin          = 1
	CESMax          = 7
	CESEasyMin      = 5
	CESDifficultMax = 3
)

// CES is the Customer Effort Score of one item: mean, % easy, % difficult and
// net ease = PercentEasy − PercentDifficult (points, −100…100).
//
// All figures, the distribution included, are on the "higher is easier"
// direction: answers to a legacy inverted scale (higher meant more effort)
// are flipped, v → 8 − v, before anything is computed; Inverted records that
// this happened. With N = 0, Valid is false and the figures are zero.
type CES struct {
	Valid            bool          `json:"valid"`
	Inverted         bool          `json:"inverted"`
	N                int           `json:"n"`
	Mean             float64       `json:"mean"`
	Easy             int           `json:"easy"`
	Neutral          int           `json:"neutral"`
	Difficult        int           `json:"difficult"`
	PercentEasy      float64       `json:"percent_easy"`
	PercentDifficult float64       `json:"percent_difficult"`
	NetEase          float64       `json:"net_ease"`
	Distribution     []RatingCount `json:"distribution"`
	// Indicative is set when 0 < N < MinSample.
	Indicative bool `json:"indicative"`
	Skipped    int  `json:"skipped"`
	Invalid    int  `json:"invalid"`
}

// CESCounter accumulates CES answers as stored (raw, in the item's own
// direction) and flips them when the item is inverted.
type CESCounter struct {
	t        ratingTally
	inverted bool
}

// NewCESCounter returns a counter for a CES item; inverted is the item's
// stored scale direction (feedback.Question.Inverted).
func NewCESCounter(inverted bool) *CESCounter {
	return &CESCounter{t: newRatingTally(CESMin, CESMax), inverted: inverted}
}

// Add counts one raw answer; outside 1–7 it is counted as invalid.
func (c *CESCounter) Add(raw int) { c.AddN(raw, 1) }

// AddN counts `count` raw answers with the same value (an SQL GROUP BY row).
// Non-positive counts are ignored.
func (c *CESCounter) AddN(raw, count int) {
	if c.inverted && raw >= CESMin && raw <= CESMax {
		raw = CESMin + CESMax - raw // 8 − v
	}
	c.t.addN(raw, count)
}

// AddParsed counts a classified raw answer (see ParseScore with 1–7).
func (c *CESCounter) AddParsed(p ParsedScore) { c.t.addParsed(p, c.Add) }

// AddSkipped counts k skipped answers (k ≤ 0 is ignored).
func (c *CESCounter) AddSkipped(k int) { c.t.skipped += max(k, 0) }

// AddInvalid counts k invalid answers (k ≤ 0 is ignored).
func (c *CESCounter) AddInvalid(k int) { c.t.invalid += max(k, 0) }

// Result computes the CES of what has been counted so far.
func (c *CESCounter) Result() CES {
	r := CES{
		Inverted:     c.inverted,
		N:            c.t.n(),
		Easy:         c.t.countRange(CESEasyMin, CESMax),
		Neutral:      c.t.countRange(CESDifficultMax+1, CESEasyMin-1),
		Difficult:    c.t.countRange(CESMin, CESDifficultMax),
		Distribution: c.t.distribution(),
		Skipped:      c.t.skipped,
		Invalid:      c.t.invalid,
	}
	if r.N == 0 {
		return r
	}
	n := float64(r.N)
	r.Valid = true
	r.Indicative = r.N < MinSample
	r.Mean = c.t.mean()
	r.PercentEasy = 100 * float64(r.Easy) / n
	r.PercentDifficult = 100 * float64(r.Difficult) / n
	r.NetEase = 100 * float64(r.Easy-r.Difficult) / n
	return r
}

// ComputeCES computes the CES of raw answers of one item; inverted is the
// item's scale direction. Answers outside 1–7 are counted as invalid.
func ComputeCES(raw []int, inverted bool) CES {
	c := NewCESCounter(inverted)
	for _, v := range raw {
		c.Add(v)
	}
	return c.Result()
}
