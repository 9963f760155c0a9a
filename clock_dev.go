//go:build dev

package main

import (
	"os"
	"strings"
	"time"
)

// testClock, in dev-tagged builds only, lets end-to-end tests set the
// database clock: with FEEDBACKDESK_TEST_CLOCK_FILE set, "now" is the RFC
// 3339 instant written in that file (read on every call, so a test moves
// time by rewriting it), or the real time while the file is missing or
// unreadable. Without the variable the real clock is kept.
func testClock(real func() time.Time) func() time.Time {
	path := os.Getenv("FEEDBACKDESK_TEST_CLOCK_FILE")
	if path == "" {
		return real
	}
	return func() time.Time {
		b, err := os.ReadFile(path)
		if err != nil {
			return real()
		}
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(string(b)))
		if err != nil {
			return real()
		}
		return t.UTC()
	}
}
