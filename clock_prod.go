//go:build !dev

package main

import "time"

// testClock returns the real clock; release builds have no test seam.
func testClock(real func() time.Time) func() time.Time { return real }
