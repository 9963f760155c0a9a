package api

import "feedbackdesk/backend/feedback"

// SaveHandler adds a handler (id 0) or updates one; handlers are
// deactivated, never deleted, so tickets keep who handled them. It returns
// every handler.
func (t *Tickets) SaveHandler(h HandlerDTO) ([]HandlerDTO, error) {
	return guard(t.db != nil, func() ([]HandlerDTO, error) {
		fh := &feedback.Handler{ID: h.ID, Name: h.Name, Team: h.Team, Email: h.Email, Active: h.Active}
		if err := t.db.SaveHandler(t.ctx, fh); err != nil {
			return nil, err
		}
		return t.Handlers()
	})
}

// SaveCategory adds or updates the category of its key (parent "" for a
// top-level category; the tree has two levels) and returns the tree.
func (t *Tickets) SaveCategory(c TicketCategoryDTO) ([]TicketCategoryDTO, error) {
	return guard(t.db != nil, func() ([]TicketCategoryDTO, error) {
		fc := &feedback.TicketCategory{Key: c.Key, Parent: c.Parent, Name: c.Name, NameEN: c.NameEn}
		if err := t.db.SaveTicketCategory(t.ctx, fc); err != nil {
			return nil, err
		}
		return t.Categories()
	})
}

// DeleteCategory deletes a category no ticket uses and without
// subcategories, and returns the tree.
func (t *Tickets) DeleteCategory(key string) ([]TicketCategoryDTO, error) {
	return guard(t.db != nil, func() ([]TicketCategoryDTO, error) {
		if err := t.db.DeleteTicketCategory(t.ctx, key); err != nil {
			return nil, err
		}
		return t.Categories()
	})
}

// SaveStatus adds or updates a status and the SLA category it maps to (a
// status some ticket has used keeps its category) and returns every status.
func (t *Tickets) SaveStatus(s TicketStatusDTO) ([]TicketStatusDTO, error) {
	return guard(t.db != nil, func() ([]TicketStatusDTO, error) {
		fs := &feedback.TicketStatus{Key: s.Key, Name: s.Name, NameEN: s.NameEn, Category: feedback.StatusCategory(s.Category)}
		if err := t.db.SaveTicketStatus(t.ctx, fs); err != nil {
			return nil, err
		}
		return t.Statuses()
	})
}

// DeleteStatus deletes a status no ticket has used (never the only status
// of its category) and returns the rest.
func (t *Tickets) DeleteStatus(key string) ([]TicketStatusDTO, error) {
	return guard(t.db != nil, func() ([]TicketStatusDTO, error) {
		if err := t.db.DeleteTicketStatus(t.ctx, key); err != nil {
			return nil, err
		}
		return t.Statuses()
	})
}
