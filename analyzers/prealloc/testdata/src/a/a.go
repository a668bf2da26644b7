// Package a holds prealloc findings that come with a fix.
package a

import (
	"sort"
	"strings"
)

type Row struct{ ID, Name string }

func (r Row) normalize() Row { return Row{ID: strings.ToLower(r.ID), Name: r.Name} }

func names(rows []Row) string {
	var out []string // want `out grows by append in a loop of len\(rows\) iterations, reallocating and copying as it grows; preallocate: make\(\[\]string, 0, len\(rows\)\)`
	for _, r := range rows {
		out = append(out, r.Name)
	}
	sort.Strings(out) // nil and empty sort alike
	return strings.Join(out, ",")
}

func normalized(rows []Row) []Row {
	out := []Row{} // want `out grows by append in a loop of len\(rows\) iterations`
	for _, r := range rows {
		out = append(out, r.normalize())
	}
	return out // already non-nil: returning it is fine
}

func makeZero(n int) []int {
	sq := make([]int, 0) // want `sq grows by append in a loop of 16 iterations`
	for i := 0; i < 16; i++ {
		sq = append(sq, i*i)
	}
	return sq
}

func countedLen(xs []float64) []float64 {
	ys := []float64{} // want `ys grows by append in a loop of len\(xs\) iterations`
	for i := 0; i < len(xs); i++ {
		ys = append(ys, xs[i]*2)
	}
	return ys
}

func inclusive() []int {
	ys := []int{} // want `ys grows by append in a loop of 11 iterations`
	for i := 0; i <= 10; i++ {
		ys = append(ys, i)
	}
	return ys
}

func rangeInt() []int {
	ys := []int{} // want `ys grows by append in a loop of 8 iterations`
	for i := range 8 {
		ys = append(ys, i)
	}
	return ys
}

func rangeIntLen(xs []int) []int {
	ys := []int{} // want `ys grows by append in a loop of len\(xs\) iterations`
	for i := range len(xs) {
		ys = append(ys, xs[i])
	}
	return ys
}

func rangeMap(m map[string]int) []string {
	keys := make([]string, 0) // want `keys grows by append in a loop of len\(m\) iterations`
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func rangeArray(a [4]int) int {
	var doubled []int // want `doubled grows by append in a loop of len\(a\) iterations`
	for _, v := range a {
		doubled = append(doubled, 2*v)
	}
	return len(doubled) // len is the same for nil and empty
}

func rangeString(s string) []rune {
	rs := []rune{} // want `rs grows by append in a loop of up to len\(s\) iterations`
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

func rangeField(t struct{ items []int }) []int {
	out := []int{} // want `out grows by append in a loop of len\(t.items\) iterations`
	for _, v := range t.items {
		out = append(out, v)
	}
	return out
}

// The append is the only one on every path: if/else both append.
func bothBranches(xs []int) []string {
	out := []string{} // want `out grows by append in a loop of len\(xs\) iterations`
	for _, x := range xs {
		if x < 0 {
			out = append(out, "neg")
		} else {
			out = append(out, "pos")
		}
	}
	return out
}

// A switch with a default appends once on every path.
func switchAll(xs []int) []string {
	out := []string{} // want `out grows by append in a loop of len\(xs\) iterations`
	for _, x := range xs {
		var s string
		switch {
		case x < 0:
			s = "neg"
		case x == 0:
			s = "zero"
			break // leaves the switch, not the loop
		default:
			s = "pos"
		}
		out = append(out, s)
	}
	return out
}

// A path that panics does not finish the iteration.
func panics(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of len\(xs\) iterations`
	for _, x := range xs {
		if x < 0 {
			panic("negative")
		}
		out = append(out, x)
	}
	return out
}

func maps(rows []Row) map[string]Row {
	byID := map[string]Row{} // want `byID grows by insert in a loop of len\(rows\) iterations, rehashing as it grows; preallocate: make\(map\[string\]Row, len\(rows\)\)`
	for _, r := range rows {
		byID[r.ID] = r
	}
	return byID
}

func mapMake(n int) map[int]bool {
	seen := make(map[int]bool) // want `seen grows by insert in a loop of n iterations`
	for i := 0; i < n; i++ {
		seen[i] = true
	}
	return seen // a negative n gives an empty map either way
}

// Statements in between that do not touch the slice or the count.
func between(rows []Row, prefix string) []string {
	out := []string{} // want `out grows by append in a loop of len\(rows\)`
	prefix = strings.ToUpper(prefix)
	for _, r := range rows {
		out = append(out, prefix+r.Name)
	}
	return out
}

// Reads of the slice in the loop leave it alone.
func reads(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of len\(xs\) iterations`
	for i, x := range xs {
		if i > 0 && len(out) > 0 {
			x += out[i-1]
		}
		out = append(out, x)
	}
	return out
}

func labelled(xs []int) []int {
	out := []int{} // want `out grows by append in a loop of len\(xs\) iterations`
loop:
	for _, x := range xs {
		if x < 0 {
			out = append(out, 0)
			continue loop
		}
		out = append(out, x)
	}
	return out
}

// The slice is sorted with a closure after the loop: reads only.
func sortedAfter(rows []Row) []string {
	var ids []string // want `ids grows by append in a loop of len\(rows\) iterations`
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		println(id)
	}
	return nil
}

type table struct{ counts map[string]int }

type event struct{ table *table }

// A field path through pointers, right before the loop: the count means
// the same at the declaration.
func nestedField(e *event) map[string]int {
	m := make(map[string]int) // want `m grows by insert in a loop of len\(e.table.counts\) iterations`
	for k, v := range e.table.counts {
		m[k+"!"] = v
	}
	return m
}

type op struct{ args []*op }

// A read of other keys in the loop checks earlier entries; the keys
// inserted are the ranged elements, one per iteration.
func hashOps(ops []*op) map[*op]uint64 {
	hashes := make(map[*op]uint64) // want `hashes grows by insert in a loop of len\(ops\) iterations`
	for i, o := range ops {
		for _, a := range o.args {
			if _, ok := hashes[a]; !ok {
				panic("ops not in dependency order")
			}
		}
		hashes[o] = uint64(i)
	}
	return hashes
}
