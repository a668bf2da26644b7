package doublelookup

import (
	"log"
	"sync"
)

// One hash operation each in Go 1.26 (checked with go build -gcflags=-S).
func oneOp(m map[string]int, ms map[string][]int, k string) {
	m[k] += 2                // one mapassign
	m[k]++                   // one mapassign
	ms[k] = append(ms[k], 1) // one mapassign: the compiler reuses the slot
	if _, ok := m[k]; !ok {  // a read, then on the miss path a write:
		m[k] = 1 // nothing to reuse
	}
	m[k] = 2 + m[k] // not m[k] op= 2 for every op (string +); not reported
}

// The map changes between the reads.
func writeBetween(m map[string]int, k string) int {
	if _, ok := m[k]; ok {
		m["x"] = 1
		return m[k]
	}
	return 0
}

// The key changes between the reads.
func keyChanges(m map[string]int, k string) int {
	v := m[k]
	k = "other"
	return v + m[k]
}

// The holder changes between the reads.
func holderChanges(m map[string]int, k string) int {
	v := m[k]
	v = 3
	return v + m[k]
}

// A call between the reads may change the map (it may hold an alias).
func callBetween(m map[string]int, k string, f func()) int {
	if _, ok := m[k]; ok {
		f()
		return m[k]
	}
	return 0
}

// Another map of the same type may be the same map.
func aliasStore(m, other map[string]int, k string) int {
	v := m[k]
	other[k] = 5
	return v + m[k]
}

// A loop that changes the map runs before the next read on its next turn.
func loopWrites(m map[string]int, k string, keys []string) int {
	v := m[k]
	for _, x := range keys {
		_ = m[k]
		m[x] = 1
	}
	return v
}

// Locking is a call: another goroutine may write between.
func locked(mu *sync.Mutex, m map[string]int, k string) int {
	mu.Lock()
	v := m[k]
	mu.Unlock()
	mu.Lock()
	defer mu.Unlock()
	return v + m[k]
}

// Channel operations synchronise with writers.
func recvBetween(m map[string]int, k string, ch chan int) int {
	v := m[k]
	<-ch
	return v + m[k]
}

// Go leaves the order of the read and a later call in one statement open.
func sameStatementCall(m map[string]int, k string, f func() int) int {
	v := m[k]
	return m[k] + f() + v
}

// Reads inside closures run later, if at all.
func closure(m map[string]int, k string) func() int {
	v := m[k]
	return func() int { return v + m[k] }
}

// Different keys, different maps.
func different(m, n map[string]int, a, b string) int {
	v := m[a]
	return v + m[b] + n[a]
}

// A key built by a call is not known to be the same.
func callKey(m map[string]int, f func() string) int {
	v := m[f()]
	return v + m[f()]
}

// The address of the key escapes: a store through a pointer may change it.
func addrKey(m map[string]int, k string) int {
	p := &k
	v := m[k]
	*p = "x"
	return v + m[k]
}

// The else branch is not reused: the value there is the zero value anyway.
func elseBranch(m map[string]int, k string) int {
	if _, ok := m[k]; ok {
		return 1
	} else {
		return m[k]
	}
}

// The holder is an interface: it cannot stand in for the int.
func ifaceHolder(m map[string]int, k string) any {
	var x any
	x = m[k]
	return x.(int) + m[k]
}

// Type parameters with a map core type are left alone.
func generic[M ~map[string]int](m M, k string) int {
	v := m[k]
	return v + m[k]
}

// goto makes source order meaningless.
func withGoto(m map[string]int, k string) int {
	v := m[k]
	if v > 0 {
		goto end
	}
end:
	return v + m[k]
}

// A later call in the same condition may run before the second read.
func condCall(m map[string]int, k string, f func() int) bool {
	if _, ok := m[k]; ok && m[k] > f() {
		return true
	}
	return false
}

// A second lookup on the way out runs at most once: in the arguments of a
// panic or log.Fatal, or in a block that ends in one. (Found in
// $GOROOT/test/map.go: if m[i] != want { panic(fmt.Sprint(m[i])) }.)
func onTheWayOut(m map[int]int, n int) int {
	if m[1] != 0 {
		panic(m[1])
	}
	v := m[2]
	if v < 0 {
		log.Fatalf("m[2] = %d", m[2])
	}
	if m[3] > n {
		log.Print(m[3])
		panic("too big")
	}
	return v
}
