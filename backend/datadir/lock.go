package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"feedbackdesk/backend/feedback"
)

// LockName is the lock file inside the data folder.
const LockName = ".lock"

// Lock is an exclusive OS lock on a data folder. The OS releases it when the
// process dies, so a crash never leaves the folder locked.
type Lock struct {
	f *os.File
}

// errLocked is returned by the platform lock when another process holds it.
var errLocked = errors.New("locked")

// Acquire takes the lock on dir or fails with EUNAVAILABLE when another
// Feedback Desk (or a restore from the CLI) is using the folder.
func Acquire(dir string) (*Lock, error) {
	if err := Ensure(dir); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("datadir: open lock: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		if errors.Is(err, errLocked) {
			return nil, feedback.Errorf(feedback.EUNAVAILABLE, "error.app.already_open",
				"Feedback Desk is already open with the data folder %s. Switch to the open window, or close it first.", dir).
				WithParams(map[string]any{"dir": dir})
		}
		return nil, fmt.Errorf("datadir: lock: %w", err)
	}
	_ = f.Truncate(0)
	_, _ = fmt.Fprintf(f, "%d\n", os.Getpid())
	return &Lock{f: f}, nil
}

// Release unlocks the folder.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	_ = unlockFile(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}
