package api

import (
	"context"

	"feedbackdesk/backend/feedback"
)

// unavailableStore answers every call with EUNAVAILABLE; it stands in until
// the database is open (or when opening it failed), so a call that races the
// start-up gets a clear error instead of a nil dereference.
type unavailableStore struct{}

var errNotOpen = feedback.Errorf(feedback.EUNAVAILABLE, "error.db.not_open", "The database is not open.")

func (unavailableStore) Stats(context.Context) (feedback.Stats, error) {
	return feedback.Stats{}, errNotOpen
}
func (unavailableStore) Activity(context.Context, int) ([]feedback.MonthCount, error) {
	return nil, errNotOpen
}
func (unavailableStore) Setting(context.Context, string) (string, bool, error) {
	return "", false, errNotOpen
}
func (unavailableStore) SetSetting(context.Context, string, string) error { return errNotOpen }
func (unavailableStore) Path() string                                     { return "" }
func (unavailableStore) Check(context.Context) (feedback.CheckResult, error) {
	return feedback.CheckResult{}, errNotOpen
}
func (unavailableStore) Backup(context.Context, string) (int64, error) { return 0, errNotOpen }
func (unavailableStore) Restore(context.Context, string, string) (feedback.RestoreResult, error) {
	return feedback.RestoreResult{}, errNotOpen
}
