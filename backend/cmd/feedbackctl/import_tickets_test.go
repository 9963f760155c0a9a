package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// TestImportTicketsCLI: `import FILE --target tickets --json` prints the
// import JSON shape, rejects anomalous rows with their row numbers, and a
// second run adds nothing.
func TestImportTicketsCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	mustRun(t, "--data-dir", data, "init")
	file := filepath.Join(dir, "tickets.csv")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.WriteAll([][]string{
		{"工单号", "标题", "创建时间", "首次响应时间", "解决时间", "状态", "优先级", "渠道", "处理人"},
		{"C1", "快递丢件", "2026-03-02 10:00", "2026-03-02 10:20", "2026-03-02 16:00", "已解决", "P2", "电话", "张丽"},
		{"C2", "退款", "2026-03-02 10:00", "2026-03-02 09:00", "", "处理中", "高", "微信", "李强"},
		{"C3", "发票", "2026-03-02 11:00", "", "", "", "低", "邮件", ""},
	})
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	v := importJSON(t, "--data-dir", data, file, "--target", "tickets")
	for _, k := range []string{"rows", "imported", "duplicates", "rejected", "survey_id", "mapping", "errors"} {
		if _, ok := v[k]; !ok {
			t.Fatalf("output lacks %q: %v", k, v)
		}
	}
	if num(v, "rows") != 3 || num(v, "imported") != 2 || num(v, "rejected") != 1 || num(v, "survey_id") != 0 {
		t.Fatalf("counts: %v", v)
	}
	e0 := v["errors"].([]any)[0].(map[string]any)
	if e0["row"].(float64) != 3 || e0["code"] != "ticket_response_before_created" || e0["column"] != "首次响应时间" {
		t.Fatalf("error: %v", e0)
	}
	again := importJSON(t, "--data-dir", data, file, "--target", "tickets")
	if num(again, "imported") != 0 || num(again, "duplicates") != 2 {
		t.Fatalf("second import: %v", again)
	}
	if code, _, _ := runCLI(t, "--data-dir", data, "import", file, "--target", "tickets", "--survey", "1"); code == 0 {
		t.Fatal("--survey accepted with --target tickets")
	}
	if code, _, _ := runCLI(t, "--data-dir", data, "import", file, "--target", "widgets"); code == 0 {
		t.Fatal("unknown target accepted")
	}
}
