package a

import (
	"encoding/json"
	"reflect"
	"sync"
)

// Findings without a fix: the rewrite could change what the program does.
// (nofix.go has no .golden file: a fix here would fail the test.)

func returned(rows []Row) []string {
	var out []string // want `out grows by append in a loop of len\(rows\) iterations, reallocating and copying as it grows; preallocate: make\(\[\]string, 0, len\(rows\)\) \(out is nil when the loop adds nothing; no fix offered because later code may tell nil from empty\)`
	for _, r := range rows {
		out = append(out, r.Name)
	}
	return out // nil for no rows; make would return an empty non-nil slice
}

func marshalled(rows []Row) ([]byte, error) {
	var ids []string // want `ids grows by append`
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return json.Marshal(ids) // null versus []
}

func comparedNil(rows []Row) bool {
	var ids []string // want `ids grows by append`
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids == nil
}

func deepEqual(rows []Row, want []string) bool {
	var ids []string // want `ids grows by append`
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return reflect.DeepEqual(ids, want)
}

type holder struct{ ids []string }

func stored(h *holder, rows []Row) {
	var ids []string // want `ids grows by append`
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	h.ids = ids
}

// n may be negative: range n runs no iterations, make would panic.
func negativeCount(n int) []int {
	out := []int{} // want `out grows by append in a loop of n iterations`
	for i := range n {
		out = append(out, i)
	}
	return out
}

func offsetCount(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of len\(xs\)-1 iterations`
	for i := 1; i < len(xs); i++ {
		out = append(out, xs[i]-xs[i-1])
	}
	return out
}

type bag struct{ items []int }

// The count is declared after the slice: the advice is to make the slice
// just before the loop, and there is no fix.
func declaredLaterAddrs(n int, parse func(int) uint64) []uint64 {
	var out []uint64 // want `out grows by append in a loop of len\(addrs\) iterations, reallocating and copying as it grows; preallocate just before the loop: out = make\(\[\]uint64, 0, len\(addrs\)\)`
	addrs := make([]uint64, n)
	for i := range addrs {
		addrs[i] = parse(i)
	}
	for _, a := range addrs {
		out = append(out, a+1)
	}
	return out
}

type guarded struct {
	mu    sync.Mutex
	conns map[*Row]struct{}
}

// A lock is taken between the declaration and the loop: the count would be
// read outside it.
func (g *guarded) snapshot() []*Row {
	var rows []*Row // want `rows grows by append in a loop of len\(g.conns\) iterations, reallocating and copying as it grows; preallocate just before the loop: rows = make\(\[\]\*Row, 0, len\(g.conns\)\)`
	g.mu.Lock()
	for r := range g.conns {
		rows = append(rows, r)
	}
	g.mu.Unlock()
	return rows
}
