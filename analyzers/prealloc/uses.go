package prealloc

// Uses of the target variable: append and insert sites, reads that leave
// it alone, nil-insensitive uses, and whether the count can move to the
// declaration.

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// site returns the statement s = append(s, x) or m[k] = v that id belongs
// to, or nil.
func (c *checker) site(t *target, id *ast.Ident) ast.Stmt {
	if t.isMap {
		ix, ok := c.parent[id].(*ast.IndexExpr)
		if !ok || ix.X != id {
			return nil
		}
		as, ok := c.parent[ix].(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || as.Lhs[0] != ix || c.mentions(as.Rhs[0], t.obj) {
			return nil
		}
		return as
	}
	var as *ast.AssignStmt
	switch p := c.parent[id].(type) {
	case *ast.AssignStmt:
		as = p
	case *ast.CallExpr:
		as, _ = c.parent[p].(*ast.AssignStmt)
	}
	if as == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !c.isVar(as.Lhs[0], t.obj) {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || !c.isBuiltin(call.Fun, "append") || len(call.Args) != 2 || call.Ellipsis.IsValid() || !c.isVar(call.Args[0], t.obj) {
		return nil // x..., several values, or a different slice
	}
	if c.mentions(call.Args[1], t.obj) {
		return nil
	}
	return as
}

// appendedTo reports whether id is the first argument of an append call.
func (c *checker) appendedTo(id *ast.Ident) bool {
	call, ok := c.parent[id].(*ast.CallExpr)
	return ok && c.isBuiltin(call.Fun, "append") && len(call.Args) > 0 && call.Args[0] == id
}

// readOnly reports whether id (a use of t inside the loop) reads it
// without keeping, slicing or changing it.
func (c *checker) readOnly(t *target, id *ast.Ident) bool {
	switch p := c.parent[id].(type) {
	case *ast.CallExpr:
		return (c.isBuiltin(p.Fun, "len") || c.isBuiltin(p.Fun, "cap")) && len(p.Args) == 1
	case *ast.IndexExpr:
		if p.X != id {
			return false
		}
		if t.isMap {
			// m[k] as a value: not assigned, incremented or addressed.
			switch pp := c.parent[p].(type) {
			case *ast.AssignStmt:
				for _, l := range pp.Lhs {
					if l == p {
						return false
					}
				}
			case *ast.IncDecStmt, *ast.UnaryExpr, *ast.SelectorExpr:
				return false
			}
			return true
		}
		// s[i]: reading or writing an element is fine; taking its address
		// or calling a method on it may keep a pointer into the array.
		switch c.parent[p].(type) {
		case *ast.UnaryExpr, *ast.SelectorExpr:
			return false
		}
		return true
	case *ast.RangeStmt:
		return p.X == id
	}
	return false
}

// nilInsensitive reports whether a use of a slice after the loop behaves
// the same for a nil slice and an empty non-nil one.
func (c *checker) nilInsensitive(id *ast.Ident) bool {
	switch p := c.parent[id].(type) {
	case *ast.CallExpr:
		if len(p.Args) == 0 {
			return false
		}
		if c.isBuiltin(p.Fun, "len") || c.isBuiltin(p.Fun, "cap") || c.isBuiltin(p.Fun, "copy") {
			return true
		}
		if c.isBuiltin(p.Fun, "append") {
			// append(other, s...): adds the same nothing either way.
			return p.Ellipsis.IsValid() && p.Args[len(p.Args)-1] == id && p.Args[0] != id
		}
		if tv, ok := c.pass.TypesInfo.Types[p.Fun]; ok && tv.IsType() {
			// string(b), string(runes)
			b, ok := tv.Type.Underlying().(*types.Basic)
			return ok && b.Info()&types.IsString != 0
		}
		if p.Args[0] != id {
			return false
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, p).(*types.Func)
		return ok && fn.Pkg() != nil && nilSafeFuncs[fn.Pkg().Path()+"."+fn.Name()]
	case *ast.IndexExpr:
		return p.X == id
	case *ast.RangeStmt:
		return p.X == id
	}
	return false
}

// nilSafeFuncs take a slice as first argument and do not tell nil from
// empty.
var nilSafeFuncs = map[string]bool{
	"sort.Strings": true, "sort.Ints": true, "sort.Float64s": true,
	"sort.Slice": true, "sort.SliceStable": true,
	"slices.Sort": true, "slices.SortFunc": true, "slices.SortStableFunc": true,
	"slices.Reverse": true, "slices.Contains": true, "slices.Index": true,
	"strings.Join": true, "bytes.Join": true,
}

// written reports whether id is assigned, incremented, addressed or
// written through (x.f = v, x[i] = v on an array, x.M() with a pointer
// receiver).
func (c *checker) written(id *ast.Ident) bool {
	var n ast.Node = id
	for {
		p := c.parent[n]
		switch p := p.(type) {
		case *ast.ParenExpr:
			n = p
			continue
		case *ast.SelectorExpr:
			if p.X != n {
				return false
			}
			sel := c.pass.TypesInfo.Selections[p]
			if sel == nil {
				return false // qualified identifier
			}
			if sel.Kind() == types.MethodVal {
				sig, _ := sel.Obj().Type().(*types.Signature)
				if sig == nil || sig.Recv() == nil {
					return true // cannot tell: assume the call may write
				}
				_, ptrRecv := sig.Recv().Type().Underlying().(*types.Pointer)
				_, isPtr := sel.Recv().Underlying().(*types.Pointer)
				return ptrRecv && !isPtr
			}
			if sel.Indirect() {
				return false // writes through a pointer field leave x alone
			}
			n = p
			continue
		case *ast.IndexExpr:
			if p.X != n {
				return false
			}
			if _, ok := coreType(c.pass.TypesInfo.TypeOf(p.X)).(*types.Array); !ok {
				return false
			}
			n = p
			continue
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == n {
					return true
				}
			}
			return false
		case *ast.IncDecStmt:
			return true
		case *ast.UnaryExpr:
			return p.Op == token.AND
		case *ast.RangeStmt:
			return p.Tok == token.ASSIGN && (p.Key == n || p.Value == n)
		}
		return false
	}
}

// stableIn reports whether the expression e has the same value at every
// test of loop l's condition: it reads only constants and local variables
// that l does not write, whose address is never taken and which no closure
// writes.
func (c *checker) stableIn(e ast.Expr, l ast.Node) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StarExpr:
			ok = false
		case *ast.SelectorExpr:
			if sel := c.pass.TypesInfo.Selections[n]; sel != nil && sel.Indirect() {
				ok = false
			}
		case *ast.Ident:
			v, isVar := c.pass.TypesInfo.Uses[n].(*types.Var)
			if !isVar || v.IsField() {
				return true
			}
			if !c.isLocal(v) {
				ok = false
				return false
			}
			for _, u := range c.uses[v] {
				if !c.written(u) {
					continue
				}
				inLoop := u.Pos() >= l.Pos() && u.Pos() < l.End()
				if inLoop || c.inFuncLit(u, nil) || c.addressed(u) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// addressed reports whether the write at id is an address-of, which lets
// the variable change anywhere later.
func (c *checker) addressed(id *ast.Ident) bool {
	var n ast.Node = id
	for {
		switch p := c.parent[n].(type) {
		case *ast.ParenExpr, *ast.SelectorExpr, *ast.IndexExpr:
			n = p
		case *ast.UnaryExpr:
			return p.Op == token.AND
		default:
			return false
		}
	}
}

// changedIn reports whether body writes to or deletes from the map x.
func (c *checker) changedIn(x ast.Expr, body ast.Node) bool {
	changed := false
	xs := c.text(x)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if c.text(n.X) == xs {
				switch p := c.parent[n].(type) {
				case *ast.AssignStmt:
					for _, l := range p.Lhs {
						if l == n {
							changed = true
						}
					}
				case *ast.IncDecStmt, *ast.UnaryExpr:
					changed = true
				}
			}
		case *ast.CallExpr:
			if (c.isBuiltin(n.Fun, "delete") || c.isBuiltin(n.Fun, "clear")) && len(n.Args) > 0 && c.text(n.Args[0]) == xs {
				changed = true
			}
		case *ast.FuncLit:
			if c.mentions(n, rootObj(c.pass.TypesInfo, x)) {
				changed = true
			}
		}
		return !changed
	})
	return changed
}

// movable reports whether the count, written at the declaration instead
// of at the loop, means the same and cannot panic.
func (c *checker) movable(t *tripCount, decl ast.Stmt, between []ast.Stmt) bool {
	scope := c.pass.Pkg.Scope().Innermost(decl.Pos())
	if scope == nil {
		return false
	}
	ok := true
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if q, r := c.pkgQualified(n, scope, decl.Pos()); q {
				ok = ok && r
				return false
			}
			if len(between) > 0 && c.pass.TypesInfo.Selections[n].Indirect() {
				ok = false // a nil pointer could be checked in between
			}
			ast.Inspect(n.X, visit) // n.Sel is a field name, not in scope
			return false
		case *ast.StarExpr, *ast.IndexExpr:
			if len(between) > 0 {
				ok = false
			}
		case *ast.Ident:
			ok = ok && c.resolves(scope, n, decl.Pos())
			if obj, isVar := c.pass.TypesInfo.Uses[n].(*types.Var); isVar && len(between) > 0 {
				for _, s := range between {
					if c.mentions(s, obj) {
						ok = false
					}
				}
				if !c.isLocal(obj) {
					ok = false // a call in between could change it
				}
				for _, u := range c.uses[obj] {
					if c.written(u) && (c.inFuncLit(u, nil) || c.addressed(u)) {
						ok = false
					}
				}
			}
		}
		return ok
	}
	for _, e := range t.exprs {
		ast.Inspect(e, visit)
	}
	return ok
}

// resolves reports whether id names the same object at pos as where it
// is written.
// pkgQualified reports whether n is a package-qualified name (pkg.Name),
// and if so whether the package name means the same package at pos: only
// the package name is in scope; Name is looked up in the package.
func (c *checker) pkgQualified(n *ast.SelectorExpr, scope *types.Scope, pos token.Pos) (qualified, resolves bool) {
	if c.pass.TypesInfo.Selections[n] != nil {
		return false, false
	}
	id, isID := n.X.(*ast.Ident)
	return true, !isID || c.resolves(scope, id, pos)
}

func (c *checker) resolves(scope *types.Scope, id *ast.Ident, pos token.Pos) bool {
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		return true // not a reference (for example a field name)
	}
	_, got := scope.LookupParent(id.Name, pos)
	return got == obj
}

// moveDecl returns the edits that move t's declaration down to just before
// the loop (stmt: the loop or its labeled statement) as decl, when the count
// cannot be evaluated where the slice is declared (a name declared later,
// a change in between) but can right before the loop. None of the
// statements in between mentions the variable (checkTarget made sure), so
// declaring it later changes nothing but its capacity. No edits when:
//   - a name in the count is not the same variable at the loop, or the
//     loop's init statement mentions one (it runs after the new make);
//   - a goto in between could jump over the new declaration (a compile
//     error);
//   - the declaration shares its lines with other code or a comment other
//     than a line comment after it (which moves with it), or a comment
//     ends on the line above it (its doc would be left behind);
//   - the loop does not start its line.
func (c *checker) moveDecl(t *target, stmt ast.Stmt, between []ast.Stmt, trip *tripCount, decl string) []analysis.TextEdit {
	scope := c.pass.Pkg.Scope().Innermost(t.decl.Pos()) // the block holding both
	if scope == nil {
		return nil
	}
	loop := stmt
	if ls, isLabeled := stmt.(*ast.LabeledStmt); isLabeled {
		loop = ls.Stmt
	}
	var init ast.Stmt
	if l, isFor := loop.(*ast.ForStmt); isFor {
		init = l.Init
	}
	// The count, and the type as written (a type declared in between could
	// shadow it), must mean the same at the loop, and the loop's init must
	// not touch the count.
	at := stmt.Pos()
	ok := true
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if q, r := c.pkgQualified(n, scope, at); q {
				ok = ok && r
			} else {
				ast.Inspect(n.X, visit) // n.Sel is a field name
			}
			return false
		case *ast.Ident:
			ok = ok && c.resolves(scope, n, at)
			if obj := c.pass.TypesInfo.Uses[n]; obj != nil && init != nil && c.mentions(init, obj) {
				ok = false
			}
		}
		return ok
	}
	for _, e := range append(slices.Clip(trip.exprs), t.typ) {
		ast.Inspect(e, visit)
	}
	if !ok {
		return nil
	}
	for _, s := range between {
		if analysisutil.HasGoto(s) {
			return nil
		}
	}

	tf, src, ok := analysisutil.Source(c.pass, t.decl.Pos())
	if !ok {
		return nil
	}
	// The declaration's lines, whole.
	from := tf.Offset(tf.LineStart(tf.Line(t.decl.Pos())))
	end := tf.Offset(t.decl.End())
	to := bytes.IndexByte(src[end:], '\n')
	if _, starts := analysisutil.Indent(tf, src, t.decl.Pos()); to < 0 || !starts {
		return nil
	}
	// A line comment after the declaration moves with it.
	trailing := bytes.TrimSpace(src[end : end+to])
	if len(trailing) > 0 && !bytes.HasPrefix(trailing, []byte("//")) {
		return nil
	}
	if len(trailing) > 0 {
		decl += " " + string(trailing)
	}
	to += end + 1
	declLine, loopLine := tf.Line(t.decl.Pos()), tf.Line(at)
	for _, f := range c.pass.Files {
		if c.pass.Fset.File(f.Pos()) != tf {
			continue
		}
		for _, cg := range f.Comments {
			if cg.Pos() < t.decl.End() && cg.End() > t.decl.Pos() || tf.Line(cg.End()) == declLine-1 {
				return nil
			}
			if tf.Line(cg.End()) == loopLine-1 && cg.Pos() > t.decl.End() {
				at = cg.Pos() // the loop's own comment stays with it
			}
		}
	}
	// The new declaration, indented like the loop.
	indent, ok := analysisutil.Indent(tf, src, at)
	if !ok {
		return nil
	}
	return []analysis.TextEdit{
		{Pos: tf.Pos(from), End: tf.Pos(to)},
		{Pos: at, End: at, NewText: []byte(decl + "\n" + indent)},
	}
}
