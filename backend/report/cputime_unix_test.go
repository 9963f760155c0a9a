//go:build unix

package report

import (
	"syscall"
	"time"
)

// processCPU is the user+system CPU time the test process has used (every
// goroutine and the garbage collector): the work done, whatever the load.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
