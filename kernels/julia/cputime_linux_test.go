package julia

import (
	"syscall"
	"time"
	"unsafe"
)

func init() {
	threadCPU = func() time.Duration {
		const clockThreadCPUTimeID = 3
		var ts syscall.Timespec
		syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
		return time.Duration(ts.Nano())
	}
}
