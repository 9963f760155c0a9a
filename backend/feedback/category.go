package feedback

import "strings"

// TicketCategory is a node of the configurable ticket category tree: a
// category has Parent ""; a subcategory names its parent's Key. Tickets
// store the keys in Category and Subcategory.
type TicketCategory struct {
	Key      string
	Parent   string
	Name     string // Chinese (primary) name
	NameEN   string
	Position int
}

// Validate checks the category.
func (c *TicketCategory) Validate() error {
	if strings.TrimSpace(c.Key) == "" {
		return Errorf(EINVALID, "error.category.key_required", "A ticket category needs a key.")
	}
	if strings.TrimSpace(c.Name) == "" && strings.TrimSpace(c.NameEN) == "" {
		return Errorf(EINVALID, "error.category.name_required", "A ticket category needs a name.")
	}
	if c.Parent == c.Key {
		return Errorf(EINVALID, "error.category.own_parent", "A ticket category cannot be its own parent.")
	}
	return nil
}
