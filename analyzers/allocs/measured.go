package allocs

import (
	"go/ast"
	"go/constant"
	"strings"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// measuresAPI reports whether the node at the top of stack is in a
// benchmark that measures the very thing a check would replace: a _test.go
// benchmark or sub-benchmark whose name contains one of names, ignoring
// case (BenchmarkSprintfInt, b.Run("sprintf", ...), BenchmarkBufferWrite,
// BenchmarkConcat...), or test code of the package
// that defines pkgPath (fmt's own benchmarks call Sprintf on purpose).
// Patches to those would defeat the benchmark, so they are not reported.
func (c *checker) measuresAPI(stack []ast.Node, pkgPath string, names ...string) bool {
	if !c.loops.testFile {
		return false
	}
	if pkgPath != "" && strings.TrimSuffix(c.pass.Pkg.Path(), "_test") == pkgPath {
		return true
	}
	// The benchmark's own name, and the names of the sub-benchmarks
	// (b.Run("sprintf", func(b *testing.B) {...})) the node is in.
	var benchNames []string
	if len(stack) > 1 {
		if fd, ok := stack[1].(*ast.FuncDecl); ok {
			benchNames = append(benchNames, fd.Name.Name)
		}
	}
	for i := 1; i < len(stack); i++ {
		lit, ok := stack[i].(*ast.FuncLit)
		if !ok {
			continue
		}
		call, ok := stack[i-1].(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || call.Args[1] != ast.Expr(lit) {
			continue
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Run" && analysisutil.IsTestingType(c.pass.TypesInfo.TypeOf(sel.X), "B") {
			if v := c.pass.TypesInfo.Types[call.Args[0]].Value; v != nil && v.Kind() == constant.String {
				benchNames = append(benchNames, constant.StringVal(v))
			}
		}
	}
	for _, bn := range benchNames {
		lower := strings.ToLower(bn)
		for _, n := range names {
			if strings.Contains(lower, strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}
