package sla

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
)

// ErrInvalidPolicy is wrapped by every error about a policy definition that
// cannot be used as given.
var ErrInvalidPolicy = errors.New("sla: invalid policy")

// Kind names one of the three SLA targets of a ticket.
type Kind string

// The SLA targets (DOMAIN.md "Targets").
const (
	// FirstResponse runs from creation to the first public outbound reply.
	FirstResponse Kind = "first_response"
	// NextReply runs from the oldest unanswered inbound customer message to
	// the next public outbound reply; a ticket may have many such cycles.
	NextReply Kind = "next_reply"
	// Resolution runs from creation to resolved (or closed).
	Resolution Kind = "resolution"
)

// Kinds lists the targets in display order.
var Kinds = []Kind{FirstResponse, NextReply, Resolution}

// Mode says how a target's time is counted.
type Mode string

// Counting modes. The empty Mode means Business.
const (
	// Business counts open time of the policy's calendar only.
	Business Mode = "business"
	// Elapsed counts calendar minutes (24×7 real elapsed time), whatever the
	// calendar's hours.
	Elapsed Mode = "calendar"
)

// Reopen says what a reopened ticket's resolution clock does.
type Reopen string

// Reopen behaviours. The empty Reopen means Resume.
const (
	// Resume continues the resolution clock from the working time already
	// consumed (a breach already recorded stays recorded).
	Resume Reopen = "resume"
	// Restart starts a fresh resolution clock at the reopen instant; the
	// earlier run stays counted as met or breached.
	Restart Reopen = "restart"
)

// DefaultWarnings are the warning thresholds, in percent of the target
// consumed, of a policy whose Warnings are nil.
var DefaultWarnings = []int{75, 90}

// DefaultPausing are the status categories that pause a target when the
// policy's Pause has no entry for it: for all three targets (first response
// included) the two waiting categories.
var DefaultPausing = []feedback.StatusCategory{feedback.CatPendingCust, feedback.CatPendingThird}

// Target is one target of one priority.
type Target struct {
	// Minutes is the target in minutes; 0 means the policy sets no target
	// (the target is then not_applicable).
	Minutes int `json:"minutes"`
	// Mode is business (the default) or calendar.
	Mode Mode `json:"mode,omitempty"`
}

// Duration returns the target as a duration.
func (t Target) Duration() time.Duration { return time.Duration(t.Minutes) * time.Minute }

// Targets are the three targets of one priority.
type Targets struct {
	FirstResponse Target `json:"first_response"`
	NextReply     Target `json:"next_reply"`
	Resolution    Target `json:"resolution"`
}

// Of returns the target of kind k.
func (ts Targets) Of(k Kind) Target {
	switch k {
	case FirstResponse:
		return ts.FirstResponse
	case NextReply:
		return ts.NextReply
	case Resolution:
		return ts.Resolution
	}
	return Target{}
}

// Conditions select the tickets a policy applies to. Each empty set means
// "any"; a ticket matches when it matches every non-empty set.
type Conditions struct {
	Priorities []int    `json:"priorities,omitempty"` // 1 … 4
	Categories []string `json:"categories,omitempty"` // ticket categories, exact match
	Channels   []string `json:"channels,omitempty"`   // feedback.TicketChannels
	Tiers      []string `json:"tiers,omitempty"`      // customer tiers, exact match
}

// Escalation is one escalation level: whom to notify at an offset from a
// target's due instant.
type Escalation struct {
	// Name labels the level for people ("L1 team lead"); optional.
	Name string `json:"name,omitempty"`
	// OffsetMinutes is wall-clock minutes relative to due: -60 is an hour
	// before due, 0 at due, 120 two hours after.
	OffsetMinutes int `json:"offset_minutes"`
	// Notify names who is notified: free text or a handler id.
	Notify string `json:"notify"`
	// Targets limits the level to these targets; empty means all three.
	Targets []Kind `json:"targets,omitempty"`
}

// Applies reports whether the level applies to target k.
func (e Escalation) Applies(k Kind) bool { return len(e.Targets) == 0 || slices.Contains(e.Targets, k) }

// Policy is an SLA policy, stored JSON-encoded as
// sla_policy_versions.definition:
//
//	{"name":"VIP complaints","version":3,"calendar":"shanghai-office",
//	 "conditions":{"tiers":["vip"]},
//	 "targets":{"P1":{"first_response":{"minutes":30},"next_reply":{"minutes":60},
//	                  "resolution":{"minutes":480,"mode":"calendar"}}},
//	 "pause":{"first_response":[]},"reopen":"resume","warnings":[75,90],
//	 "escalations":[{"offset_minutes":-60,"notify":"team lead"}]}
//
// Defaults: a missing Pause entry means DefaultPausing (an empty list means
// nothing pauses that target); nil Warnings mean DefaultWarnings (an empty
// list means none); an empty Reopen means Resume; an empty Mode means
// Business. A priority without an entry in Targets has no targets.
type Policy struct {
	// Name and Version identify the policy version.
	Name    string `json:"name"`
	Version int    `json:"version"`
	// Calendar names the business calendar the policy counts on; the
	// caller resolves it and passes the *Calendar to Compute.
	Calendar string `json:"calendar,omitempty"`
	// Conditions select the tickets the policy applies to (SelectPolicy).
	Conditions Conditions `json:"conditions"`
	// Targets are keyed "P1" … "P4".
	Targets map[string]Targets `json:"targets"`
	// Pause lists, per target, the status categories that pause it.
	Pause map[Kind][]feedback.StatusCategory `json:"pause,omitempty"`
	// Reopen is resume (default) or restart.
	Reopen Reopen `json:"reopen,omitempty"`
	// Warnings are thresholds in percent of the target consumed, each
	// strictly between 0 and 100.
	Warnings []int `json:"warnings,omitempty"`
	// Escalations are the escalation levels, relative to due.
	Escalations []Escalation `json:"escalations,omitempty"`
}

// TicketFacts are what policy conditions look at.
type TicketFacts struct {
	Priority int
	Category string
	Channel  string
	Tier     string
}

// Matches reports whether t satisfies every non-empty condition set.
func (c Conditions) Matches(t TicketFacts) bool {
	return (len(c.Priorities) == 0 || slices.Contains(c.Priorities, t.Priority)) &&
		(len(c.Categories) == 0 || slices.Contains(c.Categories, t.Category)) &&
		(len(c.Channels) == 0 || slices.Contains(c.Channels, t.Channel)) &&
		(len(c.Tiers) == 0 || slices.Contains(c.Tiers, t.Tier))
}

// SelectPolicy returns the first policy, in the given order, whose
// conditions match t; false when none does.
func SelectPolicy(policies []Policy, t TicketFacts) (*Policy, bool) {
	for i := range policies {
		if policies[i].Conditions.Matches(t) {
			return &policies[i], true
		}
	}
	return nil, false
}

// PriorityKey returns the Targets key of priority p: "P1" … "P4".
func PriorityKey(p int) string { return fmt.Sprintf("P%d", p) }

// TargetFor returns the target of kind k for priority p; the zero Target
// (no target) when the policy has none.
func (p *Policy) TargetFor(priority int, k Kind) Target {
	return p.Targets[PriorityKey(priority)].Of(k)
}

// Pauses reports whether status category cat pauses target k.
func (p *Policy) Pauses(k Kind, cat feedback.StatusCategory) bool {
	cats, ok := p.Pause[k]
	if !ok {
		cats = DefaultPausing
	}
	return slices.Contains(cats, cat)
}

// WarningLevels returns the warning thresholds in ascending order.
func (p *Policy) WarningLevels() []int {
	if p.Warnings == nil {
		return DefaultWarnings
	}
	w := slices.Clone(p.Warnings)
	slices.Sort(w)
	return w
}

// ReopenMode returns Restart or Resume.
func (p *Policy) ReopenMode() Reopen {
	if p.Reopen == Restart {
		return Restart
	}
	return Resume
}

// Validate checks the policy. Errors wrap ErrInvalidPolicy.
func (p *Policy) Validate() error {
	if p.Name == "" {
		return policyErr("a policy needs a name")
	}
	for _, pr := range p.Conditions.Priorities {
		if pr < 1 || pr > 4 {
			return policyErr("condition priority %d: want 1 … 4", pr)
		}
	}
	for key, ts := range p.Targets {
		if key != "P1" && key != "P2" && key != "P3" && key != "P4" {
			return policyErr("targets key %q: want P1 … P4", key)
		}
		for _, k := range Kinds {
			t := ts.Of(k)
			if t.Minutes < 0 {
				return policyErr("%s %s: negative minutes %d", key, k, t.Minutes)
			}
			if t.Mode != "" && t.Mode != Business && t.Mode != Elapsed {
				return policyErr("%s %s: unknown mode %q (want business or calendar)", key, k, t.Mode)
			}
		}
	}
	for k, cats := range p.Pause {
		if !slices.Contains(Kinds, k) {
			return policyErr("pause: unknown target %q", k)
		}
		for _, c := range cats {
			if !c.Valid() || c.Done() {
				return policyErr("pause %s: %q cannot pause a target", k, c)
			}
		}
	}
	if p.Reopen != "" && p.Reopen != Resume && p.Reopen != Restart {
		return policyErr("unknown reopen %q (want resume or restart)", p.Reopen)
	}
	for i, w := range p.WarningLevels() {
		if w <= 0 || w >= 100 {
			return policyErr("warning %d%%: want 1 … 99", w)
		}
		if i > 0 && p.WarningLevels()[i-1] == w {
			return policyErr("warning %d%% given twice", w)
		}
	}
	for i, e := range p.Escalations {
		for _, k := range e.Targets {
			if !slices.Contains(Kinds, k) {
				return policyErr("escalation %d: unknown target %q", i+1, k)
			}
		}
	}
	return nil
}

func policyErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidPolicy, fmt.Sprintf(format, args...))
}
