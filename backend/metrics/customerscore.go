package metrics

import (
	"math"
	"time"

	"feedbackdesk/backend/feedback"
)

// ScoreComponent is the stable key of a customer management score
// component.
type ScoreComponent string

// Score components, in the order they are listed, summed and shown.
const (
	ComponentValue        ScoreComponent = "value"
	ComponentSatisfaction ScoreComponent = "satisfaction"
	ComponentLoyalty      ScoreComponent = "loyalty"
	// ComponentComplaints is the complaint record: 100 minus the complaint
	// burden (see ComplaintRecord), so that, like every other component,
	// higher is better and the score stays a weighted mean.
	ComponentComplaints ScoreComponent = "complaints"
)

// ScoreComponents holds one value per component on 0–100; nil means the
// component is missing for this customer.
type ScoreComponents struct {
	Value        *float64 `json:"value"`
	Satisfaction *float64 `json:"satisfaction"`
	Loyalty      *float64 `json:"loyalty"`
	Complaints   *float64 `json:"complaints"`
}

// fields returns pointers to the four fields in component order.
func (c *ScoreComponents) fields() [4]**float64 {
	return [4]**float64{&c.Value, &c.Satisfaction, &c.Loyalty, &c.Complaints}
}

var componentOrder = [4]ScoreComponent{ComponentValue, ComponentSatisfaction, ComponentLoyalty, ComponentComplaints}

// ScoreWeights are the user-set component weights. Only their ratios
// matter: the score divides by the sum of the weights of the components a
// customer has.
type ScoreWeights struct {
	Value        float64 `json:"value"`
	Satisfaction float64 `json:"satisfaction"`
	Loyalty      float64 `json:"loyalty"`
	Complaints   float64 `json:"complaints"`
}

// DefaultScoreWeights are DOMAIN.md's defaults: 0.4 / 0.3 / 0.3 over value,
// satisfaction and loyalty. The complaint record has weight 0 by default,
// so complaints only move the score when a user gives them a weight.
var DefaultScoreWeights = ScoreWeights{Value: 0.4, Satisfaction: 0.3, Loyalty: 0.3}

func (w ScoreWeights) list() [4]float64 {
	return [4]float64{w.Value, w.Satisfaction, w.Loyalty, w.Complaints}
}

// Validate reports an EINVALID error when a weight is negative, NaN or
// infinite, or when all weights are zero.
func (w ScoreWeights) Validate() error {
	var sum float64
	for i, x := range w.list() {
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			return feedback.Errorf(feedback.EINVALID, "error.metrics.score_weight_invalid",
				"The weight of %s must be a number ≥ 0.", componentOrder[i]).
				WithParams(map[string]any{"component": string(componentOrder[i])})
		}
		sum += x
	}
	if sum == 0 {
		return feedback.Errorf(feedback.EINVALID, "error.metrics.score_weights_zero",
			"At least one score weight must be greater than 0.")
	}
	return nil
}

// TierThresholds are the lower bounds of the high and medium value tiers:
// score ≥ High → high, ≥ Medium → medium, otherwise low. They apply to the
// unrounded score (69.97 is medium even though it shows as 70.0).
type TierThresholds struct {
	High   float64 `json:"high"`
	Medium float64 `json:"medium"`
}

// DefaultTierThresholds are DOMAIN.md's: ≥ 70 high, 40–70 medium, < 40 low.
var DefaultTierThresholds = TierThresholds{High: 70, Medium: 40}

// Validate reports an EINVALID error unless 0 ≤ Medium < High ≤ 100.
func (t TierThresholds) Validate() error {
	if !(t.Medium >= 0 && t.Medium < t.High && t.High <= 100) {
		return feedback.Errorf(feedback.EINVALID, "error.metrics.tier_thresholds",
			"Tier thresholds need 0 ≤ medium < high ≤ 100.")
	}
	return nil
}

// Tier returns the value tier of a score.
func (t TierThresholds) Tier(score float64) feedback.ValueTier {
	switch {
	case score >= t.High:
		return feedback.TierHigh
	case score >= t.Medium:
		return feedback.TierMedium
	}
	return feedback.TierLow
}

// CustomerScore is one customer's management score (客户管理分) with its
// breakdown.
type CustomerScore struct {
	// Scored is false when every component with a positive weight is
	// missing; Score is then 0 and Tier is TierNone.
	Scored bool               `json:"scored"`
	Score  float64            `json:"score"`
	Tier   feedback.ValueTier `json:"tier"`
	// Partial is set when a component with a positive weight is missing;
	// Missing lists those components.
	Partial bool             `json:"partial"`
	Missing []ScoreComponent `json:"missing"`
	// Components are the inputs as given.
	Components ScoreComponents `json:"components"`
	// Weights are the effective weights after renormalisation: the user's
	// weight over the sum of the weights of the present components, 0 for
	// a missing component. They sum to 1 when Scored, and are all 0
	// otherwise.
	Weights ScoreWeights `json:"weights"`
	// Contributions are effective weight × component value, nil for a
	// missing component; they sum to Score (to within 10⁻⁶).
	Contributions ScoreComponents `json:"contributions"`
}

// ScoreCustomer computes the customer management score (DOMAIN.md): the
// weighted mean of the present components,
//
//	Score = Σ wᵢ·vᵢ / Σ wᵢ   over the components i that are not missing,
//
// computed as the sum of the contributions (wᵢ/Σw)·vᵢ, rounded to six
// decimals, so that the bars shown per customer add up to the score and
// floating-point noise cannot move a customer across a tier threshold (all
// components at 70 score exactly 70, high). A missing component with
// a positive weight makes the score Partial; a missing component with
// weight 0 does not. A component outside [0, 100] or NaN, invalid weights
// or thresholds are EINVALID errors.
func ScoreCustomer(c ScoreComponents, w ScoreWeights, t TierThresholds) (CustomerScore, error) {
	if err := w.Validate(); err != nil {
		return CustomerScore{}, err
	}
	if err := t.Validate(); err != nil {
		return CustomerScore{}, err
	}
	out := CustomerScore{Components: c, Missing: []ScoreComponent{}}
	ws := w.list()
	vals := c.fields()
	var sum float64
	for i, v := range vals {
		if *v == nil {
			if ws[i] > 0 {
				out.Partial = true
				out.Missing = append(out.Missing, componentOrder[i])
			}
			continue
		}
		if x := **v; !(x >= 0 && x <= 100) {
			return CustomerScore{}, feedback.Errorf(feedback.EINVALID, "error.metrics.score_component_range",
				"The %s component must lie between 0 and 100.", componentOrder[i])
		}
		sum += ws[i]
	}
	if sum == 0 {
		return out, nil
	}
	out.Scored = true
	eff := out.Weights.fields()
	contrib := out.Contributions.fields()
	for i, v := range vals {
		if *v == nil {
			continue
		}
		*eff[i] = ws[i] / sum
		x := *eff[i] * **v
		*contrib[i] = &x
		out.Score += x
	}
	out.Score = math.Round(out.Score*1e6) / 1e6
	out.Tier = t.Tier(out.Score)
	return out, nil
}

func (w *ScoreWeights) fields() [4]*float64 {
	return [4]*float64{&w.Value, &w.Satisfaction, &w.Loyalty, &w.Complaints}
}

// NPSAnswer is one NPS answer of a customer (0–10) and when it was given.
type NPSAnswer struct {
	Score int       `json:"score"`
	At    time.Time `json:"at"`
}

// CSATAnswer is one CSAT rating of a customer on its scale
// [ScaleMin, ScaleMax] and when it was given.
type CSATAnswer struct {
	Rating   int       `json:"rating"`
	ScaleMin int       `json:"scale_min"`
	ScaleMax int       `json:"scale_max"`
	At       time.Time `json:"at"`
}

// CustomerFacts are the raw per-customer inputs of the score components, all
// taken before the scoring instant `at`.
type CustomerFacts struct {
	// RFM is the customer's entry in ScoreRFM's result.
	RFM CustomerRFM
	// FirstPurchase and LastPurchase are the customer's first and latest
	// purchases before `at`; zero means none.
	FirstPurchase time.Time
	LastPurchase  time.Time
	// LatestNPS and LatestCSAT are the customer's latest valid answers (nil
	// when none); answers older than the satisfaction window are ignored.
	LatestNPS  *NPSAnswer
	LatestCSAT *CSATAnswer
	// Referrals is the number of customers this one referred; nil means
	// referrals are not recorded.
	Referrals *int
	// Complaints is the number of complaint tickets the customer opened in
	// the window; Breaches how many of those tickets have a breached SLA
	// target.
	Complaints int
	Breaches   int
	// OpenComplaints is the number of the customer's complaint tickets not
	// resolved or closed at `at` (for the churn-risk signal).
	OpenComplaints int
}

// ComponentOptions configures CustomerComponents; zero fields take the
// defaults named below.
type ComponentOptions struct {
	// SatisfactionDays is the recency window of NPS/CSAT answers: an answer
	// counts when given in [at − SatisfactionDays, at). Default 365.
	SatisfactionDays int `json:"satisfaction_days"`
	// TenureFullDays is the tenure earning the full tenure part. Default
	// 1095 (three years).
	TenureFullDays int `json:"tenure_full_days"`
	// ComplaintPoints and BreachPoints are the burden of one complaint and
	// one SLA breach. Defaults 20 and 10.
	ComplaintPoints float64 `json:"complaint_points"`
	BreachPoints    float64 `json:"breach_points"`
}

// DefaultComponentOptions are the defaults of ComponentOptions.
var DefaultComponentOptions = ComponentOptions{SatisfactionDays: 365, TenureFullDays: 1095, ComplaintPoints: 20, BreachPoints: 10}

func (o ComponentOptions) withDefaults() ComponentOptions {
	d := DefaultComponentOptions
	if o.SatisfactionDays > 0 {
		d.SatisfactionDays = o.SatisfactionDays
	}
	if o.TenureFullDays > 0 {
		d.TenureFullDays = o.TenureFullDays
	}
	if o.ComplaintPoints > 0 {
		d.ComplaintPoints = o.ComplaintPoints
	}
	if o.BreachPoints > 0 {
		d.BreachPoints = o.BreachPoints
	}
	return d
}

// LoyaltyParts are the indicators the loyalty component averages, each on
// 0–100, nil when unknown.
type LoyaltyParts struct {
	// Tenure is 100·min(1, days since first purchase / TenureFullDays).
	Tenure *float64 `json:"tenure"`
	// Repeat is 100 with ≥ 2 orders in the RFM window, else 0; unknown
	// without any purchase.
	Repeat *float64 `json:"repeat"`
	// Referral is 100 when the customer referred someone, else 0; unknown
	// when referrals are not recorded.
	Referral *float64 `json:"referral"`
	// Promoter is 100 when the latest NPS answer in the satisfaction window
	// is 9–10, else 0; unknown without one.
	Promoter *float64 `json:"promoter"`
}

// ValueFromRFM returns the value component from RFM scores,
// 100·(R + F + M − 3)/12 (R = F = M = 1 → 0, all 5 → 100), or nil for a
// customer with no purchase (not scored).
func ValueFromRFM(c CustomerRFM) *float64 {
	if !c.Scored {
		return nil
	}
	return ptr(100 * float64(c.R+c.F+c.M-3) / 12)
}

// PercentileRank returns the mid-rank percentile rank of x in xs on 0–100,
// 100·(L + E/2)/n (L values below x, E equal), or 0 for an empty xs. It is
// the spend-percentile alternative to ValueFromRFM.
func PercentileRank(xs []float64, x float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	below, equal := rankCounts(xs, x)
	return 100 * (float64(below) + float64(equal)/2) / float64(len(xs))
}

// CustomerComponents derives the value, satisfaction, loyalty and complaint
// components of one customer at `at`:
//
//   - value: ValueFromRFM.
//   - satisfaction: the mean of the latest NPS answer mapped 0–10 → 0–100
//     (10·score) and the latest CSAT rating mapped linearly from its scale
//     (100·(rating − min)/(max − min)), each counted only when given in the
//     satisfaction window; nil when neither is.
//   - loyalty: the mean of the known LoyaltyParts; nil when none is known.
//   - complaints: ComplaintRecord; always present.
//
// Answers at or after `at`, out-of-range answers, a first purchase at or
// after `at` and negative counts are EINVALID errors: the caller passes the
// latest valid answers before `at`.
func CustomerComponents(f CustomerFacts, at time.Time, opt ComponentOptions) (ScoreComponents, LoyaltyParts, error) {
	opt = opt.withDefaults()
	var c ScoreComponents
	var lp LoyaltyParts
	if f.Complaints < 0 || f.Breaches < 0 || (f.Referrals != nil && *f.Referrals < 0) {
		return c, lp, feedback.Errorf(feedback.EINVALID, "error.metrics.customer_counts", "Counts cannot be negative.")
	}
	var sat []float64
	if a := f.LatestNPS; a != nil {
		if a.Score < 0 || a.Score > 10 || !a.At.Before(at) {
			return c, lp, feedback.Errorf(feedback.EINVALID, "error.metrics.customer_nps", "An NPS answer must be 0–10 and given before the scoring date.")
		}
		if within(a.At, at, opt.SatisfactionDays) {
			sat = append(sat, 10*float64(a.Score))
			lp.Promoter = ptr(0)
			if a.Score >= 9 {
				lp.Promoter = ptr(100)
			}
		}
	}
	if a := f.LatestCSAT; a != nil {
		if a.ScaleMin >= a.ScaleMax || a.Rating < a.ScaleMin || a.Rating > a.ScaleMax || !a.At.Before(at) {
			return c, lp, feedback.Errorf(feedback.EINVALID, "error.metrics.customer_csat", "A CSAT rating must lie on its scale and be given before the scoring date.")
		}
		if within(a.At, at, opt.SatisfactionDays) {
			sat = append(sat, 100*float64(a.Rating-a.ScaleMin)/float64(a.ScaleMax-a.ScaleMin))
		}
	}
	if len(sat) > 0 {
		c.Satisfaction = ptr(mean(sat))
	}
	if !f.FirstPurchase.IsZero() {
		if !f.FirstPurchase.Before(at) {
			return c, lp, feedback.Errorf(feedback.EINVALID, "error.metrics.customer_first_purchase", "The first purchase must come before the scoring date.")
		}
		days := float64(at.Sub(f.FirstPurchase) / Day)
		lp.Tenure = ptr(100 * min(1, days/float64(opt.TenureFullDays)))
	}
	if f.RFM.Scored {
		lp.Repeat = ptr(0)
		if f.RFM.Frequency >= 2 {
			lp.Repeat = ptr(100)
		}
	}
	if f.Referrals != nil {
		lp.Referral = ptr(0)
		if *f.Referrals > 0 {
			lp.Referral = ptr(100)
		}
	}
	var parts []float64
	for _, p := range []*float64{lp.Tenure, lp.Repeat, lp.Referral, lp.Promoter} {
		if p != nil {
			parts = append(parts, *p)
		}
	}
	if len(parts) > 0 {
		c.Loyalty = ptr(mean(parts))
	}
	c.Value = ValueFromRFM(f.RFM)
	c.Complaints = ptr(ComplaintRecord(f.Complaints, f.Breaches, opt))
	return c, lp, nil
}

// ComplaintRecord returns the complaint component: 100 minus the complaint
// burden, the burden being ComplaintPoints per complaint plus BreachPoints
// per SLA breach suffered, capped at 100 (defaults: 100 − 20·complaints −
// 10·breaches, never below 0).
func ComplaintRecord(complaints, breaches int, opt ComponentOptions) float64 {
	opt = opt.withDefaults()
	burden := opt.ComplaintPoints*float64(complaints) + opt.BreachPoints*float64(breaches)
	return 100 - min(100, max(0, burden))
}

func ptr(x float64) *float64 { return &x }

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
