package feedback

import (
	"sort"
	"time"
)

// CallReason says why a customer is on the call list.
type CallReason string

// Call reasons, in the order the list shows them.
const (
	ReasonCallbackDue    CallReason = "callback_due"    // the customer asked to be called back, and the time has come
	ReasonTicketResolved CallReason = "ticket_resolved" // a complaint was resolved recently
	ReasonDetractor      CallReason = "detractor"       // the customer gave an NPS of 0–6 recently
	ReasonCareCall       CallReason = "care_call"       // a care rule scheduled a call that is now due (backend/careloop)
)

func (r CallReason) rank() int {
	switch r {
	case ReasonCallbackDue:
		return 0
	case ReasonTicketResolved:
		return 1
	}
	return 2
}

// CallListQuery says which candidates to read: callbacks always; tickets
// resolved and detractor responses at or after their Since times (nil =
// that rule is off). Customers flagged do-not-contact or merged away are
// never candidates.
type CallListQuery struct {
	ResolvedSince  *time.Time
	DetractorSince *time.Time
	Now            time.Time
}

// CallTarget is a customer on the call list and why.
type CallTarget struct {
	Customer    *Customer
	Reason      CallReason
	TicketID    *int64
	TicketTitle string
	ResponseID  *int64
	Score       *int
	// Since is when the reason arose: the ticket's resolution, the
	// response's submission, or the time the customer asked to be called.
	Since time.Time
	// Filled by BuildCallList.
	Attempts      int           // attempts in this cycle
	LastCall      *FollowUpCall // the customer's latest call, any reason
	NextAttemptAt *time.Time    // the earliest retry time, nil when there is no attempt
}

// BuildCallList applies the follow-up rules to the candidates at now.
// calls holds every call per customer, oldest first. The result lists
// callbacks due first (most overdue first), then resolved tickets, then
// detractors (oldest reason first), each customer at most once (the first
// reason that passes the rules wins):
//
//   - a customer whose latest call is a call-back not yet due is not listed;
//   - a call-back that is due is listed whatever the other rules say;
//   - otherwise a reason is dropped when a completed call came after it, when
//     a completed or refused call lies within DoNotContactDays, when the
//     attempts since the reason reached MaxAttempts, or while the last
//     attempt is less than RetryAfterMinutes ago.
func BuildCallList(now time.Time, s FollowUpSettings, cands []*CallTarget, calls map[int64][]*FollowUpCall) []*CallTarget {
	sorted := append([]*CallTarget(nil), cands...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Reason.rank() != b.Reason.rank() {
			return a.Reason.rank() < b.Reason.rank()
		}
		if !a.Since.Equal(b.Since) {
			return a.Since.Before(b.Since)
		}
		return a.Customer.ID < b.Customer.ID
	})
	retry := time.Duration(s.RetryAfterMinutes) * time.Minute
	listed := map[int64]bool{}
	var out []*CallTarget
	for _, c := range sorted {
		id := c.Customer.ID
		if listed[id] || c.Customer.DoNotContact {
			continue
		}
		cs := calls[id]
		var last *FollowUpCall
		if len(cs) > 0 {
			last = cs[len(cs)-1]
		}
		if last != nil && last.Disposition == DispCallback && last.CallbackAt != nil && last.CallbackAt.After(now) {
			continue // a call-back is booked; it comes back when due
		}
		t := *c
		t.LastCall = last
		if last != nil {
			next := last.AttemptAt.Add(retry)
			t.NextAttemptAt = &next
		}
		if c.Reason == ReasonCallbackDue {
			t.Attempts = attemptsSinceCompleted(cs)
		} else {
			if !eligible(now, s, c.Since, cs) {
				continue
			}
			for _, k := range cs {
				if !k.AttemptAt.Before(c.Since) {
					t.Attempts++
				}
			}
			if t.Attempts >= s.MaxAttempts || (t.NextAttemptAt != nil && t.NextAttemptAt.After(now)) {
				continue
			}
		}
		listed[id] = true
		out = append(out, &t)
	}
	return out
}

// eligible applies the completed-since and do-not-contact rules.
func eligible(now time.Time, s FollowUpSettings, since time.Time, calls []*FollowUpCall) bool {
	quiet := now.AddDate(0, 0, -s.DoNotContactDays)
	for _, k := range calls {
		if k.Disposition == DispCompleted && !k.AttemptAt.Before(since) {
			return false
		}
		if s.DoNotContactDays > 0 && (k.Disposition == DispCompleted || k.Disposition == DispRefused) && k.AttemptAt.After(quiet) {
			return false
		}
	}
	return true
}

// attemptsSinceCompleted counts the calls after the latest completed one.
func attemptsSinceCompleted(calls []*FollowUpCall) int {
	n := 0
	for _, k := range calls {
		if k.Disposition == DispCompleted {
			n = 0
		} else {
			n++
		}
	}
	return n
}

// CallOutcome counts one customer's calls of one disposition.
type CallOutcome struct {
	CustomerID  int64
	Disposition Disposition
	Count       int
}

// CallRates are the follow-up figures of a period (see DOMAIN.md).
type CallRates struct {
	Attempts      int
	Dialled       int // distinct customers called
	Reached       int // distinct customers reached at least once (completed, refused or callback)
	Completed     int // distinct customers with a completed call
	Eligible      int // distinct customers sampled (= dialled)
	ContactRate   *float64
	ResponseRate  *float64
	ByDisposition map[Disposition]int
}

// ComputeCallRates derives the rates from call counts: contact rate =
// reached ÷ dialled, response rate = completed ÷ eligible sampled; a rate
// is nil when its denominator is zero.
func ComputeCallRates(outcomes []CallOutcome) CallRates {
	r := CallRates{ByDisposition: map[Disposition]int{}}
	dialled, reached, completed := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	for _, o := range outcomes {
		if o.Count <= 0 {
			continue
		}
		r.Attempts += o.Count
		r.ByDisposition[o.Disposition] += o.Count
		dialled[o.CustomerID] = true
		if o.Disposition.Reached() {
			reached[o.CustomerID] = true
		}
		if o.Disposition == DispCompleted {
			completed[o.CustomerID] = true
		}
	}
	r.Dialled, r.Reached, r.Completed = len(dialled), len(reached), len(completed)
	r.Eligible = r.Dialled
	if r.Dialled > 0 {
		c := float64(r.Reached) / float64(r.Dialled)
		r.ContactRate = &c
	}
	if r.Eligible > 0 {
		c := float64(r.Completed) / float64(r.Eligible)
		r.ResponseRate = &c
	}
	return r
}
