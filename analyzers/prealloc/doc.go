// Package prealloc defines an Analyzer that reports slices and maps filled
// in a loop whose trip count is known before the loop starts, but created
// without a capacity or size hint.
//
// # Analyzer prealloc
//
// prealloc: report slices and maps grown in a loop of known length
//
// A slice that starts empty and grows by append reallocates and copies its
// elements each time it outgrows its capacity; a map that starts without a
// size hint rehashes as it grows. When the loop's trip count is known
// before it starts, one allocation of the right size does the same work.
//
// Before:
//
//	var out []Row
//	for _, r := range rows {
//		out = append(out, r.normalize())
//	}
//
// After:
//
//	out := make([]Row, 0, len(rows))
//	for _, r := range rows {
//		out = append(out, r.normalize())
//	}
//
// Measured cost on Go 1.26 (amd64, BenchmarkSliceAppend and
// BenchmarkMapInsert in premise_test.go, medians of 6 runs side by side on
// a shared 2-core machine while others compiled, so treat as rough):
//
//	[]int, n elements     growing by append          make([]int, 0, n)
//	n = 10                120 ns,  2 allocs, 192 B     58 ns, 1 alloc,  80 B
//	n = 100               1.1 µs,  5 allocs, 1984 B   340 ns, 1 alloc, 896 B
//	n = 1000              7.2 µs,  9 allocs, 25 KB    2.6 µs, 1 alloc, 8 KB
//	n = 100000            2.0 ms, 25 allocs, 4.1 MB   0.12 ms, 1 alloc, 0.8 MB
//
//	map[int]int, n keys   make(map[int]int)          make(map[int]int, n)
//	n = 100               6.4 µs, 11 allocs           2.3 µs,  4 allocs
//	n = 1000              79 µs,  22 allocs, 74 KB    27 µs,   6 allocs, 37 KB
//	n = 100000            8.5 ms, 532 allocs          3.9 ms, 258 allocs
//
// That is 2x to 3x the time and about 3x the bytes for a slice of 1000,
// and 2.9x the time for a map of 1000. The first few appends cost less
// than the table suggests for tiny slices: Go 1.26 can back the first
// growth of a non-escaping slice with a small stack buffer.
//
// Slices are reported when they are declared as var s []T, s := []T{} or
// s := make([]T, 0), and the next statement that mentions them is a loop
// that appends exactly one element per iteration. The loop must be a for
// range over a slice, array, string, map or integer, or a counted
// for i := a; i < b; i++ whose bound does not change in the loop. When the
// append is guarded (by if or continue), so that it runs at most once per
// iteration, the length of a ranged slice, array, string or map is an
// upper bound; that check, prealloc.filter, is off by default and turned
// on with -prealloc.filter, because in the standard library most such
// loops keep few of many elements (a line table sized by the bytes of a
// file, lists that partition their input). Its fix trades memory for speed
// and is marked for review, so go fix never applies it unattended. Maps
// made with map[K]V{} or make(map[K]V) are reported when every iteration
// inserts exactly once with m[k] = v (check prealloc.map).
//
// In _test.go files only the timed loop of a Benchmark (for b.Loop(), or
// a loop to b.N) is checked: setup code is not measured, and a benchmark
// that fills a map inside its timed loop may be measuring that growth on
// purpose. -prealloc.tests checks all test code.
//
// Not reported: loops that break, return, goto or jump to an outer label;
// several appends per iteration, or appends inside a nested loop; slices
// appended with x..., or resliced, reassigned, passed on, captured by a
// closure or addressed in the loop; slices or maps filled again after the
// loop, or touched between the declaration and the loop; loops over
// channels and functions; slices and maps that already have a capacity;
// maps that collect the distinct values of an expression other than a loop
// variable (seen[e.Method] = true or struct{}{}), whose keys repeat, so the
// trip count can far exceed the size; maps read in the loop at the key they
// are filled at (m[k] = append(m[k], v), m[k] = m[k] + n): they aggregate
// by key, and keys are expected to repeat.
//
// When the count cannot be evaluated at the declaration (a name in it is
// declared later, or a statement in between could change it, such as a
// lock taken before the loop), the advice is to make the slice just before
// the loop (s = make([]T, 0, n)). The fix then moves the declaration down
// to the loop (s := make([]T, 0, n), with its line comment): nothing in
// between mentions the slice, so only its capacity changes. It is not
// offered when a goto in between could jump over the moved declaration, a
// comment sits above the declaration or inside it, the loop's init
// statement mentions the count, or the count names something else at the
// loop.
//
// The suggested fix rewrites the declaration to make([]T, 0, n) or
// make(map[K]V, n); it never uses make([]T, n), which would keep n zero
// values in front of the appended ones. The fix is offered only when the
// program cannot behave differently. A var s []T is nil until the first
// append, while make returns an empty non-nil slice, so for var
// declarations the fix is offered only when every later use of the slice
// (len, cap, indexing, range, copy, sorting, strings.Join, ...) treats nil
// and empty alike; a slice that is returned, stored, compared with nil or
// passed to encoding/json or reflect is reported without a fix. The fix is
// also withheld when the count could be negative (make would panic where
// the loop would not run), or when it would mean something else, or could
// panic, at the declaration.
//
// Since: v0.1.0. Default: on.
package prealloc
