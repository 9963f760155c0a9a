package api_test

import (
	"fmt"
	"testing"
	"time"

	"feedbackdesk/backend/api"
)

// ago is testNow minus d.
func ago(d time.Duration) time.Time { return testNow.Add(-d) }

const day = 24 * time.Hour

// mustResolvedTicket inserts a ticket of customer resolved at `at` (status
// event to 'resolved'); with reopened the ticket is open again.
func (f *facades) mustResolvedTicket(t *testing.T, customer int64, title string, at time.Time, reopened bool) int64 {
	t.Helper()
	status := "resolved"
	if reopened {
		status = "open"
	}
	res, err := f.db.SQL().Exec(`INSERT INTO tickets (title, customer_id, status, status_category, created_at, month_key, updated_at)
		VALUES (?, ?, ?, ?, ?, 202611, ?)`, title, customer, status, status, ts(at.Add(-day)), ts(at))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	f.exec(t, fmt.Sprintf(`INSERT INTO ticket_events (ticket_id, at, kind, to_val) VALUES (%d, '%s', 'created', 'new')`, id, ts(at.Add(-day))),
		fmt.Sprintf(`INSERT INTO ticket_events (ticket_id, at, kind, from_val, to_val) VALUES (%d, '%s', 'status', 'open', 'resolved')`, id, ts(at)))
	if reopened {
		f.exec(t, fmt.Sprintf(`INSERT INTO ticket_events (ticket_id, at, kind, from_val, to_val) VALUES (%d, '%s', 'status', 'resolved', 'open')`, id, ts(at.Add(time.Hour))))
	}
	return id
}

// mustCall inserts a call attempt; callback is only for the callback disposition.
func (f *facades) mustCall(t *testing.T, customer int64, at time.Time, disp string, callback *time.Time) {
	t.Helper()
	var cb any
	if callback != nil {
		cb = ts(*callback)
	}
	if _, err := f.db.SQL().Exec(`INSERT INTO followup_calls (customer_id, attempt_at, disposition, callback_at) VALUES (?, ?, ?, ?)`,
		customer, ts(at), disp, cb); err != nil {
		t.Fatal(err)
	}
}

func TestFollowUpSettings(t *testing.T) {
	f := newFacades(t)
	s, err := f.followups.Settings()
	if err != nil || s != (api.FollowUpSettings{ResolvedWithinDays: 7, DetractorWithinDays: 30, DoNotContactDays: 30, RetryAfterMinutes: 120, MaxAttempts: 3}) {
		t.Fatalf("defaults = %+v %v", s, err)
	}
	script := f.mustActiveTemplate(t, "phone_followup")
	s.SurveyID, s.MaxAttempts = &script.ID, 5
	if _, err := f.followups.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.followups.Settings(); got.MaxAttempts != 5 || got.SurveyID == nil || *got.SurveyID != script.ID {
		t.Fatalf("saved = %+v", got)
	}
	for _, c := range []struct {
		mut func(*api.FollowUpSettings)
		key string
	}{
		{func(s *api.FollowUpSettings) { s.ResolvedWithinDays = -1 }, "error.followup.days_range"},
		{func(s *api.FollowUpSettings) { s.DoNotContactDays = 400 }, "error.followup.days_range"},
		{func(s *api.FollowUpSettings) { s.RetryAfterMinutes = -5 }, "error.followup.retry_range"},
		{func(s *api.FollowUpSettings) { s.MaxAttempts = 0 }, "error.followup.attempts_range"},
		{func(s *api.FollowUpSettings) { s.SurveyID = ptr(int64(99)) }, "error.survey.not_found"},
	} {
		bad := s
		c.mut(&bad)
		if _, err := f.followups.SaveSettings(bad); errKey(t, err) != c.key {
			t.Errorf("want %s, got %v", c.key, err)
		}
	}
}

func TestCallList(t *testing.T) {
	f := newFacades(t)
	script := f.mustActiveTemplate(t, "phone_followup")
	cust := func(name string) int64 { return f.mustCustomer(t, name, "1380000"+fmt.Sprint(len(name)), false) }

	a := cust("A 3 天前解决")
	f.mustResolvedTicket(t, a, "A 物流延误", ago(3*day), false)
	b := cust("B 解决后已回访")
	f.mustResolvedTicket(t, b, "B", ago(3*day), false)
	f.mustCall(t, b, ago(day), "completed", nil)
	dnc := f.mustCustomer(t, "C 勿扰", "13900000000", true)
	f.mustResolvedTicket(t, dnc, "C", ago(3*day), false)
	f.mustCall(t, dnc, ago(day), "callback", ptr(ago(time.Hour))) // even a due call-back
	d := cust("D 十天前回访过")
	f.mustCall(t, d, ago(10*day), "completed", nil)
	f.mustResolvedTicket(t, d, "D", ago(3*day), false)
	e := cust("E 30 分钟前未接")
	f.mustResolvedTicket(t, e, "E", ago(2*day), false)
	f.mustCall(t, e, ago(30*time.Minute), "no_answer", nil)
	drop := cust("F 三次未接")
	f.mustResolvedTicket(t, drop, "F", ago(5*day), false)
	for _, h := range []time.Duration{50, 30, 5} {
		f.mustCall(t, drop, ago(h*time.Hour), "no_answer", nil)
	}
	g := cust("G 约定回拨")
	f.mustCall(t, g, ago(day), "callback", ptr(ago(time.Hour)))
	h := cust("H 工单与差评")
	hTicket := f.mustResolvedTicket(t, h, "H 退款", ago(day), false)
	submitAt(t, f, script, ago(2*day), 2, 1, "", &h)
	i := cust("I 差评")
	iResp := submitAt(t, f, script, ago(5*day), 4, 2, "太慢", &i)
	j := cust("J 十天前解决")
	f.mustResolvedTicket(t, j, "J", ago(10*day), false)
	k := cust("K 回拨时间未到")
	f.mustResolvedTicket(t, k, "K", ago(3*day), false)
	f.mustCall(t, k, ago(time.Hour), "callback", ptr(testNow.Add(2*time.Hour)))
	l := cust("L 三小时前未接")
	f.mustResolvedTicket(t, l, "L", ago(4*day), false)
	f.mustCall(t, l, ago(3*time.Hour), "no_answer", nil)
	m := cust("M 已重开")
	f.mustResolvedTicket(t, m, "M", ago(2*day), true)
	p := cust("P 旧差评")
	submitAt(t, f, script, ago(40*day), 0, 1, "", &p)

	list, err := f.followups.CallList()
	if err != nil {
		t.Fatal(err)
	}
	got := []int64{}
	for _, c := range list {
		got = append(got, c.CustomerID)
	}
	want := []int64{g, l, a, h, i}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		names := []string{}
		for _, c := range list {
			names = append(names, c.Name+"/"+c.Reason)
		}
		t.Fatalf("call list = %v, want %v", names, want)
	}
	if c := list[0]; c.Reason != "callback_due" || c.CallbackAt != iso(ago(time.Hour)) || c.LastDisposition != "callback" || c.Attempts != 1 {
		t.Fatalf("callback = %+v", c)
	}
	if c := list[1]; c.Reason != "ticket_resolved" || c.Attempts != 1 || c.LastDisposition != "no_answer" ||
		c.LastAttemptAt != iso(ago(3*time.Hour)) || c.NextAttemptAt != iso(ago(time.Hour)) {
		t.Fatalf("retry = %+v", c)
	}
	if c := list[2]; c.TicketTitle != "A 物流延误" || c.Attempts != 0 || c.NextAttemptAt != "" || c.LastAttemptAt != "" {
		t.Fatalf("resolved = %+v", c)
	}
	if c := list[3]; c.Reason != "ticket_resolved" || c.TicketID == nil || *c.TicketID != hTicket {
		t.Fatalf("dedup keeps the ticket reason: %+v", c)
	}
	if c := list[4]; c.Reason != "detractor" || c.Score == nil || *c.Score != 4 || c.ResponseID == nil || *c.ResponseID != iResp.ID {
		t.Fatalf("detractor = %+v", c)
	}

	t.Run("DoNotContactOff", func(t *testing.T) {
		s, _ := f.followups.Settings()
		s.DoNotContactDays = 0
		if _, err := f.followups.SaveSettings(s); err != nil {
			t.Fatal(err)
		}
		defer func() { s.DoNotContactDays = 30; f.followups.SaveSettings(s) }()
		list, _ := f.followups.CallList()
		has := map[int64]bool{}
		for _, c := range list {
			has[c.CustomerID] = true
		}
		// D's completed call predates the resolution; B's follows it.
		if !has[d] || has[b] || has[dnc] {
			t.Fatalf("without the quiet window: %+v", list)
		}
	})
	t.Run("RulesOff", func(t *testing.T) {
		s, _ := f.followups.Settings()
		s.ResolvedWithinDays, s.DetractorWithinDays = 0, 0
		f.followups.SaveSettings(s)
		defer func() { s.ResolvedWithinDays, s.DetractorWithinDays = 7, 30; f.followups.SaveSettings(s) }()
		list, _ := f.followups.CallList()
		if len(list) != 1 || list[0].CustomerID != g {
			t.Fatalf("only the callback should remain: %+v", list)
		}
	})
	t.Run("RecordNoAnswer", func(t *testing.T) {
		r, err := f.followups.Record(api.CallInput{CustomerID: a, Reason: "ticket_resolved", Disposition: "no_answer"})
		if err != nil || r.Call.ID == 0 || r.Call.AttemptAt != iso(testNow) || r.Call.CustomerName != "A 3 天前解决" || r.Response != nil {
			t.Fatalf("record = %+v %v", r, err)
		}
		list, _ := f.followups.CallList()
		for _, c := range list {
			if c.CustomerID == a {
				t.Fatal("A was just called; the retry interval has not passed")
			}
		}
		*f.now = testNow.Add(2 * time.Hour)
		defer func() { *f.now = testNow }()
		list, _ = f.followups.CallList()
		found := false
		for _, c := range list {
			found = found || (c.CustomerID == a && c.Attempts == 1)
		}
		if !found {
			t.Fatalf("A is due again after 2 h: %+v", list)
		}
	})
}

func TestCallRecord(t *testing.T) {
	f := newFacades(t)
	script := f.mustActiveTemplate(t, "phone_followup")
	s, _ := f.followups.Settings()
	s.SurveyID = &script.ID
	f.followups.SaveSettings(s)
	c := f.mustCustomer(t, "韩梅梅", "13700000000", false)
	t.Run("OK completed with answers", func(t *testing.T) {
		r, err := f.followups.Record(api.CallInput{CustomerID: c, Reason: "detractor", Disposition: "completed", Note: "已致歉",
			Response: &api.ResponseInput{Answers: npsAnswers(script, 7, 4, "好多了"), Source: "form", SurveyID: 0}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Response == nil || r.Response.Source != "phone" || r.Response.CustomerID == nil || *r.Response.CustomerID != c ||
			r.Call.ResponseID == nil || *r.Call.ResponseID != r.Response.ID || *r.Call.SurveyID != script.ID || *r.Response.NPS != 7 {
			t.Fatalf("record = %+v / %+v", r.Call, r.Response)
		}
	})
	t.Run("OK callback", func(t *testing.T) {
		r, err := f.followups.Record(api.CallInput{CustomerID: c, Disposition: "callback", CallbackAt: "2026-11-24T01:00:00Z"})
		if err != nil || r.Call.CallbackAt != "2026-11-24T01:00:00Z" {
			t.Fatalf("callback = %+v %v", r, err)
		}
	})
	for _, e := range []struct {
		name string
		in   api.CallInput
		key  string
	}{
		{"ErrDisposition", api.CallInput{CustomerID: c, Disposition: "hung_up"}, "error.followup.disposition_invalid"},
		{"ErrCallbackRequired", api.CallInput{CustomerID: c, Disposition: "callback"}, "error.followup.callback_required"},
		{"ErrCallbackPast", api.CallInput{CustomerID: c, Disposition: "callback", CallbackAt: "2026-11-23T01:00:00Z"}, "error.followup.callback_past"},
		{"ErrCallbackInvalid", api.CallInput{CustomerID: c, Disposition: "callback", CallbackAt: "tomorrow"}, "error.followup.callback_invalid"},
		{"ErrCallbackUnexpected", api.CallInput{CustomerID: c, Disposition: "busy", CallbackAt: "2026-11-24T01:00:00Z"}, "error.followup.callback_unexpected"},
		{"ErrResponseNotCompleted", api.CallInput{CustomerID: c, Disposition: "refused", Response: &api.ResponseInput{Answers: npsAnswers(script, 7, 4, "")}}, "error.followup.response_not_completed"},
		{"ErrCustomer", api.CallInput{CustomerID: 999, Disposition: "busy"}, "error.customer.not_found"},
		{"ErrAnswerRollsBack", api.CallInput{CustomerID: c, Disposition: "completed", Response: &api.ResponseInput{Answers: npsAnswers(script, 6.5, 4, "")}}, "error.answer.not_integer"},
	} {
		t.Run(e.name, func(t *testing.T) {
			if _, err := f.followups.Record(e.in); errKey(t, err) != e.key {
				t.Fatalf("want %s, got %v", e.key, err)
			}
		})
	}
	hist, err := f.followups.History(c)
	if err != nil || len(hist) != 2 || hist[0].Disposition != "callback" || hist[1].Disposition != "completed" || hist[1].Note != "已致歉" {
		t.Fatalf("history (failed records leave nothing) = %+v %v", hist, err)
	}
	if _, err := f.followups.History(999); errKey(t, err) != "error.customer.not_found" {
		t.Fatal(err)
	}
}

func TestCallRates(t *testing.T) {
	f := newFacades(t)
	c1, c2, c3, c4 := f.mustCustomer(t, "1", "1", false), f.mustCustomer(t, "2", "2", false), f.mustCustomer(t, "3", "3", false), f.mustCustomer(t, "4", "4", false)
	nov := time.Date(2026, 11, 2, 2, 0, 0, 0, time.UTC)
	f.mustCall(t, c1, nov, "no_answer", nil)
	f.mustCall(t, c1, nov.Add(day), "completed", nil)
	f.mustCall(t, c2, nov, "busy", nil)
	f.mustCall(t, c2, nov.Add(day), "refused", nil)
	f.mustCall(t, c3, nov, "wrong_number", nil)
	f.mustCall(t, c4, nov, "callback", ptr(nov.Add(time.Hour)))
	f.mustCall(t, c4, nov.Add(time.Hour), "no_answer", nil)
	f.mustCall(t, c3, time.Date(2026, 10, 31, 15, 59, 0, 0, time.UTC), "completed", nil) // 10-31 23:59 in Shanghai: outside
	r, err := f.followups.Rates("2026-11-01", "2026-11-30", nil)
	if err != nil {
		t.Fatal(err)
	}
	// Dialled {1,2,3,4}; reached {1 completed, 2 refused, 4 callback}; completed {1}.
	if r.Attempts != 7 || r.Dialled != 4 || r.Reached != 3 || r.Completed != 1 || r.Eligible != 4 ||
		r.ContactRate == nil || *r.ContactRate != 0.75 || r.ResponseRate == nil || *r.ResponseRate != 0.25 ||
		r.ByDisposition["no_answer"] != 2 || r.ByDisposition["callback"] != 1 || r.ByDisposition["completed"] != 1 || r.From != "2026-11-01" {
		t.Fatalf("rates = %+v", r)
	}
	empty, _ := f.followups.Rates("2030-01-01", "2030-01-31", nil)
	if empty.ContactRate != nil || empty.ResponseRate != nil || empty.Attempts != 0 {
		t.Fatalf("empty rates = %+v", empty)
	}
	if _, err := f.followups.Rates("2026-11-31", "", nil); errKey(t, err) != "error.period.day_invalid" {
		t.Fatal(err)
	}

	// Scoped to a survey: only the calls made for it (customer 1's two calls).
	s := f.mustActiveTemplate(t, "phone_followup")
	if _, err := f.db.SQL().Exec(`UPDATE followup_calls SET survey_id = ? WHERE customer_id = ?`, s.ID, c1); err != nil {
		t.Fatal(err)
	}
	scoped, err := f.followups.Rates("2026-11-01", "2026-11-30", []int64{s.ID})
	if err != nil || scoped.Attempts != 2 || scoped.Dialled != 1 || scoped.Completed != 1 || *scoped.ResponseRate != 1 {
		t.Fatalf("rates of survey %d = %+v, %v", s.ID, scoped, err)
	}
	if other, _ := f.followups.Rates("2026-11-01", "2026-11-30", []int64{s.ID + 100}); other.Attempts != 0 {
		t.Fatalf("rates of a survey without calls = %+v", other)
	}
}

// iso renders t as the bridge does.
func iso(t time.Time) string { return t.UTC().Format(time.RFC3339) }
