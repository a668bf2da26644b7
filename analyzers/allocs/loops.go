package allocs

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// This file decides whether a node runs once per loop iteration. A node is
// repeated when some loop in the same function (a for or range statement,
// its condition or post statement, not its init or range expression)
// encloses it, and the node is not on a path that leaves that loop: code in
// a block that ends in return, panic, os.Exit, log.Fatal, goto, or a break
// (or a continue of an outer loop) that leaves the loop runs at most once
// per loop, so an allocation there is not worth a report. That rule keeps
// the error paths inside loops (`return fmt.Errorf(...)`) quiet.

// In test code (a _test.go file, or a function with a *testing.T, B or F
// or testing.TB parameter) only the timed loop of a benchmark counts:
// `for b.Loop()`, `for i := 0; i < b.N; i++`, `for range b.N`, `for
// pb.Next()`, and loops inside them. Setup loops that name sub-tests and
// sub-benchmarks (b.Run(fmt.Sprintf("n=%d", n), ...)) run a handful of
// times, and a patch for them would not be accepted.

// loops answers "is this node repeated?" for one file.
type loops struct {
	info     *types.Info
	file     *ast.File
	testFile bool
	labels   map[*types.Label]ast.Stmt // label -> the statement it labels; built by labelled
}

func newLoops(info *types.Info, file *ast.File, testFile bool) *loops {
	return &loops{info: info, file: file, testFile: testFile}
}

// labelled returns the statement label labels, and whether it is in the
// file. The map is built on the first call: only a labelled break or
// continue needs it.
func (l *loops) labelled(label *types.Label) (ast.Stmt, bool) {
	if l.labels == nil {
		l.labels = make(map[*types.Label]ast.Stmt)
		ast.Inspect(l.file, func(n ast.Node) bool {
			if ls, ok := n.(*ast.LabeledStmt); ok {
				if obj, ok := l.info.Defs[ls.Label].(*types.Label); ok {
					l.labels[obj] = ls.Stmt
				}
			}
			return true
		})
	}
	s, ok := l.labels[label]
	return s, ok
}

// repeated returns the innermost loop statement whose every iteration runs
// stack[len(stack)-1], or nil. stack is the path from the file to the node.
func (l *loops) repeated(stack []ast.Node) ast.Stmt {
	loop, idx := l.innermost(stack)
	if loop == nil || !l.testCode(stack) {
		return loop
	}
	for i := idx; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.ForStmt, *ast.RangeStmt:
			if l.timed(n.(ast.Stmt)) {
				return loop
			}
		}
	}
	return nil
}

// testCode reports whether the node at the top of stack is test code.
func (l *loops) testCode(stack []ast.Node) bool {
	if l.testFile {
		return true
	}
	for i := len(stack) - 2; i >= 0; i-- {
		var ft *ast.FuncType
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			ft = n.Type
		case *ast.FuncDecl:
			ft = n.Type
		default:
			continue
		}
		for _, f := range ft.Params.List {
			if analysisutil.IsTestingType(l.info.TypeOf(f.Type), "T", "B", "F", "TB") {
				return true
			}
		}
	}
	return false
}

// timed reports whether loop is a benchmark's timed loop.
func (l *loops) timed(loop ast.Stmt) bool {
	var cond ast.Expr
	switch loop := loop.(type) {
	case *ast.ForStmt:
		cond = loop.Cond
	case *ast.RangeStmt:
		cond = loop.X
	}
	switch e := ast.Unparen(cond).(type) {
	case *ast.CallExpr: // b.Loop(), pb.Next()
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			return (sel.Sel.Name == "Loop" && analysisutil.IsTestingType(l.info.TypeOf(sel.X), "B")) ||
				(sel.Sel.Name == "Next" && analysisutil.IsTestingType(l.info.TypeOf(sel.X), "PB"))
		}
	case *ast.BinaryExpr: // i < b.N
		return l.isBN(e.Y)
	case *ast.SelectorExpr: // range b.N
		return l.isBN(e)
	}
	return false
}

func (l *loops) isBN(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "N" && analysisutil.IsTestingType(l.info.TypeOf(sel.X), "B")
}

// innermost returns the innermost loop that runs the node on every
// iteration, ignoring the test-code rule, and its index in stack.
func (l *loops) innermost(stack []ast.Node) (ast.Stmt, int) {
	for i := len(stack) - 2; i >= 0; i-- {
		child := stack[i+1]
		switch p := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil, -1
		case *ast.ForStmt:
			if p.Init != nil && child == ast.Node(p.Init) {
				continue
			}
			if !l.leaves(stack, i) {
				return l.unlessOnTheWayOut(p, stack, i)
			}
		case *ast.RangeStmt:
			if child != ast.Node(p.Body) {
				continue
			}
			if !l.leaves(stack, i) {
				return l.unlessOnTheWayOut(p, stack, i)
			}
		}
	}
	return nil, -1
}

// unlessOnTheWayOut returns the loop at stack[i], or none when the loop
// itself sits in a block of its function that ends in a call that never
// returns: building a fatal error's message runs at most once. The
// function's own body does not count: a server's main loop followed by
// log.Fatal runs as often as the function does.
func (l *loops) unlessOnTheWayOut(loop ast.Stmt, stack []ast.Node, i int) (ast.Stmt, int) {
	for j := i - 1; j >= 1; j-- {
		switch stack[j-1].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return loop, i // stack[j] is the function's body
		}
		if list, ok := analysisutil.StmtList(stack[j]); ok && analysisutil.EndsInNoReturn(l.info, list) {
			return nil, -1
		}
	}
	return loop, i
}

// leaves reports whether one of the statement lists between the loop at
// stack[loopIdx] and the node ends in a statement that leaves the loop.
func (l *loops) leaves(stack []ast.Node, loopIdx int) bool {
	for j := loopIdx + 1; j < len(stack); j++ {
		list, ok := analysisutil.StmtList(stack[j])
		if !ok {
			continue
		}
		if len(list) > 0 && l.exits(list[len(list)-1], stack, j, loopIdx) {
			return true
		}
	}
	return false
}

// exits reports whether s, the last statement of the block at
// stack[blockIdx], leaves the loop at stack[loopIdx].
func (l *loops) exits(s ast.Stmt, stack []ast.Node, blockIdx, loopIdx int) bool {
	loop := stack[loopIdx]
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.LabeledStmt:
		return l.exits(s.Stmt, stack, blockIdx, loopIdx)
	case *ast.BlockStmt:
		return len(s.List) > 0 && l.exits(s.List[len(s.List)-1], stack, blockIdx, loopIdx)
	case *ast.IfStmt:
		// Both branches leave.
		if s.Else == nil || len(s.Body.List) == 0 {
			return false
		}
		return l.exits(s.Body.List[len(s.Body.List)-1], stack, blockIdx, loopIdx) &&
			l.exits(s.Else.(ast.Stmt), stack, blockIdx, loopIdx)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok && analysisutil.NoReturn(l.info, call)
	case *ast.BranchStmt:
		switch s.Tok {
		case token.GOTO:
			return true
		case token.BREAK, token.CONTINUE:
			if s.Label != nil {
				target, ok := l.labelled(l.info.Uses[s.Label].(*types.Label))
				if !ok {
					return true // unknown label: assume the worst
				}
				if s.Tok == token.BREAK {
					return encloses(target, loop)
				}
				return target != loop && encloses(target, loop)
			}
			// The nearest enclosing statement the branch applies to.
			for k := blockIdx - 1; k >= 0; k-- {
				switch stack[k].(type) {
				case *ast.ForStmt, *ast.RangeStmt:
					if s.Tok == token.CONTINUE {
						return k < loopIdx
					}
					return k <= loopIdx
				case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
					if s.Tok == token.BREAK {
						return k < loopIdx
					}
				}
			}
		}
	}
	return false
}

func encloses(outer, inner ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}
