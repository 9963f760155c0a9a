package main

import (
	"encoding/json"
	"slices"
	"testing"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/themes"
)

// TestThemesCommand: `themes --json` is the dashboard's theme figures for
// the period, with the public keys, and a bad day is a usage-level error.
func TestThemesCommand(t *testing.T) {
	data := t.TempDir()
	mustRun(t, "--data-dir", data, "demo")
	out := mustRun(t, "--data-dir", data, "themes", "--from", "2026-10-01", "--to", "2026-10-31", "--json")
	if keys := jsonKeys(t, out); !slices.Equal(keys, []string{"from", "months", "phrases", "texts", "themes", "tickets", "to"}) {
		t.Fatalf("themes --json keys %v", keys)
	}
	var fig dashboard.ThemeFigures
	if err := json.Unmarshal([]byte(out), &fig); err != nil {
		t.Fatal(err)
	}
	if fig.From != "2026-10-01" || fig.Texts == 0 || len(fig.Themes) != len(themes.Starter()) || len(fig.Months) != 12 {
		t.Fatalf("themes: %+v", fig)
	}
	total := 0
	for _, th := range fig.Themes {
		total += th.Mentions
		if th.Impact.Theme != th.Key || th.Impact.With.N+th.Impact.Without.N == 0 {
			t.Fatalf("impact of %s: %+v", th.Key, th.Impact)
		}
	}
	if total == 0 {
		t.Fatal("no theme mentioned in October's demo comments")
	}
	again := mustRun(t, "--data-dir", data, "themes", "--from", "2026-10-01", "--to", "2026-10-31", "--survey", "1", "--json")
	if again == out {
		t.Fatal("--survey 1 should narrow the figures")
	}
	code, _, errs := runCLI(t, "--data-dir", data, "themes", "--from", "2026-02-30", "--json")
	if code != 1 || errorCode(t, errs) != "invalid" {
		t.Fatalf("bad day: exit %d, %s", code, errs)
	}
	if code, _, _ := runCLI(t, "--data-dir", data, "themes", "--survey", "x"); code != 2 {
		t.Fatalf("bad --survey: exit %d, want 2", code)
	}
}
