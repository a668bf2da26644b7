package ptests

import "testing"

func TestF(t *testing.T) {
	hot() // want `call`
}

func BenchmarkF(b *testing.B) {
	for range b.N {
		hot() // want `call`
	}
}
