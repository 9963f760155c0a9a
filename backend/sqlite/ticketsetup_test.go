package sqlite_test

import (
	"context"
	"testing"

	"feedbackdesk/backend/feedback"
)

func errKey(err error) string {
	if e, ok := err.(*feedback.Error); ok {
		return e.Key
	}
	return ""
}

func TestSaveHandler(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	h := &feedback.Handler{Name: " 王磊 ", Team: "售后一组", Active: true}
	if err := db.SaveHandler(ctx, h); err != nil || h.ID == 0 {
		t.Fatalf("insert: %+v, %v", h, err)
	}
	h.Active, h.Team = false, "售后二组"
	if err := db.SaveHandler(ctx, h); err != nil {
		t.Fatal(err)
	}
	hs, _ := db.FindHandlers(ctx)
	if len(hs) != 1 || hs[0].Name != "王磊" || hs[0].Active || hs[0].Team != "售后二组" {
		t.Fatalf("handlers: %+v", hs)
	}
	if err := db.SaveHandler(ctx, &feedback.Handler{ID: 99, Name: "x"}); errKey(err) != "error.handler.not_found" {
		t.Fatalf("unknown handler: %v", err)
	}
	if err := db.SaveHandler(ctx, &feedback.Handler{Name: "  "}); errKey(err) != "error.handler.name_required" {
		t.Fatalf("nameless handler: %v", err)
	}
}

func TestTicketCategoryTree(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	save := func(c feedback.TicketCategory) error { return db.SaveTicketCategory(ctx, &c) }
	for _, c := range []feedback.TicketCategory{{Key: "物流配送", Name: "物流配送", NameEN: "Delivery"},
		{Key: "延迟送达", Parent: "物流配送", Name: "延迟送达", NameEN: "Late"}, {Key: "退款", Name: "退款"}} {
		if err := save(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := save(feedback.TicketCategory{Key: "x", Parent: "延迟送达", Name: "x"}); errKey(err) != "error.category.parent_nested" {
		t.Fatalf("third level: %v", err)
	}
	if err := save(feedback.TicketCategory{Key: "物流配送", Parent: "退款", Name: "物流配送"}); errKey(err) != "error.category.has_children" {
		t.Fatalf("parent with children made a child: %v", err)
	}
	if err := save(feedback.TicketCategory{Key: "x", Parent: "无此类", Name: "x"}); errKey(err) != "error.category.parent_unknown" {
		t.Fatalf("unknown parent: %v", err)
	}
	MustCreateTicket(t, db, "丢件", at(2, 10, 0)) // category 物流配送
	if err := db.DeleteTicketCategory(ctx, "物流配送"); errKey(err) != "error.category.has_children" {
		t.Fatalf("delete a parent: %v", err)
	}
	if err := db.DeleteTicketCategory(ctx, "延迟送达"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteTicketCategory(ctx, "物流配送"); errKey(err) != "error.category.in_use" {
		t.Fatalf("delete a used category: %v", err)
	}
	cs, _ := db.FindTicketCategories(ctx)
	if len(cs) != 2 || cs[0].Key != "物流配送" || cs[0].NameEN != "Delivery" || cs[1].Position != 2 {
		t.Fatalf("categories: %+v", cs)
	}
}

// TestTicketStatusCategoryLocked: once used, a status keeps its SLA category,
// so past SLA states cannot change behind the desk's back.
func TestTicketStatusCategoryLocked(t *testing.T) {
	ctx, db := context.Background(), MustOpenDB(t)
	s := &feedback.TicketStatus{Key: "waiting_parts", Name: "等配件", NameEN: "Waiting for parts", Category: feedback.CatPendingThird}
	if err := db.SaveTicketStatus(ctx, s); err != nil {
		t.Fatal(err)
	}
	s.Category = feedback.CatOpen // unused yet: may change
	if err := db.SaveTicketStatus(ctx, s); err != nil {
		t.Fatal(err)
	}
	tk := MustCreateTicket(t, db, "配件", at(2, 10, 0))
	MustAppend(t, db, tk.ID, feedback.TicketEvent{Kind: feedback.EventStatus, To: "waiting_parts", At: at(2, 11, 0)})
	MustAppend(t, db, tk.ID, feedback.TicketEvent{Kind: feedback.EventStatus, To: "open", At: at(2, 12, 0)})
	s.Category = feedback.CatPendingThird
	if err := db.SaveTicketStatus(ctx, s); errKey(err) != "error.ticket_status.category_locked" {
		t.Fatalf("category change of a used status: %v", err)
	}
	s.Category, s.Name = feedback.CatOpen, "等待配件"
	if err := db.SaveTicketStatus(ctx, s); err != nil {
		t.Fatalf("rename a used status: %v", err)
	}
	if err := db.DeleteTicketStatus(ctx, "waiting_parts"); errKey(err) != "error.ticket_status.in_use" {
		t.Fatalf("delete a used status: %v", err)
	}
	if err := db.DeleteTicketStatus(ctx, "pending_third_party"); errKey(err) != "error.ticket_status.last_of_category" {
		t.Fatalf("delete the only status of a category: %v", err)
	}
	if err := db.SaveTicketStatus(ctx, &feedback.TicketStatus{Key: "x", Name: "x", Category: "paused"}); errKey(err) != "error.ticket_status.category_invalid" {
		t.Fatalf("bad category: %v", err)
	}
	ss, _ := db.FindTicketStatuses(ctx)
	if len(ss) != 7 || ss[6].Key != "waiting_parts" || ss[6].Name != "等待配件" {
		t.Fatalf("statuses: %+v", ss)
	}
}
