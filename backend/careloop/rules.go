// Package careloop is the closed loop of issue 8: care rules that turn
// signals into follow-up work. A low NPS or CSAT answer opens a follow-up
// ticket linked to its response; a resolved complaint schedules a
// satisfaction call some days later; high-value customers get a periodic
// care call; customers at risk of churning (detractor + open complaint +
// falling score, [metrics.ChurnRiskOf]) are put on the churn-risk list.
//
// Every rule can be switched on and off and keeps what it created
// (care_actions). [Run] is idempotent: a trigger — a response, a ticket, a
// customer in a period — yields exactly one item however often it runs,
// because the item and its action row are written in one transaction under
// a UNIQUE key.
package careloop

import (
	"context"
	"encoding/json"
	"slices"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// Rule keys.
const (
	RuleLowScoreTicket = "low_score_ticket" // NPS 0–6 or CSAT ≤ 2 → a follow-up ticket linked to the response
	RuleResolvedCall   = "resolved_call"    // a resolved complaint → a satisfaction call after N days
	RuleHighValueCall  = "high_value_call"  // a high-tier customer → a care call every N days
	RuleChurnRisk      = "churn_risk"       // detractor + open complaint + falling score → the churn-risk list
)

// Keys lists the rules in the order the screen shows them.
var Keys = []string{RuleLowScoreTicket, RuleResolvedCall, RuleHighValueCall, RuleChurnRisk}

// Params are the parameters of the rules; each rule reads its own fields.
type Params struct {
	// low_score_ticket: an NPS answer ≤ NPSMax or a CSAT answer ≤ CSATMax
	// given in the last LookbackDays opens a ticket of Category (none when
	// empty) and Priority (1–4).
	NPSMax   int    `json:"npsMax"`
	CSATMax  int    `json:"csatMax"`
	Category string `json:"category"`
	Priority int    `json:"priority"`
	// low_score_ticket and resolved_call: how far back a run looks for
	// signals, so that switching a rule on does not flood the queue with
	// the history.
	LookbackDays int `json:"lookbackDays"`
	// resolved_call: the call is due DelayDays after the resolution.
	DelayDays int `json:"delayDays"`
	// high_value_call: one care call per customer every IntervalDays.
	IntervalDays int `json:"intervalDays"`
	// churn_risk: the score is falling when it dropped by at least
	// MinScoreDrop points over the last month.
	MinScoreDrop float64 `json:"minScoreDrop"`
}

// Defaults returns a rule's default parameters.
func Defaults(key string) Params {
	switch key {
	case RuleLowScoreTicket:
		return Params{NPSMax: 6, CSATMax: 2, Priority: 2, LookbackDays: 7}
	case RuleResolvedCall:
		return Params{DelayDays: 3, LookbackDays: 30}
	case RuleHighValueCall:
		return Params{IntervalDays: 90}
	case RuleChurnRisk:
		return Params{MinScoreDrop: 5}
	}
	return Params{}
}

// Validate checks the fields key reads; errors are EINVALID with keys
// error.care.*.
func (p Params) Validate(key string) error {
	bad := func(k, msg string) error { return feedback.Errorf(feedback.EINVALID, "error.care."+k, "%s", msg) }
	switch key {
	case RuleLowScoreTicket:
		switch {
		case p.NPSMax < 0 || p.NPSMax > 10:
			return bad("nps_max", "The NPS threshold must be between 0 and 10.")
		case p.CSATMax < 1 || p.CSATMax > 5:
			return bad("csat_max", "The CSAT threshold must be between 1 and 5.")
		case p.Priority < 1 || p.Priority > 4:
			return bad("priority", "The priority must be P1 to P4.")
		}
		return checkDays("lookback_days", p.LookbackDays, 1, 365)
	case RuleResolvedCall:
		if err := checkDays("delay_days", p.DelayDays, 0, 90); err != nil {
			return err
		}
		return checkDays("lookback_days", p.LookbackDays, 1, 365)
	case RuleHighValueCall:
		return checkDays("interval_days", p.IntervalDays, 7, 730)
	case RuleChurnRisk:
		if p.MinScoreDrop <= 0 || p.MinScoreDrop > 100 {
			return bad("min_score_drop", "The score drop must be above 0 and at most 100 points.")
		}
		return nil
	}
	return unknownRule(key)
}

func checkDays(k string, n, lo, hi int) error {
	if n < lo || n > hi {
		return feedback.Errorf(feedback.EINVALID, "error.care."+k, "The number of days must be between %d and %d.", lo, hi).
			WithParams(map[string]any{"min": lo, "max": hi})
	}
	return nil
}

func unknownRule(key string) error {
	return feedback.Errorf(feedback.ENOTFOUND, "error.care.rule_unknown", "There is no care rule %q.", key).
		WithParams(map[string]any{"rule": key})
}

// Rule is a rule's switch, parameters and how many items it created.
type Rule struct {
	Key     string `json:"key"`
	Enabled bool   `json:"enabled"`
	Params  Params `json:"params"`
	Created int    `json:"created"`
}

// Rules returns every rule, stored or default (off), in Keys order.
func Rules(ctx context.Context, db *sqlite.DB) ([]Rule, error) {
	stored, err := db.CareRules(ctx)
	if err != nil {
		return nil, err
	}
	counts, err := db.CareActionCounts(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Rule, 0, len(Keys))
	for _, k := range Keys {
		r := Rule{Key: k, Params: Defaults(k), Created: counts[k]}
		if s, ok := stored[k]; ok {
			r.Enabled = s.Enabled
			if err := json.Unmarshal([]byte(s.Params), &r.Params); err != nil || r.Params.Validate(k) != nil {
				r.Params = Defaults(k) // a damaged row falls back to the defaults rather than blocking the loop
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// SaveRule validates and stores a rule's switch and parameters.
func SaveRule(ctx context.Context, db *sqlite.DB, key string, enabled bool, p Params) error {
	if !slices.Contains(Keys, key) {
		return unknownRule(key)
	}
	if err := p.Validate(key); err != nil {
		return err
	}
	if key == RuleLowScoreTicket && p.Category != "" {
		cats, err := db.FindTicketCategories(ctx)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(cats, func(c feedback.TicketCategory) bool { return c.Key == p.Category }) {
			return feedback.Errorf(feedback.EINVALID, "error.care.category_unknown", "There is no ticket category %q.", p.Category).
				WithParams(map[string]any{"category": p.Category})
		}
	}
	b, _ := json.Marshal(p)
	return db.SaveCareRule(ctx, key, enabled, string(b))
}
