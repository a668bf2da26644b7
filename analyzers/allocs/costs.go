package allocs

// Costs quoted in messages: medians of six side-by-side rounds of the
// benchmarks in premise_test.go on Go 1.26, amd64, on a shared 2-core
// machine under heavy load from other builds (so the ratios are the robust
// part), and allocation counts from testing.AllocsPerRun and -benchmem.
// docs/results/allocs.md has the runs; keep doc.go in step.
const (
	costConcat       = "121x slower than a strings.Builder, 999 allocations versus 15"
	costSprintf      = `measured on Sprintf("%s:%d"): 2.3x slower, 3 allocations versus 2`
	costSprint       = "measured on Sprint(port): 3.4x slower, 2 allocations versus 1"
	costErrorf       = "2x slower, 4 allocations versus 3"
	costConv         = "64 bytes: 3.3x slower, 1 allocation versus 0"
	costBoxing       = "a 16-byte struct costs 30x a pointer"
	costDefer        = "8 defers take 1.5x a function call each"
	costRegexp       = "compile and match: 40x a hoisted regexp's match, 61 allocations"
	costReplacer     = "build and replace: 55x a hoisted replacer, 7 allocations versus 1"
	costLoadLocation = "62 µs and 13 allocations per call"
	costTemplate     = "parse and execute: 13x a hoisted template, 26 allocations versus 2"
	costBuffer       = "10 iterations of 1 KB: 2.5x slower, 60 allocations versus 15"
)
