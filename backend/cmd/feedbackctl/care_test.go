package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/sqlite"
)

// TestCareCLI: `care set` switches the low-score rule on, `care run` opens
// one ticket for a detractor answered an hour ago and none on the second
// run, `care rules` counts it; bad input is a coded error.
func TestCareCLI(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "init")
	db := openData(t, dir)
	c, at := sqlite.FormatTime(time.Now().Add(-48*time.Hour)), sqlite.FormatTime(time.Now().Add(-time.Hour))
	for _, s := range []string{
		`INSERT INTO customers (id, name, created_at, updated_at) VALUES (1, '张三', '` + c + `', '` + c + `')`,
		`INSERT INTO surveys (id, title, status, created_at, updated_at) VALUES (1, '满意度', 'active', '` + c + `', '` + c + `')`,
		`INSERT INTO questions (id, survey_id, position, type, role, scale_min, scale_max) VALUES (1, 1, 1, 'nps', 'nps', 0, 10)`,
		`INSERT INTO responses (id, survey_id, customer_id, row_key, source, submitted_at, month_key, created_at)
			VALUES (1, 1, 1, 'a', 'form', '` + at + `', 202611, '` + at + `')`,
		`INSERT INTO answers (response_id, question_id, number) VALUES (1, 1, 2)`,
	} {
		if _, err := db.SQL().Exec(s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	db.Close()

	var rule struct {
		Key     string `json:"key"`
		Enabled bool   `json:"enabled"`
		Created int    `json:"created"`
		Params  struct {
			Priority int `json:"priority"`
		} `json:"params"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "--json", "care", "set", "low_score_ticket", "--params", `{"priority":1}`)), &rule); err != nil ||
		!rule.Enabled || rule.Params.Priority != 1 {
		t.Fatalf("set: %+v %v", rule, err)
	}
	for i, want := range []int{1, 0} {
		var s struct {
			Total int `json:"total"`
		}
		if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "--json", "care", "run")), &s); err != nil || s.Total != want {
			t.Fatalf("run %d: %+v %v, want %d", i+1, s, err, want)
		}
	}
	var rules []struct {
		Key     string `json:"key"`
		Created int    `json:"created"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "--json", "care", "rules")), &rules); err != nil ||
		len(rules) != 4 || rules[0].Key != "low_score_ticket" || rules[0].Created != 1 {
		t.Fatalf("rules %+v %v", rules, err)
	}
	db = openData(t, dir)
	defer db.Close()
	var n int
	db.SQL().QueryRow(`SELECT count(*) FROM tickets WHERE response_id = 1 AND customer_id = 1 AND priority = 1`).Scan(&n)
	if n != 1 {
		t.Errorf("%d linked tickets, want 1", n)
	}
	for _, c := range []struct {
		args []string
		code string
	}{
		{[]string{"care", "set", "low_score_ticket", "--params", `{"npsMax":11}`}, "invalid"},
		{[]string{"care", "set", "low_score_ticket", "--params", `[1]`}, "invalid"},
		{[]string{"care", "set", "nope"}, "not_found"},
	} {
		code, _, errs := runCLI(t, append([]string{"--data-dir", dir, "--json"}, c.args...)...)
		if code == 0 || errorCode(t, errs) != c.code {
			t.Errorf("%v: exit %d %s, want %s", c.args, code, errs, c.code)
		}
	}
}
