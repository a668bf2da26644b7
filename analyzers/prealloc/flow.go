package prealloc

// The iteration flow: how many append or insert sites each path through
// one loop iteration passes.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A state describes the paths reaching a point in the loop body: how many
// append sites they have passed, at least and at most.
type state struct {
	live   bool
	lo, hi int
}

func merge(ss ...state) state {
	var out state
	for _, s := range ss {
		switch {
		case !s.live:
		case !out.live:
			out = s
		default:
			out.lo, out.hi = min(out.lo, s.lo), max(out.hi, s.hi)
		}
	}
	return out
}

// flow counts append sites on the paths through one loop iteration and
// fails on any jump out of the loop.
type flow struct {
	c      *checker
	sites  map[ast.Stmt]bool
	label  *types.Label // the loop's label, if any
	exits  []state      // states at continue statements
	breaks []*breakable // enclosing switch and select statements
	fail   bool
}

type breakable struct {
	label *types.Label
	exits []state
}

func (f *flow) stmts(list []ast.Stmt, in state) state {
	for _, s := range list {
		if f.fail {
			return state{}
		}
		in = f.stmt(s, nil, in)
	}
	return in
}

func (f *flow) stmt(s ast.Stmt, label *types.Label, in state) state {
	if !in.live {
		// Unreachable code still must not jump out or hold a site.
		if f.jumpsOut(s) || f.hasSite(s) {
			f.fail = true
		}
		return in
	}
	switch s := s.(type) {
	case *ast.AssignStmt:
		if f.sites[s] {
			in.lo++
			in.hi++
		}
		return in
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && f.c.isBuiltin(call.Fun, "panic") {
			return state{}
		}
		return in
	case *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt, *ast.EmptyStmt:
		return in
	case *ast.BlockStmt:
		return f.stmts(s.List, in)
	case *ast.LabeledStmt:
		l, _ := f.c.pass.TypesInfo.Defs[s.Label].(*types.Label)
		return f.stmt(s.Stmt, l, in)
	case *ast.IfStmt:
		then := f.stmts(s.Body.List, in)
		els := in
		if s.Else != nil {
			els = f.stmt(s.Else, nil, in)
		}
		return merge(then, els)
	case *ast.SwitchStmt:
		return f.clauses(s.Body, label, in, true)
	case *ast.TypeSwitchStmt:
		return f.clauses(s.Body, label, in, true)
	case *ast.SelectStmt:
		return f.clauses(s.Body, label, in, false)
	case *ast.ForStmt, *ast.RangeStmt:
		// A nested loop may run any number of times: it must hold no
		// site and must not leave the outer loop.
		if f.hasSite(s) || f.jumpsOut(s) {
			f.fail = true
		}
		return in
	case *ast.BranchStmt:
		switch s.Tok {
		case token.CONTINUE:
			if s.Label == nil || f.c.pass.TypesInfo.Uses[s.Label] == f.label {
				f.exits = append(f.exits, in)
				return state{}
			}
		case token.BREAK:
			var target *types.Label
			if s.Label != nil {
				target, _ = f.c.pass.TypesInfo.Uses[s.Label].(*types.Label)
			}
			for i := len(f.breaks) - 1; i >= 0; i-- {
				b := f.breaks[i]
				if target == nil || b.label == target {
					b.exits = append(b.exits, in)
					return state{}
				}
			}
		}
		f.fail = true // break or continue out of the loop, goto, fallthrough
		return state{}
	default: // return, and anything unexpected
		f.fail = true
		return state{}
	}
}

// clauses walks the cases of a switch or select; without a default case a
// switch may run none of them.
func (f *flow) clauses(body *ast.BlockStmt, label *types.Label, in state, isSwitch bool) state {
	b := &breakable{label: label}
	f.breaks = append(f.breaks, b)
	defer func() { f.breaks = f.breaks[:len(f.breaks)-1] }()
	var outs []state
	hasDefault := false
	for _, cl := range body.List {
		var list []ast.Stmt
		switch cl := cl.(type) {
		case *ast.CaseClause:
			list, hasDefault = cl.Body, hasDefault || cl.List == nil
		case *ast.CommClause:
			list, hasDefault = cl.Body, hasDefault || cl.Comm == nil
		}
		outs = append(outs, f.stmts(list, in))
	}
	if isSwitch && !hasDefault {
		outs = append(outs, in)
	}
	return merge(append(outs, b.exits...)...)
}

func (f *flow) hasSite(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if s, ok := n.(ast.Stmt); ok && f.sites[s] {
			found = true
		}
		return !found
	})
	return found
}

// jumpsOut reports whether n holds a return, a goto, or a labelled
// branch to a statement outside n.
func (f *flow) jumpsOut(n ast.Node) bool {
	out := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			out = true
		case *ast.BranchStmt:
			if m.Tok == token.GOTO {
				out = true
			} else if m.Label != nil {
				if l := f.c.pass.TypesInfo.Uses[m.Label]; l == nil || l.Pos() < n.Pos() || l.Pos() >= n.End() {
					out = true
				}
			}
			// An unlabelled break or continue in a nested loop is its own.
		}
		return !out
	})
	return out
}
