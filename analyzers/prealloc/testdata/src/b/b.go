// Package b checks that _test.go files are reported only inside Benchmark
// functions.
package b

func Squares(n int) []int {
	out := make([]int, 0, n)
	for i := range n {
		out = append(out, i*i)
	}
	return out
}
