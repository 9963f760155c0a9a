package api

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/feedback"
)

// RetagEvent is emitted while comments and complaints are tagged again
// after a codebook save; the data is a RetagProgress.
const RetagEvent = "themes:retag"

// RetagProgress is where retagging after a codebook save stands.
type RetagProgress struct {
	// State is idle (nothing started since the app opened), running, done,
	// canceled or failed; caught_up ends the tagging a theme read did first.
	State string `json:"state"`
	// Done and Total count responses and tickets read of those waiting.
	Done  int `json:"done"`
	Total int `json:"total"`
	// Tagged is how many texts got their themes.
	Tagged int `json:"tagged"`
	// ErrorKey and Error describe a failure (message catalogue key, English).
	ErrorKey string `json:"errorKey,omitempty"`
	Error    string `json:"error,omitempty"`
}

// retagJob runs one codebook's retag in the background: a save answers at
// once, the page shows progress and may cancel. Cancelled work is kept;
// the next read of theme figures continues it.
type retagJob struct {
	mu     sync.Mutex
	state  RetagProgress
	cancel context.CancelFunc
	done   chan struct{}
}

// start cancels a running retag, waits for it, and starts run.
func (j *retagJob) start(ctx context.Context, events Events, store dashboard.ThemeStore) {
	j.stop()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	j.mu.Lock()
	j.cancel, j.done = cancel, done
	j.state = RetagProgress{State: "running"}
	j.mu.Unlock()
	throttle := NewThrottle(100 * time.Millisecond)
	emit := func(p RetagProgress, final bool) {
		j.mu.Lock()
		j.state = p
		j.mu.Unlock()
		if events != nil && throttle.Allow(final) {
			events.Emit(ctx, RetagEvent, p)
		}
	}
	emit(RetagProgress{State: "running"}, true)
	go func() {
		defer close(done)
		defer cancel()
		_, _, n, err := dashboard.RetagThemes(ctx, store, func(d, t int) {
			emit(RetagProgress{State: "running", Done: d, Total: t}, false)
		})
		last := j.status()
		end := RetagProgress{State: "done", Done: last.Total, Total: last.Total, Tagged: n}
		switch {
		case ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled)):
			end = RetagProgress{State: "canceled", Done: last.Done, Total: last.Total, Tagged: n}
		case err != nil:
			slog.Error("retag themes", "err", err)
			end = RetagProgress{State: "failed", Done: last.Done, Total: last.Total, Tagged: n,
				ErrorKey: feedback.AsError(err).Key, Error: feedback.ErrorMessage(err)}
		}
		emit(end, true)
	}()
}

// catchUpEvery is how much untagged work makes a theme read tell progress.
const catchUpEvery = 5000

// catchUp lets a running retag finish (its progress is on RetagEvent) and
// returns what the theme read that follows tags with: a progress that tells
// RetagEvent when catchUpEvery rows or more are waiting, and the end to
// call once it is done. The job's own status is left as it was.
func (j *retagJob) catchUp(ctx context.Context, events Events) (progress func(done, total int), end func(), err error) {
	j.mu.Lock()
	done := j.done
	j.mu.Unlock()
	if done != nil {
		select {
		case <-done:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	throttle := NewThrottle(100 * time.Millisecond)
	told := false
	progress = func(d, t int) {
		if t >= catchUpEvery && events != nil && throttle.Allow(false) {
			told = true
			events.Emit(ctx, RetagEvent, RetagProgress{State: "running", Done: d, Total: t})
		}
	}
	end = func() {
		if told {
			events.Emit(ctx, RetagEvent, RetagProgress{State: "caught_up"})
		}
	}
	return progress, end, nil
}

// stop cancels a running retag and waits until it has stopped.
func (j *retagJob) stop() {
	j.mu.Lock()
	cancel, done := j.cancel, j.done
	j.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

// status returns the latest progress.
func (j *retagJob) status() RetagProgress {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.state.State == "" {
		return RetagProgress{State: "idle"}
	}
	return j.state
}

// RetagStatus returns where retagging after the last codebook save stands
// (for a page opened while it runs).
func (d *Dashboard) RetagStatus() RetagProgress { return d.retag.status() }

// CancelRetag stops retagging after a codebook save. What was tagged is
// kept; the rest is tagged when theme figures are next read.
func (d *Dashboard) CancelRetag() {
	d.retag.mu.Lock()
	cancel := d.retag.cancel
	d.retag.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// StopDashboard cancels the dashboard's background work and waits for it
// (before the database closes or another is attached). It is a function,
// not a method, so that Wails does not bind it.
func StopDashboard(d *Dashboard) { d.retag.stop() }
