package metrics

import (
	"math"

	"feedbackdesk/backend/feedback"
)

// NPS scale and bands (DOMAIN.md): valid answers are integers 0–10;
// promoters 9–10, passives 7–8, detractors 0–6.
const (
	NPSMin          = 0
	NPSMax          = 10
	NPSPromoterMin  = 9
	NPSDetractorMax = 6
)

// NPS is a Net Promoter Score with everything needed to explain it.
//
// Score = 100·(P − D)/n, kept as a float; Rounded is Score rounded half away
// from zero (math.Round), the integer that is shown. The interval is the 95%
// adjusted Wald interval (Rocks 2016): n′ = n + 3, p′ = (P + 0.75)/n′,
// d′ = (D + 0.75)/n′, SE′ = √((p′ + d′ − (p′ − d′)²)/n′),
// CI = 100·((p′ − d′) ± 1.96·SE′), each end clipped to [−100, 100]. Its
// midpoint is the adjusted estimate 100·(p′ − d′), not Score, so Score may lie
// outside a (small-sample) interval. MOE is the plain margin of error:
// s² = p + d − (p − d)², p = P/n, d = D/n, MOE = 100·1.96·√(s²/n).
//
// With n = 0, Valid is false and every figure is zero.
type NPS struct {
	Valid      bool    `json:"valid"`
	Score      float64 `json:"score"`
	Rounded    int     `json:"rounded"`
	N          int     `json:"n"`
	Promoters  int     `json:"promoters"`
	Passives   int     `json:"passives"`
	Detractors int     `json:"detractors"`
	// PromoterShare, PassiveShare and DetractorShare are percentages of n
	// (0–100); they sum to 100 up to float rounding.
	PromoterShare  float64 `json:"promoter_share"`
	PassiveShare   float64 `json:"passive_share"`
	DetractorShare float64 `json:"detractor_share"`
	// CILow and CIHigh bound the 95% adjusted Wald interval, in NPS points.
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
	// MOE is the plain 95% margin of error, in NPS points.
	MOE float64 `json:"moe"`
	// SE is the plain standard error √(s²/n) in fractions (not points): the
	// input of CompareNPS.
	SE float64 `json:"se"`
	// Indicative is set when 0 < n < MinSample: show greyed, no arrows.
	Indicative bool `json:"indicative"`
	// Skipped and Invalid count the answers excluded from n.
	Skipped int `json:"skipped"`
	Invalid int `json:"invalid"`
}

// NPSCounter accumulates NPS answers one at a time or as counts (an SQL
// GROUP BY score, a stream) without holding them. The zero value is ready.
type NPSCounter struct {
	promoters, passives, detractors int
	skipped, invalid                int
}

// Add counts one valid score. A score outside 0–10 is counted as invalid,
// never clamped.
func (c *NPSCounter) Add(score int) { c.AddN(score, 1) }

// AddN counts `count` answers with the same score. Non-positive counts are
// ignored; a score outside 0–10 adds to Invalid.
func (c *NPSCounter) AddN(score, count int) {
	if count <= 0 {
		return
	}
	switch {
	case score < NPSMin || score > NPSMax:
		c.invalid += count
	case score >= NPSPromoterMin:
		c.promoters += count
	case score > NPSDetractorMax:
		c.passives += count
	default:
		c.detractors += count
	}
}

// AddParsed counts a classified answer: valid ones by their value, skipped
// and invalid ones in Skipped and Invalid.
func (c *NPSCounter) AddParsed(p ParsedScore) {
	switch p.Status {
	case feedback.AnswerValid:
		c.Add(p.Value)
	case feedback.AnswerSkipped:
		c.skipped++
	default:
		c.invalid++
	}
}

// AddSkipped counts k skipped answers (k ≤ 0 is ignored).
func (c *NPSCounter) AddSkipped(k int) { c.skipped += max(k, 0) }

// AddInvalid counts k invalid answers (k ≤ 0 is ignored).
func (c *NPSCounter) AddInvalid(k int) { c.invalid += max(k, 0) }

// Result computes the NPS of what has been counted so far.
func (c *NPSCounter) Result() NPS {
	r := NPS{
		Promoters:  c.promoters,
		Passives:   c.passives,
		Detractors: c.detractors,
		N:          c.promoters + c.passives + c.detractors,
		Skipped:    c.skipped,
		Invalid:    c.invalid,
	}
	if r.N == 0 {
		return r
	}
	n := float64(r.N)
	P, D := float64(r.Promoters), float64(r.Detractors)
	r.Valid = true
	r.Indicative = r.N < MinSample
	// 100·(P − D) is an exact integer, so a true x.5 stays exact and
	// rounds away from zero as documented.
	r.Score = 100 * (P - D) / n
	r.Rounded = int(math.Round(r.Score))
	r.PromoterShare = 100 * P / n
	r.PassiveShare = 100 * float64(r.Passives) / n
	r.DetractorShare = 100 * D / n

	p, d := P/n, D/n
	r.SE = math.Sqrt(npsVariance(p, d) / n)
	r.MOE = 100 * Z95 * r.SE

	n2 := n + 3
	p2, d2 := (P+0.75)/n2, (D+0.75)/n2
	se2 := math.Sqrt(npsVariance(p2, d2) / n2)
	r.CILow = clip(100*(p2-d2-Z95*se2), -100, 100)
	r.CIHigh = clip(100*(p2-d2+Z95*se2), -100, 100)
	return r
}

// ComputeNPS computes the NPS of already validated scores. Scores outside
// 0–10 are counted as invalid rather than trusted.
func ComputeNPS(scores []int) NPS {
	var c NPSCounter
	for _, s := range scores {
		c.Add(s)
	}
	return c.Result()
}

// NPSFromCounts computes the NPS from the three band counts (negative counts
// are ignored).
func NPSFromCounts(promoters, passives, detractors int) NPS {
	var c NPSCounter
	c.AddN(NPSMax, promoters)
	c.AddN(NPSPromoterMin-1, passives)
	c.AddN(NPSMin, detractors)
	return c.Result()
}

// npsVariance is s² = p + d − (p − d)², the variance of a single answer
// scored +1/0/−1, floored at zero against float rounding.
func npsVariance(p, d float64) float64 {
	return max(p+d-(p-d)*(p-d), 0)
}

func clip(v, lo, hi float64) float64 { return min(max(v, lo), hi) }
