package generic

import (
	"fmt"
	"github.com/hpgo/hpgo/internal/cputime"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"testing"
)

// The benchmarks come in pairs, generic then specialised, in one binary so
// they run side by side: go test -run=^$ -bench=. -count=10 ./examples/generic
//
// Besides ns/op (wall time) each reports cpu-ns/op, the CPU time of the
// benchmark's own thread per operation, which other processes on a busy
// machine disturb much less.

// loop runs f b.N times with the goroutine locked to its thread, and
// reports the thread's CPU time per call.
func loop(b *testing.B, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, ok := cputime.Thread()
	for b.Loop() {
		f()
	}
	if end, ok2 := cputime.Thread(); ok && ok2 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

var sinkItem *Item

// BenchmarkHeap pushes n items and pops them all. At 1k items the heap
// stays in L1/L2 and the comparisons dominate; at 64k, cache misses on
// the *Item pointers take a growing share of both versions.
func BenchmarkHeap(b *testing.B) {
	for _, n := range []int{1 << 10, 1 << 16} {
		in := items(n, 1)
		b.Run(fmt.Sprintf("n=%d/generic", n), func(b *testing.B) {
			h := Heap[*Item]{items: make([]*Item, 0, len(in))}
			loop(b, func() {
				for _, x := range in {
					h.Push(x)
				}
				for h.Len() > 0 {
					sinkItem = h.Pop()
				}
			})
		})
		b.Run(fmt.Sprintf("n=%d/specialised", n), func(b *testing.B) {
			h := HeapItem{items: make([]*Item, 0, len(in))}
			loop(b, func() {
				for _, x := range in {
					h.Push(x)
				}
				for h.Len() > 0 {
					sinkItem = h.Pop()
				}
			})
		})
	}
}

func benchSort(b *testing.B, n int) {
	in := items(n, 2)
	xs := make([]*Item, len(in))
	run := func(sort func([]*Item)) func(b *testing.B) {
		return func(b *testing.B) {
			loop(b, func() {
				copy(xs, in)
				sort(xs)
			})
		}
	}
	b.Run("generic", run(Sort[*Item]))
	b.Run("specialised", run(SortItem))
	b.Run("dispatch", run(SortDispatch[*Item]))
}

// BenchmarkSort sorts 4096 items.
func BenchmarkSort(b *testing.B) { benchSort(b, 1<<12) }

// BenchmarkSortShort measures the dispatcher where its type check weighs
// most: sorting 8 elements is a handful of comparisons.
func BenchmarkSortShort(b *testing.B) { benchSort(b, 8) }

var sinkInt int

func BenchmarkSearch(b *testing.B) {
	fs := make([]float64, 1<<16)
	ss := make([]string, 1<<16)
	for i := range fs {
		fs[i] = float64(i)
		ss[i] = strconv.Itoa(i)
	}
	slices.Sort(ss)
	r := rand.New(rand.NewPCG(4, 0))
	qf := make([]float64, 1024)
	qs := make([]string, 1024)
	for i := range qf {
		qf[i] = float64(r.IntN(len(fs)))
		qs[i] = ss[r.IntN(len(ss))]
	}
	b.Run("float64/generic", func(b *testing.B) {
		loop(b, func() {
			for _, q := range qf {
				sinkInt += Search(fs, q)
			}
		})
	})
	b.Run("float64/specialised", func(b *testing.B) {
		loop(b, func() {
			for _, q := range qf {
				sinkInt += SearchFloat64(fs, q)
			}
		})
	})
	b.Run("string/generic", func(b *testing.B) {
		loop(b, func() {
			for _, q := range qs {
				sinkInt += Search(ss, q)
			}
		})
	})
	b.Run("string/specialised", func(b *testing.B) {
		loop(b, func() {
			for _, q := range qs {
				sinkInt += SearchString(ss, q)
			}
		})
	})
}

var sinkF float64

func BenchmarkSum(b *testing.B) {
	xs := make([]float64, 1<<12)
	cs := make([]Celsius, len(xs))
	for i := range xs {
		xs[i] = float64(i) * 0.5
		cs[i] = Celsius(xs[i])
	}
	b.Run("float64/generic", func(b *testing.B) {
		loop(b, func() { sinkF += Sum(xs) })
	})
	b.Run("float64/specialised", func(b *testing.B) {
		loop(b, func() { sinkF += SumFloat64(xs) })
	})
	b.Run("Celsius/generic", func(b *testing.B) {
		loop(b, func() { sinkF += float64(Sum(cs)) })
	})
	b.Run("Celsius/specialised", func(b *testing.B) {
		loop(b, func() { sinkF += float64(SumCelsius(cs)) })
	})
}
