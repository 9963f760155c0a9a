// Package datadir finds the folder where Feedback Desk keeps its database
// and guards it with an OS file lock, so one data folder is used by one app
// instance at a time.
package datadir

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// EnvVar overrides the data folder when no --data-dir is given.
const EnvVar = "FEEDBACKDESK_DATA_DIR"

// AppFolder is the folder name under the OS config dir.
const AppFolder = "FeedbackDesk"

// DatabaseName is the database file inside the data folder.
const DatabaseName = "feedback.db"

// Resolve returns the data folder: flagValue if set, else $FEEDBACKDESK_DATA_DIR,
// else the OS config dir (…/FeedbackDesk: %AppData% on Windows,
// ~/Library/Application Support on macOS, ~/.config on Linux).
func Resolve(flagValue string) (string, error) {
	dir := flagValue
	if dir == "" {
		dir = os.Getenv(EnvVar)
	}
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("datadir: no config folder: %w", err)
		}
		dir = filepath.Join(base, AppFolder)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("datadir: %w", err)
	}
	return abs, nil
}

// Ensure creates the folder (and its backups subfolder) if missing.
func Ensure(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "backups"), 0o700); err != nil {
		return fmt.Errorf("datadir: create %s: %w", dir, err)
	}
	return nil
}

// FlagValue finds --data-dir in args ("--data-dir DIR", "--data-dir=DIR",
// single dash too) without the flag package, so it can coexist with the
// flags Wails parses itself in dev builds and the -psn_ argument macOS adds.
func FlagValue(args []string) string {
	for i, a := range args {
		name := strings.TrimLeft(a, "-")
		if !strings.HasPrefix(a, "-") {
			continue
		}
		if v, ok := strings.CutPrefix(name, "data-dir="); ok {
			return v
		}
		if name == "data-dir" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}
