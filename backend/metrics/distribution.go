package metrics

import "feedbackdesk/backend/feedback"

// RatingCount is one bar of a rating distribution.
type RatingCount struct {
	Rating int `json:"rating"`
	Count  int `json:"count"`
}

// ratingTally counts integer ratings on a scale [min, max], plus the skipped
// and invalid answers excluded from n. CSAT and CES build on it.
type ratingTally struct {
	min, max         int
	counts           []int // counts[v-min]
	skipped, invalid int
}

func newRatingTally(min, max int) ratingTally {
	return ratingTally{min: min, max: max, counts: make([]int, max-min+1)}
}

// addN counts `count` ratings v; out-of-scale ratings are invalid, never
// clamped; non-positive counts are ignored.
func (t *ratingTally) addN(v, count int) {
	if count <= 0 {
		return
	}
	if v < t.min || v > t.max {
		t.invalid += count
		return
	}
	t.counts[v-t.min] += count
}

// addParsed counts a classified answer; add is how a valid value is counted.
func (t *ratingTally) addParsed(p ParsedScore, add func(v int)) {
	switch p.Status {
	case feedback.AnswerValid:
		add(p.Value)
	case feedback.AnswerSkipped:
		t.skipped++
	default:
		t.invalid++
	}
}

// n is the number of valid ratings.
func (t *ratingTally) n() int {
	n := 0
	for _, c := range t.counts {
		n += c
	}
	return n
}

// countRange is the number of valid ratings in [lo, hi].
func (t *ratingTally) countRange(lo, hi int) int {
	n := 0
	for v := max(lo, t.min); v <= min(hi, t.max); v++ {
		n += t.counts[v-t.min]
	}
	return n
}

// mean is the mean valid rating (0 when there is none).
func (t *ratingTally) mean() float64 {
	sum, n := 0, 0
	for i, c := range t.counts {
		sum += (t.min + i) * c
		n += c
	}
	if n == 0 {
		return 0
	}
	return float64(sum) / float64(n)
}

// distribution lists every rating of the scale with its count, zeros
// included, lowest first.
func (t *ratingTally) distribution() []RatingCount {
	out := make([]RatingCount, len(t.counts))
	for i, c := range t.counts {
		out[i] = RatingCount{Rating: t.min + i, Count: c}
	}
	return out
}
