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
// BenchmarkMapInsert in premise_test.go, medians of 6 runs on a shared,
// noisy machine): COSTS
//
// Slices are reported when they are declared as var s []T, s := []T{} or
// s := make([]T, 0), and the next statement that mentions them is a loop
// that appends exactly one element per iteration. The loop must be a for
// range over a slice, array, string, map or integer, or a counted
// for i := a; i < b; i++ whose bound does not change in the loop. When the
// append is guarded (by if or continue), so that it runs at most once per
// iteration, the slice is reported only for a range over a slice, array,
// string or map, whose length is an upper bound (check prealloc.filter);
// this fix trades memory for speed and is marked for review, so go fix
// does not apply it unattended. Maps made with map[K]V{} or make(map[K]V)
// are reported when every iteration inserts exactly once with m[k] = v
// (check prealloc.map).
//
// Not reported: loops that break, return, goto or jump to an outer label;
// several appends per iteration, or appends inside a nested loop; slices
// appended with x..., or resliced, reassigned, passed on, captured by a
// closure or addressed in the loop; slices or maps filled again after the
// loop, or touched between the declaration and the loop; loops over
// channels and functions; slices and maps that already have a capacity.
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
