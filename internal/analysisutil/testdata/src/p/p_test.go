package p

import "testing"

func TestF(t *testing.T) {
	hot() // tests are skipped by default
}

func BenchmarkF(b *testing.B) {
	hot() // setup before the timed loop is not measured
	for range b.N {
		hot() // want `call`
	}
	hot() // nor is what follows it
}

func BenchmarkForever(b *testing.B) {
	for { // a loop with no condition is not a timed loop, and must not crash the policy
		hot()
		break
	}
}

func BenchmarkLoop(b *testing.B) {
	for b.Loop() { // want `call`
		hot() // want `call`
	}
}

func BenchmarkSub(b *testing.B) {
	b.Run("sub", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			hot() // want `call`
		}
	})
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() { // want `call`
			hot() // want `call`
		}
	})
}

func Benchmarker() {
	for range 3 {
		hot() // not a benchmark: "Benchmark" followed by a lower-case letter
	}
}
