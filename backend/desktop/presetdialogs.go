package desktop

import (
	"context"
	"os"

	"feedbackdesk/backend/api"
)

// PresetDialogs answers file dialogs with paths preset in environment
// variables, the test seam for end-to-end runs in a headless browser where
// no native dialog can be clicked. It is only wired in dev-tagged builds.
type PresetDialogs struct{}

// SaveFile returns $FEEDBACKDESK_TEST_SAVE_PATH ("" = canceled).
func (PresetDialogs) SaveFile(context.Context, string, string, []api.FileFilter) (string, error) {
	return os.Getenv("FEEDBACKDESK_TEST_SAVE_PATH"), nil
}

// OpenFile returns $FEEDBACKDESK_TEST_OPEN_PATH ("" = canceled).
func (PresetDialogs) OpenFile(context.Context, string, []api.FileFilter) (string, error) {
	return os.Getenv("FEEDBACKDESK_TEST_OPEN_PATH"), nil
}
