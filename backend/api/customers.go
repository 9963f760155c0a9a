package api

import "context"

// CustomerRow is a customer found by Search.
type CustomerRow struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Phone        string `json:"phone"`
	Email        string `json:"email"`
	Company      string `json:"company"`
	Region       string `json:"region"`
	Tier         string `json:"tier"`
	DoNotContact bool   `json:"doNotContact"`
}

// Customers is the bound facade for customer lookup.
type Customers struct {
	ctx   context.Context
	store CustomerStore
}

// NewCustomers returns the facade; it does no I/O.
func NewCustomers() *Customers { return &Customers{ctx: context.Background()} }

// AttachCustomers gives c the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCustomers(c *Customers, ctx context.Context, store CustomerStore) {
	c.ctx, c.store = ctx, store
}

// Search returns up to limit customers (default 20, at most 100) whose
// name, phone, email or company contains q; phone numbers also match on
// their digits ("138 0013" finds "138-0013-8000").
func (c *Customers) Search(q string, limit int) ([]CustomerRow, error) {
	return guard(c.store != nil, func() ([]CustomerRow, error) {
		cs, err := c.store.SearchCustomers(c.ctx, q, limit)
		if err != nil {
			return nil, err
		}
		out := make([]CustomerRow, len(cs))
		for i, x := range cs {
			out[i] = CustomerRow{ID: x.ID, Name: x.Name, Phone: x.Phone, Email: x.Email, Company: x.Company, Region: x.Region,
				Tier: string(x.Tier), DoNotContact: x.DoNotContact}
		}
		return out, nil
	})
}
