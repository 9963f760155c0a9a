package api_test

import (
	"strings"
	"testing"
	"time"

	"feedbackdesk/backend/api"
)

func TestKiosk(t *testing.T) {
	f := newFacades(t)
	s := f.mustActiveTemplate(t, "post_ticket_csat")
	other := f.mustActiveTemplate(t, "ces")
	answers := []api.AnswerInput{{QuestionID: s.Questions[0].ID, Number: num(5)}, {QuestionID: s.Questions[1].ID, Choices: []string{"yes"}}}

	st, err := f.kiosk.Status()
	if err != nil || st.PinSet || st.SurveyID != nil {
		t.Fatalf("initial status = %+v %v", st, err)
	}
	t.Run("ErrNotConfigured", func(t *testing.T) {
		if _, err := f.kiosk.Submit(api.ResponseInput{Answers: answers}); errKey(t, err) != "error.kiosk.not_configured" {
			t.Fatal(err)
		}
		if _, err := f.kiosk.Unlock("1234"); errKey(t, err) != "error.kiosk.not_configured" {
			t.Fatal(err)
		}
	})
	t.Run("ErrPin", func(t *testing.T) {
		for _, pin := range []string{"123", "123456789", "12a4", "１２３４", ""} {
			if _, err := f.kiosk.Configure(s.ID, pin); errKey(t, err) != "error.kiosk.pin_invalid" {
				t.Errorf("pin %q: %v", pin, err)
			}
		}
	})
	t.Run("ErrSurveyNotActive", func(t *testing.T) {
		draft, _ := f.surveys.CreateFromTemplate("ces")
		if _, err := f.kiosk.Configure(draft.ID, "2468"); errKey(t, err) != "error.response.survey_not_active" {
			t.Fatal(err)
		}
	})
	st, err = f.kiosk.Configure(s.ID, "24680")
	if err != nil || !st.PinSet || st.SurveyID == nil || *st.SurveyID != s.ID {
		t.Fatalf("configure = %+v %v", st, err)
	}
	stored, _, _ := f.db.Setting(t.Context(), "kiosk.pin")
	if strings.Contains(stored, "24680") || len(stored) != 32+1+64 {
		t.Fatalf("PIN stored as %q", stored)
	}
	t.Run("Submit forces source and survey", func(t *testing.T) {
		d, err := f.kiosk.Submit(api.ResponseInput{SurveyID: other.ID, Source: "form", Answers: answers})
		if err != nil || d.Source != "kiosk" || d.SurveyID != s.ID || *d.CSAT != 5 {
			t.Fatalf("kiosk submit = %+v %v", d, err)
		}
	})
	t.Run("Unlock and lock-out", func(t *testing.T) {
		if ok, err := f.kiosk.Unlock("24680"); !ok || err != nil {
			t.Fatalf("right PIN: %v %v", ok, err)
		}
		for i := 0; i < 5; i++ {
			if ok, err := f.kiosk.Unlock("00000"); ok || err != nil {
				t.Fatalf("wrong PIN %d: %v %v", i, ok, err)
			}
		}
		// Locked: even the right PIN is refused, with the seconds left.
		m := decode(t, func() error { _, err := f.kiosk.Unlock("24680"); return err }())
		if m["key"] != "error.kiosk.locked" || m["params"].(map[string]any)["seconds"] != float64(30) {
			t.Fatalf("locked = %v", m)
		}
		*f.now = testNow.Add(31 * time.Second)
		defer func() { *f.now = testNow }()
		if ok, err := f.kiosk.Unlock("24680"); !ok || err != nil {
			t.Fatalf("after the lock-out: %v %v", ok, err)
		}
		// Four wrong tries, then the right one, reset the count.
		for i := 0; i < 4; i++ {
			f.kiosk.Unlock("1111")
		}
		f.kiosk.Unlock("24680")
		if ok, err := f.kiosk.Unlock("1111"); ok || err != nil {
			t.Fatalf("count was not reset: %v %v", ok, err)
		}
	})
}
