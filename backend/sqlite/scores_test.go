package sqlite_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

// Aggregates computed in SQL must equal the pure metrics functions on the
// same answers, per group.
func TestScoreCountsMatchMetrics(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s := MustCreateSurvey(t, db)
	// A 0–10 rating question WITHOUT the NPS role must never feed NPS.
	other := &feedback.Survey{Title: "其他", Status: feedback.SurveyActive, Questions: []*feedback.Question{
		{Type: feedback.QuestionRating, Title: "打分", ScaleMin: 0, ScaleMax: 10}}}
	if err := db.CreateSurvey(ctx, other); err != nil {
		t.Fatal(err)
	}
	npsByChannel := map[string][]int{}
	csatAll := []int{}
	channels := []string{"phone", "wechat", "email"}
	for i := 0; i < 90; i++ {
		ch := channels[i%3]
		nps := (i * 7) % 11
		csat := 1 + (i*3)%5
		at := time.Date(2026, 9, 1, 3, 0, 0, 0, time.UTC).Add(time.Duration(i) * 13 * time.Hour)
		answers := []*feedback.Answer{{QuestionID: s.Questions[0].ID, Number: num(float64(nps))}}
		if i%10 == 0 {
			answers = append(answers, &feedback.Answer{QuestionID: s.Questions[1].ID, Status: feedback.AnswerInvalid, Raw: "6.5"})
		} else {
			answers = append(answers, &feedback.Answer{QuestionID: s.Questions[1].ID, Number: num(float64(csat))})
			csatAll = append(csatAll, csat)
		}
		npsByChannel[ch] = append(npsByChannel[ch], nps)
		r := &feedback.Response{SurveyID: s.ID, Source: feedback.SourceForm, Channel: ch, SubmittedAt: at, Answers: answers,
			ExternalID: fmt.Sprint("r", i)}
		if err := db.CreateResponse(ctx, r); err != nil {
			t.Fatal(err)
		}
		o := &feedback.Response{SurveyID: other.ID, Source: feedback.SourceForm, Channel: ch, SubmittedAt: at,
			Answers: []*feedback.Answer{{QuestionID: other.Questions[0].ID, Number: num(0)}}, ExternalID: fmt.Sprint("o", i)}
		if err := db.CreateResponse(ctx, o); err != nil {
			t.Fatal(err)
		}
	}

	counts, err := db.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &s.ID, By: "channel"})
	if err != nil {
		t.Fatal(err)
	}
	groups, err := metrics.Summarize(counts)
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 3 {
		t.Fatalf("groups = %+v", groups)
	}
	for _, g := range groups {
		want := metrics.ComputeNPS(npsByChannel[g.Group])
		if g.NPS == nil || *g.NPS != want {
			t.Errorf("%s: NPS %+v, want %+v", g.Group, g.NPS, want)
		}
		if g.CES != nil {
			t.Errorf("%s: CES present without a CES question", g.Group)
		}
	}

	// Without a breakdown: one group "all"; invalid answers excluded from n.
	counts, _ = db.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &s.ID})
	groups, _ = metrics.Summarize(counts)
	wantCSAT, _ := metrics.ComputeCSAT(csatAll, 1, 5)
	wantCSAT.Invalid = 9
	if len(groups) != 1 || groups[0].Group != "all" || groups[0].CSAT == nil ||
		groups[0].CSAT.N != wantCSAT.N || groups[0].CSAT.Percent != wantCSAT.Percent || groups[0].CSAT.Invalid != 9 {
		t.Fatalf("all: %+v, want %+v", groups[0].CSAT, wantCSAT)
	}
	// The other survey's 0–10 rating has no role: no NPS at all.
	counts, _ = db.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &other.ID})
	if len(counts) != 0 {
		t.Fatalf("role-less question produced counts: %+v", counts)
	}
	// Month grouping uses the reporting zone's months; a period filter narrows.
	from := time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC)
	counts, _ = db.ScoreCounts(ctx, feedback.ScoreFilter{SurveyID: &s.ID, By: "month", From: &from})
	groups, _ = metrics.Summarize(counts)
	if len(groups) == 0 || groups[0].Group != "2026-09" {
		t.Fatalf("months: %+v", groups)
	}
	if _, err := db.ScoreCounts(ctx, feedback.ScoreFilter{By: "weekday"}); feedback.ErrorCode(err) != feedback.EINVALID {
		t.Fatalf("bad breakdown: %v", err)
	}
}
