package mapmisuse

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

//go:embed doc.go
var doc string

// Analyzer reports map uses that cost more than they need to: repeated
// lookups, bool-valued sets, maps over dense integer keys, scans for a key,
// fresh pointer keys and per-lookup key building.
var Analyzer = &analysis.Analyzer{
	Name:     "mapmisuse",
	Doc:      analysisutil.MustExtractDoc(doc, "mapmisuse"),
	URL:      "https://github.com/hpgo/hpgo/blob/main/docs/checks.md#mapmisuse",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// Checks that are off by default, and why, are described in doc.go.
var (
	enableBoolSet     bool
	enableConcatKey   bool
	enableDenseIntKey bool
)

func init() {
	analysisutil.AddTestsFlag(&Analyzer.Flags)
	Analyzer.Flags.BoolVar(&enableBoolSet, "boolset", false, "report map[K]bool used only as a set (off by default: see doc)")
	Analyzer.Flags.BoolVar(&enableConcatKey, "concatkey", false, "also report map keys built by string concatenation (fmt.Sprint keys are always reported)")
	Analyzer.Flags.BoolVar(&enableDenseIntKey, "denseintkey", true, "report maps whose keys are all stored from counted loops 0..n")
}

// Figures quoted in messages. They come from premise_test.go on Go 1.26
// (medians of 10 runs, 6 for rangedelete, on a shared, noisy 2-core machine; see
// docs/results/mapmisuse.md).
const (
	costDoubleLookup = "measured 33 vs 20 ns for 1000 string keys"
	costRMW          = "measured 52 vs 17 ns for 1000 string keys"
	costRangeLookup  = "measured 4.7 µs vs 14 ns at 1000 keys"
	costDenseInt     = "measured 7.5 vs 1.4 ns per read and 35.5 vs 8.5 B per entry for map[int]int"
	costRangeDelete  = "measured 113 vs 49 µs to refill and empty 1000 float64 keys"
	costSprintKey    = "1 allocation and 127 vs 20 ns per lookup, measured"
	costConcatKey    = "copies the parts and allocates when the key is longer than 32 bytes; 40 vs 20 ns per lookup, measured"
)

type checker struct {
	pass    *analysis.Pass
	info    *types.Info
	rep     *analysisutil.Reporter
	claimed map[ast.Node]bool                  // map reads already part of a doublelookup finding
	gotos   map[ast.Node]bool                  // function bodies that contain goto
	addrs   map[ast.Node]map[types.Object]bool // variables whose address a function takes
	files   map[string][]byte                  // source text, for fixes
}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:    pass,
		info:    pass.TypesInfo,
		rep:     analysisutil.NewReporter(pass),
		claimed: make(map[ast.Node]bool),
		gotos:   make(map[ast.Node]bool),
		addrs:   make(map[ast.Node]map[types.Object]bool),
		files:   make(map[string][]byte),
	}
	for fileCur := range insp.Root().Children() {
		file := fileCur.Node().(*ast.File)
		if !c.rep.FileWanted(file) {
			continue
		}
		for cur := range fileCur.Preorder(
			(*ast.IfStmt)(nil),
			(*ast.AssignStmt)(nil),
			(*ast.RangeStmt)(nil),
			(*ast.IndexExpr)(nil),
			(*ast.CallExpr)(nil),
		) {
			switch n := cur.Node().(type) {
			case *ast.IfStmt:
				c.doubleLookupIf(cur, n)
			case *ast.AssignStmt:
				c.doubleLookupAssign(cur, n)
				c.readModifyWrite(n)
			case *ast.RangeStmt:
				c.rangeLookup(cur, n)
				c.rangeDelete(n)
			case *ast.IndexExpr:
				c.indexKey(cur, n)
			case *ast.CallExpr:
				c.deleteKey(n)
			}
		}
	}
	c.mapVars(insp)
	return nil, nil
}

// -- helpers --

// mapType returns the map type of e, or nil. Type parameters are not maps
// here: their core type may be, but the fixes would not be checked.
func (c *checker) mapType(e ast.Expr) *types.Map {
	t := c.info.TypeOf(e)
	if t == nil {
		return nil
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return nil
	}
	m, _ := t.Underlying().(*types.Map)
	return m
}

// mapIndex returns e as an index into a map, or nil.
func (c *checker) mapIndex(e ast.Expr) *ast.IndexExpr {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok || c.mapType(ix.X) == nil {
		return nil
	}
	return ix
}

// pure reports whether evaluating e has no side effects and cannot panic
// unless an identical evaluation just before it did: variables, fields,
// constants and arithmetic on them.
func (c *checker) pure(e ast.Expr) bool {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		switch c.info.Uses[e].(type) {
		case *types.Var, *types.Const, *types.Nil:
			return true
		}
	case *ast.ParenExpr:
		return c.pure(e.X)
	case *ast.SelectorExpr:
		sel := c.info.Selections[e]
		if sel == nil { // qualified identifier
			_, ok := c.info.Uses[e.Sel].(*types.Var)
			return ok
		}
		return sel.Kind() == types.FieldVal && c.pure(e.X)
	case *ast.UnaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.NOT, token.XOR:
			return c.pure(e.X)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.QUO, token.REM, token.SHL, token.SHR: // may panic
			return false
		}
		return c.pure(e.X) && c.pure(e.Y)
	}
	return false
}

// same reports whether pure expressions a and b denote the same value.
func (c *checker) same(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	ta, oka := c.info.Types[a]
	tb, okb := c.info.Types[b]
	if oka && okb && ta.Value != nil && tb.Value != nil {
		return types.Identical(ta.Type, tb.Type) && constant.Compare(ta.Value, token.EQL, tb.Value)
	}
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && c.info.Uses[a] != nil && c.info.Uses[a] == c.info.Uses[b]
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if obj := c.info.Uses[a.Sel]; obj == nil || obj != c.info.Uses[b.Sel] {
			return false
		}
		if c.info.Selections[a] == nil {
			return c.info.Selections[b] == nil
		}
		return c.same(a.X, b.X)
	case *ast.UnaryExpr:
		b, ok := b.(*ast.UnaryExpr)
		return ok && a.Op == b.Op && c.same(a.X, b.X)
	case *ast.BinaryExpr:
		b, ok := b.(*ast.BinaryExpr)
		return ok && a.Op == b.Op && c.same(a.X, b.X) && c.same(a.Y, b.Y)
	}
	return false
}

// objects adds the variables and fields that e mentions to set.
func (c *checker) objects(e ast.Node, set map[types.Object]bool) {
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok {
				set[v] = true
			}
		}
		return true
	})
}

// pureBuiltins are the builtins that cannot change a map or a variable
// named in a map index expression.
var pureBuiltins = map[string]bool{
	"len": true, "cap": true, "min": true, "max": true, "append": true,
	"copy": true, "new": true, "make": true, "complex": true, "real": true,
	"imag": true, "panic": true, "print": true, "println": true,
}

// opaqueCall reports whether call may run code that changes a map or a
// variable: anything but a conversion or a pure builtin.
func (c *checker) opaqueCall(call *ast.CallExpr) bool {
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		return false
	}
	if b, ok := typeutil.Callee(c.info, call).(*types.Builtin); ok {
		return !pureBuiltins[b.Name()]
	}
	return true
}

// isFunc returns the function call calls if it is the package-level
// function pkg.name for one of names, or nil.
func (c *checker) isFunc(call *ast.CallExpr, pkg string, names ...string) *types.Func {
	fn, ok := typeutil.Callee(c.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != pkg {
		return nil
	}
	for _, n := range names {
		if fn.Name() == n {
			return fn
		}
	}
	return nil
}

// freshName returns a name that no identifier inside node uses and that
// does not resolve at node's position, so declaring it there shadows
// nothing the code refers to.
func (c *checker) freshName(node ast.Node, candidates ...string) string {
	used := make(map[string]bool)
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	scope := c.pass.Pkg.Scope().Innermost(node.Pos())
	for _, name := range candidates {
		if used[name] {
			continue
		}
		if scope != nil {
			if _, obj := scope.LookupParent(name, node.Pos()); obj != nil {
				continue
			}
		}
		return name
	}
	return ""
}

// funcHasGoto reports whether the function enclosing cur contains a goto,
// which breaks the source-order reasoning of doublelookup.
func (c *checker) funcHasGoto(cur inspector.Cursor) bool {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		node := fn.Node()
		has, ok := c.gotos[node]
		if !ok {
			ast.Inspect(node, func(n ast.Node) bool {
				if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
					has = true
				}
				return !has
			})
			c.gotos[node] = has
		}
		return has
	}
	return true // not in a function
}

// addressTaken reports whether &v appears anywhere in the function enclosing
// cur for any variable v in objs. The set per function is computed once.
func (c *checker) addressTaken(cur inspector.Cursor, objs map[types.Object]bool) bool {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		taken, ok := c.addrs[fn.Node()]
		if !ok {
			taken = make(map[types.Object]bool)
			ast.Inspect(fn.Node(), func(n ast.Node) bool {
				if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
					if id, ok := ast.Unparen(rootOf(u.X)).(*ast.Ident); ok {
						taken[c.info.Uses[id]] = true
					}
				}
				return true
			})
			c.addrs[fn.Node()] = taken
		}
		for obj := range objs {
			if taken[obj] {
				return true
			}
		}
		return false
	}
	return true
}

// rootOf strips selectors, index and star expressions: the variable that
// an assignment to e writes into.
func rootOf(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return x
		}
	}
}

// render prints e as source text.
func render(e ast.Expr) string { return types.ExprString(e) }

// line returns the line number of pos.
func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }

// source returns the text of n as written, or its printed form if the file
// cannot be read.
func (c *checker) source(n ast.Node) string {
	tf := c.pass.Fset.File(n.Pos())
	if tf != nil {
		text, ok := c.files[tf.Name()]
		if !ok {
			text, _ = c.pass.ReadFile(tf.Name())
			c.files[tf.Name()] = text
		}
		start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
		if text != nil && 0 <= start && start <= end && end <= len(text) {
			return string(text[start:end])
		}
	}
	if e, ok := n.(ast.Expr); ok {
		return render(e)
	}
	return ""
}

// typeString prints t as the package's own code would write it.
func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	})
}

// hasComment reports whether a comment lies within [pos, end).
func (c *checker) hasComment(pos, end token.Pos) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			for _, g := range f.Comments {
				if g.Pos() < end && pos < g.End() {
					return true
				}
			}
		}
	}
	return false
}
