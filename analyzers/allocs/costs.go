package allocs

// Costs quoted in messages, measured on Go 1.26 by the benchmarks and
// AllocsPerRun tests in premise_test.go (docs/results/allocs.md has the
// runs). Keep them in step with the doc comment.
const (
	costConcat       = "TODO"
	costSprintf      = "TODO"
	costErrorf       = "TODO"
	costConv         = "TODO"
	costBoxing       = "TODO"
	costDefer        = "TODO"
	costRegexp       = "TODO"
	costReplacer     = "TODO"
	costLoadLocation = "TODO"
	costTemplate     = "TODO"
	costBuffer       = "TODO"
)
