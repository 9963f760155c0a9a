package api_test

import (
	"testing"

	"feedbackdesk/backend/api"
)

// TestTicketSetup: handlers, categories and statuses configured through the
// facade are what the pickers return and what tickets can use.
func TestTicketSetup(t *testing.T) {
	f, tk := newTickets(t)
	hs := must[[]api.HandlerDTO](t)(tk.SaveHandler(api.HandlerDTO{Name: "赵敏", Team: "投诉组", Email: "zm@example.com", Active: true}))
	if len(hs) != 1 || hs[0].Email != "zm@example.com" || !hs[0].Active {
		t.Fatalf("handlers: %+v", hs)
	}
	must[[]api.TicketCategoryDTO](t)(tk.SaveCategory(api.TicketCategoryDTO{Key: "售后维修", Name: "售后维修", NameEn: "Repairs"}))
	cs := must[[]api.TicketCategoryDTO](t)(tk.SaveCategory(api.TicketCategoryDTO{Key: "上门超时", Parent: "售后维修", Name: "上门超时", NameEn: "Late visit"}))
	if len(cs) != 2 || cs[1].Parent != "售后维修" {
		t.Fatalf("categories: %+v", cs)
	}
	ss := must[[]api.TicketStatusDTO](t)(tk.SaveStatus(api.TicketStatusDTO{Key: "waiting_parts", Name: "等配件", NameEn: "Waiting for parts", Category: "pending_third_party"}))
	if ss[len(ss)-1].Key != "waiting_parts" {
		t.Fatalf("statuses: %+v", ss)
	}
	f.at(sh(2, 10, 0))
	hid := hs[0].ID
	d := must[api.TicketDetail](t)(tk.Create(api.TicketInput{Title: "师傅没来", Category: "售后维修", Subcategory: "上门超时", Priority: 2, HandlerID: &hid}))
	f.at(sh(2, 10, 30))
	d = must[api.TicketDetail](t)(tk.SetStatus(d.Ticket.ID, "waiting_parts"))
	if r := target(t, d.SLA, "resolution"); r.State != "paused" || r.PausedBy != "pending_third_party" {
		t.Fatalf("a custom waiting status pauses the clock: %+v", r)
	}
	if _, err := tk.DeleteCategory("上门超时"); errKey(t, err) != "error.category.in_use" {
		t.Fatalf("delete a used subcategory: %v", err)
	}
	if _, err := tk.SaveStatus(api.TicketStatusDTO{Key: "waiting_parts", Name: "等配件", Category: "open"}); errKey(t, err) != "error.ticket_status.category_locked" {
		t.Fatalf("re-map a used status: %v", err)
	}
	if _, err := tk.DeleteStatus("waiting_parts"); errKey(t, err) != "error.ticket_status.in_use" {
		t.Fatalf("delete a used status: %v", err)
	}
}
