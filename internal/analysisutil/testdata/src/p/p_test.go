package p

import "testing"

func TestF(t *testing.T) {
	hot() // tests are skipped by default
}

func BenchmarkF(b *testing.B) {
	for range b.N {
		hot() // want `call`
	}
}

func Benchmarker() {
	hot() // not a benchmark: "Benchmark" followed by a lower-case letter
}
