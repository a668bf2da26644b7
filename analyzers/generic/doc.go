// Package generic defines an analyzer that points at generic code worth
// specialising with hpgen.
//
// # Analyzer generic
//
// generic: report generic code worth specialising with hpgen specialize
//
// Go compiles generic code by GC shape: every pointer type argument, and
// every interface, shares one instantiation that reaches the methods of a
// type parameter through a dictionary. A call such as x.Less(y) on a value
// of type parameter type is then an indirect call that is never inlined.
// In a loop (a heap's sift-down, a sort's partition) that costs more than
// the comparison itself. On Go 1.26 (amd64, CPU time per op, median of
// 10): insertion-sorting 1000 *item values by a Less method took 769 µs
// generic against 223 µs with *item written in, 3.4x (premise_test.go);
// hpgen's copies of a heap of 1k *Item ran 2.0x faster and of a quicksort
// 3.3x (examples/generic; docs/results/specialize.md). go build -S shows
// the generic Less call as CALL CX (R_CALLIND); -gcflags=-m shows
// "inlining call to (*Item).Less" only in the copies.
//
// The analyzer reports a generic function or type whose code calls a
// method of a type parameter inside a loop (directly, or through generic
// functions of the same package it passes the type parameter to) when it
// is instantiated with a pointer type argument whose method is small
// enough to inline (straight-line code of a few statements): that is where
// the direct call pays. In the declaring package it reports at the
// declaration; in another package at the instantiation, and only when the
// generic's package can name the type argument (otherwise no directive
// could express the copy).
//
//	type Heap[T Lesser[T]] struct{ items []T }  // down() calls items[j].Less(items[i]) in a loop
//	var h Heap[*Item]
//
// The fix is to let hpgen write the concrete copy and use it:
//
//	//hpgen:specialize T=*Item
//	type Heap[T Lesser[T]] struct{ items []T }  // go generate writes HeapItem
//
// Not reported: value type arguments (int, a struct), which get their own
// shape for operators; interface type arguments, whose copy still makes a
// dynamic call (measured 1.4x, 1180 µs against 863 µs in the same sort:
// real but too small to ask for a directive by default); methods that do real work
// (loops, calls of any size beyond the inlining budget), where the
// dictionary's nanoseconds are noise, as in crypto/ecdsa's retry loops
// around ScalarBaseMult; calls in a function literal made inside a loop
// (it may run once, or never); declarations that already carry an
// //hpgen:specialize directive; instantiations in generated files and in
// test files outside Benchmark functions. There is no suggested fix: the
// copy is written by go generate, and callers choose to use it.
package generic
