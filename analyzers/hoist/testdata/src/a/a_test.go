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

// nope: the b.N loop repeats its body on purpose, to measure it.
func BenchmarkLookupN(b *testing.B) {
	m := map[string]int{"a": 1}
	t := 0
	for i := 0; i < b.N; i++ {
		t += m["a"]
	}
	_ = t
}

// nope: the same for b.Loop.
func BenchmarkLookupLoop(b *testing.B) {
	m := map[string]int{"a": 1}
	t := 0
	for b.Loop() {
		t += m["a"]
	}
	_ = t
}

// Benchmark bodies are measured code: loops inside the b.N loop are
// reported.
func BenchmarkInner(b *testing.B) {
	m := map[string]int{"a": 1}
	xs := make([]int, 100)
	t := 0
	for b.Loop() {
		for _, x := range xs {
			t += x * m["a"] // want `m\["a"\] is a map lookup on every iteration \(len\(xs\) times\)`
		}
	}
	_ = t
}
