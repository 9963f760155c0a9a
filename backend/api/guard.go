package api

import (
	"time"

	"feedbackdesk/backend/feedback"
)

// guard runs f once the facade's store is attached (EUNAVAILABLE before)
// and encodes its error for the bridge; on error the zero value is returned.
func guard[T any](attached bool, f func() (T, error)) (T, error) {
	var zero T
	if !attached {
		return zero, Encode(errNotOpen)
	}
	v, err := f()
	if err != nil {
		return zero, Encode(err)
	}
	return v, nil
}

// iso renders an instant as RFC 3339 in UTC, the bridge's time format.
func iso(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// isoPtr renders an optional instant; nil is "".
func isoPtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return iso(*t)
}

// parseInstant reads an RFC 3339 instant sent by the page; "" is the zero time.
func parseInstant(s, key string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, feedback.Errorf(feedback.EINVALID, key, "%q is not a date and time.", s).
			WithParams(map[string]any{"value": s})
	}
	return t.UTC(), nil
}
