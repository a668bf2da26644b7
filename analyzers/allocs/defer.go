package allocs

import "go/ast"

// deferLoop reports defer statements run on every iteration: the calls
// wait until the function returns, so files, locks and memory are held
// for the whole loop, and each defer costs a heap-allocated record because
// the compiler open-codes only defers outside loops.
func (c *checker) deferLoop(d *ast.DeferStmt, stack []ast.Node) {
	if c.measuresAPI(stack, "", "Defer") {
		return
	}
	c.r.Reportf(d, "deferloop",
		"defer in a loop runs only when the function returns, holding every iteration's resources until then, and is not open-coded (%s); move the loop body into a function, or call it without defer",
		costDefer)
}
