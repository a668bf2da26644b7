package allocs

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// This file extends compileloop, fmtloop and convloop one level into the
// functions that loops call: a function or method of the package, called
// statically (not through an interface or a func value) from a loop of
// the package, runs its body on every iteration of that loop, so an
// allocation that runs on every call of it repeats too. The loop call
// must itself be repeated by the rules of loops.go (not on an exit path,
// not a test's setup loop); calls from test code and from init do not
// count. Only one level is followed, and the allocation must be in the
// callee's own body (not in a function literal there, which may run
// later or never).

// loopCall is a static call, inside a loop, of a function of the package.
type loopCall struct {
	loop ast.Stmt
	pos  token.Pos
}

// viaCall describes, for a report in a callee, the loop call that makes
// the callee's body repeat.
type viaCall struct {
	name string // the callee, as written in the message
	at   string // file.go:LINE of the call in the loop
	loop ast.Stmt
}

// collectLoopCalls returns, for each function or method of the package
// called statically from a repeated position of a loop in non-test code
// outside init, its first such call.
func collectLoopCalls(pass *analysis.Pass, ins *inspector.Inspector) map[*types.Func]loopCall {
	calls := make(map[*types.Func]loopCall)
	var l *loops
	ins.WithStack([]ast.Node{(*ast.File)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return false
		}
		if file, ok := n.(*ast.File); ok {
			l = newLoops(pass.TypesInfo, file, strings.HasSuffix(pass.Fset.File(file.FileStart).Name(), "_test.go"))
			return true
		}
		fn := typeutil.StaticCallee(pass.TypesInfo, n.(*ast.CallExpr))
		if fn == nil || fn.Pkg() != pass.Pkg {
			return true
		}
		fn = fn.Origin()
		if _, seen := calls[fn]; seen || l.testCode(stack) || inInit(stack) {
			return true
		}
		if loop := l.repeated(stack); loop != nil {
			calls[fn] = loopCall{loop: loop, pos: n.Pos()}
		}
		return true
	})
	return calls
}

// inInit reports whether the node at the top of stack is in an init
// function.
func inInit(stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		if fd, ok := stack[i].(*ast.FuncDecl); ok {
			return fd.Recv == nil && fd.Name.Name == "init"
		}
	}
	return false
}

// calledInLoop returns the loop call that repeats the body of the
// function declaration directly enclosing the node at the top of stack
// (no function literal in between), or nil.
func (c *checker) calledInLoop(stack []ast.Node) *viaCall {
	if !calleesFlag || c.loops.testCode(stack) || c.cached(stack) {
		return nil
	}
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			fn, ok := c.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if !ok {
				return nil
			}
			site, ok := c.loopCalls[fn]
			if !ok || !c.everyCall(stack, i) {
				return nil
			}
			p := c.pass.Fset.Position(site.pos)
			name := fn.Name()
			if n.Recv != nil && len(n.Recv.List) == 1 {
				if rt := recvTypeName(n.Recv.List[0].Type); rt != "" {
					name = rt + "." + name
				}
			}
			return &viaCall{name: name, at: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line), loop: site.loop}
		}
	}
	return nil
}

// cached reports whether the call at the top of stack is assigned to
// something that outlives the call (a package-level variable, a field, an
// element): a lazily built value, built once and reused, not per call.
func (c *checker) cached(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	as, ok := stack[len(stack)-2].(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, lhs := range as.Lhs {
		switch e := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			if v, ok := c.pass.TypesInfo.ObjectOf(e).(*types.Var); ok && v.Parent() == c.pass.Pkg.Scope() {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// every returns "on every iteration", or for a report in a callee "on
// every call, and f is called in a loop at file.go:LINE".
func (v *viaCall) every() string {
	if v == nil {
		return "on every iteration"
	}
	return "on every call, and " + v.name + " is called in a loop at " + v.at
}

// inLoop returns " in a loop" for a report in a loop, "" for one in a
// callee, whose message names the loop call instead.
func (c *checker) inLoop() string {
	if c.via != nil {
		return ""
	}
	return " in a loop"
}

// everyCall reports whether the function declared at stack[declIdx] runs
// the node at the top of stack on every call that returns: the node is not
// in a branch (an if or else body, a case, a loop, the right operand of &&
// or ||), no statement of the body before it returns early under a
// condition (a guard: what follows is the fallback), and the body does not
// end in panic or another call that never returns (an error helper such as
// errorf). This keeps error paths and rare fallbacks quiet.
func (c *checker) everyCall(stack []ast.Node, declIdx int) bool {
	body := stack[declIdx].(*ast.FuncDecl).Body
	if body == nil || len(body.List) == 0 {
		return false
	}
	if analysisutil.EndsInNoReturn(c.pass.TypesInfo, body.List) {
		return false
	}
	for j := declIdx + 1; j < len(stack)-1; j++ {
		child := stack[j+1]
		switch p := stack[j].(type) {
		case *ast.IfStmt:
			if child != ast.Node(p.Init) && child != ast.Node(p.Cond) {
				return false
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if _, ok := child.(*ast.BlockStmt); ok {
				return false // the clauses; the init and tag run every time
			}
		case *ast.CaseClause, *ast.CommClause, *ast.ForStmt, *ast.RangeStmt,
			*ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.BinaryExpr:
			if (p.Op == token.LAND || p.Op == token.LOR) && child == ast.Node(p.Y) {
				return false
			}
		}
	}
	// No guard before the node: an earlier top-level if whose body ends
	// by leaving the function.
	for _, s := range body.List {
		if s.Pos() <= stack[len(stack)-1].Pos() && stack[len(stack)-1].End() <= s.End() {
			break
		}
		if is, ok := s.(*ast.IfStmt); ok && returns(is.Body) {
			return false
		}
	}
	return true
}

// returns reports whether a block ends in a return statement.
func returns(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}
