package export_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/export"
	"feedbackdesk/backend/feedback"
)

// TestTicketsExportShowsMilestonesAndSLAOutcomes: a P2 ticket answered
// within the hour and resolved the same day, and one never answered, as a
// manager reads them in the English CSV.
func TestTicketsExportShowsMilestonesAndSLAOutcomes(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	if _, err := s.db.SQL().Exec(`INSERT INTO ticket_categories (key, parent, name, name_en) VALUES ('logistics', '', '物流', 'Logistics'), ('late', 'logistics', '延迟', 'Late delivery')`); err != nil {
		t.Fatal(err)
	}
	created := time.Date(2026, 10, 12, 2, 0, 0, 0, time.UTC) // Monday 10:00 in Shanghai
	done := s.ticket(t, "快递三天未到", "客户来电催件", created)
	if _, err := s.db.SQL().Exec(`UPDATE tickets SET category = 'logistics', subcategory = 'late' WHERE id = ?`, done); err != nil {
		t.Fatal(err)
	}
	for _, e := range []*feedback.TicketEvent{
		{Kind: feedback.EventReply, Direction: feedback.Outbound, Channel: "phone", At: created.Add(30 * time.Minute), Body: "已联系快递"},
		{Kind: feedback.EventStatus, To: "resolved", At: created.Add(5 * time.Hour)},
	} {
		if err := s.db.AppendTicketEvent(ctx, done, e); err != nil {
			t.Fatal(err)
		}
	}
	waiting := s.ticket(t, "无人回复", "", created)
	path := filepath.Join(t.TempDir(), "tickets.csv")
	res, err := export.Write(ctx, s.db, export.Options{Kind: export.KindTickets, Format: export.FormatCSV, Lang: "en", From: "2026-10-01", To: "2026-10-31"}, path, nil)
	if err != nil || res.Rows != 2 {
		t.Fatalf("rows %v, err %v", res, err)
	}
	rows := byColumn(t, path, "Ticket ID")
	want := map[int64]map[string]string{
		done: {"Title": "快递三天未到", "Category": "Logistics", "Subcategory": "Late delivery", "Priority": "P2", "Status": "Resolved",
			"Channel": "WeChat", "Created": "2026-10-12 10:00:00", "First response": "2026-10-12 10:30:00", "Resolved": "2026-10-12 15:00:00",
			"SLA first response": "met", "SLA next reply": "n/a", "SLA resolution": "met"},
		waiting: {"Status": "New", "First response": "", "Resolved": "", "SLA first response": "breached", "SLA resolution": "breached"},
	}
	for id, cols := range want {
		for col, v := range cols {
			if got := rows[id][col]; got != v {
				t.Errorf("ticket %d %s = %q, want %q", id, col, got, v)
			}
		}
	}
}
