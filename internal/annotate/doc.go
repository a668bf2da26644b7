// Package annotate implements `hpvet annotate`, the `cython -a` view for Go:
// a page that shades each source line by what it costs at run time and,
// on a click, shows why, in the compiler's own words.
//
// It builds the packages once with the compiler's diagnostics switched on
// (-gcflags='-json=0,DIR -d=pctab=pctoinline': the optimization log and
// the assembly listing), runs hpvet's analyzers over the same packages in
// process, optionally reads a CPU or allocation profile, and joins all of
// it by file and line.
//
// A line's cost is what one execution of it costs in the function it is
// compiled into: code the compiler inlined there counts at the calling
// line, with the events of the inlined code. The assembly listing holds
// the instructions -S prints, taken from the debug flag
// -d=pctab=pctoinline instead, because -S lists inlined code at the
// callee's lines and cannot tell a line inlined twice into one function
// from one that costs double.
//
// # Events
//
// Every fact about a line is an event of one kind. The compiler's JSON log
// (escape analysis, bounds and nil checks, inlining, large copies) and the
// assembly (runtime calls, calls that were not inlined, write barriers)
// often describe the same thing twice: a heap allocation is both
// an "escapes to heap" diagnostic and a CALL runtime.newobject. So for each
// kind a line counts the larger of the two sources, never their sum.
//
// # Score
//
// Without a profile a line's score is
//
//	score = Σ over kinds  weight(kind) × max(compiler count, assembly count)
//
// with the weights in [Weights]: a heap allocation costs 10, a map
// operation 6, an hpvet finding 5, a large copy 3, an indirect call 3, a
// call that was not inlined 2, another runtime call 1, a write barrier 1,
// a bounds check 1 and a nil check 0.5. Inlining decisions and leaking
// parameters are shown but weigh nothing: their cost shows up as calls and
// allocations elsewhere. Two exceptions: for heap allocations the assembly
// decides when the line has any (a constant boxed in an interface
// "escapes to heap" but is static data), and lines whose code only runs in
// package initializers are shown with a note and score 0.
//
// With a profile (-profile) the score is the percentage of the profile's
// samples attributed to the line, so the report opens on the lines where the
// time (or the allocated bytes) actually went, and a cold line with many
// events ranks below a hot one. A sample is charged the way instructions
// are: to the line of the innermost annotated function on the stack (the
// outermost annotated line of that frame when code was inlined), so time
// spent in runtime functions (mallocgc, mapassign) is charged to the line
// that called them.
// The static score still orders lines with equal samples.
//
// # Shade
//
// The shade runs from white (level 0) to deep yellow (level 10), as in
// cython -a, on a logarithmic scale: level = round(10 × log2(1+score) /
// log2(1+64)) without a profile (score 64 and above is the deepest), and
// level = round(10 × log2(1+pct) / log2(1+20)) with one (20% of the samples
// and above is the deepest). Any line with a cost gets at least level 1.
package annotate
