package feedback

import (
	"strings"
	"time"
)

// Handler is a member of the service staff that tickets are assigned to and
// that makes follow-up calls.
type Handler struct {
	ID        int64
	Name      string
	Team      string
	Email     string
	Active    bool
	CreatedAt time.Time
}

// Validate checks the handler.
func (h *Handler) Validate() error {
	if strings.TrimSpace(h.Name) == "" {
		return Errorf(EINVALID, "error.handler.name_required", "A handler needs a name.")
	}
	return nil
}
