package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// demoDir returns a data folder loaded with the demo data set.
func demoDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	mustRun(t, "--data-dir", dir, "demo", "--json")
	return dir
}

func TestTicketList(t *testing.T) {
	dir := demoDir(t)
	var all []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "ticket", "list", "--json")), &all); err != nil {
		t.Fatal(err)
	}
	if len(all) != 400 {
		t.Fatalf("%d tickets, want the 400 demo tickets", len(all))
	}
	var keys []string
	for k := range all[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"at_risk", "breached", "category", "channel", "created_at", "customer", "handler", "id", "priority",
		"sla", "status", "status_category", "subcategory", "title"}
	if !slices.Equal(keys, want) {
		t.Fatalf("keys = %v", keys)
	}
	var first ticketItem
	if err := json.Unmarshal(mustMarshal(t, all[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.SLA == nil || first.Handler == "" || first.Title == "" || !strings.Contains(string(mustMarshal(t, all[0])), `"first_response":{"kind":"first_response","state":`) {
		t.Fatalf("first = %s", mustMarshal(t, all[0]))
	}

	var breached []ticketItem
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "ticket", "list", "--breached", "--json")), &breached); err != nil {
		t.Fatal(err)
	}
	if len(breached) == 0 || len(breached) >= len(all) {
		t.Fatalf("%d breached of %d", len(breached), len(all))
	}
	for _, it := range breached {
		states := []string{string(it.SLA.FirstResponse.State), string(it.SLA.NextReply.State), string(it.SLA.Resolution.State)}
		if !it.Breached || !slices.Contains(states, "breached") {
			t.Fatalf("ticket %d listed as breached: %v", it.ID, states)
		}
	}
	var p1 []ticketItem
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "ticket", "list", "--priority", "1", "--status", "closed", "--limit", "3", "--json")), &p1); err != nil {
		t.Fatal(err)
	}
	if len(p1) != 3 || p1[0].Priority != 1 || p1[0].StatusCategory != "closed" {
		t.Fatalf("filtered = %+v", p1)
	}
	if out := mustRun(t, "--data-dir", dir, "ticket", "list", "--limit", "2"); !strings.HasPrefix(out, "ID") || strings.Count(out, "\n") != 3 {
		t.Fatalf("text = %q", out)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "--json", "ticket", "list", "--status", "lost"); code != 1 || errorCode(t, errs) != "invalid" {
		t.Fatalf("bad status: exit %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "--json", "ticket", "frobnicate"); code != 2 || errorCode(t, errs) != "usage" {
		t.Fatalf("bad subcommand: exit %d %s", code, errs)
	}
}

func TestSLAStats(t *testing.T) {
	dir := demoDir(t)
	out := mustRun(t, "--data-dir", dir, "sla", "stats", "--json")
	want := []string{"as_of", "attainment", "backlog", "breaches_by_category", "breaches_by_handler", "breaches_by_priority",
		"durations", "no_policy", "tickets"}
	if keys := jsonKeys(t, out); !slices.Equal(keys, want) {
		t.Fatalf("keys = %v", keys)
	}
	var all struct {
		Tickets    int `json:"tickets"`
		Attainment []struct {
			Kind    string   `json:"kind"`
			N       int      `json:"n"`
			Percent *float64 `json:"percent"`
		} `json:"attainment"`
		Durations []struct {
			Kind          string  `json:"kind"`
			N             int     `json:"n"`
			MedianMinutes float64 `json:"median_minutes"`
			P90Minutes    float64 `json:"p90_minutes"`
		} `json:"durations"`
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatal(err)
	}
	if all.Tickets != 400 || len(all.Attainment) != 3 || all.Attainment[0].Percent == nil || all.Attainment[0].N == 0 ||
		len(all.Durations) != 2 || all.Durations[1].Kind != "resolution" || all.Durations[1].MedianMinutes > all.Durations[1].P90Minutes {
		t.Fatalf("stats = %s", out)
	}
	// A one-month period holds fewer tickets and says so.
	out = mustRun(t, "--data-dir", dir, "sla", "stats", "--from", "2026-10-01", "--to", "2026-10-31", "--json")
	var oct struct {
		Tickets int    `json:"tickets"`
		From    string `json:"from"`
	}
	if err := json.Unmarshal([]byte(out), &oct); err != nil || oct.Tickets == 0 || oct.Tickets >= 400 || !strings.HasPrefix(oct.From, "2026-10-01T00:00:00+08:00") {
		t.Fatalf("october = %+v, %v", oct, err)
	}
	if out := mustRun(t, "--data-dir", dir, "sla", "stats"); !strings.Contains(out, "400 tickets") || !strings.Contains(out, "first_response") {
		t.Fatalf("text = %q", out)
	}
	if code, _, errs := runCLI(t, "--data-dir", dir, "--json", "sla", "stats", "--from", "2026-11-01", "--to", "2026-10-01"); code != 1 || errorCode(t, errs) != "invalid" {
		t.Fatalf("reversed period: exit %d %s", code, errs)
	}
}

// mustMarshal encodes v as JSON.
func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
