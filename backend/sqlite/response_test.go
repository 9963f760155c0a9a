package sqlite_test

import (
	"context"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
)

func num(v float64) *float64 { return &v }

func TestResponses(t *testing.T) {
	ctx := context.Background()

	t.Run("CreateFind", func(t *testing.T) {
		db := MustOpenDB(t)
		s := MustCreateSurvey(t, db)
		at := time.Date(2026, 1, 31, 17, 0, 0, 0, time.UTC) // 2026-02-01 01:00 in Shanghai
		r := &feedback.Response{SurveyID: s.ID, Source: feedback.SourceForm, Channel: "phone", SubmittedAt: at, Tags: []string{"VIP"},
			Answers: []*feedback.Answer{
				{QuestionID: s.Questions[0].ID, Number: num(9)},
				{QuestionID: s.Questions[1].ID, Status: feedback.AnswerInvalid, Raw: "6.5"},
				{QuestionID: s.Questions[2].ID, Text: "wechat"},
				{QuestionID: s.Questions[3].ID, Text: "快递太慢了 <script>alert(1)</script>"},
			}}
		if err := db.CreateResponse(ctx, r); err != nil {
			t.Fatal(err)
		}
		got, err := db.FindResponseByID(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Answers) != 4 || got.Tags[0] != "VIP" || !got.SubmittedAt.Equal(at) || got.RowKey == "" {
			t.Fatalf("got %+v", got)
		}
		var month int
		db.SQL().QueryRow(`SELECT month_key FROM responses WHERE id = ?`, r.ID).Scan(&month)
		if month != 202602 {
			t.Fatalf("month key = %d, want 202602 (Shanghai time)", month)
		}
		// The same response again is a duplicate, not a second row.
		dup := *r
		dup.ID, dup.RowKey = 0, ""
		if err := db.CreateResponse(ctx, &dup); feedback.ErrorCode(err) != feedback.ECONFLICT {
			t.Fatalf("duplicate: %v", err)
		}
		list, total, err := db.FindResponses(ctx, feedback.ResponseFilter{SurveyID: &s.ID})
		if err != nil || total != 1 || len(list) != 1 {
			t.Fatalf("list: %d %v", total, err)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		s := MustCreateSurvey(t, db)
		at := time.Date(2026, 10, 1, 2, 0, 0, 0, time.UTC)
		for name, tc := range map[string]struct {
			answers []*feedback.Answer
			key     string
		}{
			"NPS 6.5":          {[]*feedback.Answer{{QuestionID: s.Questions[0].ID, Number: num(6.5)}}, "error.answer.not_integer"},
			"NPS 11":           {[]*feedback.Answer{{QuestionID: s.Questions[0].ID, Number: num(11)}}, "error.answer.out_of_range"},
			"required missing": {[]*feedback.Answer{{QuestionID: s.Questions[1].ID, Number: num(5)}}, "error.response.required"},
			"unknown option": {[]*feedback.Answer{{QuestionID: s.Questions[0].ID, Number: num(10)},
				{QuestionID: s.Questions[2].ID, Text: "email"}}, "error.answer.unknown_option"},
			"foreign question": {[]*feedback.Answer{{QuestionID: 9999, Number: num(10)}}, "error.response.unknown_question"},
		} {
			r := &feedback.Response{SurveyID: s.ID, Source: feedback.SourceKiosk, SubmittedAt: at, Answers: tc.answers}
			err := db.CreateResponse(ctx, r)
			if fe := feedback.AsError(err); err == nil || fe.Key != tc.key {
				t.Errorf("%s: err = %v, want %s", name, err, tc.key)
			}
		}
		if _, total, _ := db.FindResponses(ctx, feedback.ResponseFilter{}); total != 0 {
			t.Fatalf("%d invalid responses were stored", total)
		}
	})
}
