package metrics

import (
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
)

// LifecycleStage is where a customer is in the purchase lifecycle.
type LifecycleStage string

// Lifecycle stages, in the order LifecycleStageOf tests them.
const (
	StageProspect LifecycleStage = "prospect" // no purchase before `at`
	StageLapsed   LifecycleStage = "lapsed"   // inactive: no purchase in the inactivity window
	StageNew      LifecycleStage = "new"      // first purchase within NewDays
	StageAtRisk   LifecycleStage = "at_risk"  // last purchase older than AtRiskDays
	StageActive   LifecycleStage = "active"   // everyone else
)

// LifecycleOptions configures the lifecycle stage, the relationship class and
// the churn-risk signal; zero fields take the defaults named below.
type LifecycleOptions struct {
	// NewDays: a first purchase in [at − NewDays, at) makes a customer new.
	// Default 90.
	NewDays int `json:"new_days"`
	// AtRiskDays: no purchase in [at − AtRiskDays, at) makes an active
	// customer at risk. Default 90; must be below InactivityDays.
	AtRiskDays int `json:"at_risk_days"`
	// InactivityDays: no purchase in [at − InactivityDays, at) makes a
	// customer lapsed (inactive, as in the churn rate). Default
	// DefaultInactivityDays (180).
	InactivityDays int `json:"inactivity_days"`
	// SatisfactionDays: the latest NPS answer counts (as a detractor) only
	// when given in [at − SatisfactionDays, at). Default 365.
	SatisfactionDays int `json:"satisfaction_days"`
	// MinScoreDrop: the score is falling when last month's score minus
	// this month's is at least MinScoreDrop points. Default 5.
	MinScoreDrop float64 `json:"min_score_drop"`
}

// DefaultLifecycleOptions are the defaults of LifecycleOptions.
var DefaultLifecycleOptions = LifecycleOptions{NewDays: 90, AtRiskDays: 90, InactivityDays: DefaultInactivityDays,
	SatisfactionDays: 365, MinScoreDrop: 5}

// withDefaults fills zero fields and checks AtRiskDays < InactivityDays.
func (o LifecycleOptions) withDefaults() (LifecycleOptions, error) {
	d := DefaultLifecycleOptions
	for _, f := range []struct{ dst, src *int }{{&d.NewDays, &o.NewDays}, {&d.AtRiskDays, &o.AtRiskDays},
		{&d.InactivityDays, &o.InactivityDays}, {&d.SatisfactionDays, &o.SatisfactionDays}} {
		if *f.src > 0 {
			*f.dst = *f.src
		}
	}
	if o.MinScoreDrop > 0 {
		d.MinScoreDrop = o.MinScoreDrop
	}
	if d.AtRiskDays >= d.InactivityDays {
		return d, feedback.Errorf(feedback.EINVALID, "error.metrics.lifecycle_days",
			"The at-risk window (%d days) must be shorter than the inactivity window (%d days).", d.AtRiskDays, d.InactivityDays)
	}
	return d, nil
}

// within reports whether t lies in [at − days, at).
func within(t, at time.Time, days int) bool {
	return !t.IsZero() && t.Before(at) && !t.Before(at.Add(-time.Duration(days)*Day))
}

// LifecycleStageOf returns the customer's stage at `at`, the first that
// applies of: prospect (no purchase), lapsed (no purchase in the
// inactivity window), new (first purchase in the last NewDays), at_risk (no
// purchase in the last AtRiskDays), active. It uses f.FirstPurchase and
// f.LastPurchase; a purchase at or after `at` is an EINVALID error.
func LifecycleStageOf(f CustomerFacts, at time.Time, opt LifecycleOptions) (LifecycleStage, error) {
	o, err := opt.withDefaults()
	if err != nil {
		return "", err
	}
	if f.LastPurchase.IsZero() {
		return StageProspect, nil
	}
	if !f.LastPurchase.Before(at) || !f.FirstPurchase.Before(at) {
		return "", feedback.Errorf(feedback.EINVALID, "error.metrics.lifecycle_future",
			"Purchases must come before the date of the lifecycle stage.")
	}
	switch {
	case !within(f.LastPurchase, at, o.InactivityDays):
		return StageLapsed, nil
	case within(f.FirstPurchase, at, o.NewDays):
		return StageNew, nil
	case !within(f.LastPurchase, at, o.AtRiskDays):
		return StageAtRisk, nil
	}
	return StageActive, nil
}

// RelationshipOf returns the customer's relationship class at `at`, the
// first that applies of:
//
//   - lost: lifecycle stage lapsed;
//   - at_risk: stage at_risk, or the latest NPS answer in the satisfaction
//     window is a detractor (0–6);
//   - loyal: ≥ 2 orders in the RFM window (f.RFM.Frequency);
//   - potential: everyone else — prospects, new and one-time buyers.
func RelationshipOf(f CustomerFacts, at time.Time, opt LifecycleOptions) (feedback.Relationship, error) {
	stage, err := LifecycleStageOf(f, at, opt)
	if err != nil {
		return feedback.RelNone, err
	}
	o, _ := opt.withDefaults()
	switch {
	case stage == StageLapsed:
		return feedback.RelLost, nil
	case stage == StageAtRisk || recentDetractor(f, at, o):
		return feedback.RelAtRisk, nil
	case f.RFM.Frequency >= 2:
		return feedback.RelLoyal, nil
	}
	return feedback.RelPotential, nil
}

func recentDetractor(f CustomerFacts, at time.Time, o LifecycleOptions) bool {
	return f.LatestNPS != nil && f.LatestNPS.Score <= 6 && within(f.LatestNPS.At, at, o.SatisfactionDays)
}

// ChurnRisk is the churn-risk signal of issue 8 with its three conditions;
// AtRisk is their conjunction and puts the customer on the churn-risk list.
type ChurnRisk struct {
	AtRisk bool `json:"at_risk"`
	// Detractor: the latest NPS answer in the satisfaction window is 0–6.
	Detractor bool `json:"detractor"`
	// OpenComplaint: at least one complaint ticket is open.
	OpenComplaint bool `json:"open_complaint"`
	// FallingScore: last month's customer management score minus this
	// month's is at least MinScoreDrop; false when either is unknown.
	FallingScore bool `json:"falling_score"`
}

// ChurnRiskOf evaluates the churn-risk signal (detractor + open complaint +
// falling score) at `at`. score and previous are this month's and last
// month's customer management scores (nil when not scored).
func ChurnRiskOf(f CustomerFacts, score, previous *float64, at time.Time, opt LifecycleOptions) (ChurnRisk, error) {
	o, err := opt.withDefaults()
	if err != nil {
		return ChurnRisk{}, err
	}
	r := ChurnRisk{
		Detractor:     recentDetractor(f, at, o),
		OpenComplaint: f.OpenComplaints > 0,
		FallingScore:  score != nil && previous != nil && *previous-*score >= o.MinScoreDrop,
	}
	r.AtRisk = r.Detractor && r.OpenComplaint && r.FallingScore
	return r, nil
}

// Labels of the tier migration matrix beside the tiers themselves.
const (
	MigrationNew  = "new"  // row: the customer had no snapshot last month
	MigrationGone = "gone" // column: the customer has no snapshot this month
	MigrationNone = "none" // a snapshot without a tier (not scored)
)

// TierMigration counts customers by last month's tier (rows From) and this
// month's tier (columns To). Counts[i][j] is the number of customers moving
// from From[i] to To[j].
type TierMigration struct {
	From   []string `json:"from"`
	To     []string `json:"to"`
	Counts [][]int  `json:"counts"`
	// Total is the number of customers in either month.
	Total int `json:"total"`
	// Up, Down and Same count customers in a tier in both months whose
	// tier rose, fell or stayed (low < medium < high).
	Up   int `json:"up"`
	Down int `json:"down"`
	Same int `json:"same"`
}

var migrationFrom = []string{MigrationNew, string(feedback.TierHigh), string(feedback.TierMedium), string(feedback.TierLow), MigrationNone}
var migrationTo = []string{string(feedback.TierHigh), string(feedback.TierMedium), string(feedback.TierLow), MigrationNone, MigrationGone}

// MigrateTiers builds the tier migration matrix from last month's and this
// month's tier per customer ID. A customer present only this month counts in
// row "new", one present only last month in column "gone"; TierNone counts
// as "none". An unknown tier is an EINVALID error.
func MigrateTiers(last, this map[int64]feedback.ValueTier) (TierMigration, error) {
	m := TierMigration{From: slices.Clone(migrationFrom), To: slices.Clone(migrationTo), Counts: make([][]int, len(migrationFrom))}
	for i := range m.Counts {
		m.Counts[i] = make([]int, len(migrationTo))
	}
	rank := map[feedback.ValueTier]int{feedback.TierLow: 1, feedback.TierMedium: 2, feedback.TierHigh: 3, feedback.TierNone: 0}
	label := func(t feedback.ValueTier) (string, error) {
		if _, ok := rank[t]; !ok {
			return "", feedback.Errorf(feedback.EINVALID, "error.customer.tier_invalid", "Unknown value tier %q.", t)
		}
		if t == feedback.TierNone {
			return MigrationNone, nil
		}
		return string(t), nil
	}
	add := func(from, to string) {
		m.Counts[slices.Index(migrationFrom, from)][slices.Index(migrationTo, to)]++
		m.Total++
	}
	for id, was := range last {
		from, err := label(was)
		if err != nil {
			return TierMigration{}, err
		}
		now, ok := this[id]
		if !ok {
			add(from, MigrationGone)
			continue
		}
		to, err := label(now)
		if err != nil {
			return TierMigration{}, err
		}
		add(from, to)
		if a, b := rank[was], rank[now]; a > 0 && b > 0 {
			switch {
			case b > a:
				m.Up++
			case b < a:
				m.Down++
			default:
				m.Same++
			}
		}
	}
	for id, now := range this {
		if _, ok := last[id]; ok {
			continue
		}
		to, err := label(now)
		if err != nil {
			return TierMigration{}, err
		}
		add(MigrationNew, to)
	}
	return m, nil
}

// Count returns the number of customers moving from → to (0 for unknown
// labels).
func (m TierMigration) Count(from, to string) int {
	i, j := slices.Index(m.From, from), slices.Index(m.To, to)
	if i < 0 || j < 0 {
		return 0
	}
	return m.Counts[i][j]
}
