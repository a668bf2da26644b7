package cputime

import (
	"runtime"
	"testing"
)

// TestAdvances spins the thread and checks both clocks move forward.
func TestAdvances(t *testing.T) {
	if runtime.GOOS != "linux" {
		if _, ok := Thread(); ok {
			t.Fatal("a per-thread clock outside linux")
		}
		t.Skip("no CPU clocks on " + runtime.GOOS)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0, ok := Thread()
	p0, ok2 := Process()
	if !ok || !ok2 {
		t.Fatal("no CPU time on linux")
	}
	x := 0
	for {
		for i := range 1 << 20 {
			x += i
		}
		t1, _ := Thread()
		p1, _ := Process()
		if t1 > t0 && p1 > p0 {
			break
		}
	}
	_ = x
}
