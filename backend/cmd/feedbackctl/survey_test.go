package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

func TestSurveyCommands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo")

	out := mustRun(t, "--data-dir", dir, "survey", "list", "--json")
	var list []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 4 {
		t.Fatalf("survey list --json: %v %s", err, out)
	}
	total := 0
	for _, item := range list {
		keys := make([]string, 0, 4)
		for k := range item {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !slices.Equal(keys, []string{"id", "responses", "status", "title"}) {
			t.Fatalf("survey list item keys %v", keys)
		}
		var n int
		json.Unmarshal(item["responses"], &n)
		total += n
	}
	var st feedback.Stats
	json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "stats", "--json")), &st)
	if total != st.Responses {
		t.Fatalf("survey list counts %d responses, stats %d", total, st.Responses)
	}

	// Export → import makes a draft copy with the same definition.
	file := filepath.Join(t.TempDir(), "survey.json")
	mustRun(t, "--data-dir", dir, "survey", "export", "1", "-o", file)
	out = mustRun(t, "--data-dir", dir, "survey", "import", file, "--json")
	var created struct {
		ID     int64  `json:"id"`
		Status string `json:"status"`
	}
	if err := json.Unmarshal([]byte(out), &created); err != nil || created.Status != "draft" || created.ID != 5 {
		t.Fatalf("import: %s", out)
	}
	again := filepath.Join(t.TempDir(), "again.json")
	mustRun(t, "--data-dir", dir, "survey", "export", "5", "-o", again)
	a, _ := os.ReadFile(file)
	b, _ := os.ReadFile(again)
	if string(a) != string(b) {
		t.Fatalf("definition changed in the round trip:\n%s\n%s", a, b)
	}

	// Hostile or wrong input: a clear coded error, exit 1.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"format":"feedbackdesk.survey/v1","title":"x","questions":[{"type":"nps","title":"q","scale":[0,11]}]}`), 0o600)
	if code, _, errs := runCLI(t, "--data-dir", dir, "survey", "import", bad, "--json"); code != 1 || errorCode(t, errs) != "invalid" {
		t.Fatalf("bad definition: exit %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "survey", "export", "99", "--json"); code != 1 || errorCode(t, errs) != "not_found" {
		t.Fatalf("missing survey: exit %d %s", code, errs)
	}
	if code, _, _ := runCLI(t, "--data-dir", dir, "survey", "rename"); code != 2 {
		t.Fatalf("unknown subcommand: exit %d", code)
	}
}

func TestMetricsCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo")

	out := mustRun(t, "--data-dir", dir, "metrics", "--survey", "1", "--json")
	var all []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) != 1 {
		t.Fatalf("metrics --json: %v %s", err, out)
	}
	if string(all[0]["group"]) != `"all"` || all[0]["nps"] == nil || all[0]["csat"] != nil || all[0]["ces"] != nil {
		t.Fatalf("survey 1 has only an NPS question: %s", out)
	}
	var nps map[string]any
	json.Unmarshal(all[0]["nps"], &nps)
	for _, k := range []string{"score", "n", "promoters", "passives", "detractors", "ci_low", "ci_high"} {
		if _, ok := nps[k]; !ok {
			t.Fatalf("nps lacks %q: %s", k, all[0]["nps"])
		}
	}

	// Monthly groups add up to the whole and are named "2026-10".
	var months []metrics.GroupSummary
	json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "metrics", "--survey", "1", "--by", "month", "--json")), &months)
	var whole []metrics.GroupSummary
	json.Unmarshal([]byte(out), &whole)
	n := 0
	for _, m := range months {
		n += m.NPS.N
	}
	if len(months) < 12 || n != whole[0].NPS.N || !slices.ContainsFunc(months, func(g metrics.GroupSummary) bool { return g.Group == "2026-10" }) {
		t.Fatalf("months: %d groups, n %d vs %d", len(months), n, whole[0].NPS.N)
	}

	// A period: --to is inclusive; October alone equals the 2026-10 group.
	var oct []metrics.GroupSummary
	json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "metrics", "--survey", "1", "--from", "2026-10-01", "--to", "2026-10-31", "--json")), &oct)
	i := slices.IndexFunc(months, func(g metrics.GroupSummary) bool { return g.Group == "2026-10" })
	if *oct[0].NPS != *months[i].NPS {
		t.Fatalf("October: %+v vs month group %+v", oct[0].NPS, months[i].NPS)
	}

	// The CSAT survey carries CSAT, and a survey's metric is present with n = 0 outside its data.
	var csat []metrics.GroupSummary
	json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "metrics", "--survey", "2", "--from", "2030-01-01", "--json")), &csat)
	if len(csat) != 1 || csat[0].CSAT == nil || csat[0].CSAT.N != 0 || csat[0].NPS != nil {
		t.Fatalf("empty-period CSAT: %+v", csat)
	}

	for _, args := range [][]string{{"metrics"}, {"metrics", "--survey", "1", "--by", "weekday"}, {"metrics", "--survey", "1", "--from", "2026-13-01"}} {
		if code, _, _ := runCLI(t, append([]string{"--data-dir", dir}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "metrics", "--survey", "42", "--json"); code != 1 || errorCode(t, errs) != "not_found" {
		t.Fatalf("missing survey: exit %d %s", code, errs)
	}
}
