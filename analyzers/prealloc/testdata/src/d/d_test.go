// Package d is checked with -prealloc.tests: test helpers are reported too.
package d

func helper(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of len\(xs\) iterations`
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}
