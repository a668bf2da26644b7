package a

import (
	"fmt"
	"testing"
)

// A test helper outside a _test.go file is test code too: its loops name
// sub-tests and run a handful of times (nope: every line).
func RunCases(t *testing.T, sizes []int) {
	for _, n := range sizes {
		t.Run(fmt.Sprintf("size=%d", n), func(t *testing.T) {})
	}
}
