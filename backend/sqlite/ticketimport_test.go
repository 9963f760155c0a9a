package sqlite_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// TestTicketImportEvents checks the event logs synthesised for imported
// tickets from their times and final status.
func TestTicketImportEvents(t *testing.T) {
	statuses := map[string]feedback.StatusCategory{"new": feedback.CatNew, "open": feedback.CatOpen,
		"pending_customer": feedback.CatPendingCust, "resolved": feedback.CatResolved, "closed": feedback.CatClosed}
	at := func(h int) *time.Time { v := time.Date(2026, 3, 2, h, 0, 0, 0, time.UTC); return &v }
	handler := int64(7)
	cases := []struct {
		name      string
		status    string
		first     *time.Time
		resolved  *time.Time
		handlerID *int64
		want      []string
	}{
		{"waiting, never answered: created directly in its status", "pending_customer", nil, nil, nil, []string{"created:pending_customer@1"}},
		{"answered, still open", "open", at(2), nil, &handler, []string{"created:new@1", "assign:7@1", "reply:@2", "status:open@2"}},
		{"answered, now waiting", "pending_customer", at(2), nil, nil, []string{"created:new@1", "reply:@2", "status:pending_customer@2"}},
		{"resolved without a reply", "resolved", nil, at(3), nil, []string{"created:new@1", "status:resolved@3"}},
		{"closed", "closed", at(2), at(3), nil, []string{"created:new@1", "reply:@2", "status:resolved@3", "status:closed@3"}},
	}
	for _, c := range cases {
		it := &feedback.ImportedTicket{Ticket: &feedback.Ticket{Status: c.status, CreatedAt: *at(1), Channel: "phone", HandlerID: c.handlerID},
			FirstResponseAt: c.first, ResolvedAt: c.resolved}
		var got []string
		for _, e := range sqlite.TicketImportEvents(it, statuses, "new", "resolved") {
			got = append(got, string(e.Kind)+":"+e.To+"@"+strconv.Itoa(e.At.Hour()))
			if e.Kind == feedback.EventReply && (e.Direction != feedback.Outbound || e.Channel != "phone") {
				t.Errorf("%s: reply %+v", c.name, e)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
