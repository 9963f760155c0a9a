package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestCustomerExportAndErase exports 张三 (customersDir) as JSON and xlsx,
// erases them, and checks the export refuses afterwards, the database
// holds no trace of the name, and bad input exits with usage or not_found.
func TestCustomerExportAndErase(t *testing.T) {
	dir := customersDir(t)
	out := filepath.Join(t.TempDir(), "zs.json")
	var res customerExportResult
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "customer", "export", "1", "-o", out, "--json")), &res); err != nil {
		t.Fatal(err)
	}
	if res.ID != 1 || res.Format != "json" || res.Responses != 1 || res.Tickets != 1 || res.Orders != 1 {
		t.Errorf("export result %+v", res)
	}
	b, _ := os.ReadFile(out)
	if !bytes.Contains(b, []byte(`"name": "张三"`)) || !bytes.Contains(b, []byte(`"title": "物流太慢"`)) {
		t.Errorf("export lacks the name or the ticket:\n%s", b)
	}
	xlsx := filepath.Join(t.TempDir(), "zs.xlsx")
	mustRun(t, "--data-dir", dir, "customer", "export", "1", "-o", xlsx, "--lang", "en")
	if b, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(b, []byte("PK")) {
		t.Errorf("xlsx not written: %v", err)
	}

	var er struct {
		Action       string `json:"action"`
		Customers    int    `json:"customers"`
		Orders       int    `json:"orders"`
		Checkpointed bool   `json:"checkpointed"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "--data-dir", dir, "customer", "erase", "1", "--json")), &er); err != nil {
		t.Fatal(err)
	}
	if er.Action != "erase" || er.Customers != 1 || er.Orders != 1 || !er.Checkpointed {
		t.Errorf("erase result %+v", er)
	}
	db, err := os.ReadFile(filepath.Join(dir, "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"张三", "物流太慢"} {
		if bytes.Contains(db, []byte(s)) {
			t.Errorf("database file still holds %q", s)
		}
	}
	code, _, errs := runCLI(t, "--data-dir", dir, "customer", "export", "1", "-o", out, "--json")
	if code != 1 || errorCode(t, errs) != "not_found" {
		t.Errorf("export of the erased customer: exit %d %s", code, errs)
	}
	for _, args := range [][]string{
		{"customer", "erase", "x"}, {"customer", "export", "2"}, {"customer", "export", "2", "-o", out, "--lang", "fr"}, {"customer"},
	} {
		if code, _, _ := runCLI(t, append([]string{"--data-dir", dir}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage)", args, code)
		}
	}
	mustRun(t, "--data-dir", dir, "customer", "erase", "2", "--anonymise")
}
