package demo

import (
	"math/rand/v2"
	"time"

	"feedbackdesk/backend/feedback"
)

// Disposition weights of unsuccessful survey calls and of calls after
// resolved tickets.
var (
	failedDispositions = []feedback.Disposition{feedback.DispNoAnswer, feedback.DispBusy, feedback.DispRefused, feedback.DispWrongNumber, feedback.DispCallback}
	failedWeights      = []float64{45, 20, 12, 8, 15}
	ticketDispositions = []feedback.Disposition{feedback.DispCompleted, feedback.DispNoAnswer, feedback.DispBusy, feedback.DispRefused, feedback.DispWrongNumber, feedback.DispCallback}
	ticketWeights      = []float64{55, 20, 8, 5, 2, 10}
)

// calls yields the follow-up calls (回访): first the completed call behind
// every phone-survey response, then unsuccessful survey calls, then calls
// after resolved complaints.
func (r *run) calls(yield func(any) error) error {
	rng := r.rng(secCalls)
	c := r.g.Counts()
	survey := int64p(SurveyPhoneFollowUp)
	var id int64
	emit := func(call *feedback.FollowUpCall) error {
		id++
		call.ID = id
		return yield(call)
	}
	for _, ref := range r.phoneSeeds {
		call := &feedback.FollowUpCall{
			CustomerID:  ref.customer,
			ResponseID:  int64p(ref.id),
			SurveyID:    survey,
			HandlerID:   int64p(int64(ref.handler) + 1),
			Reason:      "满意度回访",
			AttemptAt:   time.Unix(ref.at, 0).UTC(),
			Disposition: feedback.DispCompleted,
			Note:        "已完成回访问卷",
		}
		if err := emit(call); err != nil {
			return err
		}
	}
	failed := failedCallsPerScale * r.g.scale()
	for i := 0; i < failed; i++ {
		at := nextBusiness(rng, r.timeline.at(rng, i, failed, false))
		if !at.Before(r.end) {
			at = r.end.Add(-time.Hour).UTC()
		}
		ci := r.customerBefore(rng, at, func(p *profile) bool { return !p.dnc })
		if ci < 0 {
			ci = 0
		}
		call := &feedback.FollowUpCall{
			CustomerID:  int64(ci + 1),
			SurveyID:    survey,
			HandlerID:   int64p(int64(handlerFor(rng, r.custs[ci].tier, false)) + 1),
			Reason:      "满意度回访",
			AttemptAt:   at,
			Disposition: failedDispositions[pickWeighted(rng, failedWeights)],
		}
		r.finishCall(rng, call)
		if err := emit(call); err != nil {
			return err
		}
	}
	rest := c.Calls - len(r.phoneSeeds) - failed
	for j := 0; j < rest; j++ {
		call := &feedback.FollowUpCall{Reason: "投诉处理后回访", Disposition: ticketDispositions[pickWeighted(rng, ticketWeights)]}
		if len(r.doneTickets) == 0 { // tiny periods: no ticket was resolved
			call.CustomerID, call.AttemptAt = 1, r.end.Add(-time.Hour).UTC()
		} else {
			ref := r.doneTickets[j*len(r.doneTickets)/rest]
			resolved := time.Unix(ref.resolved, 0)
			at := nextBusiness(rng, resolved.Add(time.Duration(24+rng.IntN(48))*time.Hour))
			if !at.Before(r.end) {
				at = resolved.Add(r.end.Sub(resolved) / 2)
			}
			call.CustomerID, call.TicketID, call.AttemptAt = ref.customer, int64p(ref.id), at.UTC()
			call.HandlerID = int64p(int64(ref.handler) + 1)
		}
		r.finishCall(rng, call)
		if err := emit(call); err != nil {
			return err
		}
	}
	return nil
}

// finishCall fills the call-back time and a note that fit the disposition.
// Only the last ten days hold open call-backs: in a working team an older
// promise to call back has been kept long ago, so the demo's call list does
// not start with call-backs that are months overdue.
func (r *run) finishCall(rng *rand.Rand, call *feedback.FollowUpCall) {
	if call.Disposition == feedback.DispCallback && call.AttemptAt.Before(r.end.AddDate(0, 0, -10)) {
		call.Disposition = feedback.DispNoAnswer
	}
	switch call.Disposition {
	case feedback.DispCallback:
		cb := nextBusiness(rng, call.AttemptAt.Add(time.Duration(2+rng.IntN(46))*time.Hour)).UTC()
		call.CallbackAt = &cb
		call.Note = "客户正在开会，约定稍后回电"
	case feedback.DispCompleted:
		call.Note = pick(rng, []string{"客户表示问题已解决，满意", "客户认可处理结果", "客户仍有些不满，已记录"})
	case feedback.DispRefused:
		call.Note = "客户拒绝回访"
	case feedback.DispWrongNumber:
		call.Note = "号码错误，需核实联系方式"
	case feedback.DispNoAnswer:
		call.Note = "无人接听"
	case feedback.DispBusy:
		call.Note = "占线"
	}
}
