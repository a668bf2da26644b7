package a

import "testing"

// nope: test helpers are not reported.
func helper(m map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * m["a"]
	}
	return t
}

// Benchmark bodies are measured code: reported.
func BenchmarkLookup(b *testing.B) {
	m := map[string]int{"a": 1}
	t := 0
	for i := 0; i < b.N; i++ {
		t += m["a"] // want `m\["a"\] is a map lookup`
	}
	_ = t
}
