package api_test

import (
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/api"
)

func TestResponseSubmit(t *testing.T) {
	f := newFacades(t)
	s := f.mustActiveTemplate(t, "phone_followup")
	q := s.Questions
	t.Run("OK", func(t *testing.T) {
		d, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Channel: " 门店 ", Tags: []string{"VIP", " VIP ", ""},
			NewCustomer: &api.CustomerInput{Name: "李雷", Phone: "+86 138-0013-8000"},
			Answers: []api.AnswerInput{{QuestionID: q[0].ID, Number: num(9)}, {QuestionID: q[1].ID, Number: num(4)},
				{QuestionID: q[2].ID, Choices: []string{"speed"}}, {QuestionID: q[3].ID, Skipped: true}}})
		if err != nil {
			t.Fatal(err)
		}
		if d.SubmittedAt != "2026-11-23T02:00:00Z" || d.Channel != "门店" || d.CustomerName != "李雷" || *d.NPS != 9 || *d.CSAT != 4 ||
			len(d.Tags) != 1 || len(d.Answers) != 4 || d.Answers[2].Text != "speed" || d.Answers[3].Status != "skipped" {
			t.Fatalf("detail = %+v", d)
		}
		// The same phone, typed differently, reuses the customer; so does the email in another case.
		d2, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "phone", NewCustomer: &api.CustomerInput{Name: "李先生", Phone: "8613800138000"},
			Answers: npsAnswers(s, 10, 5, "")})
		if err != nil || d2.CustomerID == nil || *d2.CustomerID != *d.CustomerID {
			t.Fatalf("phone reuse: %+v %v", d2, err)
		}
		e1, _ := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", NewCustomer: &api.CustomerInput{Email: "Han@Example.com"},
			Answers: npsAnswers(s, 7, 3, "")})
		e2, _ := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", NewCustomer: &api.CustomerInput{Email: "han@example.COM"},
			Answers: npsAnswers(s, 8, 3, "")})
		if e1.CustomerID == nil || e2.CustomerID == nil || *e1.CustomerID != *e2.CustomerID || *e1.CustomerID == *d.CustomerID {
			t.Fatalf("email reuse: %v %v", e1.CustomerID, e2.CustomerID)
		}
	})
	t.Run("ErrNotInteger", func(t *testing.T) {
		_, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Answers: npsAnswers(s, 6.5, 3, "")})
		if errKey(t, err) != "error.answer.not_integer" {
			t.Fatal(err)
		}
	})
	t.Run("ErrRequired", func(t *testing.T) {
		_, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form",
			Answers: []api.AnswerInput{{QuestionID: q[0].ID, Number: num(9)}}})
		if m := decode(t, err); m["key"] != "error.response.required" || m["params"] == nil {
			t.Fatal(m)
		}
	})
	t.Run("ErrOutOfRange", func(t *testing.T) {
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Answers: npsAnswers(s, 11, 3, "")}); errKey(t, err) != "error.answer.out_of_range" {
			t.Fatal(err)
		}
	})
	t.Run("ErrUnknownOption", func(t *testing.T) {
		a := npsAnswers(s, 9, 3, "")
		a[2].Choices = []string{"weather"}
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", Answers: a}); errKey(t, err) != "error.answer.unknown_option" {
			t.Fatal(err)
		}
	})
	t.Run("ErrSource", func(t *testing.T) {
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "import", Answers: npsAnswers(s, 9, 3, "")}); errKey(t, err) != "error.response.source_invalid" {
			t.Fatal(err)
		}
	})
	t.Run("ErrTime", func(t *testing.T) {
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", SubmittedAt: "yesterday", Answers: npsAnswers(s, 9, 3, "")}); errKey(t, err) != "error.response.time_invalid" {
			t.Fatal(err)
		}
	})
	t.Run("ErrSurveyNotActive", func(t *testing.T) {
		draft, _ := f.surveys.CreateFromTemplate("phone_followup")
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: draft.ID, Source: "kiosk", Answers: npsAnswers(draft, 9, 3, "")}); errKey(t, err) != "error.response.survey_not_active" {
			t.Fatal(err)
		}
	})
	t.Run("ErrCustomerMissing", func(t *testing.T) {
		if _, err := f.responses.Submit(api.ResponseInput{SurveyID: s.ID, Source: "form", CustomerID: ptr(int64(999)), Answers: npsAnswers(s, 9, 3, "")}); errKey(t, err) != "error.customer.not_found" {
			t.Fatal(err)
		}
	})
}

func TestResponseList(t *testing.T) {
	f := newFacades(t)
	s := f.mustActiveTemplate(t, "phone_followup")
	other := f.mustActiveTemplate(t, "post_ticket_csat")
	wang := f.mustCustomer(t, "王小明", "13900000001", false)
	base := time.Date(2026, 10, 1, 2, 0, 0, 0, time.UTC)
	in := func(i int, nps float64, comment, channel string, cust *int64) api.ResponseInput {
		return api.ResponseInput{SurveyID: s.ID, Source: "form", CustomerID: cust, Channel: channel, Region: "华东", Agent: "小张",
			SubmittedAt: base.Add(time.Duration(i) * 24 * time.Hour).Format(time.RFC3339), Answers: npsAnswers(s, nps, 3, comment)}
	}
	ids := []int64{}
	for i, c := range []api.ResponseInput{
		in(0, 10, "服务很好", "phone", nil),
		in(1, 8, "", "web", &wang),
		in(2, 3, "100%不满意_物流", "phone", nil),
		in(3, 6, "Slow DELIVERY", "web", nil),
		in(4, 9, strings.Repeat("长", 300), "phone", nil),
	} {
		d, err := f.responses.Submit(c)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		ids = append(ids, d.ID)
	}
	o, _ := f.responses.Submit(api.ResponseInput{SurveyID: other.ID, Source: "form", Channel: "email",
		Answers: []api.AnswerInput{{QuestionID: other.Questions[0].ID, Number: num(5)}, {QuestionID: other.Questions[1].ID, Choices: []string{"yes"}}}})
	if _, err := f.responses.SetTags(ids[2], []string{"物流", "升级"}); err != nil {
		t.Fatal(err)
	}
	if d, err := f.responses.SetNote(ids[1], "客户要求回电 50%"); err != nil || d.Note != "客户要求回电 50%" {
		t.Fatalf("note: %+v %v", d, err)
	}
	list := func(q api.ResponseQuery) []int64 {
		t.Helper()
		p, err := f.responses.List(q)
		if err != nil {
			t.Fatal(err)
		}
		out := []int64{}
		for _, r := range p.Items {
			out = append(out, r.ID)
		}
		return out
	}
	sid := &s.ID
	cases := []struct {
		name string
		q    api.ResponseQuery
		want []int64
	}{
		{"survey newest first", api.ResponseQuery{SurveyID: sid}, []int64{ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"all surveys", api.ResponseQuery{}, []int64{o.ID, ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"period", api.ResponseQuery{SurveyID: sid, From: "2026-10-02", To: "2026-10-03"}, []int64{ids[2], ids[1]}},
		{"channel", api.ResponseQuery{SurveyID: sid, Channel: "web"}, []int64{ids[3], ids[1]}},
		{"detractors", api.ResponseQuery{Band: "detractor"}, []int64{ids[3], ids[2]}},
		{"passives", api.ResponseQuery{Band: "passive"}, []int64{ids[1]}},
		{"promoters", api.ResponseQuery{Band: "promoter"}, []int64{ids[4], ids[0]}},
		{"any NPS score (the n behind NPS)", api.ResponseQuery{Band: "scored"}, []int64{ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"search text any case", api.ResponseQuery{Search: "delivery"}, []int64{ids[3]}},
		{"search % literally", api.ResponseQuery{Search: "100%"}, []int64{ids[2]}},
		{"search _ literally", api.ResponseQuery{Search: "意_物"}, []int64{ids[2]}},
		{"search note", api.ResponseQuery{Search: "回电 50%"}, []int64{ids[1]}},
		{"search customer", api.ResponseQuery{Search: "小明"}, []int64{ids[1]}},
		{"tag", api.ResponseQuery{Tag: "物流"}, []int64{ids[2]}},
		{"paging", api.ResponseQuery{SurveyID: sid, Offset: 1, Limit: 2}, []int64{ids[3], ids[2]}},
		{"several surveys", api.ResponseQuery{SurveyIDs: []int64{s.ID, other.ID}}, []int64{o.ID, ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"one of the surveys", api.ResponseQuery{SurveyIDs: []int64{other.ID}}, []int64{o.ID}},
		{"theme (zh and en comments, from the theme index)", api.ResponseQuery{Theme: "delivery"}, []int64{ids[3], ids[2]}},
		{"theme and survey", api.ResponseQuery{Theme: "delivery", SurveyIDs: []int64{other.ID}}, []int64{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := list(c.q); len(got) != len(c.want) || (len(got) > 0 && (got[0] != c.want[0] || got[len(got)-1] != c.want[len(c.want)-1])) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
	p, _ := f.responses.List(api.ResponseQuery{SurveyID: sid, Limit: 2})
	if p.Total != 5 || len(p.Items) != 2 || len([]rune(p.Items[0].Comment)) != 200 || p.Items[0].SurveyTitle != "电话回访话术" {
		t.Fatalf("page = total %d, %d items, comment %d runes", p.Total, len(p.Items), len([]rune(p.Items[0].Comment)))
	}
	t.Run("ErrBand", func(t *testing.T) {
		if _, err := f.responses.List(api.ResponseQuery{Band: "fans"}); errKey(t, err) != "error.response.band_invalid" {
			t.Fatal(err)
		}
		if _, err := f.responses.List(api.ResponseQuery{Limit: 501}); errKey(t, err) != "error.response.page_invalid" {
			t.Fatal(err)
		}
	})
	t.Run("Facets", func(t *testing.T) {
		fc, err := f.responses.Facets(sid)
		if err != nil || strings.Join(fc.Channels, ",") != "phone,web" || strings.Join(fc.Regions, ",") != "华东" ||
			strings.Join(fc.Agents, ",") != "小张" || len(fc.Products) != 0 || strings.Join(fc.Tags, ",") != "升级,物流" {
			t.Fatalf("facets = %+v %v", fc, err)
		}
		all, _ := f.responses.Facets(nil)
		if strings.Join(all.Channels, ",") != "email,phone,web" {
			t.Fatalf("all facets = %+v", all)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := f.responses.Get(999); errKey(t, err) != "error.response.not_found" {
			t.Fatal(err)
		}
		if _, err := f.responses.SetTags(999, []string{"x"}); errKey(t, err) != "error.response.not_found" {
			t.Fatal(err)
		}
		if _, err := f.responses.SetTags(ids[0], []string{strings.Repeat("x", 41)}); errKey(t, err) != "error.response.tag_too_long" {
			t.Fatal(err)
		}
	})
}

func TestCustomerSearch(t *testing.T) {
	f := newFacades(t)
	f.mustCustomer(t, "赵敏", "+86 138-0013-8000", false)
	f.mustCustomer(t, "Zhao_Li", "021 6666 0000", true)
	f.exec(t, `INSERT INTO customers (name, email, company, created_at, updated_at) VALUES ('周杰', 'zj@acme.cn', '上海100%科技', 'x', 'x')`)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"赵", []string{"赵敏"}}, {"13800138000", []string{"赵敏"}}, {"0013 8000", []string{"赵敏"}}, {"zhao_", []string{"Zhao_Li"}},
		{"ACME", []string{"周杰"}}, {"100%", []string{"周杰"}}, {"o_L", []string{"Zhao_Li"}}, {"nobody", nil},
	} {
		rows, err := f.customers.Search(c.q, 10)
		if err != nil || len(rows) != len(c.want) {
			t.Fatalf("%q: %+v %v", c.q, rows, err)
		}
		for i, n := range c.want {
			if rows[i].Name != n {
				t.Fatalf("%q: %+v", c.q, rows)
			}
		}
	}
	rows, _ := f.customers.Search("zhao", 10)
	if len(rows) != 1 || !rows[0].DoNotContact {
		t.Fatalf("do-not-contact flag: %+v", rows)
	}
}
