package importer_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/importer"
)

// TestImportsKeepMetricCounts: after responses are imported, importing
// tickets, customers and orders leaves metric_counts equal to a recount
// of the answers (a ticket import used to count every stored response a
// second time at commit).
func TestImportsKeepMetricCounts(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, [][]string{{"时间", "推荐", "手机"}, {"2026-03-01 10:00", "9", "13800138000"}, {"2026-03-02 10:00", "3", "13900139000"}})
	if sum, _ := runImport(t, db, path, 0, basicMapping(map[string]importer.ColumnSpec{"手机": {Field: importer.FieldCustomerPhone}}), importer.RunOptions{}); sum.Imported != 2 {
		t.Fatalf("responses: %+v", sum.Counts)
	}
	drift := func(after string) {
		t.Helper()
		n, err := db.MetricCountsDrift(context.Background())
		if err != nil || n != 0 {
			t.Fatalf("after %s: metric_counts drift %d, %v", after, n, err)
		}
	}
	drift("responses")
	importTickets(t, db, writeCSV(t, ticketRecords), false)
	drift("tickets")
	// C001 and C002 have the phones of the responses' customers: their records get the ids
	importRecords(t, db, writeCSV(t, customerRecords[:4]), &importer.Customers{Store: db}, importer.RunOptions{})
	drift("customers")
	if sum := importRecords(t, db, writeCSV(t, orderRecords), &importer.Orders{Store: db, Now: now}, importer.RunOptions{}); sum.Imported != 4 {
		t.Fatalf("orders: %+v", sum.Counts)
	}
	drift("orders")
}
