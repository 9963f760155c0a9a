package api_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/feedback"
)

// TestDashboardSurveys: the facade answers for the month of the database
// clock by default, refuses a bad period with a coded error, and is
// unavailable before a database is attached.
func TestDashboardSurveys(t *testing.T) {
	f := newFacades(t)
	d := api.NewDashboard(nil)
	if _, err := d.Surveys(api.DashboardQuery{}); feedback.ErrorCode(err) == "" {
		t.Fatalf("before attach: %v", err)
	}
	api.AttachDashboard(d, context.Background(), f.db)
	f.at(sh(20, 10, 0)) // 2026-03-20
	tpl := f.mustActiveTemplate(t, "phone_followup")
	r := api.NewResponses()
	api.AttachResponses(r, context.Background(), f.db)
	for _, score := range []float64{10, 9, 3} {
		if _, err := r.Submit(api.ResponseInput{SurveyID: tpl.ID, Source: "form", Channel: "phone", Answers: npsAnswers(tpl, score, 5, "")}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := d.Surveys(api.DashboardQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got.From != "2026-03-01" || got.To != "2026-03-31" || !got.Summaries || got.Headline.Current.NPS == nil ||
		got.Headline.Current.NPS.N != 3 || got.Headline.Current.NPS.Rounded != 33 || len(got.Trend) != 12 {
		t.Fatalf("dashboard: %+v", got)
	}
	if _, err := d.Surveys(api.DashboardQuery{From: "2026-04-01", To: "2026-03-01"}); errKey(t, err) != "error.period.reversed" {
		t.Fatalf("reversed period: %v", err)
	}
}

// TestDashboardTickets: a ticket opened and resolved this month shows in
// the counts, the trend and the heat map.
func TestDashboardTickets(t *testing.T) {
	f, tk := newTickets(t)
	d := api.NewDashboard(nil)
	api.AttachDashboard(d, context.Background(), f.db)
	f.at(sh(2, 9, 0))
	id := must[api.TicketDetail](t)(tk.Create(api.TicketInput{Title: "发票", Category: "账单", Channel: "phone", Priority: 2})).Ticket.ID
	must[api.TicketDetail](t)(tk.Create(api.TicketInput{Title: "物流", Category: "物流", Channel: "phone", Priority: 3}))
	f.at(sh(2, 9, 30))
	must[api.TicketDetail](t)(tk.AddReply(id, "outbound", "phone", "已处理"))
	must[api.TicketDetail](t)(tk.SetStatus(id, "resolved"))
	f.at(sh(20, 10, 0))
	c, err := d.Tickets(api.DashboardQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if c.From != "2026-03-01" || c.Opened != 2 || c.Resolved != 1 || c.Backlog != 1 || c.OpenedPrevious != 0 || c.SLA.Tickets != 2 {
		t.Fatalf("complaints: %+v", c)
	}
	last := c.Trend[len(c.Trend)-1]
	if len(c.Trend) != 12 || last.Month != "2026-03" || last.Opened != 2 || last.Resolved != 1 || len(c.Heatmap) != 2 || c.Heatmap[0].Total != 1 {
		t.Fatalf("trend %+v, heat map %+v", last, c.Heatmap)
	}

	// The SLA figures are remembered, but never past a change: the first
	// response met on ticket 1 counts at once on the next call.
	met := func(c api.ComplaintsDTO) int { return c.SLA.Attainment[0].Met }
	before := met(c)
	if again := must[api.ComplaintsDTO](t)(d.Tickets(api.DashboardQuery{})); met(again) != before {
		t.Fatalf("same data, same minute: %d met, then %d", before, met(again))
	}
	other := must[api.TicketDetail](t)(tk.Create(api.TicketInput{Title: "退款", Category: "账单", Channel: "phone", Priority: 3})).Ticket.ID
	must[api.TicketDetail](t)(tk.AddReply(other, "outbound", "phone", "已联系"))
	if after := must[api.ComplaintsDTO](t)(d.Tickets(api.DashboardQuery{})); met(after) != before+1 || after.Opened != 3 {
		t.Fatalf("after a new ticket answered at once: %d met (was %d), %d opened", met(after), before, after.Opened)
	}
}
