package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"

	"feedbackdesk/backend/feedback"
)

// FollowUpSettings are the rules that build the call list.
type FollowUpSettings struct {
	SurveyID            *int64 `json:"surveyId"` // the call script survey
	ResolvedWithinDays  int    `json:"resolvedWithinDays"`
	DetractorWithinDays int    `json:"detractorWithinDays"`
	DoNotContactDays    int    `json:"doNotContactDays"`
	RetryAfterMinutes   int    `json:"retryAfterMinutes"`
	MaxAttempts         int    `json:"maxAttempts"`
}

// CallTarget is a customer to call and why.
type CallTarget struct {
	CustomerID      int64  `json:"customerId"`
	Name            string `json:"name"`
	Phone           string `json:"phone"`
	Company         string `json:"company"`
	Region          string `json:"region"`
	Tier            string `json:"tier"`
	Reason          string `json:"reason"` // callback_due, ticket_resolved, detractor
	TicketID        *int64 `json:"ticketId"`
	TicketTitle     string `json:"ticketTitle"`
	ResponseID      *int64 `json:"responseId"`
	Score           *int   `json:"score"`
	Attempts        int    `json:"attempts"`
	LastAttemptAt   string `json:"lastAttemptAt"`
	LastDisposition string `json:"lastDisposition"`
	CallbackAt      string `json:"callbackAt"`
	NextAttemptAt   string `json:"nextAttemptAt"`
}

// CallInput records one call attempt.
type CallInput struct {
	CustomerID  int64          `json:"customerId"`
	TicketID    *int64         `json:"ticketId"`
	ResponseID  *int64         `json:"responseId"`
	Reason      string         `json:"reason"`
	Disposition string         `json:"disposition"`
	CallbackAt  string         `json:"callbackAt"`
	Note        string         `json:"note"`
	Response    *ResponseInput `json:"response"`
}

// CallDTO is one recorded call attempt.
type CallDTO struct {
	ID           int64  `json:"id"`
	CustomerID   int64  `json:"customerId"`
	CustomerName string `json:"customerName"`
	TicketID     *int64 `json:"ticketId"`
	ResponseID   *int64 `json:"responseId"`
	SurveyID     *int64 `json:"surveyId"`
	Reason       string `json:"reason"`
	AttemptAt    string `json:"attemptAt"`
	Disposition  string `json:"disposition"`
	CallbackAt   string `json:"callbackAt"`
	Note         string `json:"note"`
}

// CallResult is a recorded call and the response taken on it, if any.
type CallResult struct {
	Call     CallDTO         `json:"call"`
	Response *ResponseDetail `json:"response"`
}

// CallRates are the follow-up figures of a period.
type CallRates struct {
	From          string         `json:"from"`
	To            string         `json:"to"`
	Attempts      int            `json:"attempts"`
	Dialled       int            `json:"dialled"`
	Reached       int            `json:"reached"`
	Completed     int            `json:"completed"`
	Eligible      int            `json:"eligible"`
	ContactRate   *float64       `json:"contactRate"`
	ResponseRate  *float64       `json:"responseRate"`
	ByDisposition map[string]int `json:"byDisposition"`
}

// FollowUps is the bound facade of the follow-up call workspace (回访).
type FollowUps struct {
	ctx   context.Context
	store FollowUpStore
}

// NewFollowUps returns the facade; it does no I/O.
func NewFollowUps() *FollowUps { return &FollowUps{ctx: context.Background()} }

// AttachFollowUps gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachFollowUps(f *FollowUps, ctx context.Context, store FollowUpStore) {
	f.ctx, f.store = ctx, store
}

// Settings returns the saved call-list rules (defaults when none are saved).
func (f *FollowUps) Settings() (FollowUpSettings, error) {
	return guard(f.store != nil, func() (FollowUpSettings, error) {
		s, err := f.settings()
		return settingsDTO(s), err
	})
}

func (f *FollowUps) settings() (feedback.FollowUpSettings, error) {
	s := feedback.DefaultFollowUpSettings()
	v, ok, err := f.store.Setting(f.ctx, feedback.FollowUpSettingsKey)
	if err != nil || !ok {
		return s, err
	}
	if err := json.Unmarshal([]byte(v), &s); err != nil {
		slog.Warn("follow-up settings unreadable; using defaults", "err", err)
		return feedback.DefaultFollowUpSettings(), nil
	}
	return s, nil
}

// SaveSettings validates and saves the call-list rules; the script survey,
// when set, must exist.
func (f *FollowUps) SaveSettings(in FollowUpSettings) (FollowUpSettings, error) {
	return guard(f.store != nil, func() (FollowUpSettings, error) {
		s := feedback.FollowUpSettings{SurveyID: in.SurveyID, ResolvedWithinDays: in.ResolvedWithinDays,
			DetractorWithinDays: in.DetractorWithinDays, DoNotContactDays: in.DoNotContactDays,
			RetryAfterMinutes: in.RetryAfterMinutes, MaxAttempts: in.MaxAttempts}
		if err := s.Validate(); err != nil {
			return FollowUpSettings{}, err
		}
		if s.SurveyID != nil {
			if _, err := f.store.FindSurveyByID(f.ctx, *s.SurveyID); err != nil {
				return FollowUpSettings{}, err
			}
		}
		b, _ := json.Marshal(s)
		if err := f.store.SetSetting(f.ctx, feedback.FollowUpSettingsKey, string(b)); err != nil {
			return FollowUpSettings{}, err
		}
		return settingsDTO(s), nil
	})
}

func settingsDTO(s feedback.FollowUpSettings) FollowUpSettings {
	return FollowUpSettings{SurveyID: s.SurveyID, ResolvedWithinDays: s.ResolvedWithinDays, DetractorWithinDays: s.DetractorWithinDays,
		DoNotContactDays: s.DoNotContactDays, RetryAfterMinutes: s.RetryAfterMinutes, MaxAttempts: s.MaxAttempts}
}

// CallList returns who to call now under the saved rules (see
// feedback.BuildCallList): callbacks due first, then customers whose ticket
// was resolved recently, then recent detractors, each customer once.
func (f *FollowUps) CallList() ([]CallTarget, error) {
	return guard(f.store != nil, func() ([]CallTarget, error) {
		s, err := f.settings()
		if err != nil {
			return nil, err
		}
		now := f.store.CurrentTime()
		q := feedback.CallListQuery{Now: now}
		if s.ResolvedWithinDays > 0 {
			t := now.AddDate(0, 0, -s.ResolvedWithinDays)
			q.ResolvedSince = &t
		}
		if s.DetractorWithinDays > 0 {
			t := now.AddDate(0, 0, -s.DetractorWithinDays)
			q.DetractorSince = &t
		}
		cands, calls, err := f.store.CallCandidates(f.ctx, q)
		if err != nil {
			return nil, err
		}
		list := feedback.BuildCallList(now, s, cands, calls)
		out := make([]CallTarget, len(list))
		for i, t := range list {
			c := t.Customer
			out[i] = CallTarget{CustomerID: c.ID, Name: c.Name, Phone: c.Phone, Company: c.Company, Region: c.Region, Tier: string(c.Tier),
				Reason: string(t.Reason), TicketID: t.TicketID, TicketTitle: t.TicketTitle, ResponseID: t.ResponseID, Score: t.Score,
				Attempts: t.Attempts, NextAttemptAt: isoPtr(t.NextAttemptAt)}
			if t.LastCall != nil {
				out[i].LastAttemptAt, out[i].LastDisposition = iso(t.LastCall.AttemptAt), string(t.LastCall.Disposition)
				out[i].CallbackAt = isoPtr(t.LastCall.CallbackAt)
			}
		}
		return out, nil
	})
}

// Record stores a call attempt made now. A completed call may carry the
// script's answers: they are stored in the same transaction as a phone
// response of the called customer and linked to the call.
func (f *FollowUps) Record(in CallInput) (CallResult, error) {
	return guard(f.store != nil, func() (CallResult, error) {
		s, err := f.settings()
		if err != nil {
			return CallResult{}, err
		}
		c := &feedback.FollowUpCall{CustomerID: in.CustomerID, TicketID: in.TicketID, ResponseID: in.ResponseID,
			SurveyID: s.SurveyID, Reason: strings.TrimSpace(in.Reason), Disposition: feedback.Disposition(in.Disposition),
			Note: strings.TrimSpace(in.Note)}
		if len([]rune(c.Reason)) > 50 {
			return CallResult{}, feedback.Errorf(feedback.EINVALID, "error.followup.reason_too_long", "A call reason may have at most 50 characters.")
		}
		if in.CallbackAt != "" {
			t, err := parseInstant(in.CallbackAt, "error.followup.callback_invalid")
			if err != nil {
				return CallResult{}, err
			}
			c.CallbackAt = &t
		}
		var r *feedback.Response
		if in.Response != nil {
			if c.Disposition != feedback.DispCompleted {
				return CallResult{}, feedback.Errorf(feedback.EINVALID, "error.followup.response_not_completed", "Only a completed call can record survey answers.")
			}
			ri := *in.Response
			ri.Source, ri.CustomerID, ri.NewCustomer = string(feedback.SourcePhone), &in.CustomerID, nil
			if ri.SurveyID == 0 && s.SurveyID != nil {
				ri.SurveyID = *s.SurveyID
			}
			sv, err := f.store.FindSurveyByID(f.ctx, ri.SurveyID)
			if err != nil {
				return CallResult{}, err
			}
			if r, _, err = responseFromInput(ri, sv); err != nil {
				return CallResult{}, err
			}
		}
		if err := f.store.RecordCall(f.ctx, c, r); err != nil {
			return CallResult{}, err
		}
		cust, err := f.store.FindCustomerByID(f.ctx, c.CustomerID)
		if err != nil {
			return CallResult{}, err
		}
		res := CallResult{Call: callDTO(c, cust.Name)}
		if r != nil {
			d, err := responseDetail(f.ctx, f.store, r.ID)
			if err != nil {
				return CallResult{}, err
			}
			res.Response = &d
		}
		return res, nil
	})
}

// History returns a customer's calls, newest first.
func (f *FollowUps) History(customerID int64) ([]CallDTO, error) {
	return guard(f.store != nil, func() ([]CallDTO, error) {
		cust, err := f.store.FindCustomerByID(f.ctx, customerID)
		if err != nil {
			return nil, err
		}
		calls, err := f.store.FindCalls(f.ctx, customerID)
		if err != nil {
			return nil, err
		}
		out := make([]CallDTO, len(calls))
		for i, c := range calls {
			out[i] = callDTO(c, cust.Name)
		}
		return out, nil
	})
}

func callDTO(c *feedback.FollowUpCall, customerName string) CallDTO {
	return CallDTO{ID: c.ID, CustomerID: c.CustomerID, CustomerName: customerName, TicketID: c.TicketID, ResponseID: c.ResponseID,
		SurveyID: c.SurveyID, Reason: c.Reason, AttemptAt: iso(c.AttemptAt), Disposition: string(c.Disposition),
		CallbackAt: isoPtr(c.CallbackAt), Note: c.Note}
}

// Rates returns attempts, contact rate and response rate of the calls
// attempted on the calendar days from–to (inclusive; "" = open): contact
// rate = customers reached ÷ customers dialled, response rate = customers
// with a completed call ÷ customers sampled (everyone dialled). surveyIds
// keeps the calls made for those surveys (none = every call).
func (f *FollowUps) Rates(from, to string, surveyIds []int64) (CallRates, error) {
	return guard(f.store != nil, func() (CallRates, error) {
		start, end, err := feedback.ParsePeriod(from, to)
		if err != nil {
			return CallRates{}, err
		}
		outcomes, err := f.store.CallOutcomes(f.ctx, start, end, surveyIds...)
		if err != nil {
			return CallRates{}, err
		}
		r := feedback.ComputeCallRates(outcomes)
		out := CallRates{From: from, To: to, Attempts: r.Attempts, Dialled: r.Dialled, Reached: r.Reached, Completed: r.Completed,
			Eligible: r.Eligible, ContactRate: r.ContactRate, ResponseRate: r.ResponseRate, ByDisposition: map[string]int{}}
		for d, n := range r.ByDisposition {
			out.ByDisposition[string(d)] = n
		}
		return out, nil
	})
}
