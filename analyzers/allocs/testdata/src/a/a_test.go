package a

import (
	"bytes"
	"fmt"
	"regexp"
	"testing"
)

// Test functions are not reported (nope); Benchmark bodies are measured
// code and are, but only their timed loops.

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

func BenchmarkSizes(b *testing.B) {
	re := regexp.MustCompile(`^\d+$`) // nope: benchmark setup runs once
	_ = re
	for _, n := range []int{1, 10} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { // nope: setup loop, not the timed loop
			for i := 0; i < b.N; i++ {
				for j := range n {
					_ = fmt.Sprint(j) // want `fmt.Sprint in a loop`
				}
			}
		})
	}
}

// Benchmarks named after the API they measure are not reported: the
// slow form is the point (nope on every line).
func BenchmarkSprintfInt(b *testing.B) {
	for b.Loop() {
		_ = fmt.Sprintf("%d", 42)
	}
}

func BenchmarkBufferFresh(b *testing.B) {
	for b.Loop() {
		var buf bytes.Buffer
		buf.WriteString("x")
		_ = buf.String()
	}
}

func BenchmarkLookup(b *testing.B) {
	b.Run("sprintf", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			_ = fmt.Sprintf("%d", i) // nope: the sub-benchmark is named after Sprintf
		}
	})
}
