package sqlite_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// MustCreateSurvey creates an NPS + CSAT + text survey.
func MustCreateSurvey(tb testing.TB, db *sqlite.DB) *feedback.Survey {
	tb.Helper()
	s := &feedback.Survey{Title: "售后满意度回访", TitleEN: "After-sales follow-up", Status: feedback.SurveyActive,
		Questions: []*feedback.Question{
			{Type: feedback.QuestionNPS, Title: "您向朋友推荐我们的可能性有多大？", TitleEN: "How likely are you to recommend us?", Required: true, Role: feedback.RoleNPS, ScaleMin: 0, ScaleMax: 10},
			{Type: feedback.QuestionCSAT, Title: "您对本次服务满意吗？", Role: feedback.RoleCSAT, ScaleMin: 1, ScaleMax: 5},
			{Type: feedback.QuestionSingle, Title: "联系渠道", Options: []feedback.Option{{Value: "phone", Label: "电话"}, {Value: "wechat", Label: "微信"}}},
			{Type: feedback.QuestionText, Title: "意见建议", TitleEN: "Comments", LongText: true},
		}}
	if err := db.CreateSurvey(context.Background(), s); err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestSurveys(t *testing.T) {
	ctx := context.Background()

	t.Run("CreateFind", func(t *testing.T) {
		db := MustOpenDB(t)
		s := MustCreateSurvey(t, db)
		got, err := db.FindSurveyByID(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != s.Title || len(got.Questions) != 4 || got.Questions[0].Role != feedback.RoleNPS ||
			got.Questions[2].Options[1].Label != "微信" || got.Questions[3].Position != 4 || !got.Questions[3].LongText {
			t.Fatalf("found %+v", got)
		}
		list, total, err := db.FindSurveys(ctx, feedback.SurveyFilter{})
		if err != nil || total != 1 || len(list) != 1 || list[0].ResponseCount != 0 {
			t.Fatalf("list %v %d %v", list, total, err)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		bad := &feedback.Survey{Title: "x", Questions: []*feedback.Question{
			{Type: feedback.QuestionNPS, Title: "q", Role: feedback.RoleCSAT, ScaleMin: 0, ScaleMax: 10}}}
		if err := db.CreateSurvey(ctx, bad); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("role mismatch: %v", err)
		}
		if err := db.CreateSurvey(ctx, &feedback.Survey{}); feedback.AsError(err).Key != "error.survey.title_required" {
			t.Fatalf("no title: %v", err)
		}
		if _, err := db.FindSurveyByID(ctx, 42); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("missing: %v", err)
		}
	})

	t.Run("AnsweredQuestionsLocked", func(t *testing.T) {
		db := MustOpenDB(t)
		s := MustCreateSurvey(t, db)
		if _, err := db.SQL().Exec(`INSERT INTO responses (survey_id, row_key, source, submitted_at, month_key, created_at)
			VALUES (?, 'r1', 'form', '2026-10-01T00:00:00.000000Z', 202610, '2026-10-01T00:00:00.000000Z')`, s.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL().Exec(`INSERT INTO answers (response_id, question_id, number) VALUES (last_insert_rowid(), ?, 9)`, s.Questions[0].ID); err != nil {
			t.Fatal(err)
		}
		// Changing an answered question's scale is refused…
		qs := cloneQuestions(s.Questions)
		qs[0].Type, qs[0].Role, qs[0].ScaleMin, qs[0].ScaleMax = feedback.QuestionRating, feedback.RoleNone, 1, 5
		if _, err := db.UpdateSurvey(ctx, s.ID, feedback.SurveyUpdate{Questions: &qs}); feedback.ErrorCode(err) != feedback.ECONFLICT {
			t.Fatalf("retype answered: %v", err)
		}
		// …so is removing it, and going back to draft, and deleting the survey.
		qs = cloneQuestions(s.Questions)[1:]
		if _, err := db.UpdateSurvey(ctx, s.ID, feedback.SurveyUpdate{Questions: &qs}); feedback.ErrorCode(err) != feedback.ECONFLICT {
			t.Fatalf("remove answered: %v", err)
		}
		draft := feedback.SurveyDraft
		if _, err := db.UpdateSurvey(ctx, s.ID, feedback.SurveyUpdate{Status: &draft}); feedback.ErrorCode(err) != feedback.ECONFLICT {
			t.Fatalf("back to draft: %v", err)
		}
		if err := db.DeleteSurvey(ctx, s.ID); feedback.ErrorCode(err) != feedback.ECONFLICT {
			t.Fatalf("delete with responses: %v", err)
		}
		// Renaming, reordering, adding and removing unanswered questions work.
		qs = cloneQuestions(s.Questions)
		qs[0].Title = "推荐意愿"
		qs = append([]*feedback.Question{qs[3], qs[0]}, &feedback.Question{Type: feedback.QuestionCES, Title: "办理是否省力", Role: feedback.RoleCES, ScaleMin: 1, ScaleMax: 7})
		closed := feedback.SurveyClosed
		got, err := db.UpdateSurvey(ctx, s.ID, feedback.SurveyUpdate{Questions: &qs, Status: &closed})
		if err != nil {
			t.Fatal(err)
		}
		again, _ := db.FindSurveyByID(ctx, s.ID)
		if got.Status != feedback.SurveyClosed || len(again.Questions) != 3 || again.Questions[1].Title != "推荐意愿" ||
			again.Questions[1].ID != s.Questions[0].ID || again.Questions[2].Type != feedback.QuestionCES || again.ResponseCount != 1 {
			t.Fatalf("after update: %+v", again.Questions)
		}
	})

	t.Run("DefinitionRoundTrip", func(t *testing.T) {
		db := MustOpenDB(t)
		s := MustCreateSurvey(t, db)
		orig, _ := db.FindSurveyByID(ctx, s.ID)
		data, err := json.MarshalIndent(orig.Definition(), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := feedback.ParseSurveyDefinition(data)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.CreateSurvey(ctx, parsed); err != nil {
			t.Fatal(err)
		}
		copy, _ := db.FindSurveyByID(ctx, parsed.ID)
		if copy.Status != feedback.SurveyDraft || !reflect.DeepEqual(copy.Definition(), orig.Definition()) {
			t.Fatalf("round trip differs:\n%+v\n%+v", copy.Definition(), orig.Definition())
		}
		if _, err := feedback.ParseSurveyDefinition([]byte(`{"format":"other"}`)); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("wrong format: %v", err)
		}
		if _, err := feedback.ParseSurveyDefinition([]byte(`{"format":"feedbackdesk.survey/v1","title":"t","questions":[{"type":"nps","title":"q","scale":[1,10]}]}`)); feedback.AsError(err).Key != "error.question.nps_scale" {
			t.Fatalf("bad scale: %v", err)
		}
	})
}

func cloneQuestions(qs []*feedback.Question) []*feedback.Question {
	out := make([]*feedback.Question, len(qs))
	for i, q := range qs {
		c := *q
		out[i] = &c
	}
	return out
}
