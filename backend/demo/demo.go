// Package demo generates Feedback Desk's deterministic demo data: a
// Chinese-first, bilingual service organisation with customers, orders,
// surveys (NPS, CSAT, CES and a phone follow-up script), responses with
// seasonal and per-segment patterns, complaint tickets with their event logs
// and follow-up calls. The same seed always yields the same records, and
// records are produced one at a time so that very large scales (benchmark
// fixtures of a million responses) run in flat memory. It also writes messy
// survey-export spreadsheets for import benchmarks.
//
// The package is pure: it depends on the domain and the standard library
// (plus excelize for the xlsx writer) and never reads the clock.
package demo

import (
	"math/rand/v2"
	"time"

	"feedbackdesk/backend/feedback"

	_ "time/tzdata" // Asia/Shanghai must load everywhere
)

// Volumes per unit of scale. Handlers, surveys and categories do not scale.
const (
	CustomersPerScale = 300
	OrdersPerScale    = 2000
	ResponsesPerScale = 3000
	TicketsPerScale   = 400
	// CallsPerScale is the follow-up calls per scale: one completed call per
	// phone-survey response (a tenth of responses), failedCallsPerScale
	// unsuccessful survey calls, and the rest after resolved tickets.
	CallsPerScale       = 600
	failedCallsPerScale = 200
)

// DefaultEnd is the exclusive end of the period the demo data covers by
// default: the data runs up to and including 2026-11-15 (Asia/Shanghai).
var DefaultEnd = time.Date(2026, 11, 16, 0, 0, 0, 0, shanghai)

// DefaultMonths is how many months of activity the demo data covers.
const DefaultMonths = 14

var shanghai = mustZone(feedback.ReportingZone)

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // time/tzdata is embedded; this cannot fail
	}
	return loc
}

// Generator is a deterministic feedback.Dataset of demo records. Change End
// or Months before calling Each to move or stretch the covered period.
type Generator struct {
	Seed   int64
	Scale  int
	End    time.Time // exclusive end of the covered period
	Months int       // length of the covered period in months
}

// New returns the demo data set for seed at scale (values below 1 mean 1),
// covering DefaultMonths months up to DefaultEnd.
func New(seed int64, scale int) *Generator {
	if scale < 1 {
		scale = 1
	}
	return &Generator{Seed: seed, Scale: scale, End: DefaultEnd, Months: DefaultMonths}
}

// Counts is how many records of each kind a Generator yields.
type Counts struct {
	Handlers, Customers, Orders, Surveys, Responses, Categories, Tickets, Calls int
}

// Total is the sum of all kinds.
func (c Counts) Total() int {
	return c.Handlers + c.Customers + c.Orders + c.Surveys + c.Responses + c.Categories + c.Tickets + c.Calls
}

// Counts returns the number of records of each kind Each yields.
func (g *Generator) Counts() Counts {
	s := g.scale()
	return Counts{
		Handlers:   len(handlerSeeds),
		Customers:  CustomersPerScale * s,
		Orders:     OrdersPerScale * s,
		Surveys:    len(surveyDefs()),
		Responses:  ResponsesPerScale * s,
		Categories: len(categoryDefs()),
		Tickets:    TicketsPerScale * s,
		Calls:      CallsPerScale * s,
	}
}

// Total implements feedback.Dataset.
func (g *Generator) Total() int { return g.Counts().Total() }

// Period returns the covered period [start, end).
func (g *Generator) Period() (start, end time.Time) {
	end = g.End
	if end.IsZero() {
		end = DefaultEnd
	}
	months := g.Months
	if months < 1 {
		months = DefaultMonths
	}
	end = end.In(shanghai)
	return end.AddDate(0, -months, 0), end
}

func (g *Generator) scale() int {
	if g.Scale < 1 {
		return 1
	}
	return g.Scale
}

// Each implements feedback.Dataset: it yields handlers, customers, orders,
// surveys, responses, ticket categories, tickets and follow-up calls, in that
// order, each with its final ID, stopping at the first error yield returns.
// Every call regenerates the same stream from the seed.
func (g *Generator) Each(yield func(record any) error) error {
	r := newRun(g)
	steps := []func(func(any) error) error{
		r.handlers, r.customers, r.orders, r.surveys, r.responses, r.categories, r.tickets, r.calls,
	}
	for _, step := range steps {
		if err := step(yield); err != nil {
			return err
		}
	}
	return nil
}

// run is the state of one pass over the data set: compact customer
// profiles and the few cross-references later sections need. It holds no
// responses, tickets or calls, so memory grows with customers, not rows.
type run struct {
	g          *Generator
	start, end time.Time
	timeline   timeline
	custs      []profile

	ticketSeeds []responseRef // detractor responses that open a ticket
	phoneSeeds  []responseRef // phone-survey responses: each is a completed call
	doneTickets []ticketRef   // resolved tickets with a customer, for follow-up calls
}

// profile is what later sections need to know about a customer.
type profile struct {
	created, lastActive int64 // unix seconds
	bias                float32
	region              uint8
	tier                feedback.ValueTier
	english, dnc        bool
}

// responseRef points at a response generated earlier.
type responseRef struct {
	id, customer int64
	at           int64 // unix seconds
	handler      uint8 // index into handlerSeeds
	product      uint8
}

// ticketRef points at a resolved ticket generated earlier.
type ticketRef struct {
	id, customer int64
	resolved     int64 // unix seconds
	handler      uint8
}

func newRun(g *Generator) *run {
	start, end := g.Period()
	return &run{g: g, start: start, end: end, timeline: newTimeline(start, end)}
}

// rng returns the random source of one section, so that sections are
// independent of each other's consumption.
func (r *run) rng(section uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(r.g.Seed), 0x9e3779b97f4a7c15^section))
}

// customerBefore picks a customer created before t (customers are created
// in time order), preferring ones still active then; -1 when none exists.
func (r *run) customerBefore(rng *rand.Rand, t time.Time, pred func(*profile) bool) int {
	ts := t.Unix()
	lo, hi := 0, len(r.custs)
	for lo < hi { // first customer created after ts
		m := (lo + hi) / 2
		if r.custs[m].created <= ts {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	best := -1
	for try := 0; try < 8; try++ {
		i := rng.IntN(lo)
		c := &r.custs[i]
		if pred != nil && !pred(c) {
			continue
		}
		if best < 0 {
			best = i
		}
		if c.lastActive >= ts-30*86400 {
			return i
		}
	}
	if best < 0 && pred != nil {
		for i := lo - 1; i >= 0; i-- { // deterministic fallback
			if pred(&r.custs[i]) {
				return i
			}
		}
	}
	return best
}

// int64p returns a pointer to v.
func int64p(v int64) *int64 { return &v }
