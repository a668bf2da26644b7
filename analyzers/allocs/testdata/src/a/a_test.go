package a

import (
	"fmt"
	"testing"
)

// Test functions are not reported (nope); Benchmark bodies are measured
// code and are.

func TestLoop(t *testing.T) {
	s := ""
	for i := range 3 {
		s += fmt.Sprint(i) // nope: test code
	}
	_ = s
}

func BenchmarkLoop(b *testing.B) {
	for b.Loop() {
		_ = fmt.Sprintf("%d", 42) // want `fmt.Sprintf in a loop`
	}
}
