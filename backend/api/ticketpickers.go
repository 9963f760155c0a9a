package api

// TicketStatusDTO is a configured ticket status and the category it maps to.
type TicketStatusDTO struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	NameEn   string `json:"nameEn"`
	Category string `json:"category"`
}

// TicketCategoryDTO is a node of the configurable category tree; Parent is
// "" for a top-level category.
type TicketCategoryDTO struct {
	Key    string `json:"key"`
	Parent string `json:"parent"`
	Name   string `json:"name"`
	NameEn string `json:"nameEn"`
}

// HandlerDTO is a member of the service staff (or a team) tickets are assigned to.
type HandlerDTO struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Team   string `json:"team"`
	Email  string `json:"email"`
	Active bool   `json:"active"`
}

// Statuses returns the configured statuses in display order.
func (t *Tickets) Statuses() ([]TicketStatusDTO, error) {
	return guard(t.db != nil, func() ([]TicketStatusDTO, error) {
		ss, err := t.db.FindTicketStatuses(t.ctx)
		out := make([]TicketStatusDTO, len(ss))
		for i, s := range ss {
			out[i] = TicketStatusDTO{Key: s.Key, Name: s.Name, NameEn: s.NameEN, Category: string(s.Category)}
		}
		return out, err
	})
}

// Categories returns the category tree, parents before their children.
func (t *Tickets) Categories() ([]TicketCategoryDTO, error) {
	return guard(t.db != nil, func() ([]TicketCategoryDTO, error) {
		cs, err := t.db.FindTicketCategories(t.ctx)
		out := make([]TicketCategoryDTO, len(cs))
		for i, c := range cs {
			out[i] = TicketCategoryDTO{Key: c.Key, Parent: c.Parent, Name: c.Name, NameEn: c.NameEN}
		}
		return out, err
	})
}

// Handlers returns the handlers, active ones first, by name.
func (t *Tickets) Handlers() ([]HandlerDTO, error) {
	return guard(t.db != nil, func() ([]HandlerDTO, error) {
		hs, err := t.db.FindHandlers(t.ctx)
		out := make([]HandlerDTO, len(hs))
		for i, h := range hs {
			out[i] = HandlerDTO{ID: h.ID, Name: h.Name, Team: h.Team, Email: h.Email, Active: h.Active}
		}
		return out, err
	})
}
