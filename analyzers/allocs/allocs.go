package allocs

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports allocations that repeat on every loop iteration and that
// the code can avoid.
var Analyzer = &analysis.Analyzer{
	Name:     "allocs",
	Doc:      analysisutil.MustExtractDoc(doc, "allocs"),
	URL:      "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#allocs",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// Checks that are off by default, each behind -allocs.NAME.
var (
	boxingFlag      bool
	calleesFlag     bool
	compileFuncFlag bool
	deferFlag       bool
	errorfFlag      bool
)

func init() {
	analysisutil.AddTestsFlag(&Analyzer.Flags)
	Analyzer.Flags.BoolVar(&boxingFlag, "boxing", false,
		"report non-pointer values converted to interfaces in loops (noisy: most are fmt and log arguments)")
	Analyzer.Flags.BoolVar(&deferFlag, "deferloop", false,
		"report defer in loops (off: in the standard library nearly all are deliberate, and on Go 1.26 they do not allocate)")
	Analyzer.Flags.BoolVar(&errorfFlag, "errorf", false,
		"also report fmt.Errorf in loops (off: errors built in loops are almost always on a cold error path)")
	Analyzer.Flags.BoolVar(&calleesFlag, "callees", false,
		"also report compileloop, fmtloop and convloop in functions of the package called from its loops, one level (off: most standard-library and module findings were in generators, cold helpers and fallbacks)")
	Analyzer.Flags.BoolVar(&compileFuncFlag, "compilefunc", false,
		"also report regexp/template/replacer/time zone construction with constant arguments outside loops, in functions other than init and main (off: some run once per process)")
}

// pass bundles what every check needs.
type checker struct {
	pass  *analysis.Pass
	r     *analysisutil.Reporter
	loops *loops
	file  *ast.File
	// hoisted names already proposed by fixes in this pass, so that two
	// fixes never declare the same package-level variable.
	hoisted map[string]bool
	// concatenated records the loops where concatloop reported each
	// variable, so a loop nest that grows s in five places gets one report.
	concatenated map[*types.Var][]ast.Stmt
	// pending holds diagnostics whose fix removes a use of an imported
	// package, reported once the file is done (see reportRemovingUse).
	pending []pendingFix
	// loopCalls holds the package's functions called from its loops
	// (callees.go); via is set while checking a call in one of them.
	loopCalls map[*types.Func]loopCall
	via       *viaCall
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, r: analysisutil.NewReporter(pass), hoisted: make(map[string]bool), concatenated: make(map[*types.Var][]ast.Stmt)}
	if calleesFlag {
		c.loopCalls = collectLoopCalls(pass, ins)
	}
	types := []ast.Node{
		(*ast.File)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.CallExpr)(nil),
		(*ast.DeferStmt)(nil),
		(*ast.DeclStmt)(nil),
	}
	ins.WithStack(types, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return false
		}
		if file, ok := n.(*ast.File); ok {
			c.flushPending()
			if !c.r.FileWanted(file) {
				return false
			}
			c.file = file
			c.loops = newLoops(pass.TypesInfo, file, strings.HasSuffix(pass.Fset.File(file.FileStart).Name(), "_test.go"))
			return true
		}
		loop := c.loops.repeated(stack)
		switch n := n.(type) {
		case *ast.AssignStmt:
			if loop != nil {
				c.concatLoop(n, loop, stack)
				c.bufferAssign(n, loop, stack)
				if boxingFlag {
					c.boxingAssign(n)
				}
			}
		case *ast.DeclStmt:
			if loop != nil {
				c.bufferDecl(n, loop, stack)
			}
		case *ast.DeferStmt:
			if loop != nil && deferFlag {
				c.deferLoop(n, stack)
			}
		case *ast.CallExpr:
			if loop == nil {
				if c.via = c.calledInLoop(stack); c.via != nil {
					c.fmtLoop(n, c.via.loop, stack)
					c.convLoop(n, c.via.loop, stack)
				}
			}
			c.compileLoop(n, loop, stack)
			c.via = nil
			if loop != nil {
				c.fmtLoop(n, loop, stack)
				c.convLoop(n, loop, stack)
				if boxingFlag {
					c.boxingCall(n)
				}
			}
		}
		return true
	})
	c.flushPending()
	return nil, nil
}
