package hoist

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// A location ties a finding back to the syntax: the expression that
// computes the value, the for or range statement of its loop, the statement
// a declaration would go before, how often the loop runs, and a name for
// the hoisted value.
type location struct {
	file     *ast.File
	expr     ast.Expr
	loopStmt ast.Stmt // *ast.ForStmt or *ast.RangeStmt, or nil
	before   ast.Stmt // loopStmt, or the labeled statement around it
	fnBody   ast.Node // the innermost function around the expression
	trip     string
	name     string
}

// locate finds the syntax of a finding by position: go/ssa gives a map
// lookup the position of its '[', a call that of its '(', and a load that of
// the selected field or the variable.
func locate(pass *analysis.Pass, file *ast.File, f finding, taken map[string]bool) location {
	loc := location{file: file}
	pos := f.v.Pos()
	var stack, found []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if found != nil || pos < n.Pos() || n.End() <= pos {
			return false
		}
		stack = append(stack, n)
		var match bool
		switch n := n.(type) {
		case *ast.IndexExpr:
			_, match = f.v.(*ssa.Lookup)
			match = match && n.Lbrack == pos
		case *ast.CallExpr:
			_, match = f.v.(*ssa.Call)
			match = match && n.Lparen == pos
		case *ast.SelectorExpr:
			_, match = f.v.(*ssa.UnOp)
			match = match && n.Sel.Pos() == pos
		case *ast.Ident:
			_, match = f.v.(*ssa.UnOp)
			match = match && n.Pos() == pos
		}
		if match {
			found = append([]ast.Node(nil), stack...)
		}
		return true
	})
	if found == nil {
		return loc
	}
	loc.expr = found[len(found)-1].(ast.Expr)
	lo, hi := loopExtent(f.fn, f.loop)
	for i := len(found) - 2; i >= 0; i-- {
		switch n := found[i].(type) {
		case *ast.FuncLit:
			if loc.fnBody == nil {
				loc.fnBody = n
			}
		case *ast.FuncDecl:
			if loc.fnBody == nil {
				loc.fnBody = n
			}
		case *ast.ForStmt, *ast.RangeStmt:
			if loc.loopStmt == nil && loc.fnBody == nil && n.Pos() <= lo && hi < n.End() {
				loc.loopStmt = n.(ast.Stmt)
				loc.before = loc.loopStmt
				if l, ok := found[i-1].(*ast.LabeledStmt); ok {
					loc.before = l
				}
			}
		}
	}
	if loc.loopStmt != nil {
		loc.trip = tripCount(pass, loc.loopStmt)
	}
	loc.name = freshName(pass, loc, baseName(loc.expr), taken)
	return loc
}

// loopExtent returns the smallest and largest source position of the
// loop's instructions (phis carry the position of the variable's
// declaration, so they are left out).
func loopExtent(fn *ssa.Function, l *loop) (lo, hi token.Pos) {
	for _, b := range fn.Blocks {
		if !l.contains(b) {
			continue
		}
		for _, instr := range b.Instrs {
			p := instr.Pos()
			if _, isPhi := instr.(*ssa.Phi); isPhi || !p.IsValid() {
				continue
			}
			if lo == token.NoPos || p < lo {
				lo = p
			}
			if p > hi {
				hi = p
			}
		}
	}
	return lo, hi
}

// tripCount describes how many times a loop runs, when the syntax says so.
func tripCount(pass *analysis.Pass, s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.RangeStmt:
		x := types.ExprString(s.X)
		t := pass.TypesInfo.TypeOf(s.X)
		if t == nil {
			return ""
		}
		switch u := t.Underlying().(type) {
		case *types.Slice, *types.Array, *types.Map:
			return "len(" + x + ") times"
		case *types.Pointer:
			if _, ok := u.Elem().Underlying().(*types.Array); ok {
				return "len(" + x + ") times"
			}
		case *types.Basic:
			if u.Info()&types.IsString != 0 {
				return "once per rune of " + x
			}
			if u.Info()&types.IsInteger != 0 {
				return x + " times"
			}
		case *types.Chan:
			return "once per value received from " + x
		}
	case *ast.ForStmt:
		init, ok := s.Init.(*ast.AssignStmt)
		cond, ok2 := s.Cond.(*ast.BinaryExpr)
		post, ok3 := s.Post.(*ast.IncDecStmt)
		if !ok || !ok2 || !ok3 || len(init.Lhs) != 1 || len(init.Rhs) != 1 || post.Tok != token.INC {
			return ""
		}
		i, ok := init.Lhs[0].(*ast.Ident)
		zero, ok2 := init.Rhs[0].(*ast.BasicLit)
		ci, ok3 := cond.X.(*ast.Ident)
		pi, ok4 := post.X.(*ast.Ident)
		if !ok || !ok2 || !ok3 || !ok4 || zero.Value != "0" || ci.Name != i.Name || pi.Name != i.Name {
			return ""
		}
		switch cond.Op {
		case token.LSS, token.NEQ:
			return types.ExprString(cond.Y) + " times"
		case token.LEQ:
			return types.ExprString(cond.Y) + "+1 times"
		}
	}
	return ""
}

// baseName suggests a name for the hoisted value, after what it computes:
// prices["a"] → pricesA, strings.ToLower(k) → lower, s.cfg.max → max.
func baseName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.IndexExpr:
		m := lastName(e.X)
		switch k := e.Index.(type) {
		case *ast.BasicLit:
			if k.Kind == token.STRING {
				key := strings.Trim(k.Value, "\"`")
				if token.IsIdentifier(key) {
					return m + upperFirst(key)
				}
			}
		case *ast.Ident:
			return m + upperFirst(k.Name)
		}
		return m + "Val"
	case *ast.CallExpr:
		n := lastName(e.Fun)
		if strings.HasPrefix(n, "To") && len(n) > 2 {
			n = n[2:]
		}
		if strings.HasSuffix(n, "Compile") {
			return "re"
		}
		return n
	}
	return lastName(e)
}

func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.ParenExpr:
		return lastName(e.X)
	case *ast.IndexExpr:
		return lastName(e.X)
	case *ast.CallExpr:
		return lastName(e.Fun)
	}
	return "v"
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// freshName returns base (or base2, base3, ...) such that it is not used
// anywhere in the file and names nothing visible before the loop, so the
// declaration shadows nothing and nothing shadows it.
func freshName(pass *analysis.Pass, loc location, base string, taken map[string]bool) string {
	base = lowerFirst(base)
	if !token.IsIdentifier(base) || token.IsKeyword(base) {
		base = "v"
	}
	// Names used in the function, other than field and method names,
	// which a local variable cannot shadow.
	used := make(map[string]bool)
	var body ast.Node = loc.file
	if loc.fnBody != nil {
		body = loc.fnBody
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			obj := pass.TypesInfo.ObjectOf(id)
			if v, isVar := obj.(*types.Var); isVar && v.IsField() {
				return true
			}
			if f, isFunc := obj.(*types.Func); isFunc && f.Signature().Recv() != nil {
				return true
			}
			used[id.Name] = true
		}
		return true
	})
	var scope *types.Scope
	at := loc.expr.Pos()
	if loc.before != nil {
		at = loc.before.Pos()
	}
	if fs := pass.TypesInfo.Scopes[loc.file]; fs != nil {
		scope = fs.Innermost(at)
	}
	for i := 1; i < 100; i++ {
		name := base
		if i > 1 {
			name += string(rune('0' + i%10))
			if i >= 10 {
				name = base + "_" + strings.Repeat("x", i)
			}
		}
		if used[name] || taken[name] {
			continue
		}
		if scope != nil {
			if _, obj := scope.LookupParent(name, at); obj != nil {
				continue
			}
		}
		return name
	}
	return "v"
}

// hoistFix builds the fix that declares the value before the loop and uses
// it in the loop, when that cannot change what the program does: the
// expression cannot panic or have side effects (so evaluating it when the
// loop runs zero times is harmless), every name it uses already means the
// same thing before the loop, and nothing between the declaration and the
// loop (the for statement's init, the range expression) runs a call.
func hoistFix(pass *analysis.Pass, loc location, f finding) (analysis.SuggestedFix, bool) {
	if !f.safe || loc.before == nil || loc.name == "" || isTuple(f.v.Type()) {
		return analysis.SuggestedFix{}, false
	}
	switch s := loc.loopStmt.(type) {
	case *ast.ForStmt:
		if s.Init != nil && !sideEffectFree(s.Init) {
			return analysis.SuggestedFix{}, false
		}
	case *ast.RangeStmt:
		if !sideEffectFree(s.X) {
			return analysis.SuggestedFix{}, false
		}
	}
	if analysisutil.HasGoto(loc.fnBody) {
		// A backward goto to a label on the loop would jump above the
		// declaration and skip recomputing it; a forward goto over it is a
		// compile error ("jumps over variable declaration").
		return analysis.SuggestedFix{}, false
	}
	at := loc.before.Pos()
	scope := pass.TypesInfo.Scopes[loc.file]
	if scope == nil || !safeExpr(pass, loc.expr, scope.Innermost(at), at) {
		return analysis.SuggestedFix{}, false
	}
	tf, src, ok := analysisutil.Source(pass, at)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	// Indent the new line like the loop's.
	indent, ok := analysisutil.Indent(tf, src, at)
	if !ok {
		return analysis.SuggestedFix{}, false // the loop does not start its line
	}
	exprSrc := string(src[tf.Offset(loc.expr.Pos()):tf.Offset(loc.expr.End())])
	return analysis.SuggestedFix{
		Message: "hoist " + exprSrc + " out of the loop as " + loc.name,
		TextEdits: []analysis.TextEdit{
			{Pos: at, End: at, NewText: []byte(loc.name + " := " + exprSrc + "\n" + indent)},
			{Pos: loc.expr.Pos(), End: loc.expr.End(), NewText: []byte(loc.name)},
		},
	}, true
}

// sideEffectFree reports whether n contains no call (conversions and len
// included, for simplicity), no receive and no function literal.
func sideEffectFree(n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// safeExpr reports whether e can be evaluated before the loop without
// panicking and with every name meaning what it means in the loop: names of
// variables and constants visible at pos, literals, map reads, fields of
// struct values (not through pointers), operators that cannot panic, and
// calls to the table's functions that cannot panic (the finding's callee was
// checked by the caller; nested calls must be in the table too).
func safeExpr(pass *analysis.Pass, e ast.Expr, scope *types.Scope, pos token.Pos) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		obj := pass.TypesInfo.Uses[e]
		switch obj.(type) {
		case *types.Var, *types.Const, *types.Nil:
		default:
			return false
		}
		if _, found := scope.LookupParent(e.Name, pos); found != obj {
			return false
		}
		return true
	case *ast.ParenExpr:
		return safeExpr(pass, e.X, scope, pos)
	case *ast.IndexExpr:
		t := pass.TypesInfo.TypeOf(e.X)
		if t == nil {
			return false
		}
		if _, isMap := t.Underlying().(*types.Map); !isMap {
			return false // slice, array and string indexing can panic
		}
		return safeExpr(pass, e.X, scope, pos) && safeExpr(pass, e.Index, scope, pos)
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			if _, isPkg := pass.TypesInfo.Uses[id].(*types.PkgName); isPkg {
				_, isVar := pass.TypesInfo.Uses[e.Sel].(*types.Var)
				_, isConst := pass.TypesInfo.Uses[e.Sel].(*types.Const)
				return isVar || isConst
			}
		}
		sel := pass.TypesInfo.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
			return false
		}
		if _, isPtr := pass.TypesInfo.TypeOf(e.X).Underlying().(*types.Pointer); isPtr {
			return false
		}
		return safeExpr(pass, e.X, scope, pos)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.QUO, token.REM, token.SHL, token.SHR:
			return false // division by zero and negative shifts panic
		case token.EQL, token.NEQ:
			// Comparing interfaces holding uncomparable values panics.
			if t := pass.TypesInfo.TypeOf(e.X); t == nil || !hashNeverPanics(t, 0) {
				return false
			}
		}
		return safeExpr(pass, e.X, scope, pos) && safeExpr(pass, e.Y, scope, pos)
	case *ast.UnaryExpr:
		switch e.Op {
		case token.SUB, token.ADD, token.NOT, token.XOR:
			return safeExpr(pass, e.X, scope, pos)
		}
		return false
	case *ast.CallExpr:
		fn, ok := typeutilCallee(pass, e).(*types.Func)
		if !ok || fn.Pkg() == nil || e.Ellipsis.IsValid() {
			return false
		}
		p, ok := pureFuncs[fn.Pkg().Path()+"."+fn.Name()]
		if !ok || p.mayPanic || fn.Signature().Recv() != nil {
			return false
		}
		for _, arg := range e.Args {
			if !safeExpr(pass, arg, scope, pos) {
				return false
			}
		}
		return true
	}
	return false
}

// typeutilCallee returns the function a call's syntax names directly
// (pkg.F or F), or nil.
func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) types.Object {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return pass.TypesInfo.Uses[f]
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			if _, isPkg := pass.TypesInfo.Uses[id].(*types.PkgName); isPkg {
				return pass.TypesInfo.Uses[f.Sel]
			}
		}
	}
	return nil
}
