package generic

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time the calling thread has used. On a shared,
// overloaded machine it is far steadier than wall time, which counts the
// time other processes hold the CPU.
func threadCPU() (time.Duration, bool) {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
