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
// The analyzer works on SSA: it finds the natural loops (back edges to a
// dominating header) of for and range statements, then values computed in a loop whose operands are
// defined outside it or are invariant themselves, and whose memory nothing
// in the loop can write. Writes are decided conservatively and by type: a
// store through a *T may change any T, a map update any map of its type;
// a call to a function that is neither in the table of pure standard
// library functions nor a function of the same package proven read-only
// from its SSA, a channel operation, a go or defer statement, make every
// value that reads memory variant. Functions that convert unsafe.Pointer
// are not analysed. A value is reported at the outermost loop in which it
// is invariant and runs on every iteration, and only the largest costly
// expression is reported, not its parts; repeats of one value in a loop
// make one finding whose fix replaces them all. Loops made by a backward
// goto are left out: in Go they are retries and state machines that run a
// few times, and a report could name neither the loop nor its trip count.
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
//     the loop can reach (globalload when it starts at a package-level
//     variable). Never fixed: a nil pointer would panic before the loop.
//
// Loops a benchmark repeats on purpose (for b.Loop(), for i < b.N) are not
// reported; loops inside them are. Constant regexp patterns are left to
// allocs.compileloop.
//
// Measured on Go 1.26.8, amd64 (AMD EPYC, 2 cores shared with other
// engineers' builds, so absolute figures are noisy; the ratios held in two
// runs). Medians of premise_test.go, In vs Hoisted side by side, 1000
// iterations; first run -count 6 (load about 20), second -count 10 (load
// about 40):
//
//   - maplookup, a package-level map with a constant key: 9.5 µs vs 0.71 µs
//     (13x); second run 8.9x.
//   - purecall, strings.ToLower of an invariant key: 4.6 µs vs 0.48 µs
//     (9.6x); second run 9.6x. math.Sin: 8.6 µs vs 3.4 µs (2.5x); second
//     run 2.3x. -gcflags=-m: strings.ToLower is not inlined; math.Sin's
//     wrapper is, the routine it calls is not.
//   - loopcond, i < len(v.Items()) with Items copying 100 ints: 48.7 µs vs
//     0.41 µs (119x); second run 160x. testing.AllocsPerRun: 101 allocs per
//     loop vs 1 (strings.ToLower in a 100-iteration loop: 100 vs 1).
//   - fieldchain, s.cfg.limits.max: 1.93 µs vs 1.95 µs (1.0x) next to a
//     division, 1.14x next to a store that forces the reload. The loads hit
//     L1 and overlap with other work, so the premise does not hold well
//     enough for a default-on check: fieldchain and globalload are off by
//     default (-hoist.loads turns them on).
//
// A fix (declare the value before the loop, use it in the loop) is offered
// only when hoisting cannot change behaviour: the expression cannot panic
// (map reads, including of a nil map, are safe unless the key may hold an
// interface; pointer dereferences, indexing, division, interface
// comparisons and table functions that can panic are not), has no
// side effects, uses only names that mean the same thing before the loop,
// the loop's init statement or range expression makes no call, and the
// function has no goto (a backward goto to the loop's label would skip the
// declaration, a forward one over it does not compile). Other findings are
// reported without a fix.
package hoist
