package generic

import (
	"bytes"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/hpgo/hpgo/internal/specialize"
)

// TestGenerated fails when zspecialized.go is not what hpgen would write
// now, so the copies cannot drift from the generic code.
func TestGenerated(t *testing.T) {
	want, err := specialize.Generate(specialize.Config{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(specialize.DefaultOut)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale; run: go generate ./examples/generic", specialize.DefaultOut)
	}
}

func items(n int, seed uint64) []*Item {
	r := rand.New(rand.NewPCG(seed, 0))
	out := make([]*Item, n)
	for i := range out {
		k := r.IntN(n/2 + 1) // duplicates on purpose
		out[i] = &Item{Key: k, Value: strconv.Itoa(i)}
	}
	return out
}

func keys(xs []*Item) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x.Key
	}
	return out
}

func TestHeapAgrees(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 100, 1000} {
		in := items(n, uint64(n))
		var g Heap[*Item]
		var s HeapItem
		for _, x := range in {
			g.Push(x)
			s.Push(x)
		}
		var gk, sk []int
		for g.Len() > 0 {
			gk = append(gk, g.Pop().Key)
		}
		for s.Len() > 0 {
			sk = append(sk, s.Pop().Key)
		}
		if !slices.Equal(gk, sk) || !slices.IsSorted(gk) || len(gk) != n {
			t.Errorf("n=%d: generic %v, specialised %v", n, gk, sk)
		}
	}
}

func TestSortAgrees(t *testing.T) {
	for _, n := range []int{0, 1, 2, 12, 13, 100, 1000} {
		a, b, c := items(n, 7), items(n, 7), items(n, 7)
		Sort(a)
		SortItem(b)
		SortDispatch(c)
		if !slices.IsSorted(keys(a)) || !slices.Equal(keys(a), keys(b)) || !slices.Equal(keys(a), keys(c)) {
			t.Errorf("n=%d: Sort %v, SortItem %v, SortDispatch %v", n, keys(a), keys(b), keys(c))
		}
	}
}

// A type the dispatcher has no copy for takes the generic path.
type rev int

func (a rev) Less(b rev) bool { return a > b }

func TestSortDispatchFallback(t *testing.T) {
	xs := []rev{3, 1, 2, 5, 4, 9, 8, 7, 6, 10, 11, 12, 13, 14, 0}
	SortDispatch(xs)
	if !slices.IsSortedFunc(xs, func(a, b rev) int { return int(b - a) }) {
		t.Errorf("SortDispatch[rev] = %v, want decreasing", xs)
	}
}

func TestSearchAgrees(t *testing.T) {
	fs := []float64{-1, 0, 0, 2.5, 3, 3, 10}
	ss := []string{"", "a", "b", "b", "zz"}
	for _, x := range []float64{-2, -1, 0, 1, 3, 11} {
		if g, s := Search(fs, x), SearchFloat64(fs, x); g != s {
			t.Errorf("Search(%v) = %d, SearchFloat64 = %d", x, g, s)
		}
	}
	for _, x := range []string{"", "a", "aa", "b", "c", "zzz"} {
		if g, s := Search(ss, x), SearchString(ss, x); g != s {
			t.Errorf("Search(%q) = %d, SearchString = %d", x, g, s)
		}
	}
}

func TestSumAgrees(t *testing.T) {
	for n := range 20 {
		xs := make([]float64, n)
		cs := make([]Celsius, n)
		for i := range xs {
			xs[i] = float64(i) * 0.1
			cs[i] = Celsius(xs[i])
		}
		if g, s := Sum(xs), SumFloat64(xs); g != s {
			t.Errorf("n=%d: Sum %v, SumFloat64 %v", n, g, s)
		}
		if g, s := Sum(cs), SumCelsius(cs); g != s {
			t.Errorf("n=%d: Sum[Celsius] %v, SumCelsius %v", n, g, s)
		}
	}
}
