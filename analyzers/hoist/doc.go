// Package hoist defines an analyzer that finds work repeated on every
// iteration of a loop although its result cannot change while the loop runs.
//
// # Analyzer hoist
//
// hoist: report loop-invariant map lookups and pure calls worth hoisting
//
// The Go compiler has no loop-invariant code motion for map lookups or
// calls: it cannot prove that a package-level map, or the memory a function
// reads, is unchanged across a store or a call. So this loop hashes "a" and
// probes the map a thousand times:
//
//	for _, x := range xs {
//		t += x * prices["a"]
//	}
//
// and this one does one lookup:
//
//	p := prices["a"]
//	for _, x := range xs {
//		t += x * p
//	}
//
// The analyzer works on SSA: it finds natural loops (back edges to a
// dominating header), then values computed in a loop whose operands are
// defined outside it or are invariant themselves, and whose memory nothing
// in the loop can write. Writes are decided conservatively and by type: a
// store through a *T may change any T, a map update any map of its type;
// a call to a function that is neither in the table of pure standard
// library functions nor a function of the same package proven read-only
// from its SSA, a channel operation, a go or defer statement, make every
// value that reads memory variant. Functions that convert unsafe.Pointer
// are not analysed. A value is reported at the outermost loop in which it
// is invariant and runs on every iteration, and only the largest costly
// expression is reported, not its parts.
//
// Checks (the category is the suffix of the check ID, hoist.maplookup):
//
//   - maplookup: a map lookup with an invariant map and key, where nothing
//     in the loop can write a map of that type.
//   - purecall: a call with invariant arguments to a pure function: a table
//     of strings, bytes, strconv, unicode/utf8, math and regexp functions
//     that scan, allocate or are not inlined, and functions of the same
//     package whose SSA shows they write no memory the caller can see and
//     loop, allocate or call something costly. A call whose result holds
//     pointers, slices or maps is reported only when the loop uses nothing
//     but its len or cap, since hoisting would share one result between
//     iterations.
//   - loopcond: the same, when the call is in the loop condition, as in
//     i < len(x.Items()).
//   - fieldchain, globalload (off by default, -hoist.loads): a chain of two
//     or more dependent loads, such as s.cfg.limits.max, that no store in
//     the loop can reach.
//
// Measured on Go 1.26.8, amd64 (AMD EPYC, 2 cores shared with other
// builds, so absolute figures are noisy; medians of 10 runs of
// premise_test.go taken side by side):
//
//   - maplookup, 1000 iterations: 9.3 µs in the loop, 0.70 µs hoisted (13x).
//   - purecall strings.ToLower: 4.6 µs vs 0.48 µs (9.6x); math.Sin: 8.6 µs
//     vs 3.4 µs (2.5x).
//   - loopcond, a method returning a copy of 100 ints: see premise_test.go.
//   - fieldchain: 1.93 µs vs 1.94 µs, no gain: the three loads hit L1 and
//     overlap with other work, so this check is off by default.
//
// A fix (declare the value before the loop, use it in the loop) is offered
// only when hoisting cannot change behaviour: the expression cannot panic
// (map reads, including of a nil map, are safe; pointer dereferences,
// indexing, division and table functions that can panic are not), has no
// side effects, uses only names that mean the same thing before the loop,
// and the loop's init statement or range expression makes no call. Other
// findings are reported without a fix.
package hoist
