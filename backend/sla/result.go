package sla

import (
	"encoding/json"
	"time"

	"feedbackdesk/backend/feedback"
)

// Event is one entry of a ticket's append-only log, reduced to what the SLA
// engine reads. The caller maps stored feedback.TicketEvent rows to Events
// (it knows which configured status maps to which category and which policy
// version an EventPolicy row names); the engine reuses feedback's kinds and
// categories so the two never drift apart.
type Event struct {
	// At is when it happened.
	At time.Time
	// Kind is one of feedback's event kinds. EventCreated, EventStatus,
	// EventReopen, EventPriority, EventReply and EventPolicy are read;
	// EventNote, EventAssign, EventCategory and unknown kinds are ignored.
	Kind feedback.TicketEventKind
	// Category is the status category: the initial one (EventCreated,
	// empty means new), the new one (EventStatus), or the one a reopen
	// moves to (EventReopen, empty means open).
	Category feedback.StatusCategory
	// Priority is 1 … 4: the initial (EventCreated) or new (EventPriority)
	// priority.
	Priority int
	// Direction is feedback.Inbound or feedback.Outbound (EventReply).
	Direction string
	// Policy is the policy in force from At on (EventPolicy). The policy
	// passed to Compute is in force from creation to the first EventPolicy.
	Policy *Policy
}

// State is the state of one target.
type State string

// Target states.
const (
	// NotApplicable: the policy sets no target of this kind for the
	// ticket's current priority (Target.Minutes == 0).
	NotApplicable State = "not_applicable"
	// NotStarted: the clock has not started (next reply before any
	// unanswered customer message that follows the first response).
	NotStarted State = "not_started"
	// Running: the clock counts and the target is not yet used up.
	Running State = "running"
	// Paused: the clock is held by a pausing status; its due instant is
	// unknown until the pause ends.
	Paused State = "paused"
	// Met: the clock stopped at or before its due instant.
	Met State = "met"
	// Breached: the clock was still running at its due instant (whether
	// it has stopped since or not). A breach, once recorded, stays.
	Breached State = "breached"
)

// Mark is the instant a warning threshold was (or, when Projected, will be
// if nothing changes) reached.
type Mark struct {
	Percent   int       `json:"percent"`
	At        time.Time `json:"at"`
	Projected bool      `json:"projected,omitempty"`
}

// TargetResult is the state of one target at the instant computed. For
// next reply it describes the current cycle, or the last one when none is
// open, and Met/Breached count all cycles.
type TargetResult struct {
	Kind  Kind  `json:"kind"`
	State State `json:"state"`
	Mode  Mode  `json:"mode"`
	// Target is the target in force now (for a stopped clock: at the stop).
	Target time.Duration `json:"-"`
	// Actual is the working time consumed so far, or at the stop.
	Actual time.Duration `json:"-"`
	// TimeLeft is Target − Actual in working time: negative when over.
	TimeLeft time.Duration `json:"-"`
	// Due is the instant the target is (or was) used up: projected from
	// now while running; BreachedAt once breached; for a met target, the
	// due instant as it stood when the clock stopped (projected from the
	// stop). Nil while paused (it depends on when the pause ends), for a
	// target met while paused, and before the start.
	Due *time.Time `json:"due,omitempty"`
	// BreachedAt is the instant the working time reached the target (or
	// the instant of a priority/policy change that made it already over).
	BreachedAt *time.Time `json:"breached_at,omitempty"`
	// Warning is the highest warning threshold (percent) that the current
	// Actual has reached against the current Target; 0 for none.
	Warning int `json:"warning"`
	// Warnings holds, per threshold, the instant it was reached in this
	// run, or its projected instant while running.
	Warnings []Mark `json:"warnings,omitempty"`
	// StartedAt is when the clock (or the current cycle/run) started.
	StartedAt *time.Time `json:"started_at,omitempty"`
	// StoppedAt is when the clock stopped; nil while it counts or pauses.
	StoppedAt *time.Time `json:"stopped_at,omitempty"`
	// StoppedBy is "reply", "resolved" or "closed".
	StoppedBy string `json:"stopped_by,omitempty"`
	// PausedBy is the pausing status category while Paused (and while a
	// breached clock is held).
	PausedBy feedback.StatusCategory `json:"paused_by,omitempty"`
	// Met and Breached count the completed runs with a target: cycles for
	// next reply, runs for a restarted resolution, else 0 or 1.
	Met      int `json:"met"`
	Breached int `json:"breached"`
	// Completed holds the working time of each completed run, in order.
	Completed []time.Duration `json:"-"`
}

// MarshalJSON encodes durations as minutes: target_minutes (integer),
// actual_minutes and time_left_minutes (fractional), completed_minutes.
func (r TargetResult) MarshalJSON() ([]byte, error) {
	type plain TargetResult
	done := make([]float64, len(r.Completed))
	for i, d := range r.Completed {
		done[i] = d.Minutes()
	}
	return json.Marshal(struct {
		plain
		TargetMinutes    int       `json:"target_minutes"`
		ActualMinutes    float64   `json:"actual_minutes"`
		TimeLeftMinutes  float64   `json:"time_left_minutes"`
		CompletedMinutes []float64 `json:"completed_minutes,omitempty"`
	}{plain(r), int(r.Target / time.Minute), r.Actual.Minutes(), r.TimeLeft.Minutes(), done})
}

// Result is the SLA state of one ticket as of one instant.
type Result struct {
	// Policy and PolicyVersion name the policy in force at the end.
	Policy        string `json:"policy"`
	PolicyVersion int    `json:"policy_version"`
	// Priority and Category are the ticket's current ones.
	Priority int                     `json:"priority"`
	Category feedback.StatusCategory `json:"category"`
	// AsOf is the now the result was computed for.
	AsOf          time.Time    `json:"as_of"`
	FirstResponse TargetResult `json:"first_response"`
	NextReply     TargetResult `json:"next_reply"`
	Resolution    TargetResult `json:"resolution"`
}

// Target returns the result of target k (nil for an unknown kind).
func (r *Result) Target(k Kind) *TargetResult {
	switch k {
	case FirstResponse:
		return &r.FirstResponse
	case NextReply:
		return &r.NextReply
	case Resolution:
		return &r.Resolution
	}
	return nil
}
