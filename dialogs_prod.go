//go:build !dev

package main

import (
	"feedbackdesk/backend/api"
	"feedbackdesk/backend/desktop"
)

// chooseDialogs returns the native dialogs; release builds have no test seam.
func chooseDialogs() api.Dialogs { return desktop.Dialogs{} }
