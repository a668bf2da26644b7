package cputime

import (
	"time"

	"golang.org/x/sys/unix"
)

// The CPU-time clocks count in nanoseconds; getrusage's per-thread figures
// can be tick-sampled, too coarse for a benchmark iteration.

func thread() (time.Duration, bool) { return clock(unix.CLOCK_THREAD_CPUTIME_ID) }

func process() (time.Duration, bool) { return clock(unix.CLOCK_PROCESS_CPUTIME_ID) }

func clock(id int32) (time.Duration, bool) {
	var ts unix.Timespec
	if err := unix.ClockGettime(id, &ts); err != nil {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
