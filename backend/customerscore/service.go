// Package customerscore is the one place the app computes the customer
// management score (客户管理分), value tiers, RFM segments, relationship
// classes and lifecycle stages: it joins the stored inputs
// (sqlite.CustomerScoreInputs, SLA breaches from the SLA service) with the
// pure rules of package metrics, writes the computed tier and relationship
// back to the customer records, takes monthly snapshots for the tier
// migration matrix, filters customers by saved segments and computes the
// customer rates per period and segment.
package customerscore

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// Settings are the user's score settings (stored as one row, migration 0007).
type Settings struct {
	Weights metrics.ScoreWeights   `json:"weights"`
	Tiers   metrics.TierThresholds `json:"tiers"`
	// WindowDays is the RFM and complaint window in days (default 365).
	WindowDays int `json:"windowDays"`
	// RFMMode is "" (automatic), "quintiles" or "breakpoints".
	RFMMode metrics.RFMMode `json:"rfmMode"`
}

// DefaultSettings are DOMAIN.md's defaults.
var DefaultSettings = Settings{Weights: metrics.DefaultScoreWeights, Tiers: metrics.DefaultTierThresholds, WindowDays: 365}

// Validate reports an EINVALID error for invalid weights, thresholds, window
// or RFM mode.
func (s Settings) Validate() error {
	// The metrics rules decide; the errors carry this screen's keys.
	if err := s.Weights.Validate(); err != nil {
		var fe *feedback.Error
		if errors.As(err, &fe) && fe.Key == "error.metrics.score_weights_zero" {
			return feedback.Errorf(feedback.EINVALID, "error.customer_insights.weights_zero",
				"At least one score weight must be greater than 0.")
		}
		return feedback.Errorf(feedback.EINVALID, "error.customer_insights.weight_invalid",
			"Every score weight must be a number ≥ 0.")
	}
	if err := s.Tiers.Validate(); err != nil {
		return feedback.Errorf(feedback.EINVALID, "error.customer_insights.tier_thresholds",
			"Tier thresholds need 0 ≤ medium < high ≤ 100.")
	}
	if s.WindowDays < 1 || s.WindowDays > 3650 {
		return feedback.Errorf(feedback.EINVALID, "error.customer_insights.window_invalid",
			"The window must be between 1 and 3650 days.")
	}
	switch s.RFMMode {
	case metrics.RFMAuto, metrics.RFMQuintiles, metrics.RFMBreakpoints:
	default:
		return feedback.Errorf(feedback.EINVALID, "error.customer_insights.rfm_mode_invalid", "Unknown RFM mode %q.", s.RFMMode).
			WithParams(map[string]any{"mode": string(s.RFMMode)})
	}
	return nil
}

// Service computes and stores customer scores over one database.
type Service struct {
	db *sqlite.DB
}

// New returns the service over db; it does no I/O.
func New(db *sqlite.DB) *Service { return &Service{db: db} }

// Settings returns the stored score settings.
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	r, err := s.db.ScoreSettings(ctx)
	if err != nil {
		return Settings{}, err
	}
	return Settings{
		Weights:    metrics.ScoreWeights{Value: r.WValue, Satisfaction: r.WSatisfaction, Loyalty: r.WLoyalty, Complaints: r.WComplaints},
		Tiers:      metrics.TierThresholds{High: r.TierHigh, Medium: r.TierMedium},
		WindowDays: r.WindowDays, RFMMode: metrics.RFMMode(r.RFMMode),
	}, nil
}

// SaveSettings validates and stores the settings, recomputes every
// customer's tier and relationship with them (Refresh) and retakes every
// stored monthly snapshot, so that the migration matrix never compares
// tiers computed under different weights or thresholds.
func (s *Service) SaveSettings(ctx context.Context, st Settings) error {
	if err := st.Validate(); err != nil {
		return err
	}
	if err := s.db.SaveScoreSettings(ctx, sqlite.ScoreSettingsRow{
		WValue: st.Weights.Value, WSatisfaction: st.Weights.Satisfaction, WLoyalty: st.Weights.Loyalty,
		WComplaints: st.Weights.Complaints, TierHigh: st.Tiers.High, TierMedium: st.Tiers.Medium,
		WindowDays: st.WindowDays, RFMMode: string(st.RFMMode),
	}); err != nil {
		return err
	}
	if _, err := s.Refresh(ctx); err != nil {
		return err
	}
	months, _, err := s.db.SnapshotMonths(ctx)
	if err != nil {
		return err
	}
	for _, m := range months {
		if _, err := s.Snapshot(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// Customer is one customer's computed score, classes and segment
// attributes.
type Customer struct {
	ID           int64             `json:"id"`
	Name         string            `json:"name"`
	Phone        string            `json:"phone"`
	Email        string            `json:"email"`
	Company      string            `json:"company"`
	Region       string            `json:"region"`
	Industry     string            `json:"industry"`
	Channel      string            `json:"channel"`
	DoNotContact bool              `json:"doNotContact"`
	Attributes   map[string]string `json:"attributes"`
	// Score is nil when no weighted component is known (Tier is then "").
	Score         *float64                 `json:"score"`
	Tier          feedback.ValueTier       `json:"tier"`
	Partial       bool                     `json:"partial"`
	Missing       []metrics.ScoreComponent `json:"missing"`
	Components    metrics.ScoreComponents  `json:"components"`
	Contributions metrics.ScoreComponents  `json:"contributions"`
	// Weights are the effective (renormalised) weights.
	Weights      metrics.ScoreWeights   `json:"weights"`
	Loyalty      metrics.LoyaltyParts   `json:"loyalty"`
	RFM          metrics.CustomerRFM    `json:"rfm"`
	Lifecycle    metrics.LifecycleStage `json:"lifecycle"`
	Relationship feedback.Relationship  `json:"relationship"`
	Complaints   int                    `json:"complaints"`
	Breaches     int                    `json:"breaches"`
	// OpenComplaints counts complaint tickets open at the scoring instant.
	OpenComplaints int `json:"openComplaints"`
	// Facts are the raw inputs (for metrics.ChurnRiskOf); not sent.
	Facts metrics.CustomerFacts `json:"-"`
}

// Result is the scoring of every customer (not merged away) at one instant.
type Result struct {
	At       time.Time `json:"at"`
	Settings Settings  `json:"settings"`
	// RFMMode is the mode actually used; RFMScored how many customers had a
	// purchase (the RFM ranking population).
	RFMMode   metrics.RFMMode `json:"rfmMode"`
	RFMScored int             `json:"rfmScored"`
	Customers []Customer      `json:"customers"`
}

// Now is the database clock's current instant, the default scoring instant.
func (s *Service) Now() time.Time { return s.db.CurrentTime() }

// Compute scores every customer at `at` with the stored settings.
func (s *Service) Compute(ctx context.Context, at time.Time) (*Result, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	return s.ComputeWith(ctx, at, st)
}

// ComputeWith scores every customer at `at` (nothing dated at or after
// `at` counts) with the settings given: the inputs of the window
// [at − WindowDays, at), SLA breaches of the window's tickets, RFM over all
// customers, then components, score, tier, lifecycle stage and
// relationship class per customer.
func (s *Service) ComputeWith(ctx context.Context, at time.Time, st Settings) (*Result, error) {
	if err := st.Validate(); err != nil {
		return nil, err
	}
	// The three reads are independent; they run side by side (each on its
	// own connection), the SLA pass being as long as the SQL ones at scale.
	var (
		ins      []*sqlite.CustomerScoreInput
		dir      []*sqlite.CustomerInfo
		breaches = map[int64]int{}
		errs     [3]error
		wg       sync.WaitGroup
	)
	from := at.Add(-time.Duration(st.WindowDays) * metrics.Day)
	wg.Add(3)
	go func() {
		defer wg.Done()
		ins, errs[0] = s.db.CustomerScoreInputs(ctx, at, st.WindowDays)
	}()
	go func() {
		defer wg.Done()
		dir, errs[1] = s.db.CustomerDirectory(ctx)
	}()
	go func() {
		defer wg.Done()
		errs[2] = slaservice.New(s.db).Each(ctx, feedback.TicketFilter{From: &from, To: &at}, at, func(t *slaservice.TicketSLA) {
			if id := t.Log.Ticket.CustomerID; id != nil && t.Breached() {
				breaches[*id]++
			}
		})
	}()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	info := make(map[int64]*sqlite.CustomerInfo, len(dir))
	for _, c := range dir {
		info[c.ID] = c
	}
	rfmIn := make([]metrics.RFMInput, len(ins))
	for i, c := range ins {
		rfmIn[i] = metrics.RFMInput{CustomerID: c.ID, LastPurchase: c.LastPurchase, Orders: c.Orders, NetSpend: c.NetSpend}
	}
	rfm, err := metrics.ScoreRFM(rfmIn, at, metrics.RFMOptions{Mode: st.RFMMode})
	if err != nil {
		return nil, err
	}
	res := &Result{At: at, Settings: st, RFMMode: rfm.Mode, RFMScored: rfm.N, Customers: make([]Customer, 0, len(ins))}
	for i, c := range ins {
		f := metrics.CustomerFacts{
			RFM: rfm.Customers[i], FirstPurchase: c.FirstPurchase, LastPurchase: c.LastPurchase,
			Complaints: c.Complaints, Breaches: breaches[c.ID], OpenComplaints: c.OpenComplaints,
		}
		if a := c.LatestNPS; a != nil {
			f.LatestNPS = &metrics.NPSAnswer{Score: a.Value, At: a.At}
		}
		if a := c.LatestCSAT; a != nil {
			f.LatestCSAT = &metrics.CSATAnswer{Rating: a.Value, ScaleMin: a.ScaleMin, ScaleMax: a.ScaleMax, At: a.At}
		}
		cu, err := scoreOne(c, f, at, st)
		if err != nil {
			return nil, fmt.Errorf("customer %d: %w", c.ID, err)
		}
		if d := info[c.ID]; d != nil {
			cu.Phone, cu.Email, cu.Company, cu.Region, cu.Industry, cu.Channel = d.Phone, d.Email, d.Company, d.Region, d.Industry, d.Channel
			cu.DoNotContact, cu.Attributes = d.DoNotContact, d.Attributes
		}
		if cu.Attributes == nil {
			cu.Attributes = map[string]string{}
		}
		res.Customers = append(res.Customers, cu)
	}
	return res, nil
}

// scoreOne computes one customer's components, score, stage and class.
func scoreOne(c *sqlite.CustomerScoreInput, f metrics.CustomerFacts, at time.Time, st Settings) (Customer, error) {
	comps, loyalty, err := metrics.CustomerComponents(f, at, metrics.ComponentOptions{})
	if err != nil {
		return Customer{}, err
	}
	sc, err := metrics.ScoreCustomer(comps, st.Weights, st.Tiers)
	if err != nil {
		return Customer{}, err
	}
	stage, err := metrics.LifecycleStageOf(f, at, metrics.LifecycleOptions{})
	if err != nil {
		return Customer{}, err
	}
	rel, err := metrics.RelationshipOf(f, at, metrics.LifecycleOptions{})
	if err != nil {
		return Customer{}, err
	}
	out := Customer{
		ID: c.ID, Name: c.Name, Tier: sc.Tier, Partial: sc.Partial, Missing: sc.Missing, Components: sc.Components,
		Contributions: sc.Contributions, Weights: sc.Weights, Loyalty: loyalty, RFM: f.RFM, Lifecycle: stage,
		Relationship: rel, Complaints: f.Complaints, Breaches: f.Breaches, OpenComplaints: f.OpenComplaints, Facts: f,
	}
	if sc.Scored {
		score := sc.Score
		out.Score = &score
	}
	return out, nil
}

// Find returns the customer with the ID from r, or nil.
func (r *Result) Find(id int64) *Customer {
	for i := range r.Customers {
		if r.Customers[i].ID == id {
			return &r.Customers[i]
		}
	}
	return nil
}

// Refresh scores every customer now with the stored settings and writes the
// computed tier and relationship class back to the customer records (the
// dashboard's tier breakdown reads them), returning the result.
func (s *Service) Refresh(ctx context.Context) (*Result, error) {
	res, err := s.Compute(ctx, s.Now())
	if err != nil {
		return nil, err
	}
	if err := s.writeBack(ctx, res); err != nil {
		return nil, err
	}
	return res, nil
}

func (s *Service) writeBack(ctx context.Context, res *Result) error {
	classes := make(map[int64]sqlite.CustomerClass, len(res.Customers))
	for _, c := range res.Customers {
		classes[c.ID] = sqlite.CustomerClass{Tier: c.Tier, Relationship: c.Relationship}
	}
	_, err := s.db.WriteCustomerClasses(ctx, classes)
	return err
}
