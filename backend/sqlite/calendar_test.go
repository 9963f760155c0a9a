package sqlite_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// mustHours parses weekly hours or fails the test.
func mustHours(tb testing.TB, s string) sla.Weekly {
	tb.Helper()
	w, err := sla.ParseHours(s)
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

func TestCalendars(t *testing.T) {
	ctx := context.Background()

	t.Run("SeededDefault", func(t *testing.T) {
		db := MustOpenDB(t)
		cv, err := db.FindCalendarByName(ctx, sqlite.DefaultCalendarName)
		if err != nil {
			t.Fatal(err)
		}
		want := mustHours(t, "Mon-Fri 09:00-12:00,13:30-18:00")
		if cv.Version != 1 || cv.Definition.Zone != "Asia/Shanghai" || cv.Definition.Weekly[1][1] != want[1][1] ||
			len(cv.Definition.Weekly[0]) != 0 || len(cv.Definition.Weekly[5]) != 2 {
			t.Fatalf("default calendar = %+v", cv)
		}
		if _, err := cv.Calendar(); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("Versions", func(t *testing.T) {
		db := MustOpenDB(t)
		def := sla.Definition{Zone: "Asia/Shanghai", Weekly: mustHours(t, "Mon-Fri 09:00-17:00")}
		v1, err := db.SaveCalendar(ctx, "上海客服", def)
		if err != nil || v1.Version != 1 {
			t.Fatalf("save = %+v, %v", v1, err)
		}
		def.Overrides = []sla.Override{{Date: "2026-10-01", Kind: sla.Holiday, Name: "国庆节"}}
		v2, err := db.SaveCalendar(ctx, "上海客服", def)
		if err != nil || v2.Version != 2 || v2.ID != v1.ID {
			t.Fatalf("second save = %+v, %v", v2, err)
		}
		// Saving the same definition again adds no version.
		if v, err := db.SaveCalendar(ctx, "上海客服", def); err != nil || v.Version != 2 {
			t.Fatalf("unchanged save = %+v, %v", v, err)
		}
		latest, err := db.FindCalendarByName(ctx, "上海客服")
		if err != nil || latest.Version != 2 || len(latest.Definition.Overrides) != 1 {
			t.Fatalf("latest = %+v, %v", latest, err)
		}
		old, err := db.FindCalendarVersion(ctx, v1.ID, 1)
		if err != nil || len(old.Definition.Overrides) != 0 {
			t.Fatalf("version 1 = %+v, %v", old, err)
		}
		if byID, err := db.FindCalendarByID(ctx, v1.ID); err != nil || byID.Version != 2 {
			t.Fatalf("by id = %+v, %v", byID, err)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		db := MustOpenDB(t)
		_, err := db.SaveCalendar(ctx, "火星", sla.Definition{Zone: "Mars/Olympus"})
		if code := feedback.ErrorCode(err); code != feedback.EINVALID {
			t.Fatalf("code = %q (%v)", code, err)
		}
		if _, err := db.SaveCalendar(ctx, "", sla.Definition{}); feedback.ErrorCode(err) != feedback.EINVALID {
			t.Fatalf("empty name: %v", err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		db := MustOpenDB(t)
		if _, err := db.FindCalendarByName(ctx, "nope"); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
		if _, err := db.FindCalendarVersion(ctx, 1, 9); feedback.ErrorCode(err) != feedback.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})
}
