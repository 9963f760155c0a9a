package api

import (
	"sync"
	"time"
)

// Throttle lets progress events through at most once per interval, plus
// every final event, so a fast loop cannot flood the UI bridge.
type Throttle struct {
	mu       sync.Mutex
	interval time.Duration
	last     time.Time
}

// NewThrottle returns a throttle with the given minimum interval.
func NewThrottle(interval time.Duration) *Throttle { return &Throttle{interval: interval} }

// Allow reports whether an event may be sent now; final events always pass.
func (t *Throttle) Allow(final bool) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	if final || now.Sub(t.last) >= t.interval {
		t.last = now
		return true
	}
	return false
}
