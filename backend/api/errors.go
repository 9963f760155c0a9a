package api

import (
	"encoding/json"
	"log/slog"

	"feedbackdesk/backend/feedback"
)

// encodedError carries a feedback.Error across the Wails bridge as JSON.
type encodedError struct{ text string }

func (e *encodedError) Error() string { return e.text }

// Encode turns any error into the JSON text the frontend's api facade parses
// into an AppError. Unknown errors are logged here and reported as internal,
// so no stack trace or SQL reaches the screen.
func Encode(err error) error {
	if err == nil {
		return nil
	}
	fe := feedback.AsError(err)
	if fe.Code == feedback.EINTERNAL {
		slog.Error("internal error", "err", err)
	}
	b, _ := json.Marshal(fe)
	return &encodedError{text: string(b)}
}
