// Package mapmisuse defines an analyzer that reports map uses that cost
// more than they need to: the dictionary chapter of High Performance Python,
// brought to Go and checked against what the Go 1.26 compiler emits.
//
// # Analyzer mapmisuse
//
// mapmisuse: report double map lookups, scans for one key, keys that never hit
//
// Each check has a stable ID mapmisuse.<check> for //hpvet:ignore. Figures
// are medians of 10 runs (6 for rangedelete) of premise_test.go on Go 1.26
// (amd64, a shared and noisy 2-core machine; the runs and the
// standard-library sample are in the results note for this analyzer under
// docs/results/).
//
// mapmisuse.doublelookup (on): the same map and key read twice with nothing in
// between that could change the map, the key or the variable holding the
// first result. Each read is a separate hash lookup (mapaccess call in
// `go build -gcflags=-S`); measured 33 vs 20 ns per pair of lookups on 1000
// string keys. The fix reuses the first result:
//
//	if _, ok := m[k]; ok { use(m[k]) }   →  if v, ok := m[k]; ok { use(v) }
//	if m[k] != nil { use(m[k]) }         →  if v := m[k]; v != nil { use(v) }
//	v := m[k]; ...; use(m[k])            →  v := m[k]; ...; use(v)
//	m[k] = m[k] + x                      →  m[k] += x   (52 vs 17 ns)
//
// TestPremiseCompilerOutput checks these call counts on the toolchain that
// runs the tests. Not reported, because Go 1.26 does them in one hash
// operation or they are not two reads: m[k] op= x and m[k]++ (one
// mapassign), m[k] = append(m[k], x) (one mapassign), and check-then-insert
// on the miss path
// (if _, ok := m[k]; !ok { m[k] = v }: a read and a write). Any call other
// than a pure builtin or conversion, channel operation, store to a map of
// the same type, store to the variables of the key expression, goto or
// defer between the two reads ends the search; loops between them count
// only if nothing in them could change the map. A read in the same
// statement as a later call is not reused, since Go leaves their order
// open. Not reported either when every later read is on the way out: an
// argument of panic, os.Exit, a call named Fatal... or the like, or in a block that ends
// in one (if m[k] != want { panic(m[k]) }); it runs at most once. No fix
// when the second read is a comma-ok read, or the hoisted read sits right
// of && or ||.
//
// mapmisuse.rangelookup (on): a loop over a map whose only statement compares
// the key with a value x that the loop does not change, or whose if body
// leaves the loop (for k, v := range m { if k == x { ...; return } }). The
// loop visits every entry; a lookup does not (measured 4.7 µs vs 14 ns at
// 1000 keys, 89 vs 10 ns at 10). The fix rewrites it to
// if v, ok := m[x]; ok { ... }, with k replaced by x, when the body has no
// break or continue for the loop except a final break, and k is unused or
// both: x cannot change in the body, and the key type has no floats (where
// k and x can be equal but differ, +0 and -0). Keys with interfaces are not
// reported: == and hashing disagree on non-comparable dynamic types.
//
// mapmisuse.pointerkey (on, a bug): m[&T{...}], m[new(T)] and delete(m, &T{...}) on a
// map with pointer keys, or with interface keys (the interface then holds the
// new pointer). A new pointer equals no stored key, so the lookup
// never hits; this is the Go form of the book's Point(1, 1) in set surprise.
// Key the map by T. Pointers to zero-size types are not reported (they may
// compare equal).
//
// mapmisuse.concatkey (fmt.Sprint* keys on; concatenation off, -mapmisuse.concatkey):
// a lookup whose string key is built on the spot. m[fmt.Sprintf("%s:%d", a, b)]
// allocates on every lookup (1 allocation; 127 vs 20 ns against a struct key
// of the parts). For m[a+":"+b] the Go 1.26 compiler concatenates a lookup
// key of up to 32 bytes into a stack buffer, so short lookups do not
// allocate (40 vs 20 ns against a struct key); longer keys do. Stores are not
// reported: a string-keyed map needs the string once per entry anyway.
// Concatenation is off by default: in the standard library most such keys
// are names that must stay strings (3 of 15 in std and cmd would take a
// struct key).
//
// mapmisuse.denseintkey (on, -mapmisuse.denseintkey=false to turn off): a local map with
// integer keys whose every store is keyed by the variable of a counted loop
// from 0 (for i := 0; i < n; i++, for i := range n, or the index of a range
// over a slice or array), once per iteration, and which is never deleted
// from or passed on. A slice does the same without hashing: measured 7.5 vs
// 1.4 ns per read and 35.5 vs 8.5 B per entry for map[int]int. Not
// reported in _test.go files, Benchmark bodies included: there the map is
// usually what is measured (all three standard-library findings were such).
//
// mapmisuse.boolset (off, -mapmisuse.boolset): a map[K]bool variable or field, all of
// whose uses the package can see, whose every store is true and which is
// never ranged with its value: it is a set. map[K]struct{} saves the bool and
// its padding in every slot (measured at 65,536 entries: 4.0 B/entry for
// int32 keys, 7.3 for int64, 8.0 for pointers, 16 for strings; 21-30% of the
// map). It is off by default because `if seen[k]` reads better than the
// comma-ok form, and most such sets in real code are small: of 10 sampled
// from the 262 (now 273) in std and cmd, 2 would be worth the patch.
//
// mapmisuse.rangedelete (only where the compiler cannot help):
// for k := range m { delete(m, k) } is compiled to one runtime.mapclear call,
// exactly like clear(m), whenever == on the key type is reflexive; the
// premise that it is slow does not hold there and it is not reported. For
// float, complex and interface keys the compiler keeps the loop (measured
// 113 vs 49 µs to refill and empty 1000 float64 keys), and the loop cannot
// delete NaN keys at all. The fix, clear(m), is marked for review because
// it also removes NaN keys.
//
// Nothing is reported in generated files, or in _test.go files outside
// Benchmark functions unless -mapmisuse.tests is set.
package mapmisuse
