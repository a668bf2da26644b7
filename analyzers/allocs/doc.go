// Package allocs defines an hpvet analyzer that reports allocations a loop
// repeats and the code can avoid: the memory chapter of High Performance
// Python, brought to Go.
//
// # Analyzer allocs
//
// allocs: report avoidable allocations repeated on every loop iteration
//
// An allocation is worth a report only where it repeats. A node counts as
// repeated when a for or range loop of the same function runs it on every
// iteration: the body, the condition and the post statement, not the init
// statement or the range expression, and not code in a block that leaves
// the loop (ends in return, panic, os.Exit, a call named Fatal..., goto, a
// break out of the loop or a continue of an outer one), so error paths such
// as `return fmt.Errorf(...)` inside a loop stay quiet; nor does a loop that
// itself sits in a block ending in panic, os.Exit or a Fatal... call, other
// than the function's body (it builds a fatal message, once). A function
// literal starts afresh.
//
// With -allocs.callees (off by default), compileloop, fmtloop and
// convloop also report in a function or method of the package that a loop
// of the package calls statically (not through an interface or a func
// value), one level deep: "... on every call, and f is called in a loop at
// file.go:LINE". The loop call must be repeated by the rules above and not
// in test code or init; the allocation must run on every call of f: not in
// a branch, a case, a loop or a function literal of f, not after an early
// guarded return (the fallback of a guard), not in a function that ends in
// panic (an error helper), and not assigned to a package-level variable or
// a field (a value built once and kept). The cost per execution is the one
// each check states. It is off because in the standard library and the
// module sample (docs/results/allocs.md) most of its 22 findings, all
// fmtloop, were in code generators, cold helpers and one-shot tools:
// patches a maintainer would not take.
//
// In test code (a _test.go file, or a function taking a *testing.T, B or F)
// only a benchmark's timed loop counts (for b.Loop(), i < b.N, range b.N,
// pb.Next()): setup loops that name sub-benchmarks run a handful of times.
// A benchmark named after the API a check would replace
// (BenchmarkSprintfInt, BenchmarkBufferWrite) or in the package that
// defines it measures that API on purpose and is not reported.
//
// Fixes keep the file building when applied alone or all together, by any
// driver: a fix that removes the last use of fmt or strings also deletes
// the import, and when several fixes would together remove every use, the
// last of them is reported without a fix.
//
// Checks deferloop, errorf (part of fmtloop) and boxing are off by default
// (-allocs.deferloop, -allocs.errorf, -allocs.boxing), and so are
// -allocs.compilefunc, which extends compileloop from loops to functions,
// and -allocs.callees.
//
// The cheap checks (concatloop, fmtloop, convloop, bufferloop) skip loops
// over an array, a composite literal or a package-level variable
// initialized with one, and loops counting to a constant at most 16 apart
// from their start: a table of known, small size. They also skip GoString,
// goString and Error methods, which build debugging output and error text.
//
// Each check has a stable ID, allocs.NAME, for //hpvet:ignore. The figures
// are medians of BenchmarkX and counts of testing.AllocsPerRun in
// premise_test.go on Go 1.26, amd64 (a shared, noisy 2-core machine;
// docs/results/allocs.md has the runs).
//
// concatloop: a string grown with s += x (or s = s + x) in a loop, s
// declared outside it, copies everything so far on every iteration:
// quadratic. 1000 appends of 10 bytes: 121x slower than a
// strings.Builder, 999 allocations versus 15. One report per variable and
// loop nest; not reported when the loop also replaces s (s = s[:i]: an
// edit, not a build-up) or appends under a bit test (if f&bit != 0: flag
// names, one append per bit at most).
//
//	for _, w := range words { s += w }        // before
//	var b strings.Builder                     // after
//	for _, w := range words { b.WriteString(w) }
//
// fmtloop: fmt.Sprintf and fmt.Sprint (and, with -allocs.errorf,
// fmt.Errorf, off by default because errors built in loops are nearly
// always on a cold error path) in a loop where strconv and + produce
// exactly the same text (and errors.New the same error type,
// *errors.errorString): only the verbs %s %v %d %q and %%, no flags, width,
// precision or indexes, arguments of predeclared types only (a named type
// may have a String, Error or Format method) and no floats. The fix
// rewrites the call, writing literal arguments into the string
// (Sprintf("v%d.%d", 8, i) becomes "v8." + strconv.Itoa(i); named constants
// keep their names). Not reported as the argument of a call whose name
// mentions errors (declErr(fmt.Sprintf(...))): a cold path.
// Sprintf("%s:%d", host, port): 3 allocations versus 2,
// 2.3x slower; Sprint(port): 2 versus 1, 3.4x slower; Errorf (opt-in,
// -allocs.errorf): 4 versus 3, 2x slower.
//
//	s := fmt.Sprintf("%s:%d", host, port)     // before
//	s := host + ":" + strconv.Itoa(port)      // after
//
// convloop: strings.F(string(b), ...) or bytes.F([]byte(s), ...) in a loop
// when F has a twin in the other package with the same result type
// (Contains, HasPrefix, Index, Count, EqualFold, ...): the conversion copies
// every time and allocates when the data is longer than the 32-byte stack
// buffer the compiler gives non-escaping conversions. 64 bytes: 1
// allocation versus 0, 3.3x slower. Only when every other string (or []byte)
// argument is a constant or another conversion, so the twin needs no copy
// of its own. Conversions the compiler already elides are never reported,
// and premise_test.go shows each costs 0 allocations: m[string(b)],
// string(b) == s, switch string(b), range []byte(s), and concatenation
// operands ("x" + string(b) allocates only its result, like "x" + s).
// strings.TrimSpace(string(b)) and other calls with a string result are not
// reported: the bytes twin returns []byte, so the caller would still need a
// conversion to keep a string.
//
//	if strings.HasPrefix(string(line), "#")   // before
//	if bytes.HasPrefix(line, []byte("#"))     // after ([]byte of a constant: no allocation)
//
// deferloop: defer in a loop runs only when the function returns, so every
// iteration's files, locks and memory are held until then (the premise test
// shows none of 8 deferred calls has run when the loop ends). On Go 1.26
// the defer record comes from a per-P pool and does not allocate in steady
// state; the cost is the held resources and time: 8 defers take 1.5x a
// function call each. Opt-in (-allocs.deferloop): of the 5 standard-library
// findings, 4 were deliberate (scopes closed at return, select loops where
// the case runs once, two-probe loops).
//
// compileloop: regexp.MustCompile/Compile(POSIX), strings.NewReplacer,
// template.New(c).Parse(c) and time.LoadLocation with constant arguments,
// in a loop, or (opt-in, -allocs.compilefunc) in a function that may run
// more than once (not init, not main, not a sync.Once/OnceFunc/OnceValue(s)
// function, not a package-level initializer, not test code): they rebuild
// the same value each time. The function-level form is off by default: of
// its 3 findings in the modules sampled, one (a template parsed in a
// function called once per run) was not worth a patch. Compile and match:
// 40x a hoisted regexp's match, 61 allocations; strings.NewReplacer: 55x,
// 7 allocations versus 1; template parse and execute: 13x, 26 allocations
// versus 2; time.LoadLocation("America/New_York"): 62 µs and 13
// allocations per call.
// LoadLocation of "", "UTC" and "Local" returns a static value and is not
// reported. The fix hoists MustCompile of a pattern that compiles (so no
// panic moves to init time) and NewReplacer with literal arguments to a
// package-level var; it needs review (`hpvet -fix` and go fix do not apply
// it): it moves the cost to program start, and a shared *regexp.Regexp must
// not have Longest called on it.
//
//	re := regexp.MustCompile(`^\d+$`)         // before, in a function
//	var digitsRE = regexp.MustCompile(`^\d+$`) // after, at package level
//
// bufferloop: a bytes.Buffer declared in a loop body (var buf bytes.Buffer,
// bytes.Buffer{}, &bytes.Buffer{}, new(bytes.Buffer)) and used only through
// methods that do not hand out its storage (Write*, String, Len, Reset, ...;
// not Bytes or Next, whose results alias it) or as the writer of
// fmt.Fprint*, io.WriteString or binary.Write, and not captured by a
// closure: it regrows its storage every iteration. Ten iterations writing
// 1000 bytes each: 60 allocations fresh versus 15 reused, 2.5x slower.
// strings.Builder is not reported: its Reset drops the storage (String
// shares it), so reuse saves nothing (10 versus 10 allocations). A
// fixed-size make is not reported: when it does not escape it is on the
// stack (0 allocations).
//
// boxing (off by default; -allocs.boxing): a non-pointer value converted to
// an interface in a loop (an any or ...any argument, an interface
// assignment or conversion) heap-allocates: a 16-byte struct costs 30x a
// pointer (16 B, 1 allocation versus none).
// Not reported, because the runtime does not allocate for them
// (premise_test.go): constants, nil, zero-size values, one-byte integers and
// bools, pointer-shaped values (pointers, maps, channels, functions,
// one-pointer structs). Integers below 256, "" and nil slices do not
// allocate either, but that is a run-time fact the analyzer cannot see. It
// is off by default because most findings are fmt and log arguments, and
// whether the interface escapes needs the compiler's escape analysis.
//
// Not done. Closures and method values created per iteration: a closure or
// method value that does not escape is built on the stack (0 allocations),
// one that escapes costs one allocation, and telling the two apart needs
// escape analysis the analyzer does not have; the premise test records this
// and there is no check. Functions called from loops are followed one
// level and only with -allocs.callees; concatloop and bufferloop are not
// extended (a string or buffer local to the callee does not grow across
// calls, and reusing a buffer across calls means changing the signature).
package allocs
