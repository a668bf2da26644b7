//go:build !linux

package generic

import "time"

func threadCPU() (time.Duration, bool) { return 0, false }
