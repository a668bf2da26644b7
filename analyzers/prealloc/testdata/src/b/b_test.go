package b

import "testing"

func helper(xs []int) []int {
	out := []int{} // nope: test helpers are not reported by default
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func TestSquares(t *testing.T) {
	var got []int // nope: Test functions are not reported by default
	for i := range 4 {
		got = append(got, i)
	}
	_ = helper(got)
}

func BenchmarkSquares(b *testing.B) {
	setup := []int{} // nope: setup before the timed loop is not measured
	for i := range 100 {
		setup = append(setup, i)
	}
	for b.Loop() {
		sums := []int{} // want `sums grows by append in a loop of 100 iterations`
		for i := range 100 {
			sums = append(sums, i)
		}
		_ = sums
	}
	_ = setup
}

func BenchmarkSquaresN(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sums := []int{} // want `sums grows by append in a loop of 100 iterations`
		for i := range 100 {
			sums = append(sums, i)
		}
		_ = sums
	}
}
