package feedback_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
)

func TestParsePeriod(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		from, to, err := feedback.ParsePeriod("2026-10-01", "2026-10-31")
		// Shanghai midnight is 16:00 UTC the day before; `to` is inclusive.
		if err != nil || !from.Equal(time.Date(2026, 9, 30, 16, 0, 0, 0, time.UTC)) || !to.Equal(time.Date(2026, 10, 31, 16, 0, 0, 0, time.UTC)) {
			t.Fatalf("period = %v – %v, %v", from, to, err)
		}
		if f, e, err := feedback.ParsePeriod("", ""); f != nil || e != nil || err != nil {
			t.Fatal("open period")
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		if _, _, err := feedback.ParsePeriod("2026-13-01", ""); feedback.AsError(err).Key != "error.period.day_invalid" {
			t.Fatal(err)
		}
		if _, _, err := feedback.ParsePeriod("2026-10-02", "2026-10-01"); feedback.AsError(err).Key != "error.period.reversed" {
			t.Fatal(err)
		}
	})
	if k := feedback.MonthKeys(202602, 3); k[0] != 202512 || k[2] != 202602 || feedback.MonthLabel(k[0]) != "2025-12" {
		t.Fatalf("month keys = %v", k)
	}
}
