package a

import (
	"bytes"
	"sort"
	"strings"
	"sync"
)

// unknown does nothing, so it is proven read-only and does not block
// hoisting (see pureEmptyCall in a.go); sort.Ints is outside the package and
// not in the table.
func unknown(xs []int) { sort.Ints(xs) }

var counts = map[string]int{}

// nope: the map is written in the loop.
func storeInLoop(m map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		t += m["a"]
		m["a"] = x
	}
	return t
}

// nope: another map of the same type may be the same map.
func aliasMap(m, other map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		t += m["a"]
		other["a"] = x
	}
	return t
}

// nope: delete writes the map.
func deleteInLoop(m map[string]int, keys []string) int {
	t := 0
	for _, k := range keys {
		t += m["a"]
		delete(m, k)
	}
	return t
}

// nope: a call to an unknown function may write the global map.
func unknownCall(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x * counts["a"]
		unknown(xs)
	}
	return t
}

// nope: a call through an interface may write anything.
func interfaceCall(m map[string]int, xs []int, w interface{ Write([]byte) (int, error) }) int {
	t := 0
	for _, x := range xs {
		t += x * m["a"]
		w.Write(nil)
	}
	return t
}

// nope: the key is the loop variable.
func loopVarKey(m map[string]int, keys []string) int {
	t := 0
	for _, k := range keys {
		t += m[k]
	}
	return t
}

// nope: the key changes with the loop.
func loopCounterArg(xs []float64) float64 {
	t := 0.0
	for i := range xs {
		t += float64(len(strings.Repeat("x", i)))
	}
	return t
}

// nope: a closure called in the loop writes the map.
func closureWrites(m map[string]int, xs []int) int {
	t := 0
	bump := func() { m["a"]++ }
	for range xs {
		t += m["a"]
		bump()
	}
	return t
}

// nope: a goroutine started in the loop may write the map.
func goroutine(m map[string]int, xs []int) int {
	t := 0
	var wg sync.WaitGroup
	for range xs {
		t += m["a"]
		wg.Go(func() {})
	}
	wg.Wait()
	return t
}

// nope: go statement in the loop.
func goStmt(m map[string]int, xs []int) int {
	t := 0
	for range xs {
		t += m["a"]
		go func() { m["a"] = 1 }()
	}
	return t
}

// nope: a channel receive synchronises with writers elsewhere.
func chanOp(m map[string]int, ch chan int) int {
	t := 0
	for x := range ch {
		t += x * m["a"]
	}
	for i := 0; i < 10; i++ {
		t += m["b"]
		<-ch
	}
	return t
}

// nope: a lock in the loop.
func locked(mu *sync.Mutex, m map[string]int, xs []int) int {
	t := 0
	for range xs {
		mu.Lock()
		t += m["a"]
		mu.Unlock()
	}
	return t
}

// nope: a pointer store may change the field the chain reads (-loads).
type node struct {
	next *node
	val  int
}

func pointerAlias(n *node, p *int, xs []int) int {
	t := 0
	for _, x := range xs {
		*p = x
		t += n.next.val
	}
	return t
}

// nope: a same-package function that writes is not pure.
var calls int

func counted(s string) string { calls++; return strings.ToLower(s) }

func impureCall(words []string, k string) int {
	c := 0
	for _, w := range words {
		if w == counted(k) {
			c++
		}
	}
	return c
}

// nope: the lookup runs only on some iterations.
func conditional(m map[string]int, xs []int) int {
	t := 0
	for _, x := range xs {
		if x > 100 {
			t += m["a"]
		}
	}
	return t
}

// nope: a result holding a slice is mutated, so each iteration needs its own.
func mutatedResult(s string, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		parts := strings.Fields(s)
		parts[0] = "x"
		t += len(parts[0])
	}
	return t
}

// nope: cheap or not in the table (inlined or a single instruction).
func cheap(s string, xs []string) int {
	c := 0
	for _, x := range xs {
		if strings.HasPrefix(x, s) {
			c++
		}
	}
	return c
}

// nope: a single field load (off by default anyway) and a map that the loop
// fills.
func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = len(m)
	}
}

// nope: a store through a pointer of the map variable's type may replace
// the map that (*mp)["a"] reads.
func mapPointerAlias(mp, q *map[string]int, other map[string]int, xs []int) int {
	t := 0
	for range xs {
		t += (*mp)["a"]
		*q = other
	}
	return t
}

// nope: a closure that reads and writes a captured map variable.
func closureReassigns(xs []int) int {
	m := map[string]int{"a": 1}
	t := 0
	swap := func() { m = map[string]int{"a": 2} }
	for range xs {
		t += m["a"]
		swap()
	}
	return t
}

// nope: bytes.ToLower reads b, which the loop writes.
func bytesWritten(b []byte, xs []int) int {
	t := 0
	for i := range xs {
		b[0] = byte(i)
		t += len(bytes.ToLower(b))
	}
	return t
}

// nope: a goto loop inside a range loop. m[k] does not change while the goto
// loop retries, but it does across the range loop, which a report would
// have described ("len(keys) times", "k does not change").
func gotoInRange(m map[string]int, keys []string) int {
	s := 0
	for _, k := range keys {
		n := 0
	again:
		s += m[k]
		n++
		if n < 3 {
			goto again
		}
	}
	return s
}

// nope: a goto retry loop on its own runs a few times.
func gotoRetry(off, sym string) string {
again:
	if strings.Contains(off, "=") && len(sym) > 1 {
		sym = sym[1:]
		goto again
	}
	return sym
}

// A call made for its effect (no result, or the result dropped) is not a
// hoisting candidate even when the callee only reads and allocates: once
// instead of n times is not the same program, and "x := f()" would not
// compile for a function without results. (Found in $GOROOT/test/gc.go.)
func allocOnly() { b := make([]byte, 1000); _ = b }

func touch() { allocOnly() }

func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func callForEffect(xs []int, n int) {
	for i := 0; i < n; i++ {
		touch()
		total(xs)
	}
}
