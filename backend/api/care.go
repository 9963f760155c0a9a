package api

import (
	"context"
	"encoding/json"
	"log/slog"

	"feedbackdesk/backend/careloop"
	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// Care is the bound facade of the closed loop and care plans: rules that turn signals (detractors, low CSAT, resolved complaints, high-value and at-risk customers) into follow-up work, what each rule created, and the churn-risk list.
type Care struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
}

// NewCare returns the facade; it does no I/O.
func NewCare(dialogs Dialogs, events Events) *Care {
	return &Care{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCare gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCare(f *Care, ctx context.Context, db *sqlite.DB) { f.ctx, f.db = ctx, db }

// WireCare makes the facades that record signals run the care rules those
// signals can trigger, right after the change (cheap: one rule, indexed
// queries): a response entered by hand runs the low-score rule, a ticket
// status change the resolved-complaint rule; an import of responses the
// low-score rule, of tickets the resolved-complaint rule, and of customers
// or orders a rescoring of every customer (tiers written back for the
// dashboard). A failing run is logged and never fails the change it
// follows; "run rules now" catches up. It does no I/O.
func WireCare(c *Care, r *Responses, t *Tickets, im *Imports) {
	r.afterSubmit = func() { c.runQuietly(careloop.RuleLowScoreTicket) }
	t.afterStatus = func() { c.runQuietly(careloop.RuleResolvedCall) }
	im.afterImport = func(target string) {
		switch target {
		case "responses":
			c.runQuietly(careloop.RuleLowScoreTicket)
		case "tickets":
			c.runQuietly(careloop.RuleResolvedCall)
		case "customers", "orders":
			if c.db == nil {
				return
			}
			if _, err := customerscore.New(c.db).Refresh(c.ctx); err != nil {
				slog.Warn("customer scores after an import", "target", target, "err", err)
			}
		}
	}
}

// runQuietly runs the rules keys (when switched on), logging an error and
// announcing what it created.
func (c *Care) runQuietly(keys ...string) {
	if c.db == nil {
		return
	}
	s, err := careloop.RunRules(c.ctx, c.db, c.db.CurrentTime(), keys...)
	if err != nil {
		slog.Warn("care rules after a change", "rules", keys, "err", err)
		return
	}
	if s.Total > 0 && c.events != nil {
		c.events.Emit(c.ctx, CareRunEvent, runResult(s))
	}
}

// CareRunEvent is emitted after a run that created something, with the
// CareRunResult, so open screens (tickets, follow-ups) can refresh.
const CareRunEvent = "care:run"

// CareRule is a rule's switch, parameters and how many items it created.
type CareRule struct {
	Key     string          `json:"key"`
	Enabled bool            `json:"enabled"`
	Params  careloop.Params `json:"params"`
	Created int             `json:"created"`
}

// CareRuleRun is what one rule created in a run.
type CareRuleRun struct {
	Key     string `json:"key"`
	Enabled bool   `json:"enabled"`
	Created int    `json:"created"`
}

// CareRunResult is the result of Run.
type CareRunResult struct {
	At    string        `json:"at"`
	Rules []CareRuleRun `json:"rules"`
	Total int           `json:"total"`
}

// CareItem is one piece of work a rule created: a follow-up ticket, a
// scheduled call, or a churn-risk entry (queued once DueAt is set).
type CareItem struct {
	ID           int64  `json:"id"`
	Rule         string `json:"rule"`
	Kind         string `json:"kind"`       // ticket, call, risk
	SourceKind   string `json:"sourceKind"` // response, ticket, customer
	SourceID     int64  `json:"sourceId"`
	PeriodKey    string `json:"periodKey"`
	CustomerID   *int64 `json:"customerId"`
	CustomerName string `json:"customerName"`
	ResponseID   *int64 `json:"responseId"`
	TicketID     *int64 `json:"ticketId"`
	TicketTitle  string `json:"ticketTitle"`
	DueAt        string `json:"dueAt"`
	CreatedAt    string `json:"createdAt"`
	// Done: a completed follow-up call to the customer at or after DueAt.
	Done bool `json:"done"`
	// The low answer that opened a ticket (role nps or csat).
	AnswerRole  string `json:"answerRole"`
	AnswerScore *int   `json:"answerScore"`
	// The churn-risk conditions and the scores compared.
	Detractor     bool     `json:"detractor"`
	OpenComplaint bool     `json:"openComplaint"`
	FallingScore  bool     `json:"fallingScore"`
	Score         *float64 `json:"score"`
	PreviousScore *float64 `json:"previousScore"`
}

// CareItemPage is a page of items, newest first, and how many match.
type CareItemPage struct {
	Items []CareItem `json:"items"`
	Total int        `json:"total"`
}

func careRules(rs []careloop.Rule) []CareRule {
	out := make([]CareRule, len(rs))
	for i, r := range rs {
		out[i] = CareRule{Key: r.Key, Enabled: r.Enabled, Params: r.Params, Created: r.Created}
	}
	return out
}

func careItem(a *sqlite.CareAction) CareItem {
	it := CareItem{ID: a.ID, Rule: a.Rule, Kind: a.Kind, SourceKind: a.SourceKind, SourceID: a.SourceID, PeriodKey: a.PeriodKey,
		CustomerID: a.CustomerID, CustomerName: a.CustomerName, ResponseID: a.ResponseID, TicketID: a.TicketID,
		TicketTitle: a.TicketTitle, DueAt: isoPtr(a.DueAt), CreatedAt: iso(a.CreatedAt), Done: a.Done}
	if a.Kind == "risk" {
		var r careloop.RiskDetail
		if json.Unmarshal([]byte(a.Detail), &r) == nil {
			it.Detractor, it.OpenComplaint, it.FallingScore = r.Detractor, r.OpenComplaint, r.FallingScore
			it.Score, it.PreviousScore = r.Score, r.Previous
		}
		return it
	}
	var d struct {
		Role  string `json:"role"`
		Score *int   `json:"score"`
	}
	if json.Unmarshal([]byte(a.Detail), &d) == nil {
		it.AnswerRole, it.AnswerScore = d.Role, d.Score
	}
	return it
}

// Rules returns every care rule (off with default parameters until saved).
func (c *Care) Rules() ([]CareRule, error) {
	return guard(c.db != nil, func() ([]CareRule, error) {
		rs, err := careloop.Rules(c.ctx, c.db)
		return careRules(rs), err
	})
}

// SaveRule switches a rule on or off and stores its parameters; it returns
// every rule.
func (c *Care) SaveRule(key string, enabled bool, params careloop.Params) ([]CareRule, error) {
	return guard(c.db != nil, func() ([]CareRule, error) {
		if err := careloop.SaveRule(c.ctx, c.db, key, enabled, params); err != nil {
			return nil, err
		}
		rs, err := careloop.Rules(c.ctx, c.db)
		return careRules(rs), err
	})
}

// Run applies every enabled rule now. It is idempotent: running again
// creates nothing for triggers already handled.
func (c *Care) Run() (CareRunResult, error) {
	return guard(c.db != nil, func() (CareRunResult, error) {
		s, err := careloop.Run(c.ctx, c.db, c.db.CurrentTime())
		if err != nil {
			return CareRunResult{}, err
		}
		out := runResult(s)
		if s.Total > 0 && c.events != nil {
			c.events.Emit(c.ctx, CareRunEvent, out)
		}
		return out, nil
	})
}

func runResult(s careloop.Summary) CareRunResult {
	out := CareRunResult{At: iso(s.At), Total: s.Total, Rules: make([]CareRuleRun, len(s.Rules))}
	for i, r := range s.Rules {
		out.Rules[i] = CareRuleRun{Key: r.Key, Enabled: r.Enabled, Created: r.Created}
	}
	return out
}

// Items lists what a rule created (every rule when rule is ""), newest
// first, at most limit (default 200).
func (c *Care) Items(rule string, limit int) (CareItemPage, error) {
	return guard(c.db != nil, func() (CareItemPage, error) {
		return c.items(sqlite.CareActionFilter{Rule: rule, Limit: limit})
	})
}

func (c *Care) items(f sqlite.CareActionFilter) (CareItemPage, error) {
	as, total, err := c.db.CareActions(c.ctx, f)
	if err != nil {
		return CareItemPage{}, err
	}
	page := CareItemPage{Items: make([]CareItem, len(as)), Total: total}
	for i, a := range as {
		page.Items[i] = careItem(a)
	}
	return page, nil
}

// ChurnRisk returns this month's churn-risk list (the customers the
// churn-risk rule found at risk this month), newest first.
func (c *Care) ChurnRisk() (CareItemPage, error) {
	return guard(c.db != nil, func() (CareItemPage, error) {
		return c.items(sqlite.CareActionFilter{Rule: careloop.RuleChurnRisk,
			PeriodKey: careloop.MonthPeriod(c.db.CurrentTime()), Limit: 500})
	})
}

// Queue adds a churn-risk entry to the follow-up queue: its customer is to
// be called from now on. Queuing twice keeps the first time.
func (c *Care) Queue(id int64) (CareItem, error) {
	return guard(c.db != nil, func() (CareItem, error) {
		if id <= 0 {
			return CareItem{}, feedback.Errorf(feedback.EINVALID, "error.care.action_not_found", "Care item %d does not exist.", id)
		}
		a, err := c.db.QueueCareAction(c.ctx, id, c.db.CurrentTime())
		if err != nil {
			return CareItem{}, err
		}
		return careItem(a), nil
	})
}
