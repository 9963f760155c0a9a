package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// writeRecords writes records as a CSV file in dir.
func writeRecords(t *testing.T, dir, name string, records [][]string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := csv.NewWriter(f).WriteAll(records); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportCustomersAndOrdersCLI: `import --target customers` then
// `--target orders`, the JSON shape of every import, rejected rows with
// their row numbers and reasons, and retries that add nothing.
func TestImportCustomersAndOrdersCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	mustRun(t, "--data-dir", data, "init")
	customers := writeRecords(t, dir, "customers.csv", [][]string{
		{"客户编号", "姓名", "手机", "邮箱", "地区"},
		{"K1", "周杰", "13511112222", "", "华东"},
		{"K2", "吴敏", "", "wu@example.com", "华南"},
		{"", "无标识", "", "", "华北"},
	})
	orders := writeRecords(t, dir, "orders.csv", [][]string{
		{"订单号", "客户编号", "下单日期", "金额", "退款"},
		{"S1", "K1", "2026-04-01", "200", "20"},
		{"S2", "K2", "2026-04-02", "80", ""},
		{"S3", "K9", "2026-04-03", "80", ""},
		{"S4", "K1", "2026-04-04", "-5", ""},
		{"S5", "K1", "2026-04-05", "50", "60"},
	})
	v := importJSON(t, "--data-dir", data, customers, "--target", "customers")
	for _, k := range []string{"rows", "imported", "duplicates", "rejected", "survey_id", "mapping", "errors", "batch_id"} {
		if _, ok := v[k]; !ok {
			t.Fatalf("output lacks %q: %v", k, v)
		}
	}
	if num(v, "rows") != 3 || num(v, "imported") != 2 || num(v, "rejected") != 1 || num(v, "survey_id") != 0 {
		t.Fatalf("customers: %v", v)
	}
	if e := v["errors"].([]any)[0].(map[string]any); e["row"].(float64) != 4 || e["code"] != "customer_identity_missing" {
		t.Fatalf("customer error: %v", e)
	}
	o := importJSON(t, "--data-dir", data, orders, "--target", "orders")
	if num(o, "rows") != 5 || num(o, "imported") != 2 || num(o, "rejected") != 3 {
		t.Fatalf("orders: %v", o)
	}
	want := map[int]string{4: "order_customer_unknown", 5: "amount_negative", 6: "refund_exceeds_amount"}
	for _, x := range o["errors"].([]any) {
		e := x.(map[string]any)
		if row := int(e["row"].(float64)); want[row] != e["code"] {
			t.Errorf("order row %d: %v, want %s", row, e, want[row])
		}
	}
	if again := importJSON(t, "--data-dir", data, orders, "--target", "orders"); num(again, "imported") != 0 || num(again, "duplicates") != 2 {
		t.Fatalf("orders again: %v", again)
	}
	if again := importJSON(t, "--data-dir", data, customers, "--target", "customers"); num(again, "imported") != 0 || num(again, "duplicates") != 2 {
		t.Fatalf("customers again: %v", again)
	}
	if code, _, _ := runCLI(t, "--data-dir", data, "import", orders, "--target", "orders", "--new-survey", "x"); code == 0 {
		t.Fatal("--new-survey accepted with --target orders")
	}
}
