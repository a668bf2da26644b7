package prealloc_test

import (
	"fmt"
	"testing"
)

// The premise of prealloc on this toolchain: filling a slice or map whose
// final size is known costs repeated growth (allocation, copying or
// rehashing) unless the size is given up front. The results go to package
// variables so that escape analysis cannot keep them on the stack.

var (
	sinkSlice []int
	sinkMap   map[int]int
)

var sizes = []int{10, 100, 1000, 100000}

//go:noinline
func appendGrow(src []int) []int {
	var out []int
	for _, v := range src {
		out = append(out, v)
	}
	return out
}

//go:noinline
func appendPrealloc(src []int) []int {
	out := make([]int, 0, len(src))
	for _, v := range src {
		out = append(out, v)
	}
	return out
}

//go:noinline
func mapGrow(src []int) map[int]int {
	m := make(map[int]int)
	for i, v := range src {
		m[v] = i
	}
	return m
}

//go:noinline
func mapSized(src []int) map[int]int {
	m := make(map[int]int, len(src))
	for i, v := range src {
		m[v] = i
	}
	return m
}

func input(n int) []int {
	src := make([]int, n)
	for i := range src {
		src[i] = i
	}
	return src
}

func BenchmarkSliceAppend(b *testing.B) {
	for _, n := range sizes {
		src := input(n)
		b.Run(fmt.Sprintf("grow/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkSlice = appendGrow(src)
			}
		})
		b.Run(fmt.Sprintf("prealloc/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkSlice = appendPrealloc(src)
			}
		})
	}
}

func BenchmarkMapInsert(b *testing.B) {
	for _, n := range sizes {
		src := input(n)
		b.Run(fmt.Sprintf("grow/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMap = mapGrow(src)
			}
		})
		b.Run(fmt.Sprintf("sized/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkMap = mapSized(src)
			}
		})
	}
}

// TestPremiseAllocs checks the allocation counts the doc quotes: growth
// allocates many times, the preallocated forms once (slices) or a small
// constant number of times (maps).
func TestPremiseAllocs(t *testing.T) {
	src := input(1000)
	grow := testing.AllocsPerRun(20, func() { sinkSlice = appendGrow(src) })
	pre := testing.AllocsPerRun(20, func() { sinkSlice = appendPrealloc(src) })
	if pre != 1 || grow < 5 {
		t.Errorf("slice of 1000: %v allocs growing, %v preallocated; want >= 5 and 1", grow, pre)
	}
	mgrow := testing.AllocsPerRun(5, func() { sinkMap = mapGrow(src) })
	msized := testing.AllocsPerRun(5, func() { sinkMap = mapSized(src) })
	if msized >= mgrow {
		t.Errorf("map of 1000: %v allocs growing, %v sized; want fewer when sized", mgrow, msized)
	}
	t.Logf("n=1000: slice %v vs %v allocs; map %v vs %v allocs", grow, pre, mgrow, msized)
	for i, v := range appendGrow(src) {
		if v != src[i] || len(appendPrealloc(src)) != len(src) {
			t.Fatal("benchmark helpers do not copy the input")
		}
	}
}

// TestNegativeMapHint backs the map fix for counts that may be negative:
// make(map[K]V, n) treats n < 0 as no hint, while make([]T, 0, n) panics,
// so only slice fixes need a count that is provably not negative.
func TestNegativeMapHint(t *testing.T) {
	n := -1
	if testing.Short() {
		n = -2
	}
	m := make(map[int]bool, n)
	m[1] = true
	if len(m) != 1 {
		t.Fatal("map with a negative hint does not work")
	}
	defer func() {
		if recover() == nil {
			t.Error("make([]int, 0, -1) did not panic")
		}
	}()
	sinkSlice = make([]int, 0, n)
}
