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
	d := api.NewDashboard()
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
