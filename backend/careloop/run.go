package careloop

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
)

// Actor is the ticket-event actor of what the rules create.
const Actor = "care-rule"

// RuleRun is what one rule did in one run.
type RuleRun struct {
	Key     string `json:"key"`
	Enabled bool   `json:"enabled"`
	// Created is the number of new items; a second run over the same
	// signals creates none.
	Created int `json:"created"`
}

// Summary is the result of Run, per rule in Keys order.
type Summary struct {
	At    time.Time `json:"at"`
	Rules []RuleRun `json:"rules"`
	Total int       `json:"total"`
}

// Run applies every enabled rule at now and returns what each created. It
// is idempotent: every trigger yields exactly one item however often Run is
// called (concurrent runs included: each item is written with its
// trigger's UNIQUE action row in one immediate transaction).
func Run(ctx context.Context, db *sqlite.DB, now time.Time) (Summary, error) {
	return RunRules(ctx, db, now)
}

// RunRules is Run restricted to the rules keys (every rule when none), for
// the cheap runs after a single change: a response entered runs the
// low-score rule only, a ticket status change the resolved-complaint rule.
func RunRules(ctx context.Context, db *sqlite.DB, now time.Time, keys ...string) (Summary, error) {
	rules, err := Rules(ctx, db)
	if err != nil {
		return Summary{}, err
	}
	now = now.UTC()
	sum := Summary{At: now}
	for _, r := range rules {
		run := RuleRun{Key: r.Key, Enabled: r.Enabled}
		if r.Enabled && (len(keys) == 0 || slices.Contains(keys, r.Key)) {
			n, err := runRule(ctx, db, r, now)
			if err != nil {
				return sum, fmt.Errorf("care rule %s: %w", r.Key, err)
			}
			run.Created = n
			sum.Total += n
		}
		sum.Rules = append(sum.Rules, run)
	}
	return sum, nil
}

func runRule(ctx context.Context, db *sqlite.DB, r Rule, now time.Time) (int, error) {
	switch r.Key {
	case RuleLowScoreTicket:
		return runLowScore(ctx, db, r.Params, now)
	case RuleResolvedCall:
		return runResolved(ctx, db, r.Params, now)
	case RuleHighValueCall:
		return runHighValue(ctx, db, r.Params, now)
	case RuleChurnRisk:
		return runChurnRisk(ctx, db, r.Params, now)
	}
	return 0, unknownRule(r.Key)
}

func lookback(now time.Time, days int) time.Time { return now.Add(-time.Duration(days) * metrics.Day) }

// runLowScore opens one follow-up ticket per low-score response, linked to
// the response (tickets.response_id) and its customer.
func runLowScore(ctx context.Context, db *sqlite.DB, p Params, now time.Time) (int, error) {
	sigs, err := db.LowScoreResponses(ctx, RuleLowScoreTicket, lookback(now, p.LookbackDays), now, p.NPSMax, p.CSATMax)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range sigs {
		id := s.SourceID
		// The title names the response, never the customer: the ticket
		// links the customer, and erasing a customer must not leave their
		// name in a ticket title.
		label := fmt.Sprintf("%s %d", map[string]string{"nps": "NPS", "csat": "CSAT"}[s.Role], s.Score)
		t := &feedback.Ticket{
			Title:       fmt.Sprintf("低分回访 %s · 答卷 #%d", label, id),
			Description: fmt.Sprintf("客户关怀规则根据答卷 #%d（%s）自动创建，请联系客户了解原因并跟进。", id, label),
			CustomerID:  s.CustomerID, Category: p.Category, Priority: p.Priority, ResponseID: &id,
		}
		detail, _ := json.Marshal(map[string]any{"role": s.Role, "score": s.Score})
		a := &sqlite.CareAction{Rule: RuleLowScoreTicket, SourceKind: "response", SourceID: id, Kind: "ticket",
			CustomerID: s.CustomerID, ResponseID: &id, Detail: string(detail)}
		created, err := db.CreateCareTicket(ctx, a, t, Actor)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}

// runResolved schedules one satisfaction call per resolved complaint, due
// DelayDays after its resolution.
func runResolved(ctx context.Context, db *sqlite.DB, p Params, now time.Time) (int, error) {
	sigs, err := db.ResolvedTickets(ctx, RuleResolvedCall, lookback(now, p.LookbackDays), now)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range sigs {
		id := s.SourceID
		due := s.At.Add(time.Duration(p.DelayDays) * metrics.Day)
		a := &sqlite.CareAction{Rule: RuleResolvedCall, SourceKind: "ticket", SourceID: id, Kind: "call",
			CustomerID: s.CustomerID, TicketID: &id, DueAt: &due}
		created, err := db.RecordCareAction(ctx, a)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}

// CyclePeriod is the period key of the care-call cycle containing now: the
// number of whole intervals since 1970-01-01 in the reporting zone, with
// the interval, so that a changed interval starts new cycles.
func CyclePeriod(now time.Time, intervalDays int) string {
	local := now.In(feedback.ReportingLocation())
	day := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400
	return fmt.Sprintf("every%dd-%d", intervalDays, day/int64(intervalDays))
}

// runHighValue schedules one care call, due now, per high-tier customer
// and cycle of IntervalDays.
func runHighValue(ctx context.Context, db *sqlite.DB, p Params, now time.Time) (int, error) {
	period := CyclePeriod(now, p.IntervalDays)
	sigs, err := db.CareCustomers(ctx, RuleHighValueCall, period, string(feedback.TierHigh))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range sigs {
		due := now
		a := &sqlite.CareAction{Rule: RuleHighValueCall, SourceKind: "customer", SourceID: s.SourceID, PeriodKey: period,
			Kind: "call", CustomerID: s.CustomerID, DueAt: &due}
		created, err := db.RecordCareAction(ctx, a)
		if err != nil {
			return n, err
		}
		if created {
			n++
		}
	}
	return n, nil
}
