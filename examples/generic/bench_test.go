package generic

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// The benchmarks come in pairs, generic then specialised, in one binary so
// they run side by side: go test -run=^$ -bench=. -count=10 ./examples/generic

const heapN = 1 << 12

var sinkItem *Item

func BenchmarkHeap(b *testing.B) {
	in := items(heapN, 1)
	b.Run("generic", func(b *testing.B) {
		h := Heap[*Item]{items: make([]*Item, 0, len(in))}
		for b.Loop() {
			for _, x := range in {
				h.Push(x)
			}
			for h.Len() > 0 {
				sinkItem = h.Pop()
			}
		}
	})
	b.Run("specialised", func(b *testing.B) {
		h := HeapItem{items: make([]*Item, 0, len(in))}
		for b.Loop() {
			for _, x := range in {
				h.Push(x)
			}
			for h.Len() > 0 {
				sinkItem = h.Pop()
			}
		}
	})
}

func BenchmarkSort(b *testing.B) {
	in := items(heapN, 2)
	xs := make([]*Item, len(in))
	run := func(b *testing.B, sort func([]*Item)) {
		for b.Loop() {
			copy(xs, in)
			sort(xs)
		}
	}
	b.Run("generic", func(b *testing.B) { run(b, Sort[*Item]) })
	b.Run("specialised", func(b *testing.B) { run(b, SortItem) })
	b.Run("dispatch", func(b *testing.B) { run(b, SortDispatch[*Item]) })
}

// BenchmarkSortShort measures the dispatcher where its type check weighs
// most: sorting 8 elements is a handful of comparisons.
func BenchmarkSortShort(b *testing.B) {
	in := items(8, 3)
	xs := make([]*Item, len(in))
	run := func(b *testing.B, sort func([]*Item)) {
		for b.Loop() {
			copy(xs, in)
			sort(xs)
		}
	}
	b.Run("generic", func(b *testing.B) { run(b, Sort[*Item]) })
	b.Run("specialised", func(b *testing.B) { run(b, SortItem) })
	b.Run("dispatch", func(b *testing.B) { run(b, SortDispatch[*Item]) })
}

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
		for b.Loop() {
			for _, q := range qf {
				sinkInt += Search(fs, q)
			}
		}
	})
	b.Run("float64/specialised", func(b *testing.B) {
		for b.Loop() {
			for _, q := range qf {
				sinkInt += SearchFloat64(fs, q)
			}
		}
	})
	b.Run("string/generic", func(b *testing.B) {
		for b.Loop() {
			for _, q := range qs {
				sinkInt += Search(ss, q)
			}
		}
	})
	b.Run("string/specialised", func(b *testing.B) {
		for b.Loop() {
			for _, q := range qs {
				sinkInt += SearchString(ss, q)
			}
		}
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
		for b.Loop() {
			sinkF += Sum(xs)
		}
	})
	b.Run("float64/specialised", func(b *testing.B) {
		for b.Loop() {
			sinkF += SumFloat64(xs)
		}
	})
	b.Run("Celsius/generic", func(b *testing.B) {
		for b.Loop() {
			sinkF += float64(Sum(cs))
		}
	})
	b.Run("Celsius/specialised", func(b *testing.B) {
		for b.Loop() {
			sinkF += float64(SumCelsius(cs))
		}
	})
}
