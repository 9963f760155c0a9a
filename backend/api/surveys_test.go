package api_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/api"
)

func TestSurveysBeforeAttach(t *testing.T) {
	_, err := api.NewSurveys(nil).List()
	if m := decode(t, err); m["code"] != "unavailable" {
		t.Fatalf("list before attach: %v", m)
	}
}

func TestSurveysCRUD(t *testing.T) {
	f := newFacades(t)
	t.Run("OK", func(t *testing.T) {
		in := api.SurveyDTO{Title: " 门店满意度 ", TitleEN: "Store CSAT", Questions: []api.QuestionDTO{
			{Type: "csat", Title: "满意度", Role: "csat", ScaleMin: 1, ScaleMax: 5, Required: true},
			{Type: "single", Title: "门店", Options: []api.OptionDTO{{Value: "a", Label: "甲", LabelEN: "A"}, {Value: "b", Label: "乙"}}},
		}}
		s, err := f.surveys.Create(in)
		if err != nil || s.ID == 0 || s.Status != "draft" || s.Title != "门店满意度" || len(s.Questions) != 2 || s.Questions[0].Locked {
			t.Fatalf("create = %+v %v", s, err)
		}
		list, _ := f.surveys.List()
		if len(list) != 1 || list[0].Questions != 2 || list[0].Responses != 0 || list[0].CreatedAt != "2026-11-23T02:00:00Z" {
			t.Fatalf("list = %+v", list)
		}
		s.Questions = append(s.Questions, api.QuestionDTO{Type: "text", Title: "建议"})
		s.Status = "closed" // ignored by Update
		u, err := f.surveys.Update(s.ID, s)
		if err != nil || len(u.Questions) != 3 || u.Status != "draft" {
			t.Fatalf("update = %+v %v", u, err)
		}
		if u, err = f.surveys.SetStatus(s.ID, "active"); err != nil || u.Status != "active" {
			t.Fatalf("activate = %+v %v", u, err)
		}
		// An answered question is locked and the survey cannot be deleted.
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form",
			Answers: []api.AnswerInput{{QuestionID: u.Questions[0].ID, Number: num(4)}}}); err != nil {
			t.Fatal(err)
		}
		g, _ := f.surveys.Get(s.ID)
		if !g.Questions[0].Locked || g.Questions[1].Locked || g.Responses != 1 {
			t.Fatalf("locked flags = %+v", g)
		}
		if err := f.surveys.Delete(s.ID); decode(t, err)["code"] != "conflict" {
			t.Fatalf("delete with responses: %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		if _, err := f.surveys.Create(api.SurveyDTO{}); errKey(t, err) != "error.survey.title_required" {
			t.Fatal(err)
		}
		if _, err := f.surveys.SetStatus(1, "paused"); errKey(t, err) != "error.survey.status_invalid" {
			t.Fatal(err)
		}
		if _, err := f.surveys.Get(99); errKey(t, err) != "error.survey.not_found" {
			t.Fatal(err)
		}
		if _, err := f.surveys.CreateFromTemplate("nope"); errKey(t, err) != "error.template.not_found" {
			t.Fatal(err)
		}
	})
}

func TestSurveyTemplates(t *testing.T) {
	f := newFacades(t)
	ts, err := f.surveys.Templates()
	if err != nil || len(ts) != 4 {
		t.Fatalf("templates = %d %v", len(ts), err)
	}
	keys := []string{"relationship_nps", "post_ticket_csat", "ces", "phone_followup"}
	for i, tp := range ts {
		if tp.Key != keys[i] || tp.Title == "" || tp.TitleEN == "" || tp.Survey.Title != tp.Title || len(tp.Survey.Questions) == 0 {
			t.Fatalf("template %d = %+v", i, tp)
		}
	}
	s, err := f.surveys.CreateFromTemplate("phone_followup")
	if err != nil || s.ID == 0 || s.Title != "电话回访话术" || s.Status != "draft" || len(s.Questions) != 4 {
		t.Fatalf("from template = %+v %v", s, err)
	}
}

func TestSurveyDefinitionExportImport(t *testing.T) {
	f := newFacades(t)
	s := f.mustActiveTemplate(t, "ces")
	if r, err := f.surveys.ExportDefinition(s.ID); err != nil || !r.Canceled {
		t.Fatalf("canceled export = %+v %v", r, err)
	}
	f.dialogs.save = filepath.Join(t.TempDir(), "ces.json")
	r, err := f.surveys.ExportDefinition(s.ID)
	if err != nil || r.Path != f.dialogs.save {
		t.Fatalf("export = %+v %v", r, err)
	}
	var def map[string]any
	data, _ := os.ReadFile(r.Path)
	if json.Unmarshal(data, &def) != nil || def["format"] != "feedbackdesk.survey/v1" {
		t.Fatalf("exported %s", data)
	}
	f.dialogs.open = r.Path
	im, err := f.surveys.ImportDefinition()
	if err != nil || im.Survey.ID == s.ID || im.Survey.Title != s.Title || im.Survey.Status != "draft" || len(im.Survey.Questions) != len(s.Questions) {
		t.Fatalf("import = %+v %v", im, err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"format":"other"}`), 0o600)
	f.dialogs.open = bad
	if _, err := f.surveys.ImportDefinition(); errKey(t, err) != "error.survey.definition_format" {
		t.Fatalf("bad import: %v", err)
	}
}

// submitAt stores a phone-script response at a given time.
func submitAt(t *testing.T, f *facades, s api.SurveyDTO, at time.Time, nps, csat float64, comment string, customer *int64) api.ResponseDetail {
	t.Helper()
	d, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", CustomerID: customer, Channel: "phone",
		SubmittedAt: at.Format(time.RFC3339), Answers: npsAnswers(s, nps, csat, comment)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSurveyOverview(t *testing.T) {
	f := newFacades(t)
	s := f.mustActiveTemplate(t, "phone_followup")
	cust := f.mustCustomer(t, "王芳", "13800138000", false)
	oct := time.Date(2026, 10, 10, 2, 0, 0, 0, time.UTC)
	// October: scores 10, 9, 8, 3 (comment), 0 (no comment), 6 (comment); November: 10.
	submitAt(t, f, s, oct, 10, 5, "很好", nil)
	submitAt(t, f, s, oct.Add(time.Hour), 9, 4, "", nil)
	submitAt(t, f, s, oct.Add(2*time.Hour), 8, 3, "", nil)
	d3 := submitAt(t, f, s, oct.Add(3*time.Hour), 3, 1, "等了两个小时", &cust)
	submitAt(t, f, s, oct.Add(4*time.Hour), 0, 1, "", nil)
	d6 := submitAt(t, f, s, oct.Add(5*time.Hour), 6, 2, "态度一般", nil)
	submitAt(t, f, s, time.Date(2026, 11, 2, 2, 0, 0, 0, time.UTC), 10, 5, "", nil)

	o, err := f.surveys.Overview(s.ID, "2026-10-01", "2026-10-31")
	if err != nil {
		t.Fatal(err)
	}
	// NPS = 100·(2 − 3)/6 = −16.7; CSAT {4,5} = 2 of 6.
	if o.Responses != 6 || o.NPS == nil || o.NPS.N != 6 || o.NPS.Rounded != -17 || o.CSAT == nil || o.CSAT.Satisfied != 2 || o.CES != nil {
		t.Fatalf("overview figures = %+v nps %+v csat %+v", o, o.NPS, o.CSAT)
	}
	want := []int{1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1}
	for i, n := range want {
		if o.Histogram[i] != n {
			t.Fatalf("histogram = %v, want %v", o.Histogram, want)
		}
	}
	if len(o.Trend) != 12 || o.Trend[11].Month != "2026-10" || o.Trend[0].Month != "2025-11" || o.Trend[11].Responses != 6 ||
		o.Trend[11].NPS.N != 6 || o.Trend[10].NPS == nil || o.Trend[10].NPS.N != 0 {
		t.Fatalf("trend = %+v", o.Trend)
	}
	// Detractors with a comment, newest first; the 0 without a comment is left out.
	if len(o.Detractors) != 2 || o.Detractors[0].ResponseID != d6.ID || o.Detractors[1].ResponseID != d3.ID ||
		o.Detractors[1].Comment != "等了两个小时" || o.Detractors[1].CustomerName != "王芳" || o.Detractors[1].Score != 3 {
		t.Fatalf("detractors = %+v", o.Detractors)
	}
	// Without `to`, the trend ends with the latest month that has data.
	all, _ := f.surveys.Overview(s.ID, "", "")
	if all.Trend[11].Month != "2026-11" || all.Responses != 7 {
		t.Fatalf("open overview: %d responses, trend ends %s", all.Responses, all.Trend[11].Month)
	}
	if _, err := f.surveys.Overview(s.ID, "2026-10-31", "2026-10-01"); errKey(t, err) != "error.period.reversed" {
		t.Fatalf("reversed period: %v", err)
	}
	if _, err := f.surveys.Metrics(s.ID, "", "", "weekday"); errKey(t, err) != "error.metrics.breakdown" {
		t.Fatalf("bad breakdown: %v", err)
	}
}
