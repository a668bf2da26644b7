package denseintkey

import "testing"

// In a benchmark the map is usually the thing measured: not reported.
func BenchmarkMapRead(b *testing.B) {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	for b.Loop() {
		_ = m[7]
	}
}
