package sla

import (
	"slices"
	"time"
)

// NotificationType says whether a notification is a warning or an
// escalation.
type NotificationType string

// Notification types.
const (
	// WarningNote: a warning threshold (75%, 90% …) was reached.
	WarningNote NotificationType = "warning"
	// EscalationNote: an escalation level's instant came.
	EscalationNote NotificationType = "escalation"
)

// Notification is one warning or escalation to raise.
type Notification struct {
	Target Kind             `json:"target"`
	Type   NotificationType `json:"type"`
	// Percent is the warning threshold (warnings only).
	Percent int `json:"percent,omitempty"`
	// Level is the 1-based escalation level, Name and Notify copied from
	// it (escalations only).
	Level  int    `json:"level,omitempty"`
	Name   string `json:"name,omitempty"`
	Notify string `json:"notify,omitempty"`
	// Scheduled is the instant the rule gives: the threshold reached, or
	// due + the level's offset.
	Scheduled time.Time `json:"scheduled"`
	// At is when it is raised: Scheduled, or the next opening of the
	// calendar when Scheduled falls outside open hours.
	At      time.Time `json:"at"`
	Shifted bool      `json:"shifted,omitempty"`
}

// Notifications returns the warnings and escalations of result r that are
// raised in [from, to), ordered by At (then by target and level). It is
// meant for a fresh result (computed at or after from):
//
//   - Warnings fire when a threshold of TargetResult.Warnings is reached
//     (recorded, or projected while the clock runs).
//   - Escalation levels fire at the target's Due plus the level's offset in
//     wall-clock minutes (before the stop, for a stopped target). A paused
//     target has no known due and does not escalate; neither does a
//     breached target while a pausing status holds it.
//   - Both are raised only in the calendar's open hours unless the
//     calendar is 24×7: an instant outside hours is shifted to the next
//     opening (even for a calendar-minutes target; its people work the
//     calendar's hours).
//   - Nothing is raised at or after the clock's stop, the shifted instant
//     included: a target met before the desk opened needs no warning.
func Notifications(r Result, p Policy, cal *Calendar, from, to time.Time) ([]Notification, error) {
	var out []Notification
	add := func(tr *TargetResult, n Notification) error {
		n.Target, n.At = tr.Kind, n.Scheduled
		if !cal.Always() && !cal.IsOpen(n.Scheduled) {
			at, err := cal.NextOpen(n.Scheduled)
			if err != nil {
				return err
			}
			n.At, n.Shifted = at, true
		}
		if n.At.Before(from) || !n.At.Before(to) || (tr.StoppedAt != nil && !n.At.Before(*tr.StoppedAt)) {
			return nil
		}
		out = append(out, n)
		return nil
	}
	for _, k := range Kinds {
		tr := r.Target(k)
		if tr.State == NotApplicable || tr.State == NotStarted {
			continue
		}
		for _, m := range tr.Warnings {
			if err := add(tr, Notification{Type: WarningNote, Percent: m.Percent, Scheduled: m.At}); err != nil {
				return nil, err
			}
		}
		if tr.Due == nil || tr.PausedBy != "" {
			continue
		}
		for i, esc := range p.Escalations {
			if !esc.Applies(k) {
				continue
			}
			n := Notification{Type: EscalationNote, Level: i + 1, Name: esc.Name, Notify: esc.Notify,
				Scheduled: tr.Due.Add(time.Duration(esc.OffsetMinutes) * time.Minute)}
			if err := add(tr, n); err != nil {
				return nil, err
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Notification) int { return a.At.Compare(b.At) })
	return out, nil
}
