package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"feedbackdesk/backend/api"
)

// The app's Surveys.Metrics and `feedbackctl metrics --json` print the same
// JSON for the same database, period and breakdown: one code path.
func TestMetricsMatchesApp(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo")
	db := openData(t, dir)
	t.Cleanup(func() { db.Close() })
	s := api.NewSurveys(nil)
	api.AttachSurveys(s, context.Background(), db)
	for _, c := range []struct{ id, from, to, by string }{
		{"1", "", "", ""}, {"1", "2026-01-01", "2026-10-31", "month"}, {"2", "2026-07-01", "", "channel"},
		{"3", "", "2026-09-30", "region"}, {"2", "2030-01-01", "", ""},
	} {
		args := []string{"--data-dir", dir, "metrics", "--survey", c.id, "--json"}
		for _, kv := range [][2]string{{"--from", c.from}, {"--to", c.to}, {"--by", c.by}} {
			if kv[1] != "" {
				args = append(args, kv[0], kv[1])
			}
		}
		cli := mustRun(t, args...)
		var id int64
		json.Unmarshal([]byte(c.id), &id)
		groups, err := s.Metrics(id, c.from, c.to, c.by)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		app, _ := json.MarshalIndent(groups, "", "  ")
		var a, b any
		json.Unmarshal([]byte(cli), &a)
		json.Unmarshal(app, &b)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) || len(groups) == 0 {
			t.Fatalf("%+v: CLI and app differ\ncli: %s\napp: %s", c, ja, jb)
		}
	}
}
