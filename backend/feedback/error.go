package feedback

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The frontend and the CLI switch on
// these; they are part of the public contract and never renamed.
const (
	ECONFLICT     = "conflict"      // the change clashes with existing data
	EINTERNAL     = "internal"      // a bug or an unexpected failure
	EINVALID      = "invalid"       // the input is wrong; the message says how
	ENOTFOUND     = "not_found"     // the thing asked for does not exist
	EUNAVAILABLE  = "unavailable"   // a resource is held elsewhere (app already open)
	ENEWERSCHEMA  = "newer_schema"  // the database was written by a newer version
	ECORRUPT      = "corrupt"       // a file failed its integrity or format checks
	ENOTIMPLEMENT = "not_implement" // the capability is not available in this build
	ECANCELED     = "canceled"      // the user canceled a long job
)

// Error is the error type the user sees. Key is a translation key
// (e.g. "error.db.newer_schema") that the UI translates; Message is the
// English fallback with the specifics filled in.
type Error struct {
	Code    string `json:"code"`
	Key     string `json:"key"`
	Message string `json:"message"`
	// Params fills placeholders in the translated message, e.g. {"version": 3}.
	Params map[string]any `json:"params,omitempty"`
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf builds a coded error with a translation key and a formatted
// English message.
func Errorf(code, key, format string, args ...any) *Error {
	return &Error{Code: code, Key: key, Message: fmt.Sprintf(format, args...)}
}

// WithParams returns a copy of e carrying the placeholder values params.
func (e *Error) WithParams(params map[string]any) *Error {
	c := *e
	c.Params = params
	return &c
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of the
// first *Error in its chain, or a generic text for anything else so that
// internals never leak to the user.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}

// AsError returns the first *Error in err's chain, or an internal error
// wrapping nothing of err's text (internals stay in logs, not on screen).
func AsError(err error) *Error {
	var e *Error
	if err == nil {
		return nil
	} else if errors.As(err, &e) {
		return e
	}
	return &Error{Code: EINTERNAL, Key: "error.internal", Message: "Internal error."}
}
