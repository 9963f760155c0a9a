package feedback

import "time"

// Disposition is the outcome of one follow-up call attempt (回访).
type Disposition string

// Dispositions.
const (
	DispCompleted   Disposition = "completed"
	DispNoAnswer    Disposition = "no_answer"
	DispBusy        Disposition = "busy"
	DispRefused     Disposition = "refused"
	DispWrongNumber Disposition = "wrong_number"
	DispCallback    Disposition = "callback" // call back at CallbackAt
)

// Reached reports whether the call reached the customer (contact rate's numerator).
func (d Disposition) Reached() bool {
	return d == DispCompleted || d == DispRefused || d == DispCallback
}

// FollowUpCall is one dialled attempt to reach a customer.
type FollowUpCall struct {
	ID          int64
	CustomerID  int64
	ResponseID  *int64 // the response recorded when the call completed the survey
	TicketID    *int64 // the ticket that triggered the call, if any
	SurveyID    *int64
	HandlerID   *int64
	Reason      string
	AttemptAt   time.Time
	Disposition Disposition
	CallbackAt  *time.Time
	Note        string
}
