package allocs

import (
	"go/ast"
	"strings"
)

// measuresAPI reports whether the node at the top of stack is in a
// benchmark that measures the very thing a check would replace: a _test.go
// function whose name contains one of names (BenchmarkSprintfInt,
// BenchmarkBufferWrite, BenchmarkConcat...), or test code of the package
// that defines pkgPath (fmt's own benchmarks call Sprintf on purpose).
// Patches to those would defeat the benchmark, so they are not reported.
func (c *checker) measuresAPI(stack []ast.Node, pkgPath string, names ...string) bool {
	if !c.loops.testFile {
		return false
	}
	if pkgPath != "" && strings.TrimSuffix(c.pass.Pkg.Path(), "_test") == pkgPath {
		return true
	}
	if len(stack) < 2 {
		return false
	}
	fd, ok := stack[1].(*ast.FuncDecl)
	if !ok {
		return false
	}
	for _, n := range names {
		if strings.Contains(fd.Name.Name, n) {
			return true
		}
	}
	return false
}
