package a

import "testing"

// Not reported: an instantiation in a test outside a Benchmark function.
func TestMinOther(t *testing.T) { _ = MinOther([]*Item{}) }

func MinOther[T Lesser[T]](xs []T) T { // want MinOther:"loopCalls.0:Less."
	for _, x := range xs {
		if x.Less(x) {
			return x
		}
	}
	return xs[0]
}
