package mapmisuse

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/hpgo/hpgo/internal/analysisutil"
)

// rangeLookup reports a loop over a map whose only statement tests the key
// against one value:
//
//	for k, v := range m { if k == x { ... } }
func (c *checker) rangeLookup(cur inspector.Cursor, rs *ast.RangeStmt) {
	mt := c.mapType(rs.X)
	key, _ := rs.Key.(*ast.Ident)
	if mt == nil || rs.Tok != token.DEFINE || key == nil || key.Name == "_" || !c.pure(rs.X) || len(rs.Body.List) != 1 {
		return
	}
	ifs, ok := rs.Body.List[0].(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil {
		return
	}
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.EQL {
		return
	}
	keyObj := c.info.Defs[key]
	var valObj types.Object
	if v, ok := rs.Value.(*ast.Ident); ok && v.Name != "_" {
		valObj = c.info.Defs[v]
	}
	var x ast.Expr
	switch {
	case c.isObj(cond.X, keyObj):
		x = cond.Y
	case c.isObj(cond.Y, keyObj):
		x = cond.X
	default:
		return
	}
	if !c.pure(x) || !types.AssignableTo(c.info.TypeOf(x), mt.Key()) || hasInterface(mt.Key()) {
		return
	}
	xObjs := make(map[types.Object]bool)
	c.objects(x, xObjs)
	if xObjs[keyObj] || (valObj != nil && xObjs[valObj]) {
		return
	}
	probe := &dupScan{c: c, mapT: mt, objs: xObjs}
	xChanges := c.addressTaken(cur, xObjs) || probe.writesIn(ifs.Body)
	if xChanges && !leavesLoop(ifs.Body.List) {
		return // x may change between iterations
	}
	d := analysis.Diagnostic{
		Pos:      rs.Pos(),
		End:      ifs.Cond.End(),
		Category: "rangelookup",
		Message: fmt.Sprintf("loop over %s looks for one key: a map lookup finds it without visiting every entry (%s); use %s[%s]",
			c.source(rs.X), costRangeLookup, c.source(rs.X), c.source(x)),
	}
	if fix, ok := c.rangeLookupFix(cur, rs, ifs, key, keyObj, x, xChanges); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.rep.Report(d)
}

func (c *checker) isObj(e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && obj != nil && c.info.Uses[id] == obj
}

func (c *checker) rangeLookupFix(cur inspector.Cursor, rs *ast.RangeStmt, ifs *ast.IfStmt, key *ast.Ident, keyObj types.Object, x ast.Expr, xChanges bool) (analysis.SuggestedFix, bool) {
	none := analysis.SuggestedFix{}
	if _, labeled := cur.Parent().Node().(*ast.LabeledStmt); labeled {
		return none, false
	}
	body := ifs.Body.List
	// A trailing break leaves the loop; without the loop it goes.
	var trailing *ast.BranchStmt
	if n := len(body); n > 0 {
		if b, ok := body[n-1].(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label == nil {
			trailing = b
			body = body[:n-1]
		}
	}
	if branchesTo(body) {
		return none, false
	}
	// Without a trailing break or return the loop went on after the match;
	// that is only the same if nothing in the body could add x back.
	if trailing == nil && !terminates(body) {
		probe := &dupScan{c: c, mapT: c.mapType(rs.X), objs: map[types.Object]bool{}}
		if probe.writesIn(ifs.Body) {
			return none, false
		}
	}
	// k is replaced by x: equal, but not identical, for floats (+0 and -0).
	keyUsed := false
	ast.Inspect(ifs.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.info.Uses[id] == keyObj {
			keyUsed = true
		}
		return true
	})
	// k is replaced by x's text, which must still mean the same value.
	if keyUsed && (hasFloat(keyObj.Type()) || xChanges) {
		return none, false
	}
	ok := c.freshName(rs, "ok", "found", "present")
	if ok == "" {
		return none, false
	}
	val := "_"
	if rs.Value != nil {
		val = c.source(rs.Value)
	}
	if len(body) == 0 {
		return none, false
	}
	xText := c.source(x)
	edits := []analysis.TextEdit{
		{Pos: rs.Pos(), End: rs.Body.Lbrace + 1, NewText: fmt.Appendf(nil, "if %s, %s := %s[%s]; %s {", val, ok, c.source(rs.X), xText, ok)},
		{Pos: ifs.Pos(), End: body[0].Pos()},
	}
	if c.hasComment(ifs.Pos(), body[0].Pos()) {
		return none, false
	}
	ast.Inspect(ifs.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && c.info.Uses[id] == keyObj {
			edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(xText)})
		}
		return true
	})
	// Drop the trailing break, if any, and the if's closing brace, keeping
	// the loop's brace; give up rather than lose a comment in between.
	tail := analysis.TextEdit{Pos: body[len(body)-1].End(), End: ifs.Body.Rbrace + 1}
	if c.hasComment(tail.Pos, tail.End) || c.hasComment(ifs.Body.Rbrace, rs.Body.Rbrace) {
		return none, false
	}
	edits = append(edits, tail)
	return analysis.SuggestedFix{Message: "look the key up", TextEdits: edits}, true
}

// branchesTo reports whether stmts hold a break or continue that would
// leave or restart the enclosing loop, or any goto or labeled branch.
func branchesTo(stmts []ast.Stmt) bool {
	var bad func(root ast.Node, inLoop, inSwitch bool) bool
	bad = func(root ast.Node, inLoop, inSwitch bool) bool {
		found := false
		ast.Inspect(root, func(n ast.Node) bool {
			if found || n == nil {
				return false
			}
			if n == root {
				return true
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				found = bad(n, true, inSwitch)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				found = bad(n, inLoop, true)
				return false
			case *ast.BranchStmt:
				switch {
				case n.Label != nil, n.Tok == token.GOTO:
					found = true
				case n.Tok == token.BREAK && !inLoop && !inSwitch:
					found = true
				case n.Tok == token.CONTINUE && !inLoop:
					found = true
				}
			}
			return !found
		})
		return found
	}
	return bad(&ast.BlockStmt{List: stmts}, false, false)
}

// leavesLoop reports whether stmts, the body of the if inside a loop, end by
// leaving the loop: a plain break, a return or a panic.
func leavesLoop(stmts []ast.Stmt) bool {
	if n := len(stmts); n > 0 {
		if b, ok := stmts[n-1].(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label == nil {
			return true
		}
	}
	return terminates(stmts)
}

// terminates reports whether stmts end in a return or panic.
func terminates(stmts []ast.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	switch s := stmts[len(stmts)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// writesIn reports whether n stores to s.objs or to a map of type s.mapT, or
// calls something that might.
func (s *dupScan) writesIn(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				found = found || s.writes(l)
			}
		case *ast.IncDecStmt:
			found = found || s.writes(m.X)
		case *ast.CallExpr:
			found = found || s.c.opaqueCall(m)
		case *ast.UnaryExpr:
			found = found || m.Op == token.ARROW
		case *ast.SendStmt:
			found = true
		}
		return !found
	})
	return found
}

// hasInterface reports whether values of t can hold an interface, where ==
// and map hashing disagree about non-comparable dynamic types.
func hasInterface(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Array:
		return hasInterface(u.Elem())
	case *types.Struct:
		for f := range u.Fields() {
			if hasInterface(f.Type()) {
				return true
			}
		}
	}
	return false
}

// hasFloat reports whether t holds floating-point values, for which == is
// not reflexive (NaN) and equal values can differ (+0, -0).
func hasFloat(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex) != 0
	case *types.Interface:
		return true
	case *types.Array:
		return hasFloat(u.Elem())
	case *types.Struct:
		for f := range u.Fields() {
			if hasFloat(f.Type()) {
				return true
			}
		}
	}
	return false
}

// rangeDelete reports `for k := range m { delete(m, k) }` where the compiler
// cannot turn it into a map clear: keys where == is not reflexive (floats,
// interfaces). For other keys Go 1.26 already emits runtime.mapclear, so
// there is nothing to gain.
func (c *checker) rangeDelete(rs *ast.RangeStmt) {
	mt := c.mapType(rs.X)
	key, _ := rs.Key.(*ast.Ident)
	if mt == nil || key == nil || rs.Tok != token.DEFINE || len(rs.Body.List) != 1 || !c.pure(rs.X) || !hasFloat(mt.Key()) {
		return
	}
	if v, ok := rs.Value.(*ast.Ident); rs.Value != nil && (!ok || v.Name != "_") {
		return
	}
	es, ok := rs.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return
	}
	if b, ok := c.info.Uses[fnIdent(call.Fun)].(*types.Builtin); !ok || b.Name() != "delete" {
		return
	}
	if !c.same(call.Args[0], rs.X) || !c.isObj(call.Args[1], c.info.Defs[key]) {
		return
	}
	d := analysis.Diagnostic{
		Pos:      rs.Pos(),
		End:      rs.Body.Lbrace,
		Category: "rangedelete",
		Message: fmt.Sprintf("loop deletes the keys of %s one by one: with %s keys the compiler cannot make it a clear, so use clear(%s) (%s); clear also removes NaN keys, which this loop leaves",
			c.source(rs.X), c.typeString(mt.Key()), c.source(rs.X), costRangeDelete),
	}
	if c.fileVersionAtLeast(rs.Pos(), "go1.21") {
		d.SuggestedFixes = []analysis.SuggestedFix{analysisutil.NeedsReview(analysis.SuggestedFix{
			Message:   "use clear",
			TextEdits: []analysis.TextEdit{{Pos: rs.Pos(), End: rs.End(), NewText: []byte("clear(" + c.source(rs.X) + ")")}},
		})}
	}
	c.rep.Report(d)
}

func fnIdent(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// fileVersionAtLeast reports whether the file holding pos is compiled with
// at least Go version v. An unknown version counts as new enough only if
// the package's own version is.
func (c *checker) fileVersionAtLeast(pos token.Pos, v string) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			if fv := c.info.FileVersions[f]; fv != "" {
				return version.Compare(fv, v) >= 0
			}
		}
	}
	pv := c.pass.Pkg.GoVersion()
	return pv == "" || version.Compare(pv, v) >= 0
}
