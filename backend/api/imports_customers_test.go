package api_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"feedbackdesk/backend/api"
)

// TestImportsCustomersAndOrders drives the studio's facade with the
// customers and orders targets: the preview suggests the target's fields,
// the import writes, an order of an unknown customer is rejected with its
// row, and the remembered mapping is offered to its own target only.
func TestImportsCustomersAndOrders(t *testing.T) {
	f := newFacades(t)
	im := api.NewImports(f.dialogs, &importEvents{})
	api.AttachImports(im, context.Background(), f.db)
	dir := t.TempDir()
	write := func(name string, records [][]string) string {
		path := filepath.Join(dir, name)
		fh, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := csv.NewWriter(fh).WriteAll(records); err != nil {
			t.Fatal(err)
		}
		fh.Close()
		return path
	}
	run := func(path, target string) (api.Preview, api.RunSummary) {
		t.Helper()
		f.dialogs.open = path
		fc, err := im.ChooseFile()
		if err != nil {
			t.Fatal(err)
		}
		p, err := im.Preview(api.PreviewRequest{FileID: fc.FileID, Target: target})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := im.Import(api.RunRequest{FileID: fc.FileID, Target: target, Mapping: p.Mapping, OnError: "skip"})
		if err != nil {
			t.Fatal(err)
		}
		return p, sum
	}
	p, sum := run(write("客户.csv", [][]string{{"客户编号", "客户名称", "手机", "行业"}, {"A1", "甲公司", "13812345678", "零售"}, {"A2", "乙公司", "", "制造"}}), "customers")
	if p.Mapping.Columns["客户编号"].Field != "customer_id" || p.Mapping.Columns["行业"].Field != "industry" {
		t.Fatalf("customer mapping: %+v", p.Mapping.Columns)
	}
	if sum.Imported != 2 || sum.BatchID == nil || sum.SurveyID != nil {
		t.Fatalf("customers: %+v", sum)
	}
	orders := write("订单.csv", [][]string{{"订单号", "客户编号", "下单时间", "金额"}, {"D1", "A1", "2026-05-01 09:00", "120"}, {"D2", "A3", "2026-05-01 10:00", "60"}})
	_, sum = run(orders, "orders")
	if sum.Imported != 1 || sum.Rejected != 1 || len(sum.Errors) != 1 || sum.Errors[0].Row != 3 ||
		sum.Errors[0].Code != "order_customer_unknown" || sum.Errors[0].Key != "error.import.order_customer_unknown" {
		t.Fatalf("orders: %+v", sum)
	}
	f.dialogs.open = orders
	fc, _ := im.ChooseFile()
	if p, err := im.Preview(api.PreviewRequest{FileID: fc.FileID, Target: "orders"}); err != nil || !p.Remembered {
		t.Fatalf("orders preview: remembered %v, %v", p.Remembered, err)
	}
	if p, err := im.Preview(api.PreviewRequest{FileID: fc.FileID, Target: "customers"}); err != nil || p.Remembered {
		t.Fatalf("an orders mapping offered to customers: %v", err)
	}
}
