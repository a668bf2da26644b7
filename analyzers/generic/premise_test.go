package generic_test

import (
	"github.com/hpgo/hpgo/internal/cputime"
	"math/rand/v2"
	"runtime"
	"testing"
)

// The premise: a method of a type parameter called in a loop is an
// indirect call through the dictionary when the type argument is a
// pointer, and the concrete copy inlines it. go build -gcflags=-m on this
// file reports "inlining call to (*item).less" only in sortConcrete.
//
//	go test -run='^$' -bench=Premise -count=10 ./analyzers/generic

type item struct{ k int }

func (a *item) less(b *item) bool { return a.k < b.k }

// Less is exported for the constraint below.
func (a *item) Less(b *item) bool { return a.k < b.k }

type lesser[T any] interface{ Less(T) bool }

//go:noinline
func sortGeneric[T lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

//go:noinline
func sortConcrete(xs []*item) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func premiseInput() []*item {
	r := rand.New(rand.NewPCG(1, 2))
	xs := make([]*item, 1000)
	for i := range xs {
		xs[i] = &item{k: r.IntN(1 << 20)}
	}
	return xs
}

// BenchmarkPremiseDictCall reports wall time and cpu-ns/op, the CPU time
// of the benchmark's thread, which other processes on a shared machine
// disturb much less.
func BenchmarkPremiseDictCall(b *testing.B) {
	in := premiseInput()
	b.Run("generic", sortBench(in, sortGeneric[*item]))
	b.Run("concrete", sortBench(in, sortConcrete))
}

// sortBench times sort on a fresh copy of in per iteration, on a locked
// thread, and reports cpu-ns/op besides wall time.
func sortBench[T any](in []T, sort func([]T)) func(*testing.B) {
	xs := make([]T, len(in))
	return func(b *testing.B) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		start, ok := cputime.Thread()
		for b.Loop() {
			copy(xs, in)
			sort(xs)
		}
		if end, ok2 := cputime.Thread(); ok && ok2 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

// TestPremiseSameResult keeps the two sorts honest: the benchmark compares
// the same work.
func TestPremiseSameResult(t *testing.T) {
	a, b := premiseInput(), premiseInput()
	sortGeneric(a)
	sortConcrete(b)
	for i := range a {
		if a[i].k != b[i].k || (i > 0 && a[i-1].k > a[i].k) {
			t.Fatalf("at %d: generic %d, concrete %d", i, a[i].k, b[i].k)
		}
	}
}

// lessIface is an interface type argument: sortGeneric[lessIface] shares
// the instantiation of every interface shape, and its Less calls go through
// the dictionary and then the itab; the copy calls through the itab only.
type lessIface interface{ Less(lessIface) bool }

type ikey int

func (a ikey) Less(b lessIface) bool { return a < b.(ikey) }

//go:noinline
func sortIfaceConcrete(xs []lessIface) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// BenchmarkPremiseInterfaceArg measures the interface case, which the
// analyzer leaves out.
func BenchmarkPremiseInterfaceArg(b *testing.B) {
	src := premiseInput()
	in := make([]lessIface, len(src))
	for i, x := range src {
		in[i] = ikey(x.k)
	}
	b.Run("generic", sortBench(in, sortGeneric[lessIface]))
	b.Run("concrete", sortBench(in, sortIfaceConcrete))
}
