//go:build dev

package main

import (
	"os"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/desktop"
)

// chooseDialogs, in dev-tagged builds only, lets end-to-end tests preset the
// paths that native dialogs would return (FEEDBACKDESK_TEST_DIALOGS=1).
func chooseDialogs() api.Dialogs {
	if os.Getenv("FEEDBACKDESK_TEST_DIALOGS") == "1" {
		return desktop.PresetDialogs{}
	}
	return desktop.Dialogs{}
}
